/**
 * Ties between places (sister, friendship, partnership, twin): the filtered list and the details of one tie.
 * An end's country is its `countryCode` (a place) or its `code` (a country that is itself an end).
 */
import { countryIdExpression } from '../model.ts';
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
 * Ties between two countries are found by their `countryPair`, a derived property of every tie whose two ends have a
 * country: the two codes sorted, `"CN|JP"`; an undated tie (no `since`) also carries it as `undatedCountryPair` (see
 * `countryPairCypher`). Both are written with the tie by the seeder (from its ends and its derived `since`) and the
 * importer, and filled in by `ensureSchema` on ties written before they existed. A place's country is part of its id,
 * so a tie's pair never changes once its ends are set.
 *
 * Indexes: `partnership_country_pair` finds and counts a pair's ties; `partnership_country_pair_since` holds its dated
 * ties in start-year order, `partnership_undated_country_pair_name` its undated ties by name, and
 * `partnership_country_pair_name` all its ties by name (a composite index holds a node only when it has every
 * property), so that a page in any of the three orders is read in index order, as far as the page goes.
 */
export const COUNTRY_PAIR_INDEX_STATEMENTS: readonly string[] = [
  'CREATE RANGE INDEX partnership_country_pair IF NOT EXISTS FOR (t:Partnership) ON (t.countryPair)',
  'CREATE RANGE INDEX partnership_country_pair_since IF NOT EXISTS FOR (t:Partnership) ON (t.countryPair, t.since)',
  'CREATE RANGE INDEX partnership_undated_country_pair_name IF NOT EXISTS FOR (t:Partnership) ' +
    'ON (t.undatedCountryPair, t.name)',
  'CREATE RANGE INDEX partnership_country_pair_name IF NOT EXISTS FOR (t:Partnership) ON (t.countryPair, t.name)',
];

/** The pair of two country codes as ties carry it: sorted, joined by `|` (the same codes twice: ties within one). */
export function countryPairOf(a: string, b: string): string {
  const [first, second] = [a.toUpperCase(), b.toUpperCase()].sort();
  return `${first}|${second}`;
}

/**
 * Cypher for the pair of two ends' country codes (`coalesce(end.countryCode, end.code)`: a place's country, or the
 * country that is itself an end): the codes sorted and joined, null when either is unknown.
 */
export const countryPairExpression = (codeA: string, codeB: string) =>
  `CASE WHEN ${codeA} <= ${codeB} THEN ${codeA} + '|' + ${codeB} ELSE ${codeB} + '|' + ${codeA} END`;

/**
 * A subquery that sets `t.countryPair` (and `t.undatedCountryPair` when `t.since` is null) from the tie's ends as they
 * are: a tie with two ends, each with a country, gets their pair; any other tie none (the walk from a country that
 * this replaces found only such ties). Run it after `since` is set.
 */
export const countryPairCypher = (t: string) => `CALL (${t}) {
      OPTIONAL MATCH (end)-[:PARTY_TO]->(${t})
      WITH ${t}, count(end) AS ends, collect(coalesce(end.countryCode, end.code)) AS codes
      WITH ${t}, CASE WHEN ends = 2 AND size(codes) = 2
        THEN ${countryPairExpression('codes[0]', 'codes[1]')} END AS pair
      SET ${t}.countryPair = pair, ${t}.undatedCountryPair = CASE WHEN ${t}.since IS NULL THEN pair END
    }`;

/**
 * How many ties each pair of countries has, kept on a relationship between the two countries,
 * `(:Country)-[:TIES_WITH {pair, ties}]->(:Country)` (the smaller code first; a loop for ties within one country), so
 * that the count of a pair's ties is one index seek however many ties it has (a count of index entries read them all:
 * it grew with the pair). A derived value like `countryPair`: every writer recounts the pairs it touched, with
 * `recountCountryPairs`, in the transaction that touched them; a pair left without ties loses its relationship.
 * `TIES_WITH` is also the country network at a glance in Browser.
 */
