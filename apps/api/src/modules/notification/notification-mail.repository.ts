import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { defaultFrequency, type Frequency, type NotificationKind } from '#domain';
import type { Language } from '../../common/i18n/messages.js';

/** A notification whose e-mail is due, with what the mail needs of its recipient. */
export interface MailJob {
  id: string;
  municipalityId: string;
  userId: string;
  kind: NotificationKind;
  initiativeId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  email: string;
  displayName: string;
  language: Language;
  /** The recipient's frequency for this kind now (they may have changed it since). */
  frequency: Frequency;
}

/** How long a claimed mail is reserved for the instance that claimed it (then another may retry). */
const LEASE = `interval '5 minutes'`;

const EFFECTIVE_FREQUENCY = `coalesce(p.frequency, CASE WHEN u.role = 'resident' THEN '${defaultFrequency('resident')}' ELSE '${defaultFrequency('facilitator')}' END)`;

const RETURNING = `n.id, n.municipality_id, n.user_id, n.kind, n.initiative_id, n.payload, n.email_attempts`;

/**
 * The mail queue lives in the notification rows. Mails are claimed with a lease (the claim is
 * one statement with SKIP LOCKED, so two instances never claim the same row) and sent outside any
 * transaction; a crash before `sent` leaves the row to be claimed again when the lease ends.
 */
@Injectable()
export class NotificationMailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  claimImmediate(limit: number): Promise<MailJob[]> {
    return this.claim(`n.email_state = 'pending'`, [], limit);
  }

  /** Digest notifications older than `cutoff` of people whose current frequency is one of `frequencies`. */
  claimDigest(cutoff: Date, frequencies: readonly Frequency[], limit: number): Promise<MailJob[]> {
    return this.claim(
      `n.email_state = 'digest' AND n.created_at < $2 AND ${EFFECTIVE_FREQUENCY} = ANY($3::text[])`,
      [cutoff, [...frequencies]],
      limit,
    );
  }

  async markSent(ids: readonly string[]): Promise<void> {
    await this.db.query(
      `UPDATE notification SET email_state = 'sent', email_sent_at = now(), email_attempts = email_attempts + 1, email_error = NULL
        WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async markSkipped(ids: readonly string[]): Promise<void> {
    await this.db.query(`UPDATE notification SET email_state = 'none' WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** Tries again after `retryInMs`, or gives up (`failed`, kept with the error) when null. */
  async markFailed(ids: readonly string[], error: string, retryInMs: number | null): Promise<void> {
    await this.db.query(
      `UPDATE notification SET email_attempts = email_attempts + 1, email_error = left($2, 1000),
         email_state = CASE WHEN $3::int IS NULL THEN 'failed' ELSE email_state END,
         email_next_at = now() + make_interval(secs => coalesce($3::int, 0) / 1000.0)
        WHERE id = ANY($1::uuid[])`,
      [[...ids], error, retryInMs],
    );
  }

  /** `condition` may refer to `$2`, `$3`… (`params`); `$1` is the limit. */
  private async claim(condition: string, params: unknown[], limit: number): Promise<MailJob[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `WITH due AS (
         SELECT n.id FROM notification n
           JOIN app_user u ON u.id = n.user_id
           LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.kind = n.kind
          WHERE ${condition} AND n.email_next_at <= now()
          ORDER BY n.email_next_at LIMIT $1 FOR UPDATE OF n SKIP LOCKED
       ), claimed AS (
         UPDATE notification n SET email_next_at = now() + ${LEASE} FROM due WHERE n.id = due.id RETURNING ${RETURNING}
       )
       SELECT c.*, u.email, u.display_name, u.language, ${EFFECTIVE_FREQUENCY} AS frequency
         FROM claimed c JOIN app_user u ON u.id = c.user_id
         LEFT JOIN notification_preference p ON p.user_id = c.user_id AND p.kind = c.kind`,
      [limit, ...params],
    );
    return rows.map((r) => ({
      id: r.id as string,
      municipalityId: r.municipality_id as string,
      userId: r.user_id as string,
      kind: r.kind as NotificationKind,
      initiativeId: (r.initiative_id as string | null) ?? null,
      payload: r.payload as Record<string, unknown>,
      attempts: r.email_attempts as number,
      email: r.email as string,
      displayName: r.display_name as string,
      language: r.language as Language,
      frequency: r.frequency as Frequency,
    }));
  }
}
