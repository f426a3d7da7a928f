import type { Response } from 'express';
import type { DialoogRequest } from '../request/request-types.js';
import type { Loaders } from './loaders.js';

export interface GraphqlContext {
  req: DialoogRequest;
  res: Response;
  loaders: Loaders;
}
