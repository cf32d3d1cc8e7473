/**
 * Traversal: the neighbourhood of a node, and the shortest connection between two nodes.
 *
 * Variable-length patterns need their bounds and relationship types as literals in the Cypher text. Both come only
 * from here: depths and lengths are integers checked against the maxima below, types are checked against the model's
 * allow-list. Every other value is a parameter.
 */
import { CONNECTION_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model.ts';
import { readRows, type GraphReader, type NamedQuery } from './read.ts';
import { shapedProjection, withIdentity, type PropertyChoice } from './shaped.ts';
import type { AnyNodeRecord } from './records.ts';
import { checkedLabel } from './nodes.ts';
import {
  MAX_CONNECTION_LENGTH,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_EDGES,
  MAX_NEIGHBOURHOOD_NODES,
} from '../limits.ts';

/**
 * What a connection may go through, as the API names it, and the relationship types each stands for. Ties are the
 * direct `TIED_TO` between two places (one hop per tie), not the two `PARTY_TO` hops through the tie's node.
 */
export const CONNECTION_LINKS = {
  TIES: ['TIED_TO'],
  OFFICES: ['HOLDS', 'OF'],
  MEETINGS: ['ATTENDED', 'HELD_IN'],
  EVENTS: ['ATTENDED', 'DURING', 'HELD_IN'],
  CONTAINMENT: ['WITHIN'],
  COUNTRIES: ['IN_COUNTRY', 'FROM'],
  FIGURES: ['ABOUT', 'STATED_BY'],
} as const satisfies Record<string, readonly RelationshipType[]>;
export type ConnectionLink = keyof typeof CONNECTION_LINKS;

/**
 * What a connection goes through when the caller does not say: between two places only ties ("how are Kobe and
 * Tianjin connected" is a chain of twinnings, not "both are in a country"); with a person at either end, also the
 * offices people hold and the meetings they attended; between other nodes, every kind of link but provenance.
 */
export function defaultConnectionLinks(fromLabel: NodeLabel, toLabel: NodeLabel): ConnectionLink[] {
  if (fromLabel === 'Place' && toLabel === 'Place') return ['TIES'];
  if (fromLabel === 'Person' || toLabel === 'Person') return ['TIES', 'OFFICES', 'MEETINGS'];
  return Object.keys(CONNECTION_LINKS) as ConnectionLink[];
}

/** The relationship types of some links, each once, in the model's order. */
export function connectionRelationshipTypes(links: readonly ConnectionLink[]): RelationshipType[] {
  const wanted = new Set<RelationshipType>(links.flatMap((link) => CONNECTION_LINKS[link]));
  return RELATIONSHIP_TYPES.filter((type) => wanted.has(type));
}
/**
 * Links through a whole country (a person is from it, a place is in it, a figure is about it) connect nearly
 * everything; among equally short connections, the one with fewest such links is the informative one.
 */
export const BROAD_RELATIONSHIP_TYPES = ['FROM', 'IN_COUNTRY', 'ABOUT'] as const satisfies readonly RelationshipType[];
/**
 * Then links through a single encounter (a meeting, an event) count against a path: a standing relation (an office,
 * a tie, containment) says more about why two things are connected. Kawakatsu reaches Zhejiang through his office
 * of governor of Shizuoka, which is tied to Zhejiang, rather than through the meeting he had in Shizuoka.
 */
export const ENCOUNTER_RELATIONSHIP_TYPES = [
  'ATTENDED',
  'HELD_IN',
  'DURING',
] as const satisfies readonly RelationshipType[];

/** A relationship between two nodes (by id), in its stored direction. */
export interface Edge {
  from: string;
  to: string;
  type: RelationshipType;
  /** The tie a `TIED_TO` edge stands for (its Partnership id); null for other edges. */
  partnership?: string | null;
}

/** One hop of a connection as the API shows it: the nodes it joins, in path order, and the tie it walks along. */
export interface StepRecord {
  from: AnyNodeRecord;
  to: AnyNodeRecord;
  type: RelationshipType;
  /** Whether the stored relationship points from `from` to `to`. */
  forward: boolean;
  /** The Partnership id of a `TIED_TO` step, else null. */
  partnershipId: string | null;
}

export interface NeighbourhoodRecord {
  center: AnyNodeRecord;
  nodes: (AnyNodeRecord & { distance: number })[];
  edges: Edge[];
  truncated: boolean;
}

export interface ConnectionRecord {
  nodes: AnyNodeRecord[];
  edges: Edge[];
}

function checkedInteger(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be an integer from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

/** `:A|B|C` from relationship types that are all in the model's allow-list. */
export function relationshipTypeAlternation(types: readonly string[]): string {
  if (types.length === 0) throw new RangeError('At least one relationship type is needed.');
  for (const type of types) {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new RangeError(`"${type}" is not a relationship type of this graph.`);
    }
  }
  return `:${[...new Set(types)].join('|')}`;
}

/**
 * One ring of a neighbourhood: the nodes one hop from the ring before (`previous`) that are not yet `seen`, in id
 * order, at most `$nodeLimit + 1` past what is kept (the one extra says the neighbourhood was cut). The scan keeps the
 * lowest ids with a bounded top-k sort before anything is collected, so a hub with a million neighbours costs a pass
 * over its edges, never a list of them; as `seen` holds at most `$nodeLimit + 1` nodes, keeping twice that many
 * leaves enough unseen ones to fill the page and to know whether there were more. The scan is a subquery of its own
 * so that `seen` is not carried through DISTINCT (which would hash the list once per neighbour).
 */
function ringClause(ring: number, rel: string): string {
  const previous = ring === 1 ? '[start]' : `kept${ring - 1}`;
  const seen = ['[start]', ...Array.from({ length: ring - 1 }, (_, i) => `kept${i + 1}`)].join(' + ');
  const cutBefore = ring === 1 ? 'false' : `cut${ring - 1}`;
  const carried = ['start', ...Array.from({ length: ring - 1 }, (_, i) => [`kept${i + 1}`, `cut${i + 1}`]).flat()];
  const scanned = ring === 1 ? ['previous'] : ['previous', cutBefore];
  return `CALL (${carried.join(', ')}) {
  WITH ${previous} AS previous, ${seen} AS seen
  CALL (${scanned.join(', ')}) {
    WITH ${scanned.join(', ')} WHERE NOT ${cutBefore}
    UNWIND previous AS m
    MATCH (m)-[${rel}]-(n)
    WITH DISTINCT n ORDER BY n.id LIMIT $scanLimit
    RETURN collect(n) AS found
  }
  RETURN [n IN found WHERE NOT n IN seen] AS ring${ring}
}
WITH ${carried.join(', ')}, ring${ring}[..$nodeLimit - ${seenCount(ring)}] AS kept${ring},
     ${cutBefore} OR size(ring${ring}) > $nodeLimit - ${seenCount(ring)} AS cut${ring}`;
}

/** The number of nodes kept before ring `ring` (the centre not counted), as a Cypher expression. */
function seenCount(ring: number): string {
  return ring === 1 ? '0' : Array.from({ length: ring - 1 }, (_, i) => `size(kept${i + 1})`).join(' + ');
}

/**
 * The nodes within `depth` hops of a node over some relationship types, nearest first (ties broken by id), at most
 * `nodeLimit` of them, and every edge of those types among the nodes kept (the centre included). Rings are walked one
 * hop at a time from the nodes kept so far and cut as soon as the limit is reached, so the work is bounded by what
 * is returned, not by how much lies within the depth.
 */
export function neighbourhoodQuery(
  label: NodeLabel,
  id: string,
  depth: number,
  nodeLimit: number,
  types: readonly string[] = CONNECTION_RELATIONSHIP_TYPES,
  properties: PropertyChoice = 'all',
): NamedQuery {
  checkedLabel(label);
  checkedInteger(depth, 1, MAX_NEIGHBOURHOOD_DEPTH, 'depth');
  checkedInteger(nodeLimit, 0, MAX_NEIGHBOURHOOD_NODES, 'the node limit');
  const rel = relationshipTypeAlternation(types);
  const rings = Array.from({ length: depth }, (_, i) => i + 1);
  const kept = rings
    .map((ring) => `[n IN kept${ring} | ${shapedProjection('n', withIdentity(properties), [`distance: ${ring}`])}]`)
    .join(' + ');
  const keptNodes = ['[start]', ...rings.map((ring) => `kept${ring}`)].join(' + ');
  return {
    name: 'neighbourhood',
    cypher: `MATCH (start:${label} {id: $id})
${rings.map((ring) => ringClause(ring, rel)).join('\n')}
WITH start, ${keptNodes} AS keptNodes, ${kept} AS nodes, cut${depth} AS nodesTruncated
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r${rel}]->(b)
  WHERE b IN keptNodes
  WITH {from: a.id, to: b.id, type: type(r)} AS edge
  ORDER BY edge.from, edge.type, edge.to
  LIMIT $edgeLimitPlusOne
  RETURN collect(edge) AS edges
}
RETURN ${shapedProjection('start', withIdentity(properties))} AS center, nodes, edges[..$edgeLimit] AS edges,
       nodesTruncated OR size(edges) > $edgeLimit AS truncated`,
    params: {
      id,
      nodeLimit,
      scanLimit: 2 * nodeLimit + 2,
      edgeLimit: MAX_NEIGHBOURHOOD_EDGES,
      edgeLimitPlusOne: MAX_NEIGHBOURHOOD_EDGES + 1,
    },
  };
}

export async function findNeighbourhood(
  reader: GraphReader,
  label: NodeLabel,
  id: string,
  depth: number,
  nodeLimit: number,
  types?: readonly string[],
  properties?: PropertyChoice,
): Promise<NeighbourhoodRecord | null> {
  const [row] = await readRows<NeighbourhoodRecord>(
    reader,
    neighbourhoodQuery(label, id, depth, nodeLimit, types, properties),
  );
  return row ?? null;
}

/**
 * The shortest path between two nodes over some relationship types (by default the ones
 * `defaultConnectionLinks` gives), as nodes in order and the edge between each consecutive pair. Among equally short
 * paths, the one with fewest links through a whole country wins, then the one with fewest links through single
 * encounters, then the one whose node ids sort first.
 */
export function connectionQuery(
  fromLabel: NodeLabel,
  fromId: string,
  toLabel: NodeLabel,
  toId: string,
  maxLength: number,
  types: readonly RelationshipType[] = connectionRelationshipTypes(defaultConnectionLinks(fromLabel, toLabel)),
  properties: PropertyChoice = 'all',
): NamedQuery {
  checkedLabel(fromLabel);
  checkedLabel(toLabel);
  checkedInteger(maxLength, 1, MAX_CONNECTION_LENGTH, 'maxLength');
  const rel = relationshipTypeAlternation(types);
  return {
    name: 'connection',
    cypher:
      `MATCH (a:${fromLabel} {id: $fromId}), (b:${toLabel} {id: $toId})
WHERE a <> b
MATCH p = allShortestPaths((a)-[${rel}*..${maxLength}]-(b))
// Through hubs there can be very many equally short paths; the choice is made among the first thousand.
WITH p LIMIT 1000
WITH p, size([r IN relationships(p) WHERE type(r) IN $broadTypes]) AS broadLinks,
     size([r IN relationships(p) WHERE type(r) IN $encounterTypes]) AS encounterLinks
ORDER BY broadLinks, encounterLinks, [n IN nodes(p) | n.id]
LIMIT 1
RETURN [n IN nodes(p) | ${shapedProjection('n', withIdentity(properties))}] AS nodes,
       [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), partnership: ` +
      `r.partnership}] AS edges`,
    params: {
      fromId,
      toId,
      broadTypes: [...BROAD_RELATIONSHIP_TYPES],
      encounterTypes: [...ENCOUNTER_RELATIONSHIP_TYPES],
    },
  };
}

/** Null when there is no connection within `maxLength` hops (or either node is missing). */
export async function findConnection(
  reader: GraphReader,
  fromLabel: NodeLabel,
  fromId: string,
  toLabel: NodeLabel,
  toId: string,
  maxLength: number,
  types?: readonly RelationshipType[],
  properties?: PropertyChoice,
): Promise<ConnectionRecord | null> {
  const [row] = await readRows<ConnectionRecord>(
    reader,
    connectionQuery(fromLabel, fromId, toLabel, toId, maxLength, types, properties),
  );
  return row ?? null;
}
