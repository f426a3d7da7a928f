import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { badInput, type FieldError } from '../errors/app-error.js';
import { isMessageKey } from '../i18n/messages.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Function]);

/** Validates @InputType arguments and turns failures into BAD_USER_INPUT with per-field messages. */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    // Custom parameter decorators (current actor, municipality) carry server-side values, not input.
    if (
      metadata.type === 'custom' ||
      !metatype ||
      PRIMITIVES.has(metatype) ||
      value === null ||
      value === undefined ||
      typeof value !== 'object'
    ) {
      return value;
    }
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false, whitelist: false });
    if (errors.length > 0) {
      throw badInput(flatten(errors, ''));
    }
    return instance;
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message) => decode(field, message));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function decode(field: string, message: string): FieldError {
  try {
    const parsed = JSON.parse(message) as { key: string; params?: Record<string, string | number> };
    if (isMessageKey(parsed.key)) {
      return { field, key: parsed.key, params: parsed.params };
    }
  } catch {
    // a constraint without our message: generic text below
  }
  return { field, key: 'field.invalid' };
}
