import { TextField } from '../../../common/validation/text-field.decorator.js';

/** The alt text of an upload (a multipart form field): what the picture shows, for people who cannot see it. */
export class ImageAltInput {
  @TextField({ min: 1, max: 200 }) alt!: string;
}
