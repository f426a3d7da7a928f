import { Injectable, type PipeTransform } from '@nestjs/common';
import { InputValidationPipe } from '../../common/validation/validation.pipe.js';
import { ImageAltInput } from './dto/image-alt.input.js';

/** An `alt` argument checked by the same rule as the upload form's field (ImageAltInput: 1–200 characters, trimmed). */
@Injectable()
export class AltTextPipe implements PipeTransform<unknown, Promise<string>> {
  private readonly validation = new InputValidationPipe();

  async transform(value: unknown): Promise<string> {
    const checked = (await this.validation.transform({ alt: value }, { type: 'body', metatype: ImageAltInput })) as ImageAltInput;
    return checked.alt;
  }
}
