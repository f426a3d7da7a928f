import type { Role } from '../account/role.js';
import { isStaff } from '../account/role.js';
import { canSeeInitiative, type VisibleFacts } from '../initiative/visibility.js';

export const COMMENT_LIMITS = { bodyMax: 2_000 } as const;
export const PROGRESS_UPDATE_LIMITS = { titleMin: 3, titleMax: 120, bodyMax: 5_000 } as const;

/** Minutes after posting during which the author may still change a comment. */
export const COMMENT_EDIT_MINUTES = 15;

/**
 * Comments (and progress updates) are allowed on initiatives everyone may see: published and
 * every later public status, not while private or hidden. This is the visibility rule itself,
 * asked for an anonymous viewer.
 */
export function dialogueIsOpen(initiative: VisibleFacts): boolean {
  return canSeeInitiative(initiative, null);
}

/** Threads are one level deep: a reply to a reply attaches to the top-level comment. */
export function threadParentId(parent: { readonly id: string; readonly parentId: string | null }): string {
  return parent.parentId ?? parent.id;
}

export interface CommentFacts {
  readonly authorId: string;
  readonly createdAt: Date;
  readonly deleted: boolean;
}

/** Only the author, only within 15 minutes of posting, and never a removed comment. */
export function canEditComment(comment: CommentFacts, userId: string | null, now: Date): boolean {
  return userId === comment.authorId && !comment.deleted && now.getTime() - comment.createdAt.getTime() <= COMMENT_EDIT_MINUTES * 60_000;
}

export function canDeleteComment(comment: CommentFacts, userId: string | null): boolean {
  return userId === comment.authorId && !comment.deleted;
}

/** A comment by municipal staff is shown as the municipality's. */
export function isMunicipalVoice(role: Role): boolean {
  return isStaff(role);
}
