import { randomUUID } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { pickLanguage } from '../../common/i18n/messages.js';
import { requestContext } from '../../common/request/request-context.js';
import type { DialoogRequest } from '../../common/request/request-types.js';
import { TenantResolverService } from './tenant-resolver.service.js';

/** Attaches the municipality and the request's language before anything else runs. */
@Injectable()
export class TenantMiddleware implements NestMiddleware {
  constructor(private readonly tenants: TenantResolverService) {}

  use(req: DialoogRequest, _res: Response, next: NextFunction): void {
    const header = req.header('x-municipality');
    const language = pickLanguage(undefined, req.header('accept-language'));
    const requestId = req.header('x-request-id')?.slice(0, 64) ?? randomUUID();
    requestContext.run({ language, requestId }, () => {
      this.tenants.resolve(header, req.hostname).then(
        (municipality) => {
          req.municipality = municipality;
          next();
        },
        (error: unknown) => next(error),
      );
    });
  }
}
