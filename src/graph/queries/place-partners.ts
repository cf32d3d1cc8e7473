/**
 * A place and one page of its partners in one query, shaped by what the request selects: the place, the other end
 * of each tie, the tie, its evidence and its two ends, with only the properties asked for, and the page cut in Cypher
 * before anything on it is projected. It answers what `nodesById.Place`, `partnersOfPlaces`, `evidence.Partnership`
 * and the partnership details answer in four queries, in the same order (places.ts, nodes.ts).
 */
import type { EvidenceRecord } from './nodes.ts';
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { LocationRecord, PartnershipRecord, PlaceRecord } from './records.ts';
import { shapedProjection, type PropertyChoice } from './shaped.ts';

export interface PartnersShape {
  kinds: readonly string[] | null;
  window: PageWindow;
  /** The other end of each tie. */
  node: PropertyChoice;
  partnership: PropertyChoice;
  /** The tie's evidence (its first `limit` sentences, newest document first), when asked for. */
  evidence: { limit: number; document: PropertyChoice } | null;
  /** The tie's two ends, when asked for. */
  ends: PropertyChoice | null;
}

/** A partner as this query returns it: the edge, and the evidence of its tie when the shape asked for it. */
export interface ShapedPartnerItem {
  node: LocationRecord;
  partnership: PartnershipRecord;
  evidence: EvidenceRecord[] | null;
}

export interface PlaceWithPartners {
  place: PlaceRecord;
  partners: Slice<ShapedPartnerItem>;
}

export function placeWithPartnersQuery(id: string, place: PropertyChoice, partners: PartnersShape): NamedQuery {
  const ends = partners.ends
    ? [
        `ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN ${shapedProjection('party', partners.ends)} ` +
          `ORDER BY party.name, party.id LIMIT 2 }`,
      ]
    : [];
  const evidence = partners.evidence
    ? `COLLECT {
      MATCH (t)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
      RETURN {sentenceId: s.id, sentence: s.text, start: s.start, end: s.end,
              confidence: coalesce(e.confidence, 1.0), stated: properties(e), ` +
      `document: ${shapedProjection('d', partners.evidence.document)}} AS evidence
      ORDER BY d.date DESC, d.id, s.start
      LIMIT $evidenceLimit
    }`
    : 'null';
  return {
    name: 'placeWithPartners',
    cypher: `MATCH (p:Place {id: $id})
WITH p, COLLECT {
  MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE $kinds IS NULL OR t.kind IN $kinds
  RETURN [t, other] AS tie
  ORDER BY t.since IS NULL, t.since, other.name, t.id
} AS ties
CALL (ties) {
  UNWIND ties[$offset..$offset + $limit] AS tie
  WITH tie[0] AS t, tie[1] AS other
  RETURN collect({
    node: ${shapedProjection('other', partners.node)},
    partnership: ${shapedProjection('t', partners.partnership, ends)},
    evidence: ${evidence}
  }) AS items
}
RETURN ${shapedProjection('p', place)} AS place, size(ties) AS totalCount, items`,
    params: {
      id,
      kinds: partners.kinds ? [...partners.kinds] : null,
      offset: partners.window.offset,
      limit: partners.window.limit,
      ...(partners.evidence ? { evidenceLimit: partners.evidence.limit } : {}),
    },
  };
}

/** The place and its page of partners; null when there is no place with this id. */
export async function findPlaceWithPartners(
  reader: GraphReader,
  id: string,
  place: PropertyChoice,
  partners: PartnersShape,
): Promise<PlaceWithPartners | null> {
  type Row = { place: PlaceRecord; totalCount: number; items: ShapedPartnerItem[] };
  const [row] = await readRows<Row>(reader, placeWithPartnersQuery(id, place, partners));
  return row ? { place: row.place, partners: { totalCount: row.totalCount, items: row.items } } : null;
}
