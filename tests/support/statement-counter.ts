import type { INestApplication } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';

export interface StatementCounter {
  /** Statements sent since the last reset. */
  readonly count: number;
  reset(): void;
  restore(): void;
}

/** Counts every SQL statement the app sends (all TypeORM queries go through a QueryRunner). */
export function countStatements(app: INestApplication): StatementCounter {
  const db = app.get(DataSource);
  const create = db.createQueryRunner.bind(db);
  let count = 0;
  db.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const query = runner.query.bind(runner);
    runner.query = ((...queryArgs: Parameters<QueryRunner['query']>) => {
      count++;
      return query(...queryArgs);
    }) as QueryRunner['query'];
    return runner;
  };
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    restore() {
      db.createQueryRunner = create;
    },
  };
}
