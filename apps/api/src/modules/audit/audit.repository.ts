import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface AuditEntry {
  readonly municipalityId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: 'initiative' | 'user' | 'neighbourhood' | 'theme' | 'comment' | 'progress_update' | 'report' | 'municipality';
  readonly targetId: string;
  readonly summary: Record<string, unknown>;
  readonly ip?: string | null;
}

export interface AuditRow extends AuditEntry {
  readonly id: string;
  readonly createdAt: Date;
}

/** Append-only (a database trigger refuses UPDATE and DELETE). Written in the caller's transaction. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (municipality_id, actor_id, action, target_type, target_id, summary, ip)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.municipalityId,
        entry.actorId,
        entry.action,
        entry.targetType,
        entry.targetId,
        JSON.stringify(entry.summary),
        entry.ip ?? null,
      ],
    );
  }

  async list(
    municipalityId: string,
    filter: { targetId?: string; actorId?: string },
    limit: number,
    afterId: string | null,
  ): Promise<{ rows: AuditRow[]; totalCount: number }> {
    const params: unknown[] = [municipalityId];
    const where = ['municipality_id = $1'];
    if (filter.targetId) {
      params.push(filter.targetId);
      where.push(`target_id = $${params.length}`);
    }
    if (filter.actorId) {
      params.push(filter.actorId);
      where.push(`actor_id = $${params.length}`);
    }
    const countParams = [...params];
    if (afterId) {
      params.push(afterId);
      where.push(`id < $${params.length}::bigint`);
    }
    params.push(limit + 1);
    const [rows, count] = await Promise.all([
      this.db.query<Array<Record<string, unknown>>>(
        `SELECT id::text, municipality_id, actor_id, action, target_type, target_id, summary, host(ip) AS ip, created_at
           FROM audit_log WHERE ${where.join(' AND ')} ORDER BY audit_log.id DESC LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM audit_log WHERE ${where.slice(0, countParams.length).join(' AND ')}`,
        countParams,
      ),
    ]);
    return {
      rows: rows.map((r) => ({
        id: r.id as string,
        municipalityId: r.municipality_id as string,
        actorId: (r.actor_id as string | null) ?? null,
        action: r.action as string,
        targetType: r.target_type as AuditEntry['targetType'],
        targetId: r.target_id as string,
        summary: r.summary as Record<string, unknown>,
        ip: (r.ip as string | null) ?? null,
        createdAt: r.created_at as Date,
      })),
      totalCount: count[0]?.n ?? 0,
    };
  }
}
