/**
 * The paged fields of a type (a place's `partners`, a person's `meetings`): `first`/`after` become a window, every
 * parent in the request that asks with the same arguments joins one batch (one Cypher query), and the slice found
 * for each parent becomes a connection.
 */
import type { GraphReader, PageWindow, Slice } from '../../graph/queries/read.ts';
import type { ApiContext } from '../context.ts';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../pagination.ts';
import { prefetchedAnswer } from '../translate/prefetched.ts';

export interface PagedFieldSpec<A extends PageArgs, O, T> {
  /** Names the batch loader; with the options and the window it keys the batch. */
  name: string;
  /** The field's other arguments as the query takes them; parents asking with other options form another batch. */
  options?: (args: A) => O;
  /** The slice of every parent id, in one query. */
  find: (reader: GraphReader, ids: readonly string[], window: PageWindow, options: O) => Promise<Map<string, Slice<T>>>;
}

type PagedResolver<A, E extends { node: unknown }> = (
  parent: { id: string },
  args: A,
  ctx: ApiContext,
) => Connection<E> | Promise<Connection<E>>;

/** A paged field whose items are the nodes of its edges. */
export function pagedField<A extends PageArgs, O, T>(spec: PagedFieldSpec<A, O, T>): PagedResolver<A, { node: T }>;
/** A paged field whose items `edge` shapes as edges (items that are already edges pass through `(item) => item`). */
export function pagedField<A extends PageArgs, O, T, E extends { node: unknown }>(
  spec: PagedFieldSpec<A, O, T> & { edge: (item: T) => E },
): PagedResolver<A, E>;
export function pagedField<A extends PageArgs, O, T, E extends { node: unknown }>(
  spec: PagedFieldSpec<A, O, T> & { edge?: (item: T) => E },
): PagedResolver<A, E> {
  const toEdge = spec.edge ?? ((item: T) => ({ node: item }) as unknown as E);
  return (parent, args, ctx) => {
    const window = pageWindow(args);
    const options = spec.options?.(args) as O;
    const key = pagedFieldKey(spec.name, options, window);
    // A page fetched with the parent is answered at once, without a promise (see evidenceField).
    const prefetched = prefetchedAnswer<Slice<T>>(parent, key);
    if (prefetched != null) return toConnection(prefetched, window, toEdge);
    return ctx.loaders
      .load(key, parent.id, (ids) => spec.find(ctx.reader, ids, window, options))
      .then((slice) => toConnection(slice, window, toEdge));
  };
}

/** What keys a page of a paged field: the field, its other arguments and the window. */
export function pagedFieldKey(name: string, options: unknown, window: PageWindow): string {
  return `${name}:${JSON.stringify(options ?? null)}:${window.offset}:${window.limit}`;
}

/**
 * A list argument that narrows a field (`kinds`, `labels`): null when absent or empty, which means no narrowing, else
 * sorted, so that the same set asked in another order joins the same batch.
 */
export function setArgument<V extends string>(values: readonly V[] | null | undefined): V[] | null {
  return values && values.length > 0 ? [...values].sort() : null;
}
