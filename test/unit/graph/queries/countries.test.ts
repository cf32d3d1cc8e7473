/** Cypher of `src/graph/queries/countries.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { countryFigureDetailsQuery, countryPairQuery } from '../../../../src/graph/queries/countries.ts';

describe('countryPairQuery', () => {
  it('looks both countries up by id, codes in capitals, with the figures about the pair', () => {
    const query = countryPairQuery('CN', 'jp');
    expect(query.name).toBe('countryPair');
    expect(query.params).toEqual({ idA: 'country:CN', idB: 'country:JP' });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Country {id: $idA}), (b:Country {id: $idB})
      RETURN a{.*, labels: labels(a)} AS a, b{.*, labels: labels(b)} AS b, COLLECT {
        MATCH (f:CountryFigure)-[:ABOUT]->(a)
        WITH DISTINCT f
        WITH f, [(f)-[:ABOUT]->(s) | coalesce(CASE WHEN s:Country THEN s.id ELSE null END, '')] AS subjectCountries
        WHERE size(subjectCountries) >= 2 AND a.id IN subjectCountries AND b.id IN subjectCountries
          AND all(c IN subjectCountries WHERE c = a.id OR c = b.id)
        RETURN f{.*, labels: labels(f),
          countries: COLLECT { MATCH (f)-[:ABOUT]->(about:Country) RETURN about{.*, labels: labels(about)} ORDER BY about.code LIMIT 50 },
          places: COLLECT { MATCH (f)-[:ABOUT]->(aboutPlace:Place) RETURN aboutPlace{.*, labels: labels(aboutPlace)} ORDER BY aboutPlace.name, aboutPlace.id LIMIT 50 },
          statedBy: head(COLLECT { MATCH (f)-[:STATED_BY]->(speaker:Person) RETURN speaker{.*, labels: labels(speaker)} ORDER BY speaker.id })} AS figure
        ORDER BY f.asOf IS NULL, f.asOf DESC, f.metric, f.id
        LIMIT 100
      } AS figures"
    `);
  });
});

describe('countryFigureDetailsQuery', () => {
  it('reads a batch of figures by id with their countries and who stated them', () => {
    const query = countryFigureDetailsQuery(['figure:CN-JP:x:2020', 'figure:CN-KR:y:undated']);
    expect(query.name).toBe('countryFigureDetails');
    expect(query.params).toEqual({ ids: ['figure:CN-JP:x:2020', 'figure:CN-KR:y:undated'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (f:CountryFigure {id: id})
      RETURN id, f{.*, labels: labels(f),
          countries: COLLECT { MATCH (f)-[:ABOUT]->(about:Country) RETURN about{.*, labels: labels(about)} ORDER BY about.code LIMIT 50 },
          places: COLLECT { MATCH (f)-[:ABOUT]->(aboutPlace:Place) RETURN aboutPlace{.*, labels: labels(aboutPlace)} ORDER BY aboutPlace.name, aboutPlace.id LIMIT 50 },
          statedBy: head(COLLECT { MATCH (f)-[:STATED_BY]->(speaker:Person) RETURN speaker{.*, labels: labels(speaker)} ORDER BY speaker.id })} AS figure"
    `);
  });
});
