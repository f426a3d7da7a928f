import { Algorithm, hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { TRANSITIONS, type InitiativeStatus } from '#domain';
import { DEMO_INITIATIVES, DEMO_NEIGHBOURHOODS, DEMO_PEOPLE, DEMO_THEMES } from './demo-data.js';

/**
 * Seeds "Gemeente Voorbeeld" when the database holds no municipality at all. Only called
 * by `npm start` in embedded mode or with SEED_DEMO=1: a production database is never seeded.
 */
export async function seedDemoIfEmpty(db: DataSource, password: string): Promise<boolean> {
  return db.transaction(async (m) => {
    await m.query('LOCK TABLE municipality IN EXCLUSIVE MODE');
    const [{ n }] = await m.query<[{ n: number }]>('SELECT count(*)::int AS n FROM municipality');
    if (n > 0) {
      return false;
    }
    await seed(m, password);
    return true;
  });
}

async function seed(m: EntityManager, password: string): Promise<void> {
  const [{ id: municipalityId }] = await m.query<[{ id: string }]>(
    `INSERT INTO municipality (slug, name, hosts, support_threshold) VALUES ('voorbeeld', 'Gemeente Voorbeeld', '{localhost}', 25) RETURNING id`,
  );
  const passwordHash = await hash(password, { algorithm: Algorithm.Argon2id });

  const people = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO app_user (municipality_id, email, display_name, password_hash, password_fits_staff, role, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
      [municipalityId, person.email, person.displayName, passwordHash, [...password].length >= 15, person.role],
    );
    people.set(person.key, id);
  }
  const neighbourhoods = new Map<string, string>();
  for (const n of DEMO_NEIGHBOURHOODS) {
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO neighbourhood (municipality_id, name, code, boundary) VALUES ($1, $2, $3, $4) RETURNING id`,
      [municipalityId, n.name, n.code, JSON.stringify(n.boundary)],
    );
    neighbourhoods.set(n.code, id);
  }
  const themes = new Map<string, string>();
  for (const t of DEMO_THEMES) {
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO theme (municipality_id, slug, name, icon) VALUES ($1, $2, $3, $4) RETURNING id`,
      [municipalityId, t.slug, t.name, t.icon],
    );
    themes.set(t.slug, id);
  }

  const facilitatorId = people.get('facilitator')!;
  for (const [index, item] of DEMO_INITIATIVES.entries()) {
    const authorId = people.get(item.author)!;
    const createdAt = new Date(Date.now() - (DEMO_INITIATIVES.length - index) * 86_400_000 * 3);
    const [{ id }] = await m.query<[{ id: string }]>(
      `INSERT INTO initiative (municipality_id, author_id, title, summary, description, neighbourhood_id, theme_id, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [
        municipalityId,
        authorId,
        item.title,
        item.summary,
        item.description,
        neighbourhoods.get(item.neighbourhood),
        themes.get(item.theme),
        item.status,
        createdAt,
      ],
    );
    let at = createdAt.getTime();
    if (pathTo(item.status).some(([, to]) => to === 'published')) {
      await m.query(`UPDATE initiative SET published_at = $2 WHERE id = $1`, [id, new Date(at + 2 * 3_600_000)]);
    }
    for (const [from, to] of pathTo(item.status)) {
      at += 3_600_000;
      const byAuthor = TRANSITIONS.find((t) => t.from === from && t.to === to)?.by.includes('author') ?? from === null;
      const reason =
        to === 'rejected' || to === 'changes_requested' || to === 'declined' || to === 'withdrawn' ? (item.reason ?? null) : null;
      await m.query(
        `INSERT INTO initiative_event (municipality_id, initiative_id, actor_id, from_status, to_status, reason, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          municipalityId,
          id,
          to === 'under_review' || to === 'expired' ? null : byAuthor ? authorId : facilitatorId,
          from,
          to,
          reason,
          new Date(at),
        ],
      );
    }
  }
}

/** The usual road from nothing to `status`, as (from, to) steps. */
function pathTo(status: InitiativeStatus): Array<[InitiativeStatus | null, InitiativeStatus]> {
  const roads: Record<InitiativeStatus, InitiativeStatus[]> = {
    draft: ['draft'],
    submitted: ['draft', 'submitted'],
    changes_requested: ['draft', 'submitted', 'changes_requested'],
    rejected: ['draft', 'submitted', 'rejected'],
    published: ['draft', 'submitted', 'published'],
    under_review: ['draft', 'submitted', 'published', 'under_review'],
    adopted: ['draft', 'submitted', 'published', 'under_review', 'adopted'],
    declined: ['draft', 'submitted', 'published', 'under_review', 'declined'],
    in_progress: ['draft', 'submitted', 'published', 'under_review', 'adopted', 'in_progress'],
    completed: ['draft', 'submitted', 'published', 'under_review', 'adopted', 'in_progress', 'completed'],
    withdrawn: ['draft', 'submitted', 'published', 'withdrawn'],
    expired: ['draft', 'submitted', 'published', 'expired'],
  };
  const road = roads[status];
  return road.map((to, i) => [i === 0 ? null : road[i - 1], to]);
}
