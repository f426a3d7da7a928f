import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { declaredAccessRules, describeRule } from '../../../apps/api/src/common/access/access-rule.js';
import { startApi, type ApiHarness } from '../../support/api-harness.js';

const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);

describe('the public GraphQL surface', () => {
  let api: ApiHarness;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startApi();
    schema = api.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => api.close());

  it('matches the committed schema.graphql (run `npm run schema` after changing the API)', () => {
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(SCHEMA_FILE, printed);
    }
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('every query, mutation and subscription declares who may call it (review changes here as permission changes)', () => {
    const rules: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.keys(root?.getFields() ?? {}).sort()) {
        const declared = [...declaredAccessRules].filter(([key]) => key.endsWith(`.${field}`));
        expect({ field, declarations: declared.length }).toEqual({ field, declarations: 1 });
        rules.push(`${root!.name}.${field}: ${describeRule(declared[0]?.[1])}`);
      }
    }
    expect(rules).toMatchSnapshot();
  });

  it('an operation without a rule would be refused: the guard fails closed', async () => {
    // The access guard refuses handlers without metadata; prove it through a field that exists
    // but whose resolver we strip of its rule for this one request.
    const { AccessGuard } = await import('../../../apps/api/src/common/access/access.guard.js');
    const { Reflector } = await import('@nestjs/core');
    const guard = new AccessGuard(new Reflector());
    const context = {
      getType: () => 'graphql',
      getHandler: () => function unguarded() {},
      getClass: () => Object,
      getArgs: () => [{}, {}, { req: { municipality: { id: 'x' } } }, {}],
      getArgByIndex: (i: number) => [{}, {}, { req: { municipality: { id: 'x' } } }, {}][i],
      switchToHttp: () => ({}),
      switchToRpc: () => ({}),
      switchToWs: () => ({}),
    };
    expect(() => guard.canActivate(context as never)).toThrow();
  });
});
