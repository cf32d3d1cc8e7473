/**
 * What is known about places: their partners (ties), officials, the meetings held there, the place they lie within.
 * Each query takes a batch of place ids so that a list of places is answered in one query per field.
 */
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { LocationRecord, MeetingRecord, OfficeRecord, PartnershipRecord, PlaceRecord } from './records.ts';
import { meetingProjection, officeProjection, partnershipProjection } from './projections.ts';
import { checkedLabel, slicesById, valuesById, type IdRow, type SliceRow } from './nodes.ts';
import { MEETING_CONTAINMENT_DEPTH } from '../limits.ts';
import { tieOrderKeys, type TieOrder } from './partnerships.ts';

/** A partner of a place: the other end of a tie (a place, rarely a country), and the tie. */
export interface PartnerItem {
  node: LocationRecord;
  partnership: PartnershipRecord;
}

/** Each place's ties, optionally of some kinds: the other end and the partnership, oldest tie first by default. */
export function partnersQuery(
  ids: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
  order: TieOrder = 'OLDEST_FIRST',
): NamedQuery {
  return {
    name: 'partnersOfPlaces',
    cypher: `UNWIND $ids AS id
MATCH (p:Place {id: id})
WITH id, COLLECT {
  MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE $kinds IS NULL OR t.kind IN $kinds
  RETURN {node: ${nodeProjection('other')}, partnership: ${partnershipProjection('t')}} AS tie
  ORDER BY ${tieOrderKeys(order, 'partners')}
} AS ties
RETURN id, size(ties) AS totalCount, ties[$offset..$offset + $limit] AS items`,
    params: { ids: [...ids], kinds: kinds ? [...kinds] : null, offset: window.offset, limit: window.limit },
  };
}

export async function findPartners(
  reader: GraphReader,
  ids: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
  order?: TieOrder,
): Promise<Map<string, Slice<PartnerItem>>> {
  return slicesById(await readRows<SliceRow<PartnerItem>>(reader, partnersQuery(ids, kinds, window, order)));
}

/** The offices of each place or country (current ones first), each with its holder. */
export function officialsQuery(
  label: 'Place' | 'Country',
  ids: readonly string[],
  includeFormer: boolean,
  window: PageWindow,
): NamedQuery {
  checkedLabel(label, ['Place', 'Country']);
  return {
    name: `officialsOf.${label}`,
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
WITH id, COLLECT {
  MATCH (holder:Person)-[holds:HOLDS]->(o:Office)-[:OF]->(n)
  WHERE $includeFormer OR NOT coalesce(holds.former, false)
  RETURN ${officeProjection('o')} AS office
  ORDER BY coalesce(holds.former, false), o.title, holder.name, o.id
} AS offices
RETURN id, size(offices) AS totalCount, offices[$offset..$offset + $limit] AS items`,
    params: { ids: [...ids], includeFormer, offset: window.offset, limit: window.limit },
  };
}

export async function findOfficials(
  reader: GraphReader,
  label: 'Place' | 'Country',
  ids: readonly string[],
  includeFormer: boolean,
  window: PageWindow,
): Promise<Map<string, Slice<OfficeRecord>>> {
  return slicesById(await readRows<SliceRow<OfficeRecord>>(reader, officialsQuery(label, ids, includeFormer, window)));
}

/** Meetings held in each place or in a place within it, newest first. */
export function meetingsInPlacesQuery(ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: 'meetingsInPlaces',
    cypher: `UNWIND $ids AS id
MATCH (p:Place {id: id})
WITH id, COLLECT {
  MATCH (m:Meeting)-[:HELD_IN]->(:Place)-[:WITHIN*0..${MEETING_CONTAINMENT_DEPTH}]->(p)
  RETURN DISTINCT m ORDER BY m.date IS NULL, m.date DESC, m.id
} AS meetings
RETURN id, size(meetings) AS totalCount,
       [m IN meetings[$offset..$offset + $limit] | ${meetingProjection('m')}] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findMeetingsInPlaces(
  reader: GraphReader,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<MeetingRecord>>> {
  return slicesById(await readRows<SliceRow<MeetingRecord>>(reader, meetingsInPlacesQuery(ids, window)));
}

/** The place each place lies directly within (a city's prefecture), when the graph knows it. */
export function placesWithinQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'placeWithin',
    cypher: `UNWIND $ids AS id
MATCH (p:Place {id: id})-[:WITHIN]->(w:Place)
WITH id, w ORDER BY w.id
RETURN id, head(collect(${nodeProjection('w')})) AS within`,
    params: { ids: [...ids] },
  };
}

export async function findPlacesWithin(reader: GraphReader, ids: readonly string[]): Promise<Map<string, PlaceRecord>> {
  return valuesById(await readRows<IdRow<'within', PlaceRecord>>(reader, placesWithinQuery(ids)), 'within');
}

/** The places in each country, optionally of some kinds, by name. */
export function placesInCountriesQuery(
  ids: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
): NamedQuery {
  return {
    name: 'placesInCountries',
    cypher: `UNWIND $ids AS id
MATCH (c:Country {id: id})
WITH id, COLLECT {
  MATCH (p:Place)-[:IN_COUNTRY]->(c)
  WHERE $kinds IS NULL OR p.kind IN $kinds
  RETURN p ORDER BY p.name, p.id
} AS places
RETURN id, size(places) AS totalCount, [p IN places[$offset..$offset + $limit] | ${nodeProjection('p')}] AS items`,
    params: { ids: [...ids], kinds: kinds ? [...kinds] : null, offset: window.offset, limit: window.limit },
  };
}

export async function findPlacesInCountries(
  reader: GraphReader,
  ids: readonly string[],
  kinds: readonly string[] | null,
  window: PageWindow,
): Promise<Map<string, Slice<PlaceRecord>>> {
  return slicesById(await readRows<SliceRow<PlaceRecord>>(reader, placesInCountriesQuery(ids, kinds, window)));
}
