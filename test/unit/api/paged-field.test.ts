/** Paged nested fields: one batch per field, options and page; each parent gets its own slice as a connection. */
import { describe, expect, it } from 'vitest';
import { RequestLoaders, type ApiContext } from '../../../src/api/context.ts';
import { encodeCursor } from '../../../src/api/pagination.ts';
import { pagedField, setArgument } from '../../../src/api/resolvers/paged-field.ts';
import type { PageWindow } from '../../../src/graph/queries/read.ts';

function requestContext(): ApiContext {
  return { reader: { driver: undefined as never }, loaders: new RequestLoaders(), cypherLog: [] };
}

describe('pagedField', () => {
  it('asks once for all parents with the same arguments, and once more for other arguments', async () => {
    const calls: { ids: readonly string[]; window: PageWindow; kinds: string[] | null }[] = [];
    const field = pagedField({
      name: 'things',
      options: (args: { first?: number | null; after?: string | null; kinds?: string[] | null }) =>
        setArgument(args.kinds),
      find: async (_reader, ids, window, kinds) => {
        calls.push({ ids, window, kinds });
        return new Map(ids.map((id) => [id, { totalCount: 3, items: [`${id}/1`, `${id}/2`] }]));
      },
    });
    const ctx = requestContext();
    const [a, b, c] = await Promise.all([
      field({ id: 'a' }, { first: 2, kinds: ['y', 'x'] }, ctx),
      field({ id: 'b' }, { first: 2, kinds: ['x', 'y'] }, ctx),
      field({ id: 'c' }, { first: 2 }, ctx),
    ]);
    expect(calls).toEqual([
      { ids: ['a', 'b'], window: { offset: 0, limit: 2 }, kinds: ['x', 'y'] },
      { ids: ['c'], window: { offset: 0, limit: 2 }, kinds: null },
    ]);
    expect(a).toEqual({
      totalCount: 3,
      edges: [
        { node: 'a/1', cursor: encodeCursor(0) },
        { node: 'a/2', cursor: encodeCursor(1) },
      ],
      nodes: ['a/1', 'a/2'],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(1) },
    });
    expect(b.nodes).toEqual(['b/1', 'b/2']);
    expect(c.nodes).toEqual(['c/1', 'c/2']);
  });

  it('gives an empty connection to a parent the query found nothing for', async () => {
    const field = pagedField({
      name: 'none',
      find: async () => new Map<string, { totalCount: number; items: string[] }>(),
    });
    expect(await field({ id: 'a' }, {}, requestContext())).toEqual({
      totalCount: 0,
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
