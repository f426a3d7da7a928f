import { Body, Controller, HttpCode, Param, Post, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { AppErrorHttpFilter } from '../../common/errors/app-error-http.filter.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { toProgressUpdatePhotoType, type ProgressUpdatePhotoType } from '../progress-update/dto/progress-update.type.js';
import { ImageAltInput } from './dto/image-alt.input.js';
import { ImageFileInterceptor, imageUpload, type UploadedImageFile } from './image-upload-request.js';
import { ProgressUpdatePhotoService } from './progress-update-photo.service.js';
import { UploadGuard } from './upload.guard.js';

/**
 * `POST /api/progress-updates/:id/photo` (multipart: `file`, `alt`): the initiator attaches the one
 * photo of a progress update. Answers the photo as JSON, or `{ errors: [...] }` like GraphQL.
 */
@Controller('api/progress-updates')
@UseFilters(AppErrorHttpFilter)
export class ProgressUpdatePhotoController {
  constructor(private readonly service: ProgressUpdatePhotoService) {}

  @Post(':id/photo')
  @HttpCode(201)
  @UseGuards(UploadGuard)
  @UseInterceptors(ImageFileInterceptor())
  async attach(
    @Param('id', ParseIdPipe) id: string,
    @UploadedFile() file: UploadedImageFile | undefined,
    @Body() body: ImageAltInput,
    @Req() req: DialoogRequest,
  ): Promise<{ photo: ProgressUpdatePhotoType }> {
    const { bytes, alt } = imageUpload(file, body);
    const update = await this.service.attach(req.actor!, id, bytes, alt);
    return { photo: toProgressUpdatePhotoType(update.photo!) };
  }
}
