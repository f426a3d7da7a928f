import { Injectable, type PipeTransform } from '@nestjs/common';
import { hasForbiddenCharacters, textLength } from '#domain';
import { badInput } from '../errors/app-error.js';

export const REASON_MAX = 2000;

/** A free-text reason argument: trimmed, at most 2000 characters, no hidden characters; empty becomes null. */
@Injectable()
export class ReasonPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown): string | null {
    if (value === null || value === undefined) {
      return null;
    }
    if (typeof value !== 'string') {
      throw badInput([{ field: 'reason', key: 'field.invalid' }]);
    }
    const trimmed = value.trim();
    if (textLength(trimmed) > REASON_MAX) {
      throw badInput([{ field: 'reason', key: 'field.tooLong', params: { max: REASON_MAX } }]);
    }
    if (hasForbiddenCharacters(trimmed)) {
      throw badInput([{ field: 'reason', key: 'field.controlCharacters' }]);
    }
    return trimmed === '' ? null : trimmed;
  }
}
