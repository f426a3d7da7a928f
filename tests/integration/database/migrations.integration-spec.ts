import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../apps/api/src/database/data-source-options.js';
import { migrations } from '../../../migrations/index.js';
import { createEmptyDatabase } from '../../support/test-database.js';

async function tables(db: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let empty: { url: string; drop(): Promise<void> };
  let db: DataSource;

  beforeAll(async () => {
    empty = await createEmptyDatabase();
    db = new DataSource(dataSourceOptions(empty.url, 2));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await empty.drop();
  });

  it('run all up, all down, and up again', async () => {
    await db.runMigrations({ transaction: 'each' });
    const afterUp = await tables(db);
    expect(afterUp).toEqual(expect.arrayContaining(['municipality', 'app_user', 'user_session', 'initiative', 'initiative_event']));
    for (let i = 0; i < migrations.length; i++) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables(db)).toEqual([]);
    await db.runMigrations({ transaction: 'each' });
    expect(await tables(db)).toEqual(afterUp);
  });

  it('file names follow <unix-ms>-<PascalCaseVerbNoun> and are in order', () => {
    const stamps = migrations.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(stamps.every((s) => Number.isFinite(s))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
  });
});
