import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, type ApiHarness } from '../../support/api-harness.js';
import type { TestMunicipality, TestUser } from '../../support/factories.js';
import type { GraphqlClient } from '../../support/graphql-client.js';
import { countStatements } from '../../support/statement-counter.js';

const ADD = `mutation($id: ID!, $input: AddCommentInput!) { addComment(initiativeId: $id, input: $input) {
  id parentId body bodyHtml municipal removed author { displayName } } }`;
const THREAD = `query($id: ID!, $first: Int, $after: String) { initiative(id: $id) { commentCount
  comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id body removed hidden author { displayName } replyCount replies { id parentId body } } } } } }`;

type Comment = {
  id: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  municipal: boolean;
  removed: boolean;
  author: { displayName: string } | null;
};
type Thread = {
  initiative: {
    commentCount: number;
    comments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          body: string | null;
          removed: boolean;
          hidden: boolean;
          author: { displayName: string } | null;
          replyCount: number;
          replies: Array<{ id: string; parentId: string; body: string }>;
        };
      }>;
    };
  };
};

describe('comments and progress updates', () => {
  let api: ApiHarness;
  let town: TestMunicipality;
  let initiator: TestUser;
  let neighbour: TestUser;
  let facilitator: TestUser;
  let asInitiator: GraphqlClient;
  let asNeighbour: GraphqlClient;
  let asFacilitator: GraphqlClient;

  beforeAll(async () => {
    api = await startApi();
    town = await api.factories.createMunicipality();
    initiator = await api.factories.createUser(town.id, { displayName: 'Ilse' });
    neighbour = await api.factories.createUser(town.id, { displayName: 'Noah' });
    facilitator = await api.factories.createUser(town.id, {
      role: 'facilitator',
      password: 'facilitator-wachtwoord-lang',
      displayName: 'Fenna',
    });
    asInitiator = await api.sessionFor(initiator, town.slug);
    asNeighbour = await api.sessionFor(neighbour, town.slug);
    asFacilitator = await api.sessionFor(facilitator, town.slug);
  });
  afterAll(() => api.close());

  const add = (client: GraphqlClient, id: string, body: string, parentId?: string) =>
    client.request<{ addComment: Comment }>(ADD, { id, input: { body, parentId } });

  it('threads one level deep: a reply to a reply joins the top-level comment; staff speak for the municipality', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    const top = (await add(asNeighbour, initiative.id, 'Goed idee!')).data!.addComment;
    const reply = (await add(asInitiator, initiative.id, 'Dank u!', top.id)).data!.addComment;
    const replyToReply = (await add(asFacilitator, initiative.id, 'We denken mee.', reply.id)).data!.addComment;
    expect(reply.parentId).toBe(top.id);
    expect(replyToReply.parentId).toBe(top.id);
    expect(replyToReply.municipal).toBe(true);
    expect(top.municipal).toBe(false);

    const thread = await api.client(town.slug).data<Thread>(THREAD, { id: initiative.id });
    expect(thread.initiative.commentCount).toBe(3);
    expect(thread.initiative.comments.totalCount).toBe(1);
    expect(thread.initiative.comments.edges[0].node.replies.map((r) => r.body)).toEqual(['Dank u!', 'We denken mee.']);
    expect(thread.initiative.comments.edges[0].node.replyCount).toBe(2);
  });

  it('renders Markdown-lite on the server and strips what is not safe', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    const { data } = await add(
      asNeighbour,
      initiative.id,
      '# Kop\n**vet** en [link](https://example.org) <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    const html = data!.addComment.bodyHtml!;
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">link</a>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<h1|<img/i);
  });

  it('is open on public initiatives only: not on drafts, hidden or never-published ones', async () => {
    const draft = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'draft' });
    expect((await add(asNeighbour, draft.id, 'Hallo')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await add(asInitiator, draft.id, 'Eigen concept');
    expect(own.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(own.errors?.[0]?.message).toMatch(/openbaar/);
    const hidden = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    await api.db.query(`UPDATE initiative SET hidden_at = now(), hidden_reason = 'Test' WHERE id = $1`, [hidden.id]);
    expect((await add(asFacilitator, hidden.id, 'Hallo')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const completed = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'completed' });
    expect((await add(asNeighbour, completed.id, 'Mooi gedaan')).errors).toBeUndefined();
    expect((await api.client(town.slug).request(ADD, { id: completed.id, input: { body: 'anoniem' } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets the author edit within 15 minutes, and nobody else', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    const comment = (await add(asNeighbour, initiative.id, 'Eerste versie')).data!.addComment;
    const EDIT = `mutation($id: ID!, $body: String!) { editComment(id: $id, input: { body: $body }) { body editedAt viewerCanEdit } }`;
    const edited = await asNeighbour.data<{ editComment: { body: string; editedAt: string | null; viewerCanEdit: boolean } }>(EDIT, {
      id: comment.id,
      body: 'Tweede versie',
    });
    expect(edited.editComment).toMatchObject({ body: 'Tweede versie', viewerCanEdit: true });
    expect(edited.editComment.editedAt).not.toBeNull();
    expect((await asInitiator.request(EDIT, { id: comment.id, body: 'Overgenomen' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await api.db.query(`UPDATE comment SET created_at = now() - interval '16 minutes' WHERE id = $1`, [comment.id]);
    const late = await asNeighbour.request(EDIT, { id: comment.id, body: 'Te laat' });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/15 minuten/);
  });

  it('deletes by the author: a comment with replies stays as a placeholder, one without is gone', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    const withReplies = (await add(asNeighbour, initiative.id, 'Vraag')).data!.addComment;
    const answer = (await add(asInitiator, initiative.id, 'Antwoord', withReplies.id)).data!.addComment;
    const alone = (await add(asNeighbour, initiative.id, 'Losse opmerking')).data!.addComment;
    const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id removed body author { displayName } } }`;
    expect((await asInitiator.request(DELETE, { id: alone.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const kept = await asNeighbour.data<{ deleteComment: { removed: boolean; body: string | null; author: unknown } | null }>(DELETE, {
      id: withReplies.id,
    });
    expect(kept.deleteComment).toMatchObject({ removed: true, body: null, author: null });
    expect((await asNeighbour.data<{ deleteComment: unknown }>(DELETE, { id: alone.id })).deleteComment).toBeNull();
    const thread = await api.client(town.slug).data<Thread>(THREAD, { id: initiative.id });
    expect(thread.initiative.comments.edges.map((e) => [e.node.removed, e.node.body, e.node.replies.length])).toEqual([[true, null, 1]]);
    expect(thread.initiative.commentCount).toBe(1);
    // The last reply under the placeholder is removed: the placeholder goes with it.
    await asInitiator.data(DELETE, { id: answer.id });
    const empty = await api.client(town.slug).data<Thread>(THREAD, { id: initiative.id });
    expect(empty.initiative.comments.totalCount).toBe(0);
  });

  it('pages top-level comments oldest first with a cursor', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'published' });
    for (const body of ['een', 'twee', 'drie']) {
      await add(asNeighbour, initiative.id, body);
    }
    const first = await api.client(town.slug).data<Thread>(THREAD, { id: initiative.id, first: 2 });
    expect(first.initiative.comments.edges.map((e) => e.node.body)).toEqual(['een', 'twee']);
    expect(first.initiative.comments.pageInfo.hasNextPage).toBe(true);
    const next = await api
      .client(town.slug)
      .data<Thread>(THREAD, { id: initiative.id, first: 2, after: first.initiative.comments.pageInfo.endCursor });
    expect(next.initiative.comments.edges.map((e) => e.node.body)).toEqual(['drie']);
    expect(next.initiative.comments.pageInfo.hasNextPage).toBe(false);
    expect((await api.client(town.slug).request(THREAD, { id: initiative.id, first: 101 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('loads comments and replies of a whole list in a constant number of statements', async () => {
    const place = await api.factories.createMunicipality();
    const writer = await api.factories.createUser(place.id);
    const talker = await api.sessionFor(await api.factories.createUser(place.id), place.slug);
    for (let i = 0; i < 6; i++) {
      const initiative = await api.factories.createInitiative(place.id, { authorId: writer.id, status: 'published' });
      const top = (await add(talker, initiative.id, `vraag ${i}`)).data!.addComment;
      await add(talker, initiative.id, `antwoord ${i}`, top.id);
    }
    const statements = countStatements(api.app);
    type List = {
      initiatives: { edges: Array<{ node: { commentCount: number; comments: { edges: Array<{ node: { replies: unknown[] } }> } } }> };
    };
    const count = async (first: number): Promise<number> => {
      statements.reset();
      const list = await api.client(place.slug).data<List>(
        `query($first: Int) { initiatives(first: $first) { edges { node { commentCount
          comments(first: 5) { edges { node { author { displayName } replies { id } } } } } } } }`,
        { first },
      );
      expect(list.initiatives.edges.every((e) => e.node.commentCount === 2 && e.node.comments.edges[0].node.replies.length === 1)).toBe(
        true,
      );
      return statements.count;
    };
    try {
      await count(1);
      expect(await count(6)).toBe(await count(2));
    } finally {
      statements.restore();
    }
  });

  it('progress updates: only the initiator posts them; everyone sees them newest first', async () => {
    const initiative = await api.factories.createInitiative(town.id, { authorId: initiator.id, status: 'in_progress' });
    const POST = `mutation($id: ID!, $input: ProgressUpdateInput!) { postProgressUpdate(initiativeId: $id, input: $input) { title bodyHtml author { displayName } } }`;
    const first = await asInitiator.data<{ postProgressUpdate: { title: string; bodyHtml: string; author: { displayName: string } } }>(
      POST,
      {
        id: initiative.id,
        input: { title: 'De bakken staan er', body: 'Zaterdag *planten* we.' },
      },
    );
    expect(first.postProgressUpdate).toEqual({
      title: 'De bakken staan er',
      bodyHtml: '<p>Zaterdag <em>planten</em> we.</p>\n',
      author: { displayName: 'Ilse' },
    });
    await asInitiator.data(POST, { id: initiative.id, input: { title: 'Alles is geplant', body: 'Dank aan iedereen.' } });
    const other = await asNeighbour.request(POST, { id: initiative.id, input: { title: 'Nieuws', body: 'Van mij' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooShort = await asInitiator.request(POST, { id: initiative.id, input: { title: 'a', body: 'x' } });
    expect(tooShort.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('title');
    const view = await api
      .client(town.slug)
      .data<{ initiative: { progressUpdates: Array<{ title: string }> } }>(
        `query($id: ID!) { initiative(id: $id) { progressUpdates { title } } }`,
        { id: initiative.id },
      );
    expect(view.initiative.progressUpdates.map((u) => u.title)).toEqual(['Alles is geplant', 'De bakken staan er']);
  });
});