export const TIES_WITH_INDEX_STATEMENTS: readonly string[] = [
  'CREATE RANGE INDEX ties_with_pair IF NOT EXISTS FOR ()-[r:TIES_WITH]-() ON (r.pair)',
  // The ranking of pairs reads the counts in this index's order (countryPairRankingQuery).
  'CREATE RANGE INDEX ties_with_ties IF NOT EXISTS FOR ()-[r:TIES_WITH]-() ON (r.ties)',
];

/** Recounts the pairs in the list `pairs` (a parameter or variable; nulls and repeats are fine) from the pair index. */
export const recountCountryPairs = (pairs: string) => `UNWIND ${pairs} AS pair
WITH DISTINCT pair WHERE pair IS NOT NULL
CALL (pair) {
  MATCH (t:Partnership) WHERE t.countryPair = pair
  RETURN count(t) AS ties
}
WITH pair, ties, split(pair, '|') AS codes
MATCH (a:Country {id: ${countryIdExpression('codes[0]')}}), (b:Country {id: ${countryIdExpression('codes[1]')}})
MERGE (a)-[r:TIES_WITH {pair: pair}]->(b)
SET r.ties = ties
WITH r WHERE ties = 0
DELETE r`;

/**
 * Recounts every pair: the ones ties have and the ones counted before. For writers that touch ties in bulk (the
 * Twinned Cities import) and for a graph written before the counts existed. (`toString` because Neo4j 5.26's type
 * check otherwise takes the collected `r.pair` for a boolean and refuses the `split` below.)
 */
export const RECOUNT_ALL_COUNTRY_PAIRS = `CALL () {
  MATCH (t:Partnership) WHERE t.countryPair IS NOT NULL
  RETURN collect(DISTINCT t.countryPair) AS tied
}
CALL () {
  MATCH ()-[r:TIES_WITH]->()
  RETURN collect(toString(r.pair)) AS counted
}
WITH tied + counted AS pairs
${recountCountryPairs('pairs')}`;

/** Whether the pairs were ever counted: a graph with ties but no `TIES_WITH` was written by an older version. */
export const COUNTRY_PAIRS_UNCOUNTED = `RETURN EXISTS { MATCH (t:Partnership) WHERE t.countryPair IS NOT NULL }
  AND NOT EXISTS { MATCH ()-[:TIES_WITH]->() } AS uncounted`;

/** Fills in the pair on ties written before it existed (a graph seeded or imported by an older version). */
export const COUNTRY_PAIR_BACKFILL = `MATCH (t:Partnership) WHERE t.countryPair IS NULL
CALL (t) {
  ${countryPairCypher('t')}
} IN TRANSACTIONS OF 10000 ROWS`;

/** With two countries and any filter: the pair's ties from its index, checked, sorted and paged as the others. */
export const partnershipsOfCountryPairCypher = (
  order: TieOrder,
  shape?: TieShape,
) => `MATCH (t:Partnership) WHERE t.countryPair = $pair
WITH t
${TIE_CONDITIONS}
${tiePage(order, shape)}`;

/**
 * The count of a pair's ties: kept on the pair's `TIES_WITH` (one seek); within the start years of `range`, a count of
 * the pair's index entries in that range.
 */
const pairCount = (range = '') =>
  range
    ? `CALL () {
  MATCH (t:Partnership) WHERE t.countryPair = $pair${range}
  RETURN count(t) AS totalCount
}`
    : `CALL () {
  OPTIONAL MATCH ()-[r:TIES_WITH {pair: $pair}]->()
  RETURN coalesce(r.ties, 0) AS totalCount
}`;

/** The page of `ties`, read in order, projected as the request asks. */
const pairPage = (shape?: TieShape) =>
  `RETURN totalCount, [t IN ties[$offset..$offset + $limit] | ${
    shape ? shapedTie('t', shape) : partnershipProjection('t')
  }] AS items`;

