import { FileInterceptor } from '@nestjs/platform-express';
import { IMAGE_LIMITS } from '#domain';
import { badInput } from '../../common/errors/app-error.js';
import type { ImageAltInput } from './dto/image-alt.input.js';

/** What multer (memory storage) hands over for the `file` field. */
export interface UploadedImageFile {
  readonly buffer: Buffer;
  readonly size: number;
}

/** Multer for one picture (`file`) and its alt text: limits checked as the body streams in. */
export const ImageFileInterceptor = (): ReturnType<typeof FileInterceptor> =>
  FileInterceptor('file', { limits: { fileSize: IMAGE_LIMITS.maxBytes, files: 1, fields: 2, fieldSize: 4 * 1024, parts: 4 } });

/** The bytes and alt text of a multipart upload, or the field errors of a form without them. */
export function imageUpload(file: UploadedImageFile | undefined, body: ImageAltInput | undefined): { bytes: Buffer; alt: string } {
  if (!body || typeof body.alt !== 'string') {
    throw badInput([{ field: 'alt', key: 'field.required' }]);
  }
  if (!file || file.size === 0) {
    throw badInput([{ field: 'file', key: 'image.fileRequired' }]);
  }
  return { bytes: file.buffer, alt: body.alt };
}
