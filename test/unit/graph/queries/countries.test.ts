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
        MATCH (a)<-[:ABOUT]-(f:CountryFigure)-[:ABOUT]->(b)
        RETURN DISTINCT f{.*, labels: labels(f),
          countries: COLLECT { MATCH (f)-[:ABOUT]->(about:Country) RETURN about{.*, labels: labels(about)} ORDER BY about.code LIMIT 2 },
          statedBy: head(COLLECT { MATCH (f)-[:STATED_BY]->(speaker:Person) RETURN speaker{.*, labels: labels(speaker)} ORDER BY speaker.id })} AS figure
        ORDER BY figure.asOf DESC, figure.metric, figure.id
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
          countries: COLLECT { MATCH (f)-[:ABOUT]->(about:Country) RETURN about{.*, labels: labels(about)} ORDER BY about.code LIMIT 2 },
          statedBy: head(COLLECT { MATCH (f)-[:STATED_BY]->(speaker:Person) RETURN speaker{.*, labels: labels(speaker)} ORDER BY speaker.id })} AS figure"
    `);
  });
});