/**
 * With two countries and no filter but the start years, oldest or newest first, the page is read in index order and
 * never more than `$offset + $limit` ties of each kind: the dated ties by start year (the name and id only order ties
 * of the same year: PartialTop), then, only when they do not fill the page, the undated ones by name (the pair to seek
 * is null otherwise, so that leg reads nothing). `totalCount` is read from the pair's `TIES_WITH` (with start years, a
 * count of the range's index entries), no tie read. Every tie has a name (the seeder and the importer always write
 * one), so the name indexes hold every tie of the pair. With a start year bound the undated ties are left out, as
 * everywhere. The hints say SEEK: a plain `USING INDEX` lets the planner scan the whole index and filter it by pair,
 * which its estimates sometimes favour on a small graph (a plan test caught it now and then) and which would read every
 * tie of every pair on a large one.
 */
export const countryPairPageCypher = (
  order: Exclude<TieOrder, 'NAME'>,
  years: { from: boolean; to: boolean },
  shape?: TieShape,
) => {
  const range = `${years.from ? ' AND t.since >= $sinceFrom' : ''}${years.to ? ' AND t.since <= $sinceTo' : ''}`;
  const dir = order === 'NEWEST_FIRST' ? ' DESC' : '';
  const undated = `CALL (dated) {
  WITH CASE WHEN size(dated) < $offset + $limit THEN $pair END AS undatedPair
  MATCH (t:Partnership) USING INDEX SEEK t:Partnership(undatedCountryPair, name)
  WHERE t.undatedCountryPair = undatedPair AND t.name IS NOT NULL
  WITH t ORDER BY t.undatedCountryPair, t.name, t.id LIMIT $offset + $limit
  RETURN collect(t) AS undated
}
WITH totalCount, dated + undated AS ties`;
  return `${pairCount(range)}
CALL () {
  MATCH (t:Partnership) USING INDEX SEEK t:Partnership(countryPair, since)
  WHERE t.countryPair = $pair AND t.since IS NOT NULL${range}
  WITH t ORDER BY t.countryPair${dir}, t.since${dir}, t.name, t.id LIMIT $offset + $limit
  RETURN collect(t) AS dated
}
${range ? 'WITH totalCount, dated AS ties' : undated}
${pairPage(shape)}`;
};

/** With two countries, no filter and the order by name: the pair's ties in the name index's order. */
export const countryPairByNameCypher = (shape?: TieShape) => `${pairCount()}
CALL () {
  MATCH (t:Partnership) USING INDEX SEEK t:Partnership(countryPair, name)
  WHERE t.countryPair = $pair AND t.name IS NOT NULL
  WITH t ORDER BY t.countryPair, t.name, t.id LIMIT $offset + $limit
  RETURN collect(t) AS ties
}
${pairPage(shape)}`;

/** The statement for two countries: read in index order when nothing but start years filters the ties. */
function countryPairCypherFor(filter: PartnershipFilter, order: TieOrder, shape?: TieShape): string {
  const years = { from: filter.sinceFrom != null, to: filter.sinceTo != null };
  const onlyYears = filter.kinds == null && filter.statuses == null && filter.placeId == null;
  if (onlyYears && order !== 'NAME') return countryPairPageCypher(order, years, shape);
  if (onlyYears && !years.from && !years.to) return countryPairByNameCypher(shape);
  return partnershipsOfCountryPairCypher(order, shape);
}

/** The statement whose first clause binds the fewest candidate ties for the countries and place given. */
function candidateTiesCypher(
  filter: PartnershipFilter,
  countryCount: number,
  order: TieOrder,
  shape?: TieShape,
): string {
  if (countryCount >= 2) return countryPairCypherFor(filter, order, shape);
  if (countryCount === 1) return partnershipsOfCountryCypher(order, shape);
  return filter.placeId ? partnershipsOfPlaceCypher(order, shape) : partnershipsCypher(order, shape);
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
    cypher: candidateTiesCypher(filter, countries.length, order, shape),
    params: {
      kinds: filter.kinds ? [...filter.kinds] : null,
      sinceFrom: filter.sinceFrom ?? null,
      sinceTo: filter.sinceTo ?? null,
      placeId: filter.placeId ?? null,
      statuses: filter.statuses ? [...filter.statuses] : null,
      countryA: countries.length === 1 ? countries[0]! : null,
      pair: countries.length >= 2 ? countryPairOf(countries[0]!, countries[1]!) : null,
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
