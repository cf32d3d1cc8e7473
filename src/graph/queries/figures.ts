/**
 * Figures reported about places and countries ("Italy has some 1,300 twinnings", "Shaanxi has 88 friendship cities",
 * "more than 250 sister city pairs between China and Japan"): a `CountryFigure` is `ABOUT` each of its subjects, one
 * or more countries or places. These queries find the figures of a batch of places or countries, and of a pair.
 */
import { FIGURE_CONTAINMENT_DEPTH, MAX_FIGURES } from '../limits.ts';
import { countryId } from '../model.ts';
import { checkedLabel, slicesById, type SliceRow } from './nodes.ts';
import { countryFigureProjection } from './projections.ts';
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { CountryFigureRecord } from './records.ts';

/** Newest first (by the date the figure holds for), undated last; then by what is counted. */
const NEWEST_FIRST = 'f.asOf IS NULL, f.asOf DESC, f.metric, f.id';

/**
 * The figures about each place or country (alone or with other subjects), newest first. With `includePlacesWithin`,
 * also those about places within it: for a place down `WITHIN` (a province's cities), for a country its places.
 */
export function figuresAboutQuery(
  label: 'Place' | 'Country',
  ids: readonly string[],
  includePlacesWithin: boolean,
  window: PageWindow,
): NamedQuery {
  checkedLabel(label, ['Place', 'Country']);
  // A subject is the node itself (zero hops), or with `includePlacesWithin` a place that lies within it.
  const within =
    label === 'Place'
      ? `WITHIN*0..${includePlacesWithin ? FIGURE_CONTAINMENT_DEPTH : 0}`
      : `IN_COUNTRY*0..${includePlacesWithin ? 1 : 0}`;
  return {
    name: `figuresAbout.${label}${includePlacesWithin ? '+within' : ''}`,
    cypher: `UNWIND $ids AS id
MATCH (n:${label} {id: id})
WITH id, COLLECT {
  MATCH (f:CountryFigure)-[:ABOUT]->()-[:${within}]->(n)
  RETURN DISTINCT f ORDER BY ${NEWEST_FIRST}
} AS figures
RETURN id, size(figures) AS totalCount,
       [f IN figures[$offset..$offset + $limit] | ${countryFigureProjection('f')}] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findFiguresAbout(
  reader: GraphReader,
  label: 'Place' | 'Country',
  ids: readonly string[],
  includePlacesWithin: boolean,
  window: PageWindow,
): Promise<Map<string, Slice<CountryFigureRecord>>> {
  return slicesById(
    await readRows<SliceRow<CountryFigureRecord>>(reader, figuresAboutQuery(label, ids, includePlacesWithin, window)),
  );
}

/**
 * Cypher: the figures about the two countries bound to `a` and `b` together, newest first, at most MAX_FIGURES. A
 * figure is about the pair when it has at least two subjects, every subject is one of the two countries (or, with
 * `includePlacesWithin`, a place in one of them), and each of the two has one. So a figure about China and Japan is
 * one of the pair's; a figure about China alone, or about China, Japan and Korea, is not; one about a Japanese
 * prefecture and a Chinese province is with `includePlacesWithin`. With `a` = `b`: figures about two or more places
 * of that country.
 */
export function pairFiguresCypher(a: string, b: string, includePlacesWithin: boolean): string {
  const placeCountry = includePlacesWithin ? 'head([(s)-[:IN_COUNTRY]->(c:Country) | c.id])' : 'null';
  const candidates = includePlacesWithin
    ? `MATCH (f:CountryFigure)-[:ABOUT]->()-[:IN_COUNTRY*0..1]->(${a})`
    : `MATCH (f:CountryFigure)-[:ABOUT]->(${a})`;
  return `COLLECT {
  ${candidates}
  WITH DISTINCT f
  WITH f, [(f)-[:ABOUT]->(s) | coalesce(CASE WHEN s:Country THEN s.id ELSE ${placeCountry} END, '')] AS subjectCountries
  WHERE size(subjectCountries) >= 2 AND ${a}.id IN subjectCountries AND ${b}.id IN subjectCountries
    AND all(c IN subjectCountries WHERE c = ${a}.id OR c = ${b}.id)
  RETURN ${countryFigureProjection('f')} AS figure
  ORDER BY ${NEWEST_FIRST}
  LIMIT ${MAX_FIGURES}
}`;
}

/** The figures about two countries together, with places within them counted (see pairFiguresCypher). */
export function countryPairFiguresQuery(codeA: string, codeB: string, includePlacesWithin: boolean): NamedQuery {
  return {
    name: `countryPairFigures${includePlacesWithin ? '+within' : ''}`,
    cypher: `MATCH (a:Country {id: $idA}), (b:Country {id: $idB})
RETURN ${pairFiguresCypher('a', 'b', includePlacesWithin)} AS figures`,
    params: { idA: countryId(codeA), idB: countryId(codeB) },
  };
}

export async function findCountryPairFigures(
  reader: GraphReader,
  codeA: string,
  codeB: string,
  includePlacesWithin: boolean,
): Promise<CountryFigureRecord[]> {
  const [row] = await readRows<{ figures: CountryFigureRecord[] }>(
    reader,
    countryPairFiguresQuery(codeA, codeB, includePlacesWithin),
  );
  return row?.figures ?? [];
}
