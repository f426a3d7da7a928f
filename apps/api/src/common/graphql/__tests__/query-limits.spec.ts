import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule, costLimitRule, depthLimitRule } from '../query-limits.js';

const schema = buildSchema(`
  type Query { node: Node list(first: Int): [Node] }
  type Node { id: ID child: Node items(first: Int): [Node] }
`);

function nested(depth: number): string {
  // node(1) child(2) … with id as the last level
  return `{ node ${'{ child '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
}

const errorsOf = (query: string, rules = [depthLimitRule(8), aliasLimitRule(15)]): string[] =>
  validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message);

describe('GraphQL query limits', () => {
  it('accepts depth 8 and refuses depth 9', () => {
    expect(errorsOf(nested(8))).toEqual([]);
    expect(errorsOf(nested(9))).toEqual(['Query depth 9 exceeds the limit of 8.']);
  });

  it('follows fragments when counting depth', () => {
    const query = `{ node { ...Deep } } fragment Deep on Node { child { child { child { child { child { child { child { id } } } } } } } }`;
    expect(errorsOf(query)).toEqual(['Query depth 9 exceeds the limit of 8.']);
  });

  it('does not count introspection meta fields', () => {
    expect(errorsOf(`{ node { __typename child { __typename id } } }`)).toEqual([]);
  });

  it('accepts 15 aliases and refuses 16', () => {
    const aliases = (n: number): string => `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errorsOf(aliases(15))).toEqual([]);
    expect(errorsOf(aliases(16))).toEqual(['More than 15 aliases in one request.']);
  });

  it('counts list sizes: 100 × 100 items is too expensive, 100 × 50 is fine', () => {
    const rules = [costLimitRule(10_000)];
    expect(errorsOf(`{ list(first: 100) { id items(first: 50) { id } } }`, rules)).toEqual([]);
    expect(errorsOf(`{ list(first: 100) { id items(first: 100) { id } } }`, rules)).toEqual([
      'Query cost 10201 exceeds the limit of 10000; ask for smaller pages.',
    ]);
    expect(errorsOf(`query($n: Int) { list(first: $n) { items(first: $n) { id child { id } } } }`, rules)).toHaveLength(1);
  });
});
