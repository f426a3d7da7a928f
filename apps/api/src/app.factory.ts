import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { DatabaseUnavailableFilter } from './common/errors/database-unavailable.filter.js';
import { RateLimiter } from './common/rate-limit/rate-limiter.service.js';
import { requestRateLimit } from './common/rate-limit/request-rate-limit.middleware.js';
import { JsonLogger } from './common/logging/json-logger.js';
import { requestLog } from './common/logging/request-log.middleware.js';
import { requestId } from './common/request/request-id.js';
import { InputValidationPipe } from './common/validation/validation.pipe.js';
import { templateOrigin, type AppConfig } from './config/app-config.js';

/** Builds the HTTP app (API and, when built, the web app) without listening; used by main and tests. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<INestApplication> {
  const json = config.logFormat === 'json';
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger === false ? false : json ? new JsonLogger() : ['error', 'warn', 'log'],
    bodyParser: false,
  });
  if (config.trustProxy) {
    app.set('trust proxy', 1);
  }
  app.disable('x-powered-by');
  app.use(requestId);
  if (json && options.logger !== false) {
    app.use(requestLog);
  }
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', templateOrigin(config.mapTileUrl)],
          fontSrc: ["'self'", 'data:'],
          // The address search of the location picker, only when one is configured.
          connectSrc: ["'self'", ...(config.geocoderUrl ? [templateOrigin(config.geocoderUrl)] : [])],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      // HSTS only means something over https; helmet sends it, browsers ignore it on http.
      strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: true },
    }),
  );
  app.use(requestRateLimit(app.get(RateLimiter)));
  app.use(cookieParser());
  app.use(express.json({ limit: '100kb' }));
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.getHttpAdapter()));
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) {
    serveWebApp(app, config.webDist);
  }
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (nginx 60 s,
  // browsers and undici a few seconds), so a client never sends a request on a socket the server is
  // closing at that moment (ECONNRESET after a pause). Shutdown closes idle sockets at once anyway.
  const server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  app.enableShutdownHooks();
  return app;
}

/** The built single-page app on `/`, with its index.html for every client-side route. */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const apiPath = ['/graphql', '/health', '/calendar', '/metrics', '/api/', '/media/'].some((prefix) => req.path.startsWith(prefix));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || apiPath || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
