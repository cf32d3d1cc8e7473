/**
 * Resolver pieces that several types share: evidence, "mentioned in", country of, and details that a node reached
 * by id or by traversal does not carry yet (a meeting's participants). Each goes through a batch loader.
 */
import { EVIDENCED_LABELS, NODE_LABELS, countryId, type NodeLabel } from '../../graph/model.ts';
import { DEFAULT_PAGE_SIZE, MAX_EVIDENCE } from '../../graph/limits.ts';
import { findEvidence, findMentionedIn, findNodesById, type EvidenceRecord } from '../../graph/queries/nodes.ts';
import type { GraphReader } from '../../graph/queries/read.ts';
import type { CountryRecord, NodeRecord, RecordOfLabel } from '../../graph/queries/records.ts';
import type { ApiContext } from '../context.ts';
import type { EvidencedResolvers, NodeResolvers } from '../generated/resolvers-types.ts';
import { boundedInt } from '../guards.ts';
import { prefetchedAnswer } from '../translate/prefetched.ts';
import { pagedField } from './paged-field.ts';

/** The names of the GraphQL types that implement `Node`, and of those that implement `Evidenced`. */
type NodeTypeName = ResolvedTypeName<NodeResolvers>;
type EvidencedTypeName = ResolvedTypeName<EvidencedResolvers>;
type ResolvedTypeName<R extends { __resolveType?: unknown }> = NonNullable<
  Awaited<ReturnType<Extract<R['__resolveType'], (...args: never[]) => unknown>>>
>;

// Every label of the graph is a GraphQL type that implements `Node`, every evidenced label one that implements
// `Evidenced`: renaming one without the other fails the typecheck.
const NODE_TYPES = NODE_LABELS satisfies readonly NodeTypeName[];
const EVIDENCED_TYPES = EVIDENCED_LABELS satisfies readonly EvidencedTypeName[];

/** The first of `types` that is one of the node's labels. */
function typeNameAmong<T extends string>(types: readonly T[]) {
  return (node: { labels: string[] }): T | null => types.find((type) => node.labels.includes(type)) ?? null;
}

export const nodeTypeName = typeNameAmong(NODE_TYPES);
export const evidencedTypeName = typeNameAmong(EVIDENCED_TYPES);

/** `Location`: a country when the node is one, a place otherwise. */
export function locationTypeName(node: { labels: string[] }): 'Country' | 'Place' {
  return nodeTypeName(node) === 'Country' ? 'Country' : 'Place';
}

/** `evidence(first)` of a node with this label. */
export function evidenceField(label: NodeLabel) {
  return (
    parent: NodeRecord,
    args: { first?: number | null },
    ctx: ApiContext,
  ): EvidenceRecord[] | Promise<EvidenceRecord[]> => {
    const first = boundedInt(args.first, DEFAULT_PAGE_SIZE, 1, MAX_EVIDENCE, 'evidence(first)');
    const key = evidenceKey(label, first);
    // Fetched with the parent: answered at once, without a promise (GraphQL completes a synchronous value in place; a
    // promise per item of a page costs its execution several times the work of the item itself).
    const prefetched = prefetchedAnswer<EvidenceRecord[]>(parent, key);
    if (prefetched != null) return prefetched;
    return ctx.loaders
      .load(key, parent.id, (ids) => findEvidence(ctx.reader, label, ids, first))
      .then((evidence) => evidence ?? []);
  };
}

/** What keys the first `first` sentences of evidence of a node with this label. */
export function evidenceKey(label: NodeLabel, first: number): string {
  return `evidence.${label}:${first}`;
}

/** `mentionedIn(first, after)` of a node with this label. */
export function mentionedInField(label: NodeLabel) {
  return pagedField({
    name: `mentionedIn.${label}`,
    find: (reader, ids, window) => findMentionedIn(reader, label, ids, window),
  });
}

/** A node of a label by id, batched with every other lookup of that label in the request. */
export function loadNode<L extends NodeLabel>(ctx: ApiContext, label: L, id: string): Promise<RecordOfLabel[L] | null> {
  return ctx.loaders.load(`node.${label}`, id, (ids) => findNodesById(ctx.reader, label, ids));
}

/** The country named by the parent's `countryCode`. */
export function countryOfField(
  parent: { countryCode?: string },
  _args: unknown,
  ctx: ApiContext,
): Promise<CountryRecord | null> | null {
  return typeof parent.countryCode === 'string' ? loadNode(ctx, 'Country', countryId(parent.countryCode)) : null;
}

/**
 * A field that the queries shaping lists already include (a meeting's `participants`), and that is loaded in a batch
 * of "details" when the parent came without it; `fallback` when the details do not have it either.
 */
export function detailField<R extends NodeRecord, F extends keyof R & string>(
  label: NodeLabel,
  field: F,
  findDetails: (reader: GraphReader, ids: readonly string[]) => Promise<Map<string, R>>,
  fallback: Exclude<R[F], undefined>,
) {
  type Value = Exclude<R[F], undefined>;
  return async (parent: R, _args: unknown, ctx: ApiContext): Promise<Value> => {
    // (TypeScript does not narrow `R[F]` by these checks, hence the casts.)
    if (parent[field] !== undefined) return (parent[field] ?? fallback) as Value;
    const details = await ctx.loaders.load(`details.${label}`, parent.id, (ids) => findDetails(ctx.reader, ids));
    return (details?.[field] ?? fallback) as Value;
  };
}

/** Other names; older nodes may have none. */
export function aliasesField(parent: { aliases?: string[] }): string[] {
  return parent.aliases ?? [];
}

/** Fields every `Node` type has. */
export const nodeFields = {
  labels: (parent: NodeRecord) => parent.labels,
  name: (parent: NodeRecord) => parent.name ?? parent.id,
};
