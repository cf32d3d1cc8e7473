/**
 * Ties between places (sister, friendship, partnership, twin): the filtered list and the details of one tie.
 * An end's country is its `countryCode` (a place) or its `code` (a country that is itself an end).
 */
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { PartnershipRecord } from './records.ts';
import { valuesById, type IdRow } from './nodes.ts';
import { partnershipProjection } from './projections.ts';
import { shapedTie, type TieShape } from './shaped.ts';

/**
 * The orders a list of ties can be asked in, as ORDER BY keys over the tie `t` and, for a place's partners, the other
 * end `other`. The API's `TieOrder` names them; nothing else reaches an ORDER BY. Every order ends on the tie's id.
 */
export const TIE_ORDERS = {
  OLDEST_FIRST: {
    ties: 't.since IS NULL, t.since, t.name, t.id',
    partners: 't.since IS NULL, t.since, other.name, t.id',
  },
  NEWEST_FIRST: {
    ties: 't.since IS NULL, t.since DESC, t.name, t.id',
    partners: 't.since IS NULL, t.since DESC, other.name, t.id',
  },
  NAME: { ties: 't.name, t.id', partners: 'other.name, t.id' },
} as const;
export type TieOrder = keyof typeof TIE_ORDERS;

/** The ORDER BY keys of an order, refusing any name outside `TIE_ORDERS`. */
export function tieOrderKeys(order: TieOrder, list: 'ties' | 'partners'): string {
  if (!Object.hasOwn(TIE_ORDERS, order)) throw new RangeError(`"${order}" is not an order of ties.`);
  return TIE_ORDERS[order][list];
}

export interface PartnershipFilter {
  /** One country code: ties with an end in it. Two: ties between the two (one end in each). */
  countries?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** Start year range, inclusive; ties with an unknown start year are left out when either bound is given. */
  sinceFrom?: number | null;
  sinceTo?: number | null;
  /** Ties this place is party to. */
  placeId?: string | null;
  /** Only ties in one of these states (active, suspended, ended); a tie without a status is active. */
  statuses?: readonly string[] | null;
}

/** The conditions on the tie itself, after a first clause that has bound the candidate ties `t`. */
const TIE_CONDITIONS = `WHERE ($kinds IS NULL OR t.kind IN $kinds)
  AND ($sinceFrom IS NULL OR t.since >= $sinceFrom)
  AND ($sinceTo IS NULL OR t.since <= $sinceTo)
  AND ($placeId IS NULL OR EXISTS { (:Place {id: $placeId})-[:PARTY_TO]->(t) })
  AND ($statuses IS NULL OR coalesce(t.status, 'active') IN $statuses)`;

/**
 * In the order asked for, then the page; the count is of every tie that passed. The ties on the page are projected
 * with what the request asks of them (`shape`), or whole with their ends.
 */
const tiePage = (order: TieOrder, shape?: TieShape) => `WITH t ORDER BY ${tieOrderKeys(order, 'ties')}
WITH collect(t) AS ties
RETURN size(ties) AS totalCount, [t IN ties[$offset..$offset + $limit] | ${
  shape ? shapedTie('t', shape) : partnershipProjection('t')
}] AS items`;

/** Every tie is a candidate when neither a country nor a place is given: the list then reads what it returns. */
export const partnershipsCypher = (order: TieOrder, shape?: TieShape) => `MATCH (t:Partnership)
${TIE_CONDITIONS}
${tiePage(order, shape)}`;

/** With a place, the candidates are its own ties, reached from its node. */
export const partnershipsOfPlaceCypher = (
  order: TieOrder,
  shape?: TieShape,
) => `MATCH (:Place {id: $placeId})-[:PARTY_TO]->(t:Partnership)
${TIE_CONDITIONS}
${tiePage(order, shape)}`;

/**
 * With one country, the candidates are the ties of its places (or of the country itself as an end), reached from the
 * country's node: a few hundred ties to check instead of every tie in the graph.
 */
