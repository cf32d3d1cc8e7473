/** Documents (news articles) and their sentences: what a document mentions, which document a sentence is in. */
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { AnyNodeRecord, DocumentRecord } from './records.ts';
import { slicesById, valuesById, type IdRow, type SliceRow } from './nodes.ts';

/** What each document mentions, optionally only nodes with some labels (from the model's allow-list), by name. */
export function documentMentionsQuery(
  ids: readonly string[],
  labels: readonly string[] | null,
  window: PageWindow,
): NamedQuery {
  return {
    name: 'documentMentions',
    cypher:
      `UNWIND $ids AS id
MATCH (d:Document {id: id})
WITH id, COLLECT {
  MATCH (d)-[:MENTIONS]->(n)
  WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
  RETURN n ORDER BY n.name, n.id
} AS mentioned
RETURN id, size(mentioned) AS totalCount, [n IN mentioned[$offset..$offset + $limit] | ${nodeProjection('n')}] ` +
      `AS items`,
    params: { ids: [...ids], labels: labels ? [...labels] : null, offset: window.offset, limit: window.limit },
  };
}

export async function findDocumentMentions(
  reader: GraphReader,
  ids: readonly string[],
  labels: readonly string[] | null,
  window: PageWindow,
): Promise<Map<string, Slice<AnyNodeRecord>>> {
  return slicesById(await readRows<SliceRow<AnyNodeRecord>>(reader, documentMentionsQuery(ids, labels, window)));
}

/** The document each sentence is in. */
export function documentsOfSentencesQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'documentsOfSentences',
    cypher: `UNWIND $ids AS id
MATCH (:Sentence {id: id})-[:IN]->(d:Document)
RETURN id, ${nodeProjection('d')} AS document`,
    params: { ids: [...ids] },
  };
}

export async function findDocumentsOfSentences(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, DocumentRecord>> {
  return valuesById(
    await readRows<IdRow<'document', DocumentRecord>>(reader, documentsOfSentencesQuery(ids)),
    'document',
  );
}
