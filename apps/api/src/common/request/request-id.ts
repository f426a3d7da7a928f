import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Every response carries `X-Request-Id`: the caller's (a proxy's) when it is a plain token of at
 * most 64 characters, else a new UUID. The request context (request-context.ts) picks it up from
 * the request header, so logs and the response name the same id.
 */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const id = given && SAFE_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('X-Request-Id', id);
  next();
}
