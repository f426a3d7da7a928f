import { Body, Controller, HttpCode, Param, Post, Req, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { AppErrorHttpFilter } from '../../common/errors/app-error-http.filter.js';
import { ParseIdPipe } from '../../common/graphql/id.pipe.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { ImageAltInput } from './dto/image-alt.input.js';
import type { InitiativeImageType } from './dto/initiative-image.type.js';
import { toInitiativeImageType } from './dto/to-initiative-image-type.js';
import { ImageFileInterceptor, imageUpload, type UploadedImageFile } from './image-upload-request.js';
import { InitiativeImageService } from './initiative-image.service.js';
import { UploadGuard } from './upload.guard.js';

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
  @UseInterceptors(ImageFileInterceptor())
  async upload(
    @Param('id', ParseIdPipe) id: string,
    @UploadedFile() file: UploadedImageFile | undefined,
    @Body() body: ImageAltInput,
    @Req() req: DialoogRequest,
  ): Promise<{ image: InitiativeImageType }> {
    const { bytes, alt } = imageUpload(file, body);
    return { image: toInitiativeImageType(await this.service.upload(req.actor!, id, bytes, alt)) };
  }
}
