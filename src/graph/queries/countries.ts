/**
 * Countries and what is reported about pairs of them: figures such as "more than 250 sister city pairs" (figures.ts).
 * (The ties between two countries are `partnerships` filtered by the pair.)
 */
import { countryId } from '../model.ts';
import { nodeProjection, readRows, type GraphReader, type NamedQuery } from './read.ts';
import type { CountryFigureRecord, CountryRecord } from './records.ts';
import { valuesById, type IdRow } from './nodes.ts';
import { countryFigureProjection } from './projections.ts';
import { pairFiguresCypher } from './figures.ts';

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
