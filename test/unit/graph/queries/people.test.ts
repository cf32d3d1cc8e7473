/** Cypher of `src/graph/queries/people.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import {
  meetingsOfPeopleQuery,
  officeDetailsQuery,
  officesOfPeopleQuery,
  peopleFromCountriesQuery,
  peopleMetQuery,
} from '../../../../src/graph/queries/people.ts';

const page = { offset: 10, limit: 5 };

describe('officesOfPeopleQuery', () => {
  it('reads each person’s offices, whether to include former ones and the limit as parameters', () => {
    const query = officesOfPeopleQuery(['person:a', 'person:b'], false, 20);
    expect(query.name).toBe('officesOfPeople');
    expect(query.params).toEqual({ ids: ['person:a', 'person:b'], includeFormer: false, limit: 20 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (holder:Person {id: id})
      RETURN id, COLLECT {
        MATCH (holder)-[holds:HOLDS]->(o:Office)
        WHERE $includeFormer OR NOT coalesce(holds.former, false)
        RETURN o{.*, labels: labels(o), former: coalesce(holds.former, false), holder: holder{.*, labels: labels(holder)},
          of: head(COLLECT { MATCH (o)-[:OF]->(officeOf) RETURN officeOf{.*, labels: labels(officeOf)} ORDER BY officeOf.id })} AS office
        ORDER BY coalesce(holds.former, false), o.title, o.id
        LIMIT $limit
      } AS offices"
    `);
  });
});

describe('officeDetailsQuery', () => {
  it('reads a batch of offices by id with holder, former and what they are of', () => {
    const query = officeDetailsQuery(['office:a:mayor:place:jp:x']);
    expect(query.name).toBe('officeDetails');
    expect(query.params).toEqual({ ids: ['office:a:mayor:place:jp:x'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (holder:Person)-[holds:HOLDS]->(o:Office {id: id})
      WITH id, holder, holds, o ORDER BY holder.id
      WITH id, head(collect(o{.*, labels: labels(o), former: coalesce(holds.former, false), holder: holder{.*, labels: labels(holder)},
          of: head(COLLECT { MATCH (o)-[:OF]->(officeOf) RETURN officeOf{.*, labels: labels(officeOf)} ORDER BY officeOf.id })})) AS office
      RETURN id, office"
    `);
  });
});

describe('meetingsOfPeopleQuery', () => {
  it('pages the meetings each person attended', () => {
    const query = meetingsOfPeopleQuery(['person:a'], page);
    expect(query.name).toBe('meetingsOfPeople');
    expect(query.params).toEqual({ ids: ['person:a'], offset: 10, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (p:Person {id: id})
      WITH id, COLLECT { MATCH (p)-[:ATTENDED]->(m:Meeting) RETURN m ORDER BY m.date IS NULL, m.date DESC, m.id } AS meetings
      RETURN id, size(meetings) AS totalCount,
             [m IN meetings[$offset..$offset + $limit] | m{.*, labels: labels(m),
          place: head(COLLECT { MATCH (m)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
          event: head(COLLECT { MATCH (m)-[:DURING]->(during:Event) RETURN during{.*, labels: labels(during)} ORDER BY during.id }),
          participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(m) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 }}] AS items"
    `);
  });
});

describe('peopleMetQuery', () => {
  it('pages the people each person met, with the meetings where', () => {
    const query = peopleMetQuery(['person:a'], page);
    expect(query.name).toBe('peopleMet');
    expect(query.params).toEqual({ ids: ['person:a'], offset: 10, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (p:Person {id: id})
      WITH id, COLLECT {
        MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
        WHERE other <> p
        WITH other, m ORDER BY m.date IS NULL, m.date DESC, m.id
        WITH other, collect(m) AS meetings
        RETURN {node: other{.*, labels: labels(other)}, meetingCount: size(meetings), lastMet: meetings[0].date,
                meetings: [m IN meetings[..20] | m{.*, labels: labels(m)}]} AS encounter
        ORDER BY size(meetings) DESC, other.name, other.id
      } AS encounters
      RETURN id, size(encounters) AS totalCount, encounters[$offset..$offset + $limit] AS items"
    `);
  });
});

describe('peopleFromCountriesQuery', () => {
  it('pages the people from each country', () => {
    const query = peopleFromCountriesQuery(['country:JP'], page);
    expect(query.name).toBe('peopleFromCountries');
    expect(query.params).toEqual({ ids: ['country:JP'], offset: 10, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (c:Country {id: id})
      WITH id, COLLECT { MATCH (p:Person)-[:FROM]->(c) RETURN p ORDER BY p.name, p.id } AS people
      RETURN id, size(people) AS totalCount, [p IN people[$offset..$offset + $limit] | p{.*, labels: labels(p)}] AS items"
    `);
  });
});
