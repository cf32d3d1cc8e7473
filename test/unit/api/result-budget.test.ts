/** The worst-case size estimate behind the result budget. */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateResultNodes } from '../../../src/api/plugins/use-result-budget.ts';
import { buildSchema } from '../../../src/api/schema.ts';

const schema = buildSchema();
const estimate = (query: string, variables: Record<string, unknown> = {}) =>
  estimateResultNodes(schema, parse(query), variables);

describe('estimateResultNodes', () => {
  it('counts one node per object field, leaves are free', () => {
    expect(estimate('{ place(name: "x") { id name country { code } } }')).toBe(2);
  });

  it('multiplies by first, from a literal, a variable or the default', () => {
    // A paged field counts as its page size (the estimate charges the connection per item), then its items.
    expect(estimate('{ meetings(first: 5) { nodes { id } } }')).toBe(5 + 5);
    expect(estimate('query ($n: Int) { meetings(first: $n) { nodes { id } } }', { n: 7 })).toBe(7 + 7);
    expect(estimate('{ meetings { nodes { id } } }')).toBe(20 + 20);
  });

  it('multiplies page sizes down nested lists', () => {
    expect(
      estimate(
        '{ search(text: "a", first: 10) { nodes { ... on Place ' +
          '{ partners(first: 10) { edges { node { __typename } } } } } } }',
      ),
    ).toBe(10 + 10 + 10 * 10 + 10 * 10 + 10 * 10);
  });

  it('uses fixed bounds for lists without first, and follows named fragments', () => {
    const query = `{ meetings(first: 2) { nodes { ...M } } }
      fragment M on Meeting { participants { name } place { ... on Place { name } } }`;
    expect(estimate(query)).toBe(2 + 2 + 2 * 50 + 2);
  });
});
