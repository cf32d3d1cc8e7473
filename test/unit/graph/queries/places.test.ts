/**
 * Cypher of `src/graph/queries/places.ts`, without a database: labels only from the allow-list, values in
 * parameters.
 */
import { describe, expect, it } from 'vitest';
import {
  meetingsInPlacesQuery,
  officialsQuery,
  partnersQuery,
  placesInCountriesQuery,
  placesWithinQuery,
} from '../../../../src/graph/queries/places.ts';

const page = { offset: 5, limit: 5 };

describe('partnersQuery', () => {
  it('batches a field over many parents in one query', () => {
    const query = partnersQuery(['place:jp:a', 'place:jp:b'], ['sister'], page);
    expect(query.name).toBe('partnersOfPlaces');
    expect(query.params).toEqual({ ids: ['place:jp:a', 'place:jp:b'], kinds: ['sister'], offset: 5, limit: 5 });
    expect(partnersQuery(['place:jp:a'], null, page).params.kinds).toBeNull();
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (p:Place {id: id})
      WITH id, COLLECT {
        MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE $kinds IS NULL OR t.kind IN $kinds
        RETURN {node: other{.*, labels: labels(other)}, partnership: t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}} AS tie
        ORDER BY t.since IS NULL, t.since, other.name, t.id
      } AS ties
      RETURN id, size(ties) AS totalCount, ties[$offset..$offset + $limit] AS items"
    `);
  });
});

describe('officialsQuery', () => {
  it('writes the label, Place or Country, into the text only after checking it', () => {
    const query = officialsQuery('Country', ['country:JP'], true, page);
    expect(query.name).toBe('officialsOf.Country');
    expect(query.params).toEqual({ ids: ['country:JP'], includeFormer: true, offset: 5, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n:Country {id: id})
      WITH id, COLLECT {
        MATCH (holder:Person)-[holds:HOLDS]->(o:Office)-[:OF]->(n)
        WHERE $includeFormer OR NOT coalesce(holds.former, false)
        RETURN o{.*, labels: labels(o), former: coalesce(holds.former, false), holder: holder{.*, labels: labels(holder)},
          of: head(COLLECT { MATCH (o)-[:OF]->(officeOf) RETURN officeOf{.*, labels: labels(officeOf)} ORDER BY officeOf.id })} AS office
        ORDER BY coalesce(holds.former, false), o.title, holder.name, o.id
      } AS offices
      RETURN id, size(offices) AS totalCount, offices[$offset..$offset + $limit] AS items"
    `);
    expect(() => officialsQuery('Person' as never, [], true, page)).toThrow('is not a node label of this graph');
  });
});

describe('meetingsInPlacesQuery', () => {
  it('pages the meetings held in each place or in a place within it', () => {
    const query = meetingsInPlacesQuery(['place:jp:a'], page);
    expect(query.name).toBe('meetingsInPlaces');
    expect(query.params).toEqual({ ids: ['place:jp:a'], offset: 5, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (p:Place {id: id})
      WITH id, COLLECT {
        MATCH (m:Meeting)-[:HELD_IN]->(:Place)-[:WITHIN*0..3]->(p)
        RETURN DISTINCT m ORDER BY m.date IS NULL, m.date DESC, m.id
      } AS meetings
      RETURN id, size(meetings) AS totalCount,
             [m IN meetings[$offset..$offset + $limit] | m{.*, labels: labels(m),
          place: head(COLLECT { MATCH (m)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
          event: head(COLLECT { MATCH (m)-[:DURING]->(during:Event) RETURN during{.*, labels: labels(during)} ORDER BY during.id }),
          participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(m) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 }}] AS items"
    `);
  });
});

describe('placesWithinQuery', () => {
  it('reads the place each place lies directly within', () => {
    const query = placesWithinQuery(['place:jp:a']);
    expect(query.name).toBe('placeWithin');
    expect(query.params).toEqual({ ids: ['place:jp:a'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (p:Place {id: id})-[:WITHIN]->(w:Place)
      WITH id, w ORDER BY w.id
      RETURN id, head(collect(w{.*, labels: labels(w)})) AS within"
    `);
  });
});

describe('placesInCountriesQuery', () => {
  it('pages the places in each country, kinds as a parameter', () => {
    const query = placesInCountriesQuery(['country:JP'], ['city', 'town'], page);
    expect(query.name).toBe('placesInCountries');
    expect(query.params).toEqual({ ids: ['country:JP'], kinds: ['city', 'town'], offset: 5, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (c:Country {id: id})
      WITH id, COLLECT {
        MATCH (p:Place)-[:IN_COUNTRY]->(c)
        WHERE $kinds IS NULL OR p.kind IN $kinds
        RETURN p ORDER BY p.name, p.id
      } AS places
      RETURN id, size(places) AS totalCount, [p IN places[$offset..$offset + $limit] | p{.*, labels: labels(p)}] AS items"
    `);
  });
});
