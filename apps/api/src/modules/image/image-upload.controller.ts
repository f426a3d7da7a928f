import { Body, Controller, HttpCode, Param, Post, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IMAGE_LIMITS } from '#domain';
import { AppErrorHttpFilter } from '../../common/errors/app-error-http.filter.js';
import { badInput } from '../../common/errors/app-error.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { ImageAltInput } from './dto/image-alt.input.js';
import type { InitiativeImageType } from './dto/initiative-image.type.js';
import { toInitiativeImageType } from './dto/to-initiative-image-type.js';
import { InitiativeImageService } from './initiative-image.service.js';
import { UploadGuard } from './upload.guard.js';

/** What multer (memory storage) hands over for the `file` field. */
interface UploadedImageFile {
  readonly buffer: Buffer;
  readonly size: number;
}

/**
 * `POST /api/initiatives/:id/images` (multipart: `file`, `alt`): the author adds a picture while the
 * initiative may be edited. Answers the new image as JSON, or `{ errors: [...] }` like GraphQL.
 */
@Controller('api/initiatives')
@UseFilters(AppErrorHttpFilter)
export class ImageUploadController {
  constructor(private readonly service: InitiativeImageService) {}

  @Post(':id/images')
  @HttpCode(201)
  @UseGuards(UploadGuard)
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: IMAGE_LIMITS.maxBytes, files: 1, fields: 2, fieldSize: 4 * 1024, parts: 4 } }),
  )
  async upload(
    @Param('id', ParseIdPipe) id: string,
    @UploadedFile() file: UploadedImageFile | undefined,
    @Body() body: ImageAltInput,
    @Req() req: DialoogRequest,
  ): Promise<{ image: InitiativeImageType }> {
    if (!body || typeof body.alt !== 'string') {
      throw badInput([{ field: 'alt', key: 'field.required' }]);
    }
    if (!file || file.size === 0) {
      throw badInput([{ field: 'file', key: 'image.fileRequired' }]);
    }
    return { image: toInitiativeImageType(await this.service.upload(req.actor!, id, file.buffer, body.alt)) };
  }
}
