/**
 * Countries and what is reported about pairs of them: figures such as "more than 250 sister city pairs" (figures.ts).
 * (The ties between two countries are `partnerships` filtered by the pair.)
 */
import { countryId } from '../model.ts';
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { CountryFigureRecord, CountryRecord } from './records.ts';
import { slicesById, valuesById, type IdRow, type SliceRow } from './nodes.ts';
import { countryFigureProjection } from './projections.ts';
import { pairFiguresCypher } from './figures.ts';

/** A country tied with another through their places, and how many ties link the two. */
export interface TiedCountryRecord {
  node: CountryRecord;
  ties: number;
}

export interface CountryPairRecord {
  a: CountryRecord;
  b: CountryRecord;
  figures: CountryFigureRecord[];
}

/**
 * Two countries by code and the figures reported about the two together (subjects the two countries and nothing
 * else: see pairFiguresCypher), newest first.
 */
export function countryPairQuery(codeA: string, codeB: string): NamedQuery {
  return {
    name: 'countryPair',
    cypher: `MATCH (a:Country {id: $idA}), (b:Country {id: $idB})
RETURN ${nodeProjection('a')} AS a, ${nodeProjection('b')} AS b, ${pairFiguresCypher('a', 'b', false)} AS figures`,
    params: { idA: countryId(codeA), idB: countryId(codeB) },
  };
}

/** Null when either country is not in the graph. */
export async function findCountryPair(
  reader: GraphReader,
  codeA: string,
  codeB: string,
): Promise<CountryPairRecord | null> {
  const [row] = await readRows<CountryPairRecord>(reader, countryPairQuery(codeA, codeB));
  return row ?? null;
}

/** Figures by id with their countries, places and who stated them: for figures reached without them. */
export function countryFigureDetailsQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'countryFigureDetails',
    cypher: `UNWIND $ids AS id
MATCH (f:CountryFigure {id: id})
RETURN id, ${countryFigureProjection('f')} AS figure`,
    params: { ids: [...ids] },
  };
}

export async function findCountryFigureDetails(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, CountryFigureRecord>> {
  return valuesById(
    await readRows<IdRow<'figure', CountryFigureRecord>>(reader, countryFigureDetailsQuery(ids)),
    'figure',
  );
}

/**
 * The countries tied with each country, most ties first, from the counts kept per pair (`TIES_WITH`, see
 * queries/partnerships.ts): a walk over at most one relationship per country of the graph, whatever the number of
 * ties. A loop (ties within the country) is matched once.
 */
export function tiedCountriesQuery(ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: 'tiedCountries',
    cypher: `UNWIND $ids AS id
MATCH (c:Country {id: id})
WITH id, COLLECT {
  MATCH (c)-[r:TIES_WITH]-(other:Country)
  WITH DISTINCT r, other
  RETURN {node: ${nodeProjection('other')}, ties: r.ties} AS tied ORDER BY r.ties DESC, other.name, other.id
} AS tied
RETURN id, size(tied) AS totalCount, tied[$offset..$offset + $limit] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findTiedCountries(
  reader: GraphReader,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<TiedCountryRecord>>> {
  return slicesById(await readRows<SliceRow<TiedCountryRecord>>(reader, tiedCountriesQuery(ids, window)));
}

/** A pair of countries and how many ties link their places. */
export interface CountryPairCountRecord {
  a: CountryRecord;
  b: CountryRecord;
  ties: number;
}

/**
 * Pairs of countries by the number of ties between their places, most first (then by the pair's codes), from the
 * counts kept per pair: read in the order of the index on `TIES_WITH.ties`, only as far as the page goes, and counted
 * from Neo4j's count store. Always as fresh as the graph.
 */
export function countryPairRankingQuery(window: PageWindow): NamedQuery {
  return {
    name: 'countryPairRanking',
    cypher: `CALL () {
  MATCH ()-[r:TIES_WITH]->()
  RETURN count(r) AS totalCount
}
CALL () {
  // (every kept count is above 0: the bound lets the index on ties give them in order)
  MATCH (a:Country)-[r:TIES_WITH]->(b:Country) WHERE r.ties > 0
  WITH a, r, b ORDER BY r.ties DESC, r.pair LIMIT $offset + $limit
  RETURN collect({a: ${nodeProjection('a')}, b: ${nodeProjection('b')}, ties: r.ties}) AS pairs
}
RETURN totalCount, pairs[$offset..] AS items`,
    params: { offset: window.offset, limit: window.limit },
  };
}

export async function findCountryPairRanking(
  reader: GraphReader,
  window: PageWindow,
): Promise<Slice<CountryPairCountRecord>> {
  const [row] = await readRows<Slice<CountryPairCountRecord>>(reader, countryPairRankingQuery(window));
  return row ?? { totalCount: 0, items: [] };
}
