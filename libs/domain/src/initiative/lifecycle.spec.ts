import { describe, expect, it } from '@jest/globals';
import { INITIATIVE_STATUSES, type InitiativeStatus } from './initiative-status.js';
import { TRANSITIONS, checkTransition, nextStatuses, type LifecycleActor } from './lifecycle.js';

/**
 * The lifecycle as DESIGN.md describes it, written out independently of TRANSITIONS so that a
 * change to the table in lifecycle.ts has to be made here too (review it as a rule change).
 * key: `from>to`, value: who may take the step and whether a reason is required.
 */
const EXPECTED: Record<string, { by: LifecycleActor[]; reason: boolean }> = {
  'draft>submitted': { by: ['author'], reason: false },
  'changes_requested>submitted': { by: ['author'], reason: false },
  'submitted>published': { by: ['facilitator', 'admin'], reason: false },
  'submitted>changes_requested': { by: ['facilitator', 'admin'], reason: true },
  'submitted>rejected': { by: ['facilitator', 'admin'], reason: true },
  'published>under_review': { by: ['system', 'facilitator', 'admin'], reason: false },
  'published>expired': { by: ['system'], reason: false },
  'under_review>adopted': { by: ['facilitator', 'admin'], reason: false },
  'under_review>declined': { by: ['facilitator', 'admin'], reason: true },
  'adopted>in_progress': { by: ['author', 'facilitator', 'admin'], reason: false },
  'in_progress>completed': { by: ['author', 'facilitator', 'admin'], reason: false },
  'draft>withdrawn': { by: ['author'], reason: true },
  'submitted>withdrawn': { by: ['author'], reason: true },
  'changes_requested>withdrawn': { by: ['author'], reason: true },
  'published>withdrawn': { by: ['author'], reason: true },
  'under_review>withdrawn': { by: ['author'], reason: true },
};

const TERMINAL: InitiativeStatus[] = ['rejected', 'declined', 'completed', 'withdrawn', 'expired'];
const ACTORS: LifecycleActor[] = ['author', 'facilitator', 'admin', 'system'];

/** Every combination of capacities, from nobody at all to all four at once (16 sets). */
const ACTOR_SETS: LifecycleActor[][] = Array.from({ length: 1 << ACTORS.length }, (_, mask) =>
  ACTORS.filter((_actor, bit) => (mask & (1 << bit)) !== 0),
);

const BLANK_REASONS = [null, undefined, '', '   ', '\n\t '];
const REASON = 'De beschrijving mist een locatie.';

function expectedNext(from: InitiativeStatus, actors: readonly LifecycleActor[]): InitiativeStatus[] {
  return INITIATIVE_STATUSES.filter((to) => EXPECTED[`${from}>${to}`]?.by.some((by) => actors.includes(by)) ?? false);
}

const sorted = <T extends string>(values: readonly T[]): T[] => [...values].sort();

