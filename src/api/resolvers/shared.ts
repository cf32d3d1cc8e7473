/**
 * Resolver pieces that several types share: evidence, "mentioned in", country of, and details that a node reached
 * by id or by traversal does not carry yet (a meeting's participants). Each goes through a batch loader.
 */
import { countryId, NODE_LABELS, type NodeLabel } from '../../graph/model.ts';
import { DEFAULT_PAGE_SIZE, MAX_EVIDENCE } from '../../graph/limits.ts';
import { findEvidence, findMentionedIn, findNodesById } from '../../graph/queries/nodes.ts';
import type { GraphReader, NodeRecord } from '../../graph/queries/read.ts';
import type { ApiContext } from '../context.ts';
import { boundedInt, pageWindow, toConnection, type PageArgs } from '../pagination.ts';

export type Parent = NodeRecord;
export type Resolver<A = Record<string, never>> = (parent: Parent, args: A, ctx: ApiContext) => unknown;

export function nodeTypeName(node: { labels?: unknown }): string | null {
  const labels = Array.isArray(node.labels) ? (node.labels as string[]) : [];
  return NODE_LABELS.find((type) => labels.includes(type)) ?? null;
}

/** `Location`: a country when the node is one, a place otherwise. */
export function locationTypeName(node: { labels?: unknown }): string {
  return nodeTypeName(node) === 'Country' ? 'Country' : 'Place';
}

/** `evidence(first)` of a node with this label. */
export function evidenceField(label: NodeLabel): Resolver<{ first?: number | null }> {
  return (parent, args, ctx) => {
    const first = boundedInt(args.first, DEFAULT_PAGE_SIZE, 1, MAX_EVIDENCE, 'evidence(first)');
    return ctx.loaders
      .load(`evidence.${label}:${first}`, parent.id, (ids) => findEvidence(ctx.reader, label, ids, first))
      .then((evidence) => evidence ?? []);
  };
}

/** `mentionedIn(first, after)` of a node with this label. */
export function mentionedInField(label: NodeLabel): Resolver<PageArgs> {
  return async (parent, args, ctx) => {
    const window = pageWindow(args);
    const slice = await ctx.loaders.load(`mentionedIn.${label}:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findMentionedIn(ctx.reader, label, ids, window),
    );
    return toConnection(slice, window);
  };
}

/** A node of a label by id, batched with every other lookup of that label in the request. */
export function loadNode(ctx: ApiContext, label: NodeLabel, id: string): Promise<NodeRecord | null> {
  return ctx.loaders.load(`node.${label}`, id, (ids) => findNodesById(ctx.reader, label, ids));
}

/** The country named by the parent's `countryCode`. */
export const countryOfField: Resolver = (parent, _args, ctx) =>
  typeof parent.countryCode === 'string' ? loadNode(ctx, 'Country', countryId(parent.countryCode)) : null;

/**
 * A field that the queries shaping lists already include (a meeting's `participants`), and that is loaded in a batch
 * of "details" when the parent came without it.
 */
export function detailField(
  label: NodeLabel,
  field: string,
  findDetails: (reader: GraphReader, ids: readonly string[]) => Promise<Map<string, NodeRecord>>,
  fallback: unknown = null,
): Resolver {
  return async (parent, _args, ctx) => {
    if (parent[field] !== undefined) return parent[field] ?? fallback;
    const details = await ctx.loaders.load(`details.${label}`, parent.id, (ids) => findDetails(ctx.reader, ids));
    return details?.[field] ?? fallback;
  };
}

/** A list property that may be missing on older nodes. */
export function listProperty(field: string): Resolver {
  return (parent) => (Array.isArray(parent[field]) ? parent[field] : []);
}

/** Fields every `Node` type has. */
export const nodeFields = {
  labels: listProperty('labels'),
  name: (parent: Parent) => parent.name ?? parent.id,
};
