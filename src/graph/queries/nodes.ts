/**
 * Reads that work the same for every kind of node: by id, by name, its evidence, the documents that mention it.
 * A label is put into Cypher text only after it has been checked against the model's allow-list; ids carry their
 * label in their prefix (see `labelOfId`), so every lookup by id uses the label's unique index, never a scan.
 */
import { documentId, NAMED_LABELS, NODE_LABELS, type NamedLabel, type NodeLabel } from '../model.ts';
import { nameKey } from '../../facts/names.ts';
import type { SinceBasis, TieStatus } from '../../facts/types.ts';
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { DocumentRecord, RecordOfLabel } from './records.ts';
import { MAX_SEARCH_MATCHES_PER_LABEL, searchIndexName } from './search.ts';

/** Throws unless `label` is one of the model's labels: the guard before a label is written into Cypher text. */
export function checkedLabel<L extends string>(label: L, allowed: readonly string[] = NODE_LABELS): L {
  if (!allowed.includes(label)) throw new Error(`"${label}" is not a node label of this graph.`);
  return label;
}

/** A sentence that states a fact, with its document and the confidence of the extraction. */
/** What one document states of a fact: the properties of its EVIDENCED_BY relationship (see src/graph/plan.ts). */
export interface StatedRecord {
  confidence?: number;
  name?: string;
  since?: number;
  sinceBasis?: SinceBasis;
  sinceNote?: string;
  until?: number;
  status?: TieStatus;
  value?: number;
  date?: string;
}

export interface EvidenceRecord {
  sentenceId: string;
  sentence: string;
  start: number | null;
  end: number | null;
  confidence: number | null;
  /** What this document states of the fact (the EVIDENCED_BY relationship's properties): its since, status, value... */
  stated: StatedRecord;
  document: DocumentRecord;
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
export async function findNodesById<L extends NodeLabel>(
  reader: GraphReader,
  label: L,
  ids: readonly string[],
): Promise<Map<string, RecordOfLabel[L]>> {
  return valuesById(await readRows<IdRow<'node', RecordOfLabel[L]>>(reader, nodesByIdQuery(label, ids)), 'node');
}

/**
 * The node a name or alias names, compared as name keys (case, accents and punctuation folded). When several share
 * the name, the one whose own name (not an alias) matches comes first, then the lowest id, so the answer is stable.
 *
 * The candidates come from the label's full-text index (`search.ts`), as the phrase of the name's folded words, and
 * only then are compared exactly: the lookup reads the nodes whose names hold those words, never the whole label.
 * A document is also found by its file name, through its id.
 */
export function nodeByNameQuery(label: NamedLabel, name: string): NamedQuery {
  checkedLabel(label, NAMED_LABELS);
  const key = nameKey(name);
  const index = searchIndexName(label);
  // Folding removed quotes and backslashes, the only characters with a meaning inside a Lucene phrase.
  const phrase = key === '' ? '' : `${label === 'Document' ? 'title' : 'nameKeys'}:"${key}"`;
  const fromIndex = `WITH 1 AS one WHERE $phrase <> ''
  CALL db.index.fulltext.queryNodes('${index}', $phrase, {limit: $matchLimit}) YIELD node
  RETURN node AS n`;
  const candidates =
    label === 'Document'
      ? `CALL () {
  ${fromIndex}
  UNION
  MATCH (n:Document {id: $fileId}) RETURN n
}
WITH n WHERE toLower(n.title) = toLower($name) OR n.file = $name`
      : `CALL () {
  ${fromIndex}
}
WITH n WHERE $key IN n.nameKeys`;
  return {
    name: `nodeByName.${label}`,
    cypher: `${candidates}
RETURN ${nodeProjection('n')} AS node
ORDER BY CASE WHEN toLower(n.name) = toLower($name) THEN 0 ELSE 1 END, n.id
LIMIT 1`,
    params: {
      name,
      key,
      phrase,
      matchLimit: MAX_SEARCH_MATCHES_PER_LABEL,
      ...(label === 'Document' ? { fileId: documentId(name) } : {}),
    },
  };
}

export async function findNodeByName<L extends NamedLabel>(
  reader: GraphReader,
  label: L,
  name: string,
): Promise<RecordOfLabel[L] | null> {
  const [row] = await readRows<{ node: RecordOfLabel[L] }>(reader, nodeByNameQuery(label, name));
  return row?.node ?? null;
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
          confidence: coalesce(e.confidence, 1.0), stated: properties(e), document: ${nodeProjection('d')}} AS evidence
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
): Promise<Map<string, EvidenceRecord[]>> {
  return valuesById(
    await readRows<IdRow<'evidence', EvidenceRecord[]>>(reader, evidenceQuery(label, ids, limit)),
    'evidence',
  );
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
): Promise<Map<string, Slice<DocumentRecord>>> {
  return slicesById(await readRows<SliceRow<DocumentRecord>>(reader, mentionedInQuery(label, ids, window)));
}

/** A row of a batched query: the id it was asked for, and under `key` what was found for it. */
export type IdRow<K extends string, V> = { id: string } & { [key in K]: V };

/** A row of a batched paged query: the id, how many items there are in all, and those on the page. */
export interface SliceRow<T> {
  id: string;
  totalCount: number;
  items: T[];
}

/** Rows of a batched query as a map from id to the value under `key` (ids that found nothing are absent). */
export function valuesById<K extends string, V>(rows: readonly IdRow<K, V>[], key: K): Map<string, V> {
  return new Map(rows.map((row) => [row.id, row[key]]));
}

/** Rows of `{id, totalCount, items}` as a map from id to its slice. */
export function slicesById<T>(rows: readonly SliceRow<T>[]): Map<string, Slice<T>> {
  return new Map(rows.map((row) => [row.id, { totalCount: row.totalCount, items: row.items }]));
}
