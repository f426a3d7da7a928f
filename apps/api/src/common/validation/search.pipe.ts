import { Injectable, type PipeTransform } from '@nestjs/common';
import { hasForbiddenCharacters, textLength } from '#domain';
import { badInput } from '../errors/app-error.js';

const SEARCH_MAX = 200;

/** The search box: trimmed, at most 200 characters, no hidden characters. */
@Injectable()
export class SearchPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown): string | null {
    if (value === null || value === undefined) {
      return null;
    }
    if (typeof value !== 'string' || hasForbiddenCharacters(value)) {
      throw badInput([{ field: 'search', key: 'field.controlCharacters' }]);
    }
    if (textLength(value) > SEARCH_MAX) {
      throw badInput([{ field: 'search', key: 'field.tooLong', params: { max: SEARCH_MAX } }]);
    }
    return value.trim() || null;
  }
}