export const partnershipsOfCountryCypher = (order: TieOrder, shape?: TieShape) => `CALL () {
  MATCH (:Country {id: 'country:' + $countryA})<-[:IN_COUNTRY]-(:Place)-[:PARTY_TO]->(t:Partnership) RETURN t
  UNION
  MATCH (:Country {id: 'country:' + $countryA})-[:PARTY_TO]->(t:Partnership) RETURN t
}
WITH t
${TIE_CONDITIONS}
${tiePage(order, shape)}`;

/**
 * With two countries, the walk starts from the one with fewer places (a degree the store keeps, so comparing costs
 * nothing) whatever the order of the arguments, and keeps the ties whose other end is in the other country: the cost
 * follows the smaller country's ties, never the larger's. An end may be a place of the country or the country itself.
 */
export const partnershipsOfCountryPairCypher = (
  order: TieOrder,
  shape?: TieShape,
) => `MATCH (a:Country {id: 'country:' + $countryA}), (b:Country {id: 'country:' + $countryB})
WITH CASE WHEN COUNT { (a)<-[:IN_COUNTRY]-() } <= COUNT { (b)<-[:IN_COUNTRY]-() } THEN [a, b] ELSE [b, a] END AS ends
WITH ends[0] AS near, ends[1].code AS farCode
CALL (near, farCode) {
  MATCH (near)<-[:IN_COUNTRY]-(:Place)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE coalesce(other.countryCode, other.code) = farCode
  RETURN t
  UNION
  MATCH (near)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE coalesce(other.countryCode, other.code) = farCode
  RETURN t
}
WITH DISTINCT t
${TIE_CONDITIONS}
${tiePage(order, shape)}`;

/** The statement whose first clause binds the fewest candidate ties for the countries and place given. */
function candidateTiesCypher(countryCount: number, hasPlace: boolean, order: TieOrder, shape?: TieShape): string {
  if (countryCount >= 2) return partnershipsOfCountryPairCypher(order, shape);
  if (countryCount === 1) return partnershipsOfCountryCypher(order, shape);
  return hasPlace ? partnershipsOfPlaceCypher(order, shape) : partnershipsCypher(order, shape);
}

/**
 * Ties matching every given condition of the filter, oldest first unless another order is asked for; each with
 * every property and its ends unless a `shape` says what is needed.
 */
export function partnershipsQuery(
  filter: PartnershipFilter,
  window: PageWindow,
  order: TieOrder = 'OLDEST_FIRST',
  shape?: TieShape,
): NamedQuery {
  const countries = (filter.countries ?? []).map((code) => code.toUpperCase());
  return {
    name: 'partnerships',
    cypher: candidateTiesCypher(countries.length, Boolean(filter.placeId), order, shape),
    params: {
      kinds: filter.kinds ? [...filter.kinds] : null,
      sinceFrom: filter.sinceFrom ?? null,
      sinceTo: filter.sinceTo ?? null,
      placeId: filter.placeId ?? null,
      statuses: filter.statuses ? [...filter.statuses] : null,
      countryA: countries[0] ?? null,
      countryB: countries[1] ?? null,
      offset: window.offset,
      limit: window.limit,
    },
  };
}

export async function findPartnerships(
  reader: GraphReader,
  filter: PartnershipFilter,
  window: PageWindow,
  order?: TieOrder,
  shape?: TieShape,
): Promise<Slice<PartnershipRecord>> {
  const [row] = await readRows<Slice<PartnershipRecord>>(reader, partnershipsQuery(filter, window, order, shape));
  return row ?? { totalCount: 0, items: [] };
}

/** Ties by id with their two ends: for ties reached without them. */
export function partnershipDetailsQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'partnershipDetails',
    cypher: `UNWIND $ids AS id
MATCH (t:Partnership {id: id})
RETURN id, ${partnershipProjection('t')} AS partnership`,
    params: { ids: [...ids] },
  };
}

export async function findPartnershipDetails(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, PartnershipRecord>> {
  return valuesById(
    await readRows<IdRow<'partnership', PartnershipRecord>>(reader, partnershipDetailsQuery(ids)),
    'partnership',
  );
}
