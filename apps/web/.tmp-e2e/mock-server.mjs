// Local stand-in for the API while it is being written: serves dist/web and a mock /graphql.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, graphql, GraphQLError } from 'graphql';

const root = resolve(import.meta.dirname, '../../../dist/web');
const schema = buildSchema(await readFile(resolve(import.meta.dirname, '../.tmp-schema.graphql'), 'utf8'));

const msgs = {
  nl: { creds: 'Het e-mailadres of het wachtwoord klopt niet.', notFound: 'Niet gevonden.', unauth: 'Log eerst in.', bad: 'Controleer de invoer.', short: 'Gebruik minstens 5 tekens.', taken: 'Dit e-mailadres is al in gebruik.' },
  en: { creds: 'The e-mail address or the password is not correct.', notFound: 'Not found.', unauth: 'Log in first.', bad: 'Check the input.', short: 'Use at least 5 characters.', taken: 'This e-mail address is already in use.' },
};

export function createState() {
  return {
    users: new Map(),
    sessions: new Map(),
    initiatives: [],
    municipality: {
      id: 'm1', slug: 'test', name: 'Testgemeente', supportThreshold: 10, supportWindowDays: 30,
      neighbourhoods: [{ id: 'n1', name: 'Centrum', code: 'WK01' }, { id: 'n2', name: 'Noord', code: 'WK02' }],
      themes: [{ id: 't1', slug: 'groen', name: 'Groen', icon: 'leaf' }, { id: 't2', slug: 'spelen', name: 'Spelen', icon: 'play' }],
    },
  };
}

