import type { InitiativeStatus } from './initiative-status.js';

/** Who is acting on an initiative, as the lifecycle sees it. */
export type LifecycleActor = 'author' | 'facilitator' | 'admin' | 'system';

export interface Transition {
  readonly from: InitiativeStatus;
  readonly to: InitiativeStatus;
  readonly by: readonly LifecycleActor[];
  readonly reasonRequired: boolean;
}

const STAFF: readonly LifecycleActor[] = ['facilitator', 'admin'];

/** Every allowed step of an initiative's life. Anything not listed here is refused. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', by: ['author'], reasonRequired: false },
  { from: 'changes_requested', to: 'submitted', by: ['author'], reasonRequired: false },
  { from: 'submitted', to: 'published', by: STAFF, reasonRequired: false },
  { from: 'submitted', to: 'changes_requested', by: STAFF, reasonRequired: true },
  { from: 'submitted', to: 'rejected', by: STAFF, reasonRequired: true },
  { from: 'published', to: 'under_review', by: ['system', ...STAFF], reasonRequired: false },
  { from: 'published', to: 'expired', by: ['system'], reasonRequired: false },
  { from: 'under_review', to: 'adopted', by: STAFF, reasonRequired: false },
  { from: 'under_review', to: 'declined', by: STAFF, reasonRequired: true },
  { from: 'adopted', to: 'in_progress', by: ['author', ...STAFF], reasonRequired: false },
  { from: 'in_progress', to: 'completed', by: ['author', ...STAFF], reasonRequired: false },
  { from: 'draft', to: 'withdrawn', by: ['author'], reasonRequired: true },
  { from: 'submitted', to: 'withdrawn', by: ['author'], reasonRequired: true },
  { from: 'changes_requested', to: 'withdrawn', by: ['author'], reasonRequired: true },
  { from: 'published', to: 'withdrawn', by: ['author'], reasonRequired: true },
  { from: 'under_review', to: 'withdrawn', by: ['author'], reasonRequired: true },
];

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; problem: 'notAllowedFromHere'; allowed: readonly InitiativeStatus[] }
  | { ok: false; problem: 'notYourRole'; allowedActors: readonly LifecycleActor[] }
  | { ok: false; problem: 'reasonRequired' };

/** The statuses this actor may move an initiative to from `from`. */
export function nextStatuses(from: InitiativeStatus, actors: readonly LifecycleActor[]): InitiativeStatus[] {
  return TRANSITIONS.filter((t) => t.from === from && t.by.some((by) => actors.includes(by))).map((t) => t.to);
}

/**
 * Decides one step. `actors` holds every capacity the person acts in (an admin who wrote the
 * initiative is both 'author' and 'admin').
 */
export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  actors: readonly LifecycleActor[],
  reason: string | null | undefined,
): TransitionCheck {
  const transition = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return { ok: false, problem: 'notAllowedFromHere', allowed: nextStatuses(from, actors) };
  }
  if (!transition.by.some((by) => actors.includes(by))) {
    return { ok: false, problem: 'notYourRole', allowedActors: transition.by };
  }
  if (transition.reasonRequired && (reason ?? '').trim().length === 0) {
    return { ok: false, problem: 'reasonRequired' };
  }
  return { ok: true, transition };
}
