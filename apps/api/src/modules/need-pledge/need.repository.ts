import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NeedKind } from '#domain';
import { returnedRows } from '../../database/returned-rows.js';

export interface NeedRow {
  id: string;
  municipalityId: string;
  initiativeId: string;
  kind: NeedKind;
  title: string;
  description: string;
  startsAt: Date | null;
  endsAt: Date | null;
  place: string | null;
  skills: string | null;
  dueOn: string | null;
  hoursEstimate: number | null;
  unit: string | null;
  capacity: number;
  pledged: number;
}

export type NeedValues = Omit<NeedRow, 'id' | 'municipalityId' | 'initiativeId' | 'pledged'>;

const COLUMNS = `id, municipality_id, initiative_id, kind, title, description, starts_at, ends_at, place, skills,
  due_on::text, hours_estimate::float8 AS hours_estimate, unit, capacity, pledged`;

function toNeed(r: Record<string, unknown>): NeedRow {
  return {
    id: r.id as string,
    municipalityId: r.municipality_id as string,
    initiativeId: r.initiative_id as string,
    kind: r.kind as NeedKind,
    title: r.title as string,
    description: r.description as string,
    startsAt: (r.starts_at as Date | null) ?? null,
    endsAt: (r.ends_at as Date | null) ?? null,
    place: (r.place as string | null) ?? null,
    skills: (r.skills as string | null) ?? null,
    dueOn: (r.due_on as string | null) ?? null,
    hoursEstimate: (r.hours_estimate as number | null) ?? null,
    unit: (r.unit as string | null) ?? null,
    capacity: r.capacity as number,
    pledged: r.pledged as number,
  };
}

@Injectable()
export class NeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(municipalityId: string, initiativeId: string, v: NeedValues): Promise<NeedRow> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `INSERT INTO need (municipality_id, initiative_id, kind, title, description, starts_at, ends_at, place, skills, due_on, hours_estimate, unit, capacity)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
      [
        municipalityId,
        initiativeId,
        v.kind,
        v.title,
        v.description,
        v.startsAt,
        v.endsAt,
        v.place,
        v.skills,
        v.dueOn,
        v.hoursEstimate,
        v.unit,
        v.capacity,
      ],
    );
    return toNeed(rows[0]);
  }

  async lock(manager: EntityManager, municipalityId: string, id: string): Promise<NeedRow | null> {
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM need WHERE municipality_id = $1 AND id = $2 FOR UPDATE`,
      [municipalityId, id],
    );
    return rows[0] ? toNeed(rows[0]) : null;
  }

  async find(municipalityId: string, id: string): Promise<NeedRow | null> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(`SELECT ${COLUMNS} FROM need WHERE municipality_id = $1 AND id = $2`, [
      municipalityId,
      id,
    ]);
    return rows[0] ? toNeed(rows[0]) : null;
  }

  async findMany(municipalityId: string, ids: readonly string[]): Promise<NeedRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM need WHERE municipality_id = $1 AND id = ANY($2::uuid[])`,
      [municipalityId, [...ids]],
    );
    return rows.map(toNeed);
  }

  async update(manager: EntityManager, id: string, v: NeedValues): Promise<void> {
    await manager.query(
      `UPDATE need SET title = $2, description = $3, starts_at = $4, ends_at = $5, place = $6, skills = $7, due_on = $8,
         hours_estimate = $9, unit = $10, capacity = $11 WHERE id = $1`,
      [id, v.title, v.description, v.startsAt, v.endsAt, v.place, v.skills, v.dueOn, v.hoursEstimate, v.unit, v.capacity],
    );
  }

  /**
   * Takes `amount` from the need's free capacity in one statement (the row lock of the UPDATE
   * queues concurrent pledges). Returns the new pledged total, or null when it does not fit.
   */
  async take(manager: EntityManager, id: string, amount: number): Promise<number | null> {
    const result = await manager.query<Array<{ pledged: number }> | [Array<{ pledged: number }>, number]>(
      `UPDATE need SET pledged = pledged + $2 WHERE id = $1 AND pledged + $2 <= capacity RETURNING pledged`,
      [id, amount],
    );
    return returnedRows(result)[0]?.pledged ?? null;
  }

  async release(manager: EntityManager, id: string, amount: number): Promise<void> {
    await manager.query(`UPDATE need SET pledged = pledged - $2 WHERE id = $1`, [id, amount]);
  }

  async ofInitiatives(municipalityId: string, ids: readonly string[]): Promise<NeedRow[]> {
    const rows = await this.db.query<Array<Record<string, unknown>>>(
      `SELECT ${COLUMNS} FROM need WHERE municipality_id = $1 AND initiative_id = ANY($2::uuid[]) ORDER BY created_at, id`,
      [municipalityId, [...ids]],
    );
    return rows.map(toNeed);
  }
}
