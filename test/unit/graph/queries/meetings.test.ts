/** Cypher of `src/graph/queries/meetings.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { eventDetailsQuery, meetingDetailsQuery, meetingsQuery } from '../../../../src/graph/queries/meetings.ts';

const HOSTILE = `x"}) DETACH DELETE n //`;
const page = { offset: 0, limit: 20 };

describe('meetingsQuery', () => {
  it('puts every filter value in parameters, null when not given, the country code in capitals', () => {
    const query = meetingsQuery(
      { personId: 'person:aiko-tanaka', countryCode: 'jp', from: '2018-05', to: '2021' },
      { offset: 40, limit: 20 },
    );
    expect(query.name).toBe('meetings');
    expect(query.params).toEqual({
      personId: 'person:aiko-tanaka',
      placeId: null,
      countryCode: 'JP',
      countryId: 'country:JP',
      from: '2018-05',
      to: '2021',
      dateLow: '2018',
      dateHigh: '2022',
      offset: 40,
      limit: 20,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (:Person {id: $personId})-[:ATTENDED]->(m:Meeting)
      WITH DISTINCT m
      WHERE ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
        AND ($placeId IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Place)-[:WITHIN*0..3]->(:Place {id: $placeId}) })
        AND ($countryCode IS NULL OR EXISTS { (m)-[:HELD_IN]->(w) WHERE coalesce(w.countryCode, w.code) = $countryCode })
        AND ($from IS NULL OR (m.date IS NOT NULL AND left(m.date, size($from)) >= left($from, size(m.date))))
        AND ($to IS NULL OR (m.date IS NOT NULL AND left(m.date, size($to)) <= left($to, size(m.date))))
      WITH m ORDER BY m.date IS NULL, m.date DESC, m.id
      WITH collect(m) AS meetings
      RETURN size(meetings) AS totalCount, [m IN meetings[$offset..$offset + $limit] | m{.*, labels: labels(m),
          place: head(COLLECT { MATCH (m)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
          event: head(COLLECT { MATCH (m)-[:DURING]->(during:Event) RETURN during{.*, labels: labels(during)} ORDER BY during.id }),
          participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(m) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 }}] AS items"
    `);
  });

  it('starts from what the filter names, so that it reads only the meetings that can match', () => {
    const start = (filter: Parameters<typeof meetingsQuery>[0]) => meetingsQuery(filter, page).cypher.split('\n')[0];
    expect(start({ personId: HOSTILE, placeId: 'place:jp:x' })).toBe(
      'MATCH (:Person {id: $personId})-[:ATTENDED]->(m:Meeting)',
    );
    expect(start({ placeId: HOSTILE })).toBe(
      'MATCH (:Place {id: $placeId})<-[:WITHIN*0..3]-(:Place)<-[:HELD_IN]-(m:Meeting)',
    );
    expect(start({ countryCode: 'jp' })).toBe('MATCH (c:Country {id: $countryId})');
    expect(start({ to: '2020' })).toBe('MATCH (m:Meeting) WHERE m.date >= $dateLow AND m.date < $dateHigh');
    expect(start({})).toBe('MATCH (m:Meeting)');
    expect(meetingsQuery({ placeId: HOSTILE }, page).cypher).not.toContain(HOSTILE);
  });

  it('bounds the date index by whole years around partial dates', () => {
    expect(meetingsQuery({ from: '2019-11-24' }, page).params).toMatchObject({ dateLow: '2019', dateHigh: '~' });
    expect(meetingsQuery({ to: '2019-11' }, page).params).toMatchObject({ dateLow: '', dateHigh: '2020' });
    expect(meetingsQuery({ to: '9999' }, page).params).toMatchObject({ dateHigh: '~' });
  });
});

describe('meetingDetailsQuery', () => {
  it('reads a batch of meetings by id with their place, event and participants', () => {
    const query = meetingDetailsQuery(['meeting:2018-05-03:a+b']);
    expect(query.name).toBe('meetingDetails');
    expect(query.params).toEqual({ ids: ['meeting:2018-05-03:a+b'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (m:Meeting {id: id})
      RETURN id, m{.*, labels: labels(m),
          place: head(COLLECT { MATCH (m)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
          event: head(COLLECT { MATCH (m)-[:DURING]->(during:Event) RETURN during{.*, labels: labels(during)} ORDER BY during.id }),
          participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(m) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 }} AS meeting"
    `);
  });
});

describe('eventDetailsQuery', () => {
  it('reads a batch of events by id with where they were held, attendees and meetings during them', () => {
    const query = eventDetailsQuery(['event:harbour-summit']);
    expect(query.name).toBe('eventDetails');
    expect(query.params).toEqual({ ids: ['event:harbour-summit'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (e:Event {id: id})
      RETURN id, e{.*, labels: labels(e),
        place: head(COLLECT { MATCH (e)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
        attendees: COLLECT { MATCH (who:Person)-[:ATTENDED]->(e) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 },
        meetings: COLLECT { MATCH (m:Meeting)-[:DURING]->(e) RETURN m{.*, labels: labels(m)} ORDER BY m.date, m.id LIMIT 50 }
      } AS event"
    `);
  });
});
