import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AppErrorHttpFilter } from '../../common/errors/app-error-http.filter.js';
import { notFound } from '../../common/errors/app-error.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { InitiativeImageService } from './initiative-image.service.js';

/**
 * `GET /media/<key>`: a stored picture with its checked type, never sniffed or run as a document,
 * and only to viewers who may see its initiative (images of drafts are not public).
 */
@Controller('media')
@UseFilters(AppErrorHttpFilter)
export class MediaController {
  constructor(private readonly service: InitiativeImageService) {}

  @Get(':key')
  async file(@Param('key') key: string, @Req() req: DialoogRequest, @Res() res: Response): Promise<void> {
    if (!req.municipality) {
      throw notFound();
    }
    const image = await this.service.serve(req.municipality.id, key, req.actor ?? null);
    res.setHeader('Content-Type', image.contentType);
    res.setHeader('Content-Length', String(image.data.length));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `inline; filename="${image.filename}"`);
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    // Content under a key never changes; a non-public picture is kept by the viewer's browser only.
    res.setHeader('Cache-Control', image.public ? 'public, max-age=3600' : 'private, max-age=300');
    res.setHeader('Vary', 'Cookie');
    res.setHeader('ETag', `"${key}"`);
    if (req.header('if-none-match') === `"${key}"`) {
      res.status(304).end();
      return;
    }
    res.status(200).end(image.data);
  }
}
