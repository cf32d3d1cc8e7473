/**
 * Page bounds shared by every list: `first` (default 20, at most 100) and `after`, an opaque cursor. Cursors are
 * offsets in the list's stable order, so a page is one slice of one query; the order of every list ends on ids.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/limits.ts';
import type { PageWindow, Slice } from '../graph/queries/read.ts';
import { badInput } from './guards.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function encodeCursor(index: number): string {
  return Buffer.from(`offset:${index}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw badInput(`after: "${cursor}" is not a cursor of this API; pass pageInfo.endCursor of the previous page.`);
  return Number(match[1]);
}

/** The slice `first`/`after` ask for, or a GraphQLError saying which bound was broken. */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(
      `first must be from 0 to ${MAX_PAGE_SIZE}; got ${first}. Ask for pages of at most ${MAX_PAGE_SIZE} and ` +
        `follow pageInfo.endCursor with after.`,
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