describe('initiative lifecycle', () => {
  it('lists exactly the transitions of the design, each once', () => {
    const actual = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(actual).size).toBe(actual.length);
    expect(sorted(actual)).toEqual(sorted(Object.keys(EXPECTED)));
    for (const t of TRANSITIONS) {
      const expected = EXPECTED[`${t.from}>${t.to}`];
      expect({ step: `${t.from}>${t.to}`, by: sorted(t.by), reasonRequired: t.reasonRequired }).toEqual({
        step: `${t.from}>${t.to}`,
        by: sorted(expected?.by ?? []),
        reasonRequired: expected?.reason,
      });
    }
  });

  it('knows the twelve statuses of the design', () => {
    expect(sorted(INITIATIVE_STATUSES)).toEqual(
      sorted([
        'draft',
        'submitted',
        'changes_requested',
        'rejected',
        'published',
        'under_review',
        'adopted',
        'declined',
        'in_progress',
        'completed',
        'withdrawn',
        'expired',
      ]),
    );
  });

  describe.each(INITIATIVE_STATUSES.map((from) => [from]))('from %s', (from) => {
    it('allows a step exactly when the design lists it for one of the actor capacities', () => {
      for (const to of INITIATIVE_STATUSES) {
        const rule = EXPECTED[`${from}>${to}`];
        for (const actors of ACTOR_SETS) {
          const result = checkTransition(from, to, actors, REASON);
          const label = { from, to, actors };
          if (!rule) {
            expect({ ...label, result: result.ok ? 'ok' : result.problem }).toEqual({ ...label, result: 'notAllowedFromHere' });
            if (!result.ok && result.problem === 'notAllowedFromHere') {
              expect({ ...label, allowed: sorted(result.allowed) }).toEqual({ ...label, allowed: sorted(expectedNext(from, actors)) });
            }
          } else if (!rule.by.some((by) => actors.includes(by))) {
            expect({ ...label, result: result.ok ? 'ok' : result.problem }).toEqual({ ...label, result: 'notYourRole' });
            if (!result.ok && result.problem === 'notYourRole') {
              expect(sorted(result.allowedActors)).toEqual(sorted(rule.by));
            }
          } else {
            expect({ ...label, result: result.ok ? 'ok' : result.problem }).toEqual({ ...label, result: 'ok' });
            if (result.ok) {
              expect(result.transition).toMatchObject({ from, to, reasonRequired: rule.reason });
            }
          }
        }
      }
    });

    it('demands a non-blank reason exactly for reject, request changes, decline and withdraw', () => {
      for (const to of INITIATIVE_STATUSES) {
        const rule = EXPECTED[`${from}>${to}`];
        if (!rule) {
          continue;
        }
        for (const reason of BLANK_REASONS) {
          const result = checkTransition(from, to, rule.by, reason);
          expect({ from, to, reason, result: result.ok ? 'ok' : result.problem }).toEqual({
            from,
            to,
            reason,
            result: rule.reason ? 'reasonRequired' : 'ok',
          });
        }
        expect(checkTransition(from, to, rule.by, REASON).ok).toBe(true);
      }
    });

    it('nextStatuses names what each actor set may do from here', () => {
      for (const actors of ACTOR_SETS) {
        expect({ actors, next: sorted(nextStatuses(from, actors)) }).toEqual({ actors, next: sorted(expectedNext(from, actors)) });
      }
    });

    it('never allows staying in the same status', () => {
      const result = checkTransition(from, from, ACTORS, REASON);
      expect(result.ok).toBe(false);
      expect(nextStatuses(from, ACTORS)).not.toContain(from);
    });
  });

  describe.each(TERMINAL.map((status) => [status]))('terminal status %s', (status) => {
    it('has no way out for anyone', () => {
      expect(nextStatuses(status, ACTORS)).toEqual([]);
      for (const to of INITIATIVE_STATUSES) {
        expect(checkTransition(status, to, ACTORS, REASON)).toEqual({ ok: false, problem: 'notAllowedFromHere', allowed: [] });
      }
    });
  });

  it('has a way out of every status that is not terminal', () => {
    const open = INITIATIVE_STATUSES.filter((status) => !TERMINAL.includes(status));
    for (const status of open) {
      expect({ status, next: nextStatuses(status, ACTORS).length > 0 }).toEqual({ status, next: true });
    }
  });

  it('can reach every status from draft', () => {
    const reached = new Set<InitiativeStatus>(['draft']);
    const queue: InitiativeStatus[] = ['draft'];
    for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
      for (const next of nextStatuses(status, ACTORS)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(sorted([...reached])).toEqual(sorted(INITIATIVE_STATUSES));
  });

  describe('examples', () => {
    it('lets an author submit a draft but not publish it', () => {
      expect(checkTransition('draft', 'submitted', ['author'], null)).toMatchObject({ ok: true });
      expect(checkTransition('submitted', 'published', ['author'], null)).toEqual({
        ok: false,
        problem: 'notYourRole',
        allowedActors: ['facilitator', 'admin'],
      });
    });

    it('tells a facilitator what is possible when a step does not exist', () => {
      const result = checkTransition('draft', 'published', ['facilitator'], null);
      expect(result).toEqual({ ok: false, problem: 'notAllowedFromHere', allowed: [] });
      const fromSubmitted = checkTransition('submitted', 'adopted', ['facilitator'], null);
      expect(fromSubmitted.ok).toBe(false);
      expect(!fromSubmitted.ok && fromSubmitted.problem === 'notAllowedFromHere' && sorted(fromSubmitted.allowed)).toEqual([
        'changes_requested',
        'published',
        'rejected',
      ]);
    });

    it('treats an admin who wrote the initiative as both author and admin', () => {
      expect(sorted(nextStatuses('submitted', ['author', 'admin']))).toEqual(['changes_requested', 'published', 'rejected', 'withdrawn']);
    });

    it('leaves expiry to the system: staff cannot expire a published initiative', () => {
      expect(checkTransition('published', 'expired', ['facilitator', 'admin'], REASON)).toMatchObject({
        ok: false,
        problem: 'notYourRole',
      });
      expect(checkTransition('published', 'expired', ['system'], null)).toMatchObject({ ok: true });
    });

    it('does not let the author withdraw once the municipality has adopted it', () => {
      expect(checkTransition('adopted', 'withdrawn', ['author'], REASON)).toMatchObject({ ok: false, problem: 'notAllowedFromHere' });
      expect(checkTransition('in_progress', 'withdrawn', ['author'], REASON)).toMatchObject({ ok: false, problem: 'notAllowedFromHere' });
    });

    it('checks the role before the reason', () => {
      expect(checkTransition('submitted', 'rejected', ['author'], '')).toMatchObject({ ok: false, problem: 'notYourRole' });
    });
  });
});
