import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength, registerDecorator, type ValidationOptions } from 'class-validator';
import { hasForbiddenCharacters } from '#domain';
import type { MessageKey } from '../i18n/messages.js';

/** Encodes a message key and its params in class-validator's message slot; the pipe decodes it. */
export function messageOf(key: MessageKey, params: Record<string, number | string> = {}): ValidationOptions {
  return { message: JSON.stringify({ key, params }) };
}

function NoForbiddenCharacters(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noForbiddenCharacters',
      target: target.constructor,
      propertyName: String(propertyName),
      options: messageOf('field.controlCharacters'),
      validator: { validate: (value: unknown) => typeof value !== 'string' || !hasForbiddenCharacters(value) },
    });
}

export interface TextFieldOptions {
  readonly min?: number;
  readonly max: number;
  readonly optional?: boolean;
  /** Keep leading/trailing whitespace (passwords). */
  readonly raw?: boolean;
  readonly email?: boolean;
}

/**
 * A text input: trimmed, length-checked in characters, refusing control characters and
 * bidirectional overrides. Every string field of every input uses this.
 */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const decorators: PropertyDecorator[] = [IsString(messageOf('field.invalid'))];
  if (!options.raw) {
    decorators.unshift(Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)));
  }
  if (options.optional) {
    decorators.push(IsOptional());
  }
  const min = options.min ?? (options.optional ? 0 : 1);
  if (min > 0) {
    decorators.push(MinLength(min, min === 1 ? messageOf('field.required') : messageOf('field.tooShort', { min })));
  }
  decorators.push(MaxLength(options.max, messageOf('field.tooLong', { max: options.max })));
  if (options.email) {
    decorators.push(IsEmail({}, messageOf('field.email')));
  }
  decorators.push(NoForbiddenCharacters());
  return applyDecorators(...decorators);
}
