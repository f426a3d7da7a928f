import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { SESSION_COOKIE } from '../../../apps/api/src/modules/auth/session-cookie.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { cameraJpeg } from '../../support/test-images.js';

type Photo = { url: string; thumbnailUrl: string; alt: string; width: number; height: number };
interface PhotoAnswer {
  status: number;
  photo?: Photo;
  errors?: Array<{ message: string; extensions: { code: string; fields?: Array<{ field: string; message: string }> } }>;
}

const POST = `mutation($id: ID!, $input: ProgressUpdateInput!) { postProgressUpdate(initiativeId: $id, input: $input) { id photo { url } } }`;
const UPDATES = `query($id: ID!) { initiative(id: $id) { progressUpdates { id photo { url thumbnailUrl alt width height } } } }`;

describe('a photo on a progress update: attach, checks, serving', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let authorClient: GraphqlClient;
  let neighbourClient: GraphqlClient;
  let facilitatorClient: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    authorClient = await api.sessionFor(author, town.slug);
    neighbourClient = await api.sessionFor(await api.factories.createUser(town.id), town.slug);
    facilitatorClient = await api.sessionFor(await api.factories.createUser(town.id, { role: 'facilitator' }), town.slug);
  });
  afterAll(() => api.close());

  const headersFor = (client: GraphqlClient | null): Record<string, string> => {
    const session = client?.cookie(SESSION_COOKIE);
    return { 'x-municipality': town.slug, 'accept-language': 'nl', ...(session && { cookie: `${SESSION_COOKIE}=${session}` }) };
  };

  async function attach(
    client: GraphqlClient | null,
    updateId: string,
    data: Buffer,
    alt: string | null = 'Nieuwe bankjes',
  ): Promise<PhotoAnswer> {
    const form = new FormData();
    if (alt !== null) {
      form.append('alt', alt);
    }
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), 'foto.jpg');
    const response = await fetch(`${api.baseUrl}/api/progress-updates/${updateId}/photo`, {
      method: 'POST',
      headers: { ...headersFor(client), 'x-requested-with': 'XMLHttpRequest' },
      body: form,
    });
    return { status: response.status, ...((await response.json()) as Omit<PhotoAnswer, 'status'>) };
  }

  const media = (client: GraphqlClient | null, url: string): Promise<Response> =>
    fetch(`${api.baseUrl}${url}`, { headers: headersFor(client) });

  async function publishedUpdate(): Promise<{ initiativeId: string; updateId: string }> {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'published' });
    const { postProgressUpdate } = await authorClient.data<{ postProgressUpdate: { id: string; photo: null } }>(POST, {
      id: initiative.id,
      input: { title: 'De bankjes staan er', body: 'Kom kijken.' },
    });
    expect(postProgressUpdate.photo).toBeNull();
    return { initiativeId: initiative.id, updateId: postProgressUpdate.id };
  }

  it('the initiator attaches one photo: re-encoded to WebP within 1600 px, without EXIF, shown on the update', async () => {
    const { initiativeId, updateId } = await publishedUpdate();
    const jpeg = await cameraJpeg(2400, 1600);
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const answer = await attach(authorClient, updateId, jpeg, '  Twee nieuwe bankjes  ');
    expect(answer.status).toBe(201);
    expect(answer.photo).toMatchObject({ alt: 'Twee nieuwe bankjes', width: 1600, height: 1067 });
    expect(answer.photo!.url).toMatch(/^\/media\/[a-z0-9]{32}\.webp$/);

    const served = await media(null, answer.photo!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toMatch(/^public/);
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([1600, 1067]);
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('Testcamera'))).toBe(false);
    const thumb = await sharp(Buffer.from(await (await media(null, answer.photo!.thumbnailUrl)).arrayBuffer())).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(480);

    const { initiative } = await api
      .client(town.slug)
      .data<{ initiative: { progressUpdates: Array<{ id: string; photo: Photo | null }> } }>(UPDATES, { id: initiativeId });
    expect(initiative.progressUpdates).toEqual([{ id: updateId, photo: answer.photo }]);
    // Viewers who loaded the update before its photo came are told (live only, in the same transaction).
    const { rows: events } = await api.db.query(`SELECT kind FROM outbox WHERE subject_id = $1 ORDER BY id`, [updateId]);
    expect(events).toEqual([{ kind: 'progress_update' }, { kind: 'progress_update_changed' }]);

    // One photo per update.
    const second = await attach(authorClient, updateId, jpeg);
    expect(second.status).toBe(409);
    expect(second.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toBe('Bij dit nieuws staat al een foto.');
  });

  it('refuses anyone but the initiator, a missing alt text and a file that is not a picture, leaving no photo', async () => {
    const { updateId } = await publishedUpdate();
    const jpeg = await cameraJpeg(2400, 1600);
    const neighbour = await attach(neighbourClient, updateId, jpeg);
    expect(neighbour.status).toBe(403);
    expect(neighbour.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await attach(facilitatorClient, updateId, jpeg)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await attach(null, updateId, jpeg)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await attach(authorClient, updateId, jpeg, null)).errors?.[0]?.extensions.fields?.[0]?.field).toBe('alt');
    const notAPicture = await attach(authorClient, updateId, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(notAPicture.errors?.[0]?.extensions.fields?.[0]?.field).toBe('file');
    expect((await attach(authorClient, '00000000-0000-4000-8000-000000000000', jpeg)).status).toBe(404);
    const { rows } = await api.db.query(`SELECT photo_key FROM progress_update WHERE id = $1`, [updateId]);
    expect(rows).toEqual([{ photo_key: null }]);
  });

  it('serves the photo with the initiative’s visibility: a hidden initiative or update only to its author and staff', async () => {
    const { initiativeId, updateId } = await publishedUpdate();
    const { photo } = await attach(authorClient, updateId, await cameraJpeg(2400, 1600));
    expect((await media(null, photo!.url)).status).toBe(200);

    await api.db.query(`UPDATE initiative SET hidden_at = now(), hidden_reason = 'Test' WHERE id = $1`, [initiativeId]);
    for (const url of [photo!.url, photo!.thumbnailUrl]) {
      expect((await media(null, url)).status).toBe(404);
      expect((await media(neighbourClient, url)).status).toBe(404);
      const own = await media(authorClient, url);
      expect(own.status).toBe(200);
      expect(own.headers.get('cache-control')).toMatch(/^private/);
      expect((await media(facilitatorClient, url)).status).toBe(200);
    }

    await api.db.query(`UPDATE initiative SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1`, [initiativeId]);
    await api.db.query(`UPDATE progress_update SET hidden_at = now(), hidden_reason = 'Test' WHERE id = $1`, [updateId]);
    expect((await media(null, photo!.url)).status).toBe(404);
    expect((await media(facilitatorClient, photo!.url)).status).toBe(200);
  });
});
