/**
 * Cypher of `src/graph/queries/figures.ts`, without a database: labels only from the allow-list, values in
 * parameters, the containment depth from the limits.
 */
import { describe, expect, it } from 'vitest';
import { countryPairFiguresQuery, figuresAboutQuery } from '../../../../src/graph/queries/figures.ts';

const page = { offset: 0, limit: 20 };

describe('figuresAboutQuery', () => {
  it('batches the figures about many places in one query, newest first, the subject itself only', () => {
    const query = figuresAboutQuery('Place', ['place:jp:a', 'place:jp:b'], false, page);
    expect(query.name).toBe('figuresAbout.Place');
    expect(query.params).toEqual({ ids: ['place:jp:a', 'place:jp:b'], offset: 0, limit: 20 });
    expect(query.cypher).toContain('MATCH (f:CountryFigure)-[:ABOUT]->()-[:WITHIN*0..0]->(n)');
    expect(query.cypher).toContain('RETURN DISTINCT f ORDER BY f.asOf IS NULL, f.asOf DESC, f.metric, f.id');
  });

  it('goes down WITHIN for places, to a country’s places through IN_COUNTRY, when asked', () => {
    const place = figuresAboutQuery('Place', ['place:jp:a'], true, page);
    expect(place.name).toBe('figuresAbout.Place+within');
    expect(place.cypher).toContain('-[:WITHIN*0..3]->(n)');
    const country = figuresAboutQuery('Country', ['country:JP'], true, page);
    expect(country.cypher).toContain('MATCH (n:Country {id: id})');
    expect(country.cypher).toContain('-[:IN_COUNTRY*0..1]->(n)');
    expect(figuresAboutQuery('Country', ['country:JP'], false, page).cypher).toContain('-[:IN_COUNTRY*0..0]->(n)');
  });

  it('refuses a label outside the allow-list', () => {
    expect(() => figuresAboutQuery('Person' as 'Place', ['person:x'], false, page)).toThrow();
  });
});

describe('countryPairFiguresQuery', () => {
  it('keeps figures whose subjects are the two countries, or places in them, and nothing else', () => {
    const query = countryPairFiguresQuery('jp', 'CN', true);
    expect(query.name).toBe('countryPairFigures+within');
    expect(query.params).toEqual({ idA: 'country:JP', idB: 'country:CN' });
    // The rest of the text is countryPairQuery's (see countries.test.ts): here the candidates and the subject
    // countries also come through the places in each country.
    expect(query.cypher).toContain('MATCH (f:CountryFigure)-[:ABOUT]->()-[:IN_COUNTRY*0..1]->(a)');
    expect(query.cypher).toContain(
      "coalesce(CASE WHEN s:Country THEN s.id ELSE head([(s)-[:IN_COUNTRY]->(c:Country) | c.id]) END, '')",
    );
    expect(query.cypher).toContain('AND all(c IN subjectCountries WHERE c = a.id OR c = b.id)');
    expect(countryPairFiguresQuery('JP', 'CN', false).cypher).toContain(
      "coalesce(CASE WHEN s:Country THEN s.id ELSE null END, '')",
    );
  });
});
