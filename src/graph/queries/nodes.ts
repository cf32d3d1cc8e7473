/**
 * Reads that work the same for every kind of node: by id, by name, its evidence, the documents that mention it.
 * A label is put into Cypher text only after it has been checked against the model's allow-list; ids carry their
 * label in their prefix (see `labelOfId`), so every lookup by id uses the label's unique index, never a scan.
 */
import { NAMED_LABELS, NODE_LABELS, type NamedLabel, type NodeLabel } from '../model.ts';
import { nameKey } from '../../facts/names.ts';
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type NodeRecord, type PageWindow, type Slice } from './read.ts';

/** Throws unless `label` is one of the model's labels: the guard before a label is written into Cypher text. */
export function checkedLabel<L extends string>(label: L, allowed: readonly string[] = NODE_LABELS): L {
  if (!allowed.includes(label)) throw new Error(`"${label}" is not a node label of this graph.`);
  return label;
}

export interface Evidence {
  sentenceId: string;
  sentence: string;
  start: number | null;
  end: number | null;
  confidence: number | null;
  document: NodeRecord;
}

export function nodesByIdQuery(label: NodeLabel, ids: readonly string[]): NamedQuery {
  return {
    name: `nodesById.${checkedLabel(label)}`,
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, ${nodeProjection('n')} AS node`,
    params: { ids: [...ids] },
  };
}

/** Nodes of one label by id, as a map from id (missing ids are absent). */
export async function findNodesById(reader: GraphReader, label: NodeLabel, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const rows = await readRows(reader, nodesByIdQuery(label, ids));
  return new Map(rows.map((row) => [row.id as string, row.node as NodeRecord]));
}

/**
 * The node a name or alias names, compared as name keys (case, accents and punctuation folded). When several share
 * the name, the one whose own name (not an alias) matches comes first, then the lowest id, so the answer is stable.
 */
export function nodeByNameQuery(label: NamedLabel, name: string): NamedQuery {
  checkedLabel(label, NAMED_LABELS);
  const match =
    label === 'Document'
      ? `WHERE toLower(n.title) = toLower($name) OR n.file = $name OR $key IN coalesce(n.nameKeys, [])`
      : `WHERE $key IN n.nameKeys`;
  return {
    name: `nodeByName.${label}`,
    cypher: `MATCH (n:${label})
${match}
RETURN ${nodeProjection('n')} AS node
ORDER BY CASE WHEN toLower(n.name) = toLower($name) THEN 0 ELSE 1 END, n.id
LIMIT 1`,
    params: { name, key: nameKey(name) },
  };
}

export async function findNodeByName(reader: GraphReader, label: NamedLabel, name: string): Promise<NodeRecord | null> {
  const rows = await readRows(reader, nodeByNameQuery(label, name));
  return (rows[0]?.node as NodeRecord | undefined) ?? null;
}

/** The sentences that state each fact, newest document first, with the confidence of the extraction. */
export function evidenceQuery(label: NodeLabel, ids: readonly string[], limit: number): NamedQuery {
  return {
    name: `evidence.${checkedLabel(label)}`,
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id, COLLECT {
  MATCH (n)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
  RETURN {sentenceId: s.id, sentence: s.text, start: s.start, end: s.end,
          confidence: coalesce(e.confidence, 1.0), document: ${nodeProjection('d')}} AS evidence
  ORDER BY d.date DESC, d.id, s.start
  LIMIT $limit
} AS evidence`,
    params: { ids: [...ids], limit },
  };
}

export async function findEvidence(
  reader: GraphReader,
  label: NodeLabel,
  ids: readonly string[],
  limit: number,
): Promise<Map<string, Evidence[]>> {
  const rows = await readRows(reader, evidenceQuery(label, ids, limit));
  return new Map(rows.map((row) => [row.id as string, row.evidence as Evidence[]]));
}

/** The documents that mention each node, newest first. */
export function mentionedInQuery(label: NodeLabel, ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: `mentionedIn.${checkedLabel(label)}`,
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
WITH id, COLLECT { MATCH (d:Document)-[:MENTIONS]->(n) RETURN d ORDER BY d.date DESC, d.id } AS documents
RETURN id, size(documents) AS totalCount,
       [d IN documents[$offset..$offset + $limit] | ${nodeProjection('d')}] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findMentionedIn(
  reader: GraphReader,
  label: NodeLabel,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<NodeRecord>>> {
  return slicesById(await readRows(reader, mentionedInQuery(label, ids, window)));
}

/** Rows of `{id, totalCount, items}` as a map from id to its slice. */
export function slicesById<T>(rows: Record<string, unknown>[]): Map<string, Slice<T>> {
  return new Map(rows.map((row) => [row.id as string, { totalCount: row.totalCount as number, items: row.items as T[] }]));
}
