import { randomBytes } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import type pg from 'pg';
import type { InitiativeStatus, Role } from '../../libs/domain/src/index.js';

const unique = (): string => randomBytes(4).toString('hex');
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let found = hashes.get(password);
  if (!found) {
    found = hash(password, { algorithm: Algorithm.Argon2id });
    hashes.set(password, found);
  }
  return found;
}

export interface TestMunicipality {
  id: string;
  slug: string;
  name: string;
  neighbourhoodIds: string[];
  themeIds: string[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  municipalityId: string;
}

/** Test data builders: each call makes new rows with unique names. */
export class Factories {
  constructor(private readonly db: pg.Pool) {}

  async createMunicipality(opts: { slug?: string; name?: string } = {}): Promise<TestMunicipality> {
    const slug = opts.slug ?? `gemeente-${unique()}`;
    const name = opts.name ?? `Gemeente ${slug}`;
    const { rows } = await this.db.query<{ id: string }>(`INSERT INTO municipality (slug, name) VALUES ($1, $2) RETURNING id`, [
      slug,
      name,
    ]);
    const id = rows[0].id;
    const neighbourhoodIds: string[] = [];
    for (const [i, n] of ['Centrum', 'Noord', 'Zuid'].entries()) {
      const r = await this.db.query<{ id: string }>(
        `INSERT INTO neighbourhood (municipality_id, name, code) VALUES ($1, $2, $3) RETURNING id`,
        [id, n, `BU${unique()}${i}`],
      );
      neighbourhoodIds.push(r.rows[0].id);
    }
    const themeIds: string[] = [];
    for (const [tslug, tname] of [
      ['groen', 'Groen'],
      ['spelen', 'Spelen'],
      ['verkeer', 'Verkeer'],
    ]) {
      const r = await this.db.query<{ id: string }>(`INSERT INTO theme (municipality_id, slug, name) VALUES ($1, $2, $3) RETURNING id`, [
        id,
        tslug,
        tname,
      ]);
      themeIds.push(r.rows[0].id);
    }
    return { id, slug, name, neighbourhoodIds, themeIds };
  }

  /** A user whose e-mail address is confirmed, unless `verified: false`. */
  async createUser(
    municipalityId: string,
    opts: { role?: Role; password?: string; email?: string; displayName?: string; verified?: boolean } = {},
  ): Promise<TestUser> {
    const role = opts.role ?? 'resident';
    const password = opts.password ?? 'een-heel-lang-testwachtwoord-42';
    const email = opts.email ?? `${role}-${unique()}@test.example`;
    const displayName = opts.displayName ?? `Test ${role} ${unique()}`;
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash, password_fits_staff, role, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::boolean THEN now() END) RETURNING id`,
      [municipalityId, email, displayName, await hashOnce(password), [...password].length >= 15, role, opts.verified ?? true],
    );
    return { id: rows[0].id, email, password, displayName, role, municipalityId };
  }

  async createInitiative(
    municipalityId: string,
    opts: { authorId: string; status?: InitiativeStatus; title?: string; neighbourhoodId?: string; themeId?: string; createdAt?: Date },
  ): Promise<{ id: string; title: string; status: InitiativeStatus }> {
    const status = opts.status ?? 'published';
    const title = opts.title ?? `Initiatief ${unique()}`;
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO initiative (municipality_id, author_id, title, summary, description, status, neighbourhood_id, theme_id, created_at, published_at)
       VALUES ($1, $2, $3, 'Korte samenvatting', 'Beschrijving', $4, $5, $6, coalesce($7, now()),
         CASE WHEN $4 IN ('draft', 'submitted', 'changes_requested', 'rejected') THEN NULL ELSE coalesce($7, now()) END) RETURNING id`,
      [municipalityId, opts.authorId, title, status, opts.neighbourhoodId ?? null, opts.themeId ?? null, opts.createdAt ?? null],
    );
    const id = rows[0].id;
    await this.db.query(
      `INSERT INTO initiative_event (municipality_id, initiative_id, actor_id, from_status, to_status) VALUES ($1, $2, $3, NULL, $4)`,
      [municipalityId, id, opts.authorId, status],
    );
    return { id, title, status };
  }
}
