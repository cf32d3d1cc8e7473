/**
 * Page bounds shared by every list: `first` (default 20, at most 100) and `after`, an opaque cursor. Cursors are
 * offsets in the list's stable order, so a page is one slice of one query; the order of every list ends on ids.
 */
// The GraphQLError class of the graphql instance yoga uses: with two copies of graphql loaded (ESM and CommonJS, as
// under vitest), yoga would not recognise the other copy's errors as meant for the client and would mask them.
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/limits.ts';
import type { PageWindow, Slice } from '../graph/queries/read.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function badInput(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Checks an integer argument against its bounds, with an error that names the argument and the bounds. */
export function boundedInt(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${name} must be from ${min} to ${max}; got ${n}.`);
  }
  return n;
}

export function encodeCursor(index: number): string {
  return Buffer.from(`offset:${index}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput(`after: "${cursor}" is not a cursor of this API; pass pageInfo.endCursor of the previous page.`);
  return Number(match[1]);
}

/** The slice `first`/`after` ask for, or a GraphQLError saying which bound was broken. */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(
      `first must be from 0 to ${MAX_PAGE_SIZE}; got ${first}. Ask for pages of at most ${MAX_PAGE_SIZE} and follow pageInfo.endCursor with after.`,
    );
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface Connection<E extends { node: unknown }> {
  totalCount: number;
  edges: (E & { cursor: string })[];
  nodes: E['node'][];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A GraphQL connection from one slice. `toEdge` shapes an item as an edge (`{node}` by default); items that are
 * already edges (a partner with its tie) pass through.
 */
export function toConnection<T>(slice: Slice<T> | undefined | null, window: PageWindow): Connection<{ node: T }>;
export function toConnection<T, E extends { node: unknown }>(
  slice: Slice<T> | undefined | null,
  window: PageWindow,
  toEdge: (item: T) => E,
): Connection<E>;
export function toConnection<T, E extends { node: unknown }>(
  slice: Slice<T> | undefined | null,
  window: PageWindow,
  toEdge: (item: T) => E = (item) => ({ node: item }) as unknown as E,
): Connection<E> {
  const items = slice?.items ?? [];
  const totalCount = slice?.totalCount ?? 0;
  const edges = items.map((item, i) => ({ ...toEdge(item), cursor: encodeCursor(window.offset + i) }));
  return {
    totalCount,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
