/** Cursors and pages, and the plain values the read queries hand up. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../../src/api/pagination.ts';
import { toDriverParams, toPlain } from '../../../src/graph/queries/read.ts';

describe('pages', () => {
  it('turns first and after into a slice, defaulting to the first 20', () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
    expect(decodeCursor(encodeCursor(123))).toBe(123);
  });

  it('builds a connection whose end cursor continues where the page ends', () => {
    const connection = toConnection({ totalCount: 7, items: ['c', 'd', 'e'] }, { offset: 2, limit: 3 });
    expect(connection).toEqual({
      totalCount: 7,
      edges: [
        { node: 'c', cursor: encodeCursor(2) },
        { node: 'd', cursor: encodeCursor(3) },
        { node: 'e', cursor: encodeCursor(4) },
      ],
      nodes: ['c', 'd', 'e'],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(4) },
    });
    expect(pageWindow({ first: 3, after: connection.pageInfo.endCursor })).toEqual({ offset: 5, limit: 3 });
    expect(toConnection({ totalCount: 0, items: [] }, { offset: 0, limit: 3 }).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});

describe('values at the driver boundary', () => {
  it('sends whole numbers as Neo4j integers (LIMIT and slices want them) and keeps other values', () => {
    const params = toDriverParams({
      limit: 20,
      confidence: 0.5,
      ids: ['a'],
      nested: { offset: 0 },
      none: null,
    }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.confidence).toBe(0.5);
    expect(params.ids).toEqual(['a']);
    expect(neo4j.isInt((params.nested as { offset: unknown }).offset)).toBe(true);
    expect(params.none).toBeNull();
  });

  it('hands up plain JavaScript: numbers, strings for temporal values, nested maps', () => {
    expect(
      toPlain({
        n: neo4j.int(1982),
        when: new neo4j.types.Date(2019, 11, 24),
        list: [neo4j.int(1)],
        nothing: undefined,
      }),
    ).toEqual({
      n: 1982,
      when: '2019-11-24',
      list: [1],
      nothing: null,
    });
  });
});
