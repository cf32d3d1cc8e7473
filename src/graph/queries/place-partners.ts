/**
 * A place and one page of its partners in one query, shaped by what the request selects: the place, the other end
 * of each tie, the tie, its evidence and its two ends, with only the properties asked for, and the page cut in Cypher
 * before anything on it is projected. It answers what `nodesById.Place`, `partnersOfPlaces`, `evidence.Partnership`
 * and the partnership details answer in four queries, in the same order (places.ts, nodes.ts).
 */
import type { EvidenceRecord } from './nodes.ts';
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { LocationRecord, PartnershipRecord, PlaceRecord } from './records.ts';
import { shapedProjection, shapedTie, type PropertyChoice } from './shaped.ts';

export interface PartnersShape {
  kinds: readonly string[] | null;
  window: PageWindow;
  /** The other end of each tie. */
  node: PropertyChoice;
  partnership: PropertyChoice;
  /**
   * The tie's evidence (its first `limit` sentences, newest document first), when asked for: the fields of `Evidence`
   * asked for (`all` when unknown), and the document's properties.
   */
  evidence: { limit: number; fields?: readonly string[] | 'all'; document: PropertyChoice } | null;
  /** The tie's two ends, when asked for. */
  ends: PropertyChoice | null;
}

/** The entries of an evidence map (EvidenceRecord), by the field of `Evidence` each answers; `document` apart. */
const EVIDENCE_ENTRIES: Readonly<Record<string, string>> = {
  sentenceId: 'sentenceId: s.id',
  sentence: 'sentence: s.text',
  start: 'start: s.start',
  end: 'end: s.end',
  confidence: 'confidence: coalesce(e.confidence, 1.0)',
  stated: 'stated: properties(e)',
};

/** The evidence map's entries for the fields asked for (every one for `all`), then its document. */
function evidenceEntries(fields: readonly string[] | 'all', document: PropertyChoice): string {
  const names = fields === 'all' ? Object.keys(EVIDENCE_ENTRIES) : fields.filter((f) => f in EVIDENCE_ENTRIES);
  return [...names.map((name) => EVIDENCE_ENTRIES[name]!), `document: ${shapedProjection('d', document)}`].join(', ');
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
  const evidence = partners.evidence
    ? `COLLECT {
      MATCH (t)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
      RETURN {${evidenceEntries(partners.evidence.fields ?? 'all', partners.evidence.document)}} AS evidence
      ORDER BY d.date DESC, d.id, s.start
      LIMIT $evidenceLimit
    }`
    : 'null';
  // The count and the page are two walks over the place's ties: the page is a top-k sort, and only what is on it is
  // projected.
  const ties = `MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE $kinds IS NULL OR t.kind IN $kinds`;
  return {
    name: 'placeWithPartners',
    cypher: `MATCH (p:Place {id: $id})
CALL (p) {
  ${ties}
  RETURN count(*) AS totalCount
}
CALL (p) {
  ${ties}
  WITH t, other ORDER BY t.since IS NULL, t.since, other.name, t.id SKIP $offset LIMIT $limit
  RETURN collect({
    node: ${shapedProjection('other', partners.node)},
    partnership: ${shapedTie('t', partners)},
    evidence: ${evidence}
  }) AS items
}
RETURN ${shapedProjection('p', place)} AS place, totalCount, items`,
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
