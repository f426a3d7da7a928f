import { Injectable, type PipeTransform } from '@nestjs/common';
import { notFound } from '../errors/app-error.js';
import { UUID } from '../pagination/pagination.js';

/** An ID argument that is not one of ours is simply not found (never a database error). */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw notFound();
    }
    return value.toLowerCase();
  }
}
