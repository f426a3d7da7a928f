import { describe, expect, it } from '@jest/globals';
import { withApiAndTown } from '../../support/api-suite.js';

const PAGE = `query($filter: AuditFilter, $after: String) {
  auditLog(filter: $filter, first: 5, after: $after) { totalCount edges { cursor node { id summary } } pageInfo { hasNextPage endCursor } }
}`;

interface Page {
  auditLog: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; summary: { n: number } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the audit log, page by page', () => {
  const env = withApiAndTown();

  it('is newest first by number (id 10 before id 9), and the pages together hold every entry once', async () => {
    const target = '00000000-0000-4000-8000-000000000001';
    // Twelve entries: their ids cross from one digit to two, where text order and number order differ.
    await env.api.db.query(
      `INSERT INTO audit_log (municipality_id, actor_id, action, target_type, target_id, summary)
       SELECT $1, NULL, 'user.role_changed', 'user', $2, jsonb_build_object('n', n) FROM generate_series(1, 12) AS n`,
      [env.town.id, target],
    );
    const admin = await env.api.signIn(
      await env.api.factories.createUser(env.town.id, { role: 'admin', password: 'beheerder-wachtwoord-lang' }),
      env.town.slug,
    );
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const result: Page = await admin.data<Page>(PAGE, { filter: { targetId: target }, after });
      expect(result.auditLog.totalCount).toBe(12);
      seen.push(...result.auditLog.edges.map((edge) => edge.node.summary.n));
      if (!result.auditLog.pageInfo.hasNextPage) {
        break;
      }
      after = result.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });
});
