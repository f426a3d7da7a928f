import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';

type Figures = {
  total: boolean;
  neighbourhood: { name: string } | null;
  published: number;
  medianDaysToFirstResponse: number | null;
  p90DaysToFirstResponse: number | null;
  firstResponsesOnTimeShare: number | null;
  medianDaysToDecision: number | null;
  overdue: number;
  openAwaitingResponse: number;
};
const STATS = `{ stats { responseTimes { total neighbourhood { name } published medianDaysToFirstResponse p90DaysToFirstResponse firstResponsesOnTimeShare medianDaysToDecision overdue openAwaitingResponse } } }`;

describe('public response-time figures', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('computes medians, 90th percentiles, on-time shares and overdue counts per municipality and neighbourhood', async () => {
    const town = await api.factories.createMunicipality();
    const author = await api.factories.createUser(town.id);
    // First responses after 1, 2, 3, 4 and 10 days; due after 14 days; one still waiting and overdue.
    for (const [i, days] of [1, 2, 3, 4, 10].entries()) {
      const ini = await api.factories.createInitiative(town.id, {
        authorId: author.id,
        status: 'published',
        neighbourhoodId: town.neighbourhoodIds[i % 2],
      });
      await api.db.query(
        `UPDATE initiative SET published_at = now() - interval '30 days', first_response_at = now() - interval '30 days' + make_interval(days => $2),
           first_response_due_on = (now() - interval '16 days')::date WHERE id = $1`,
        [ini.id, days],
      );
    }
    const waiting = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'published',
      neighbourhoodId: town.neighbourhoodIds[0],
    });
    await api.db.query(
      `UPDATE initiative SET published_at = now() - interval '20 days', first_response_due_on = current_date - 3 WHERE id = $1`,
      [waiting.id],
    );
    const decided = await api.factories.createInitiative(town.id, {
      authorId: author.id,
      status: 'adopted',
      neighbourhoodId: town.neighbourhoodIds[1],
    });
    await api.db.query(
      `UPDATE initiative SET published_at = now() - interval '40 days', threshold_reached_at = now() - interval '20 days', decided_at = now() - interval '8 days',
         decision_due_on = current_date, first_response_at = now() - interval '39 days', first_response_due_on = current_date - 20 WHERE id = $1`,
      [decided.id],
    );
    await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' }); // never published: not counted

    const { stats } = await api.client(town.slug).data<{ stats: { responseTimes: Figures[] } }>(STATS);
    const total = stats.responseTimes[0];
    expect(total.total).toBe(true);
    expect(total.published).toBe(7);
    // First responses after 1, 1, 2, 3, 4 and 10 days (the waiting one has none yet).
    expect(total.medianDaysToFirstResponse).toBe(2.5);
    expect(total.p90DaysToFirstResponse).toBe(7);
    // Six answered on time; the waiting one is overdue and counts as late.
    expect(total.firstResponsesOnTimeShare).toBe(0.86);
    expect(total.overdue).toBe(1);
    expect(total.openAwaitingResponse).toBe(1);
    expect(total.medianDaysToDecision).toBe(12);
    expect(
      stats.responseTimes
        .filter((f) => !f.total)
        .map((f) => f.neighbourhood?.name)
        .sort(),
    ).toEqual(['Centrum', 'Noord']);
  });
});
