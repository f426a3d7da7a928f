import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../migrations/index.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { InitiativeEventEntity } from '../modules/initiative/initiative-event.entity.js';
import { InitiativeEntity } from '../modules/initiative/initiative.entity.js';
import { MunicipalityEntity } from '../modules/municipality/municipality.entity.js';
import { NeighbourhoodEntity } from '../modules/municipality/neighbourhood.entity.js';
import { ThemeEntity } from '../modules/municipality/theme.entity.js';

export const entities = [
  MunicipalityEntity,
  NeighbourhoodEntity,
  ThemeEntity,
  UserEntity,
  SessionEntity,
  InitiativeEntity,
  InitiativeEventEntity,
];

/** The one place where the database connection is described. Schema changes only through migrations. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // A stuck statement must not hold a request (or a row lock) forever.
      statement_timeout: 15_000,
      application_name: 'dialoog-api',
    },
  };
}
