import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the initiative list (issue #3): the public part of the list (what visitors and
 * residents see of others) in the NEWEST and MOST_SUPPORTED orders, narrow enough for the capped
 * count to be an index-only walk, and recent supports per municipality for TRENDING. The partial
 * predicate is the visibility rule's "public" condition written exactly as `visibleToSql` writes it
 * (apps/api/src/modules/initiative/initiative.repository.ts); if the rule changes, the planner simply
 * stops using these indexes until a migration follows.
 */
const PUBLIC = `status <> ALL ('{draft,submitted,changes_requested,rejected}'::text[]) AND hidden_at IS NULL
  AND NOT (status = 'withdrawn' AND published_at IS NULL)`;

export class AddListOrderIndexes1764500000000 implements MigrationInterface {
  name = 'AddListOrderIndexes1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX initiative_public_newest_idx ON initiative (municipality_id, created_at DESC, id DESC) WHERE ${PUBLIC}`);
    await q.query(
      `CREATE INDEX initiative_public_supported_idx ON initiative (municipality_id, support_count DESC, id DESC) WHERE ${PUBLIC}`,
    );
    await q.query(`CREATE INDEX support_municipality_recent_idx ON support (municipality_id, created_at) INCLUDE (initiative_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX support_municipality_recent_idx`);
    await q.query(`DROP INDEX initiative_public_supported_idx`);
    await q.query(`DROP INDEX initiative_public_newest_idx`);
  }
}
