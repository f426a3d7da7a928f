import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp, { type Sharp } from 'sharp';
import { SESSION_COOKIE } from '../../../apps/api/src/modules/auth/session-cookie.service.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { cameraJpeg } from '../../support/test-images.js';

interface UploadAnswer {
  status: number;
  headers: Headers;
  image?: { id: string; url: string; thumbnailUrl: string; alt: string; width: number; height: number; position: number };
  errors?: Array<{ message: string; extensions: { code: string; fields?: Array<{ field: string; message: string }> } }>;
}

const IMAGES = `query($id: ID!) { initiative(id: $id) { images { id url thumbnailUrl alt width height position } } }`;
type Images = { initiative: { images: Array<{ id: string; url: string; thumbnailUrl: string; alt: string; position: number }> } };

function colour(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 90 } } });
}

/** Every file under the storage root (they sit in two-letter subdirectories). */
function storedFiles(root: string): string[] {
  return readdirSync(root).flatMap((dir) =>
    statSync(join(root, dir)).isDirectory() ? readdirSync(join(root, dir)).map((f) => join(dir, f)) : [],
  );
}

describe('pictures of an initiative: upload, checks, serving', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let otherTown: TestMunicipality;
  let author: TestUser;
  let neighbour: TestUser;
  let facilitator: TestUser;
  let authorClient: GraphqlClient;
  let neighbourClient: GraphqlClient;
  let facilitatorClient: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    otherTown = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    neighbour = await api.factories.createUser(town.id);
    facilitator = await api.factories.createUser(town.id, { role: 'facilitator' });
    authorClient = await api.sessionFor(author, town.slug);
    neighbourClient = await api.sessionFor(neighbour, town.slug);
    facilitatorClient = await api.sessionFor(facilitator, town.slug);
  });
  afterAll(() => api.close());

  async function upload(
    client: GraphqlClient | null,
    initiativeId: string,
    file: { data: Buffer; name: string; type: string } | null,
    options: { alt?: string | null; csrf?: boolean; slug?: string } = {},
  ): Promise<UploadAnswer> {
    const form = new FormData();
    if (options.alt !== null) {
      form.append('alt', options.alt ?? 'Een groen vlak');
    }
    if (file) {
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    }
    const headers: Record<string, string> = { 'x-municipality': options.slug ?? town.slug, 'accept-language': 'nl' };
    if (options.csrf !== false) {
      headers['x-requested-with'] = 'XMLHttpRequest';
    }
    const session = client?.cookie(SESSION_COOKIE);
    if (session) {
      headers.cookie = `${SESSION_COOKIE}=${session}`;
    }
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiativeId}/images`, { method: 'POST', headers, body: form });
    const body = (await response.json()) as Omit<UploadAnswer, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  async function media(client: GraphqlClient | null, url: string): Promise<Response> {
    const session = client?.cookie(SESSION_COOKIE);
    return fetch(`${api.baseUrl}${url}`, {
      headers: { 'x-municipality': town.slug, ...(session && { cookie: `${SESSION_COOKIE}=${session}` }) },
    });
  }

  const draft = (status: 'draft' | 'published' | 'changes_requested' = 'draft') =>
    api.factories.createInitiative(town.id, { authorId: author.id, status });

  const rowsOf = async (initiativeId: string) =>
    (
      await api.db.query<{ source_type: string; alt: string }>(`SELECT source_type, alt FROM initiative_image WHERE initiative_id = $1`, [
        initiativeId,
      ])
    ).rows;

  it('re-encodes a large JPEG with EXIF and GPS to WebP within 1600 px, without any metadata', async () => {
    const initiative = await draft();
    const jpeg = await cameraJpeg(3000, 2000);
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();

    const answer = await upload(
      authorClient,
      initiative.id,
      { data: jpeg, name: 'vakantie.jpg', type: 'image/jpeg' },
      { alt: '  Het grasveld  ' },
    );
    expect(answer.status).toBe(201);
    expect(answer.image).toMatchObject({ alt: 'Het grasveld', width: 1600, height: 1067, position: 0 });

    const served = await media(authorClient, answer.image!.url);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([1600, 1067]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes(Buffer.from('Testcamera'))).toBe(false);

    const thumb = await sharp(Buffer.from(await (await media(authorClient, answer.image!.thumbnailUrl)).arrayBuffer())).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(480);
  });

  it('accepts PNG and WebP, does not enlarge small pictures, and trusts the bytes, not the name or type', async () => {
    const initiative = await draft();
    const png = await colour(800, 600).png().toBuffer();
    const webp = await colour(300, 200).webp().toBuffer();

    const asJpeg = await upload(authorClient, initiative.id, { data: png, name: 'foto.jpg', type: 'image/jpeg' });
    expect(asJpeg.status).toBe(201);
    expect(asJpeg.image).toMatchObject({ width: 800, height: 600 });
    const small = await upload(authorClient, initiative.id, { data: webp, name: 'klein.webp', type: 'image/webp' });
    expect(small.image).toMatchObject({ width: 300, height: 200, position: 1 });
    // Stored as what it is: a PNG (re-encoded), not the JPEG its name and Content-Type claimed.
    expect((await rowsOf(initiative.id)).map((r) => r.source_type).sort()).toEqual(['image/png', 'image/webp']);

    const text = await upload(authorClient, initiative.id, {
      data: Buffer.from('dit is geen foto\n'.repeat(50)),
      name: 'x.jpg',
      type: 'image/jpeg',
    });
    expect(text.status).toBe(400);
    expect(text.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(text.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'file' });
    expect(text.errors?.[0].extensions.fields?.[0].message).toMatch(/geen foto/);

    // A JPEG header on bytes that are no JPEG.
    const fake = await upload(authorClient, initiative.id, {
      data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]),
      name: 'x.jpg',
      type: 'image/jpeg',
    });
    expect(fake.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await rowsOf(initiative.id)).toHaveLength(2);
  });

  it('refuses a file over 5 MB and a decompression bomb, leaving no file and no row', async () => {
    const initiative = await draft();
    const before = storedFiles(api.uploadDir).length;
    const big = Buffer.concat([await colour(100, 100).jpeg().toBuffer(), Buffer.alloc(5 * 1024 * 1024 + 10, 1)]);
    const tooBig = await upload(authorClient, initiative.id, { data: big, name: 'groot.jpg', type: 'image/jpeg' });
    expect(tooBig.status).toBe(413);
    expect(tooBig.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].message).toMatch(/5 MB/);

    // 8000 × 6000 = 48 megapixels of one colour: a small file that would need 144 MB to decode.
    const bomb = await colour(8000, 6000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const refused = await upload(authorClient, initiative.id, { data: bomb, name: 'bom.png', type: 'image/png' });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].message).toMatch(/megapixel/);

    expect(await rowsOf(initiative.id)).toHaveLength(0);
    expect(storedFiles(api.uploadDir)).toHaveLength(before);
  });

  it('holds at most 5 pictures per initiative', async () => {
    const initiative = await draft('changes_requested');
    const png = await colour(64, 64).png().toBuffer();
    for (let i = 0; i < 5; i++) {
      expect((await upload(authorClient, initiative.id, { data: png, name: `f${i}.png`, type: 'image/png' })).status).toBe(201);
    }
    const sixth = await upload(authorClient, initiative.id, { data: png, name: 'f6.png', type: 'image/png' });
    expect(sixth.status).toBe(409);
    expect(sixth.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(sixth.errors?.[0].message).toMatch(/hoogstens 5/);
    expect(await rowsOf(initiative.id)).toHaveLength(5);
  });

  it('keeps to 5 pictures when 8 uploads arrive at once (the initiative row is locked)', async () => {
    const initiative = await draft();
    const png = await colour(64, 64).png().toBuffer();
    const filesBefore = storedFiles(api.uploadDir).length;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upload(authorClient, initiative.id, { data: png, name: `f${i}.png`, type: 'image/png' })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(3);
    const positions = await api.db.query<{ position: number }>(
      `SELECT position FROM initiative_image WHERE initiative_id = $1 ORDER BY position`,
      [initiative.id],
    );
    expect(positions.rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    // A picture and its thumbnail for each accepted upload; nothing left behind by the refused ones.
    expect(storedFiles(api.uploadDir)).toHaveLength(filesBefore + 10);
  });

  it('lets only the author upload, only while editable, signed in, with the CSRF header, in their municipality', async () => {
    const png = await colour(64, 64).png().toBuffer();
    const file = { data: png, name: 'f.png', type: 'image/png' };
    const own = await draft();
    const published = await draft('published');

    const byNeighbourDraft = await upload(neighbourClient, own.id, file);
    expect([byNeighbourDraft.status, byNeighbourDraft.errors?.[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const byNeighbourPublished = await upload(neighbourClient, published.id, file);
    expect([byNeighbourPublished.status, byNeighbourPublished.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const authorPublished = await upload(authorClient, published.id, file);
    expect([authorPublished.status, authorPublished.errors?.[0].extensions.code]).toEqual([409, 'CONFLICT']);

    const signedOut = await upload(null, own.id, file);
    expect([signedOut.status, signedOut.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const noHeader = await upload(authorClient, own.id, file, { csrf: false });
    expect([noHeader.status, noHeader.errors?.[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    // The session belongs to the other municipality's host: there the author is nobody.
    const elsewhere = await upload(authorClient, own.id, file, { slug: otherTown.slug });
    expect(elsewhere.status).toBeGreaterThanOrEqual(400);
    expect(['UNAUTHENTICATED', 'NOT_FOUND']).toContain(elsewhere.errors?.[0].extensions.code);

    const noAlt = await upload(authorClient, own.id, file, { alt: '   ' });
    expect(noAlt.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'alt' });
    const longAlt = await upload(authorClient, own.id, file, { alt: 'x'.repeat(201) });
    expect(longAlt.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'alt' });
    const noFile = await upload(authorClient, own.id, null);
    expect(noFile.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'file' });

    expect(await rowsOf(own.id)).toHaveLength(0);
    expect(await rowsOf(published.id)).toHaveLength(0);
  });

  it('serves a draft’s picture to its author and staff only, with safe headers', async () => {
    const initiative = await draft();
    const answer = await upload(authorClient, initiative.id, {
      data: await colour(200, 100).png().toBuffer(),
      name: 'a.png',
      type: 'image/png',
    });
    const url = answer.image!.url;
    expect(url).toMatch(/^\/media\/[a-z0-9]{32}\.webp$/);

    const own = await media(authorClient, url);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/webp');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-disposition')).toMatch(/^inline; filename="[a-z0-9]{32}\.webp"$/);
    expect(own.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(own.headers.get('cache-control')).toMatch(/^private/);
    expect((await media(facilitatorClient, url)).status).toBe(200);
    expect((await media(neighbourClient, url)).status).toBe(404);
    expect((await media(null, url)).status).toBe(404);
    expect((await media(null, '/media/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);

    const neighbourView = await neighbourClient.request<Images>(IMAGES, { id: initiative.id });
    expect(neighbourView.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Once public, anyone may see it (and shared caches may keep it for a while).
    await api.db.query(`UPDATE initiative SET status = 'published', published_at = now() WHERE id = $1`, [initiative.id]);
    const open = await media(null, url);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toMatch(/^public/);
    const { initiative: seen } = await api.client(town.slug).data<Images>(IMAGES, { id: initiative.id });
    expect(seen.images.map((i) => i.url)).toEqual([url]);
  });

  it('lets the author reorder and describe pictures, and staff remove them (files too)', async () => {
    const initiative = await draft();
    const png = await colour(64, 64).png().toBuffer();
    const ids: string[] = [];
    for (const alt of ['Eerste', 'Tweede', 'Derde']) {
      ids.push((await upload(authorClient, initiative.id, { data: png, name: 'f.png', type: 'image/png' }, { alt })).image!.id);
    }
    await authorClient.data(`mutation($id: ID!) { moveInitiativeImage(id: $id, position: 0) { id } }`, { id: ids[2] });
    const renamed = await authorClient.data<{ updateInitiativeImageAlt: { alt: string } }>(
      `mutation($id: ID!, $alt: String!) { updateInitiativeImageAlt(id: $id, alt: $alt) { alt } }`,
      { id: ids[0], alt: '  Eerste foto  ' },
    );
    expect(renamed.updateInitiativeImageAlt.alt).toBe('Eerste foto');
    const emptyAlt = await authorClient.request(`mutation($id: ID!) { updateInitiativeImageAlt(id: $id, alt: " ") { alt } }`, {
      id: ids[0],
    });
    expect(emptyAlt.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byNeighbour = await neighbourClient.request(`mutation($id: ID!) { removeInitiativeImage(id: $id) { id } }`, { id: ids[0] });
    expect(byNeighbour.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    let { initiative: current } = await authorClient.data<Images>(IMAGES, { id: initiative.id });
    expect(current.images.map((i) => [i.alt, i.position])).toEqual([
      ['Derde', 0],
      ['Eerste foto', 1],
      ['Tweede', 2],
    ]);

    // Submitted: the author can no longer change them; a facilitator can still remove one.
    await api.db.query(`UPDATE initiative SET status = 'submitted' WHERE id = $1`, [initiative.id]);
    const late = await authorClient.request(`mutation($id: ID!) { removeInitiativeImage(id: $id) { id } }`, { id: ids[1] });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
    const before = storedFiles(api.uploadDir).length;
    await facilitatorClient.data(`mutation($id: ID!) { removeInitiativeImage(id: $id) { id } }`, { id: ids[0] });
    expect(storedFiles(api.uploadDir)).toHaveLength(before - 2);
    ({ initiative: current } = await authorClient.data<Images>(IMAGES, { id: initiative.id }));
    expect(current.images.map((i) => [i.alt, i.position])).toEqual([
      ['Derde', 0],
      ['Tweede', 1],
    ]);
    const audit = await api.db.query(`SELECT action FROM audit_log WHERE target_id = $1 AND action = 'initiative.imageRemoved'`, [
      initiative.id,
    ]);
    expect(audit.rows).toHaveLength(1);
  });
});

describe('picture uploads: limits enforced by the server whatever the client says', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let author: TestUser;
  let session: string;

  beforeAll(async () => {
    const lifted = { limit: 100_000, windowSeconds: 60 };
    api = await startApi({
      rateLimits: {
        perAccount: { limit: 5, windowSeconds: 60, maxLockMinutes: 15 },
        authPerIp: lifted,
        registerPerIp: lifted,
        mutationsPerUser: { limit: 3, windowSeconds: 60 },
        requestsPerIp: lifted,
        mailsPerRecipient: lifted,
      },
    });
    town = await api.factories.createMunicipality();
    author = await api.factories.createUser(town.id);
    session = (await api.sessionFor(author, town.slug)).cookie(SESSION_COOKIE)!;
  });
  afterAll(() => api.close());

  const headers = (): Record<string, string> => ({
    'x-municipality': town.slug,
    'x-requested-with': 'XMLHttpRequest',
    cookie: `${SESSION_COOKIE}=${session}`,
  });

  it('refuses a streamed file over 5 MB without a declared length (multer’s own limit), leaving nothing', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    const boundary = 'dialoog-test-boundary';
    const parts = [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nGroot\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="g.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      await colour(50, 50).jpeg().toBuffer(),
      Buffer.alloc(6 * 1024 * 1024, 3),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) {
          controller.enqueue(new Uint8Array(part));
        }
        controller.close();
      },
    });
    const response = await fetch(`${api.baseUrl}/api/initiatives/${initiative.id}/images`, {
      method: 'POST',
      headers: { ...headers(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(storedFiles(api.uploadDir)).toHaveLength(0);
    expect((await api.db.query(`SELECT 1 FROM initiative_image`)).rows).toHaveLength(0);
  });

  it('counts uploads against the per-person mutation limit', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: author.id, status: 'draft' });
    const png = await colour(32, 32).png().toBuffer();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      const form = new FormData();
      form.append('alt', `Foto ${i}`);
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'f.png');
      last = await fetch(`${api.baseUrl}/api/initiatives/${initiative.id}/images`, { method: 'POST', headers: headers(), body: form });
      statuses.push(last.status);
    }
    // The first test's upload counted too: 3 per minute in all.
    expect(statuses).toEqual([201, 201, 429]);
    expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await last!.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
