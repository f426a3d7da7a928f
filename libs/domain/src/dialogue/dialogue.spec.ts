import { describe, expect, it } from '@jest/globals';
import { canDeleteComment, canEditComment, dialogueIsOpen, threadParentId } from './comment-rules.js';
import { follows } from './follow-rules.js';
import { defaultFrequency, digestCutoff, emailStateFor, mailRetryDelayMs } from './notification-rules.js';
import { reachesHideThreshold, reportDueOn } from './report-rules.js';

describe('comments', () => {
  it('are open on public initiatives only', () => {
    expect(dialogueIsOpen({ authorId: 'a', status: 'published', wasPublished: true })).toBe(true);
    expect(dialogueIsOpen({ authorId: 'a', status: 'completed', wasPublished: true })).toBe(true);
    expect(dialogueIsOpen({ authorId: 'a', status: 'draft' })).toBe(false);
    expect(dialogueIsOpen({ authorId: 'a', status: 'published', hidden: true, wasPublished: true })).toBe(false);
    expect(dialogueIsOpen({ authorId: 'a', status: 'withdrawn', wasPublished: false })).toBe(false);
  });

  it('thread one level deep', () => {
    expect(threadParentId({ id: 'top', parentId: null })).toBe('top');
    expect(threadParentId({ id: 'reply', parentId: 'top' })).toBe('top');
  });

  it('may be edited by the author within 15 minutes, deleted by the author', () => {
    const createdAt = new Date('2025-03-03T10:00:00Z');
    const comment = { authorId: 'me', createdAt, deleted: false };
    expect(canEditComment(comment, 'me', new Date('2025-03-03T10:15:00Z'))).toBe(true);
    expect(canEditComment(comment, 'me', new Date('2025-03-03T10:15:01Z'))).toBe(false);
    expect(canEditComment(comment, 'other', createdAt)).toBe(false);
    expect(canEditComment({ ...comment, deleted: true }, 'me', createdAt)).toBe(false);
    expect(canDeleteComment(comment, 'me')).toBe(true);
    expect(canDeleteComment(comment, null)).toBe(false);
  });
});

describe('reports', () => {
  it('hide at the threshold and are due in 2 working days', () => {
    expect(reachesHideThreshold(2, 3)).toBe(false);
    expect(reachesHideThreshold(3, 3)).toBe(true);
    // Friday afternoon → Tuesday (weekend skipped).
    expect(reportDueOn(new Date('2025-03-07T15:00:00Z'))).toBe('2025-03-11');
  });
});

describe('follows and notifications', () => {
  it('an explicit unfollow beats the automatic follow', () => {
    expect(follows({ automatic: true, explicit: null })).toBe(true);
    expect(follows({ automatic: true, explicit: false })).toBe(false);
    expect(follows({ automatic: false, explicit: true })).toBe(true);
  });

  it('mail per preference, never to an unconfirmed address', () => {
    expect(defaultFrequency('resident')).toBe('immediately');
    expect(emailStateFor('immediately', true)).toBe('pending');
    expect(emailStateFor('daily', true)).toBe('digest');
    expect(emailStateFor('off', true)).toBe('none');
    expect(emailStateFor('immediately', false)).toBe('none');
    expect(mailRetryDelayMs(1)).toBe(30_000);
    expect(mailRetryDelayMs(6)).toBeNull();
  });

  it('digests gather what happened before the Dutch midnight (or Monday)', () => {
    // Wednesday 5 March 2025, 09:30 in Amsterdam (UTC+1).
    const now = new Date('2025-03-05T08:30:00Z');
    expect(digestCutoff('daily', now).toISOString()).toBe('2025-03-04T23:00:00.000Z');
    expect(digestCutoff('weekly', now).toISOString()).toBe('2025-03-02T23:00:00.000Z');
  });
});