const PUBLIC = ['PUBLISHED', 'UNDER_REVIEW', 'ADOPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'EXPIRED'];

function err(code, message, fields) {
  return new GraphQLError(message, { extensions: { code, ...(fields ? { fields } : {}) } });
}

function view(state, i, viewer) {
  const author = state.users.get(i.authorId);
  return {
    ...i,
    author: { id: author.id, displayName: author.displayName },
    neighbourhood: state.municipality.neighbourhoods.find((n) => n.id === i.neighbourhoodId) ?? null,
    theme: state.municipality.themes.find((t) => t.id === i.themeId) ?? null,
    viewerCanEdit: viewer?.id === i.authorId,
    timeline: i.timeline.map((e) => ({ ...e, actor: e.actorId ? { id: e.actorId, displayName: state.users.get(e.actorId).displayName } : null })),
  };
}

export function addUser(state, { email, password, displayName }) {
  const user = { id: randomUUID(), email, password, displayName, role: 'RESIDENT', language: 'NL' };
  state.users.set(user.id, user);
  return user;
}

export function addInitiative(state, { authorId, title, status = 'DRAFT', summary = 'Samenvatting van het initiatief.', description = 'Beschrijving.\n\nTweede alinea.', neighbourhoodId = 'n1', themeId = 't1' }) {
  const now = new Date().toISOString();
  const i = { id: randomUUID(), title, summary, description, status, authorId, neighbourhoodId, themeId, supportCount: 3, createdAt: now, updatedAt: now,
    timeline: [{ id: randomUUID(), fromStatus: null, toStatus: 'DRAFT', reason: null, actorId: authorId, createdAt: now }] };
  if (status !== 'DRAFT') i.timeline.push({ id: randomUUID(), fromStatus: 'DRAFT', toStatus: status, reason: 'Goedgekeurd', actorId: null, createdAt: now });
  state.initiatives.unshift(i);
  return i;
}

function rootValue(state, ctx) {
  const m = msgs[ctx.lang];
  const visible = (i) => PUBLIC.includes(i.status) || ctx.viewer?.id === i.authorId;
  return {
    me: () => ctx.viewer,
    municipality: () => state.municipality,
    initiatives: ({ filter, first = 20, after }) => {
      let list = state.initiatives.filter(visible);
      if (filter?.status) list = list.filter((i) => filter.status.includes(i.status));
      if (filter?.neighbourhoodId) list = list.filter((i) => i.neighbourhoodId === filter.neighbourhoodId);
      if (filter?.themeId) list = list.filter((i) => i.themeId === filter.themeId);
      const start = after ? Number(after) + 1 : 0;
      const page = list.slice(start, start + first);
      return {
        totalCount: list.length,
        edges: page.map((i, k) => ({ cursor: String(start + k), node: view(state, i, ctx.viewer) })),
        pageInfo: { hasNextPage: start + first < list.length, endCursor: page.length ? String(start + page.length - 1) : null },
      };
    },
    initiative: ({ id }) => {
      const i = state.initiatives.find((x) => x.id === id);
      if (!i || !visible(i)) throw err('NOT_FOUND', m.notFound);
      return view(state, i, ctx.viewer);
    },
    register: ({ input }) => {
      if ([...state.users.values()].some((u) => u.email === input.email)) throw err('BAD_USER_INPUT', m.bad, [{ field: 'email', message: m.taken }]);
      const user = addUser(state, input);
      ctx.login(user);
      return user;
    },
    login: ({ input }) => {
      const user = [...state.users.values()].find((u) => u.email === input.email && u.password === input.password);
      if (!user) throw err('UNAUTHENTICATED', m.creds);
      ctx.login(user);
      return user;
    },
    logout: () => { ctx.logout(); return true; },
    createInitiative: ({ input }) => {
      if (!ctx.viewer) throw err('UNAUTHENTICATED', m.unauth);
      if (input.title.trim().length < 5) throw err('BAD_USER_INPUT', m.bad, [{ field: 'title', message: m.short }]);
      return view(state, addInitiative(state, { ...input, authorId: ctx.viewer.id }), ctx.viewer);
    },
    submitInitiative: ({ id }) => {
      const i = state.initiatives.find((x) => x.id === id);
      if (!i || !visible(i)) throw err('NOT_FOUND', m.notFound);
      if (ctx.viewer?.id !== i.authorId) throw err('FORBIDDEN', 'Verboden');
      i.timeline.push({ id: randomUUID(), fromStatus: i.status, toStatus: 'SUBMITTED', reason: null, actorId: ctx.viewer.id, createdAt: new Date().toISOString() });
      i.status = 'SUBMITTED';
      return view(state, i, ctx.viewer);
    },
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };

export function startMockServer(state, port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/graphql' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const { query, variables } = JSON.parse(body);
      const sid = /(?:^|; )sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const lang = (req.headers['accept-language'] ?? 'nl').startsWith('en') ? 'en' : 'nl';
      const headers = { 'content-type': 'application/json' };
      const ctx = {
        lang,
        viewer: sid ? state.users.get(state.sessions.get(sid)) ?? null : null,
        login(user) { const s = randomUUID(); state.sessions.set(s, user.id); headers['set-cookie'] = `sid=${s}; HttpOnly; Path=/; SameSite=Lax`; },
        logout() { headers['set-cookie'] = 'sid=; Max-Age=0; Path=/'; },
      };
      const result = await graphql({ schema, source: query, variableValues: variables, rootValue: rootValue(state, ctx) });
      if (result.errors) result.errors = result.errors.map((e) => ({ message: e.message, extensions: e.extensions, path: e.path }));
      res.writeHead(200, headers).end(JSON.stringify(result));
      return;
    }
    let file = join(root, url.pathname);
    try { if (!(await stat(file)).isFile()) throw new Error(); } catch { file = join(root, 'index.html'); }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
    }).end(await readFile(file));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[2] === 'serve') {
  const state = createState();
  const a = addUser(state, { email: 'a@example.org', password: 'een-lang-wachtwoord', displayName: 'Anna' });
  for (let k = 0; k < 25; k++) addInitiative(state, { authorId: a.id, title: `Initiatief nummer ${k + 1}`, status: 'PUBLISHED' });
  const server = await startMockServer(state, Number(process.argv[3] ?? 4173));
  console.log('mock on', server.address());
}
