import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** What others see of a person. */
export type Person = Pick<UserEntity, 'id' | 'displayName'>;

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(municipalityId: string, id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ municipalityId, id });
  }

  findByEmail(municipalityId: string, email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.municipality_id = :municipalityId AND lower(u.email) = lower(:email)', { municipalityId, email })
      .getOne();
  }

  findByIds(municipalityId: string, ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).findBy({ municipalityId, id: In([...ids]) });
  }

  /**
   * Names of people by id (DataLoader batch, asked on every list page): only what a person card
   * shows, in plain SQL (no password hashes in memory, no entity building).
   */
  async peopleByIds(municipalityId: string, ids: readonly string[]): Promise<Person[]> {
    const rows = await this.db.query<Array<{ id: string; display_name: string }>>(
      'SELECT id, display_name FROM app_user WHERE municipality_id = $1 AND id = ANY($2::uuid[])',
      [municipalityId, [...ids]],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  /** Inserts, or returns null when the e-mail is taken (unique index, also under concurrency). */
  async insert(
    user: Pick<UserEntity, 'municipalityId' | 'email' | 'displayName' | 'passwordHash' | 'passwordFitsStaff' | 'role' | 'language'>,
  ): Promise<UserEntity | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash, password_fits_staff, role, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [user.municipalityId, user.email, user.displayName, user.passwordHash, user.passwordFitsStaff, user.role, user.language],
    );
    return rows[0] ? this.findById(user.municipalityId, rows[0].id) : null;
  }

  async setPassword(municipalityId: string, id: string, passwordHash: string, passwordFitsStaff: boolean): Promise<void> {
    await this.db.getRepository(UserEntity).update({ municipalityId, id }, { passwordHash, passwordFitsStaff });
  }

  /** Changes what an admin may change about an account (role, disabled), inside the caller's transaction. */
  async setAdministered(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    change: Partial<Pick<UserEntity, 'role' | 'disabledAt'>>,
  ): Promise<void> {
    await manager.getRepository(UserEntity).update({ municipalityId, id }, change);
  }

  /** Marks the e-mail address confirmed (keeps the first confirmation time). */
  async markEmailVerified(municipalityId: string, id: string): Promise<void> {
    await this.db.query(
      `UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE municipality_id = $1 AND id = $2`,
      [municipalityId, id],
    );
  }

  /** Facilitators and admins of a municipality, by name. */
  staffOf(municipalityId: string): Promise<UserEntity[]> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(`u.municipality_id = :municipalityId AND u.role IN ('facilitator', 'admin') AND u.disabled_at IS NULL`, { municipalityId })
      .orderBy('u.display_name')
      .getMany();
  }
}
