/**
 * The cost limit's estimate: graphql-armor's cost, with the request's variables counted as the literals they
 * stand for.
 */
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost, withVariablesWritten } from '../../../src/api/plugins/use-query-bounds.ts';

const PAGES =
  `{ search(text: "a", first: 100) { nodes { ... on Place ` +
  `{ partners(first: 10) { edges { partnership { id } } } } } } }`;
const PAGES_WITH_VARIABLES = `query ($text: String!, $places: Int, $partners: Int = 10) {
  search(text: $text, first: $places) {
    nodes { ... on Place { partners(first: $partners) { edges { partnership { id } } } } }
  }
}`;

describe('queryCost', () => {
  it('costs first in a variable, or in its declared default, as the same first written as a literal', () => {
    const literal = queryCost(parse(PAGES));
    expect(literal).toBeGreaterThan(1000);
    expect(queryCost(parse(PAGES_WITH_VARIABLES), { text: 'a', places: 100 })).toBe(literal);
    expect(queryCost(parse(PAGES_WITH_VARIABLES), { text: 'a', places: 100, partners: 10 })).toBe(literal);
  });

  it('costs a variable without a value as an argument left out', () => {
    const leftOut =
      `{ search(text: "a") { nodes { ... on Place ` + `{ partners(first: 10) { edges { partnership { id } } } } } } }`;
    expect(queryCost(parse(PAGES_WITH_VARIABLES), { text: 'a' })).toBe(queryCost(parse(leftOut)));
  });

  it('follows fragments, and costs the costliest operation of a document', () => {
    const withFragment = `query Big { search(text: "a", first: 100) { nodes { ...P } } }
      query Small { search(text: "a", first: 1) { nodes { id } } }
      fragment P on Place { partners(first: 10) { edges { partnership { id } } } }`;
    expect(queryCost(parse(withFragment))).toBeGreaterThan(
      queryCost(parse('{ search(text: "a", first: 100) { nodes { id } } }')),
    );
  });
});

describe('withVariablesWritten', () => {
  it('writes scalar values in as literals and leaves the declarations, lists and missing values alone', () => {
    const document = parse(
      'query ($id: ID!, $n: Int, $x: Float, $on: Boolean, $types: [RelationshipType!], ' +
        '$gone: Int) { f(id: $id, n: $n, x: $x, on: $on, types: $types, gone: $gone) }',
    );
    expect(
      print(withVariablesWritten(document, { id: 'place:jp:x', n: 3, x: 1.5, on: false, types: ['WITHIN'] })),
    ).toBe(
      'query ($id: ID!, $n: Int, $x: Float, $on: Boolean, $types: ' +
        '[RelationshipType!], $gone: Int) {\n  f(id: "place:jp:x", ' +
        'n: 3, x: 1.5, on: false, types: $types, gone: $gone)\n}',
    );
  });
});
