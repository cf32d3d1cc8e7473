/** Cypher of `src/graph/queries/partnerships.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { partnershipDetailsQuery, partnershipsQuery } from '../../../../src/graph/queries/partnerships.ts';

const page = { offset: 0, limit: 20 };

describe('partnershipsQuery', () => {
  it('starts from the country when one is given, and splits a pair into two parameters', () => {
    const query = partnershipsQuery(
      { countries: ['cn', 'jp'], kinds: ['sister', 'friendship'], sinceFrom: 1980, sinceTo: 1990 },
      page,
    );
    expect(query.name).toBe('partnerships');
    expect(query.params).toEqual({
      kinds: ['sister', 'friendship'],
      sinceFrom: 1980,
      sinceTo: 1990,
      placeId: null,
      statuses: null,
      countryA: 'CN',
      countryB: 'JP',
      offset: 0,
      limit: 20,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Country {id: 'country:' + $countryA}), (b:Country {id: 'country:' + $countryB})
      WITH CASE WHEN COUNT { (a)<-[:IN_COUNTRY]-() } <= COUNT { (b)<-[:IN_COUNTRY]-() } THEN [a, b] ELSE [b, a] END AS ends
      WITH ends[0] AS near, ends[1].code AS farCode
      CALL (near, farCode) {
        MATCH (near)<-[:IN_COUNTRY]-(:Place)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE coalesce(other.countryCode, other.code) = farCode
        RETURN t
        UNION
        MATCH (near)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE coalesce(other.countryCode, other.code) = farCode
        RETURN t
      }
      WITH DISTINCT t
      WHERE ($kinds IS NULL OR t.kind IN $kinds)
        AND ($sinceFrom IS NULL OR t.since >= $sinceFrom)
        AND ($sinceTo IS NULL OR t.since <= $sinceTo)
        AND ($placeId IS NULL OR EXISTS { (:Place {id: $placeId})-[:PARTY_TO]->(t) })
        AND ($statuses IS NULL OR coalesce(t.status, 'active') IN $statuses)
      WITH t ORDER BY t.since IS NULL, t.since, t.name, t.id
      WITH collect(t) AS ties
      RETURN size(ties) AS totalCount, [t IN ties[$offset..$offset + $limit] | t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}] AS items"
    `);
  });

  it('considers every tie when no country is given, every condition off when the filter is empty', () => {
    const query = partnershipsQuery({}, page);
    expect(query.params).toEqual({
      kinds: null,
      sinceFrom: null,
      sinceTo: null,
      placeId: null,
      statuses: null,
      countryA: null,
      countryB: null,
      offset: 0,
      limit: 20,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (t:Partnership)
      WHERE ($kinds IS NULL OR t.kind IN $kinds)
        AND ($sinceFrom IS NULL OR t.since >= $sinceFrom)
        AND ($sinceTo IS NULL OR t.since <= $sinceTo)
        AND ($placeId IS NULL OR EXISTS { (:Place {id: $placeId})-[:PARTY_TO]->(t) })
        AND ($statuses IS NULL OR coalesce(t.status, 'active') IN $statuses)
      WITH t ORDER BY t.since IS NULL, t.since, t.name, t.id
      WITH collect(t) AS ties
      RETURN size(ties) AS totalCount, [t IN ties[$offset..$offset + $limit] | t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}] AS items"
    `);
  });

  it('projects the ties with only the properties asked for, and their ends only when asked for', () => {
    const bare = partnershipsQuery({ countries: ['cn', 'jp'] }, page, 'OLDEST_FIRST', {
      partnership: ['name', 'since'],
      ends: null,
    });
    expect(bare.cypher).toContain('[t IN ties[$offset..$offset + $limit] | t{.id, .name, .since, labels: labels(t)}]');
    expect(bare.cypher).not.toContain('ends:');
    const withEnds = partnershipsQuery({}, page, 'OLDEST_FIRST', { partnership: ['name'], ends: ['name'] });
    expect(withEnds.cypher).toContain(
      't{.id, .name, labels: labels(t), ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN ' +
        'party{.id, .name, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}',
    );
  });
});

describe('partnershipDetailsQuery', () => {
  it('reads a batch of ties by id with their two ends', () => {
    const query = partnershipDetailsQuery(['partnership:sister:a|b']);
    expect(query.name).toBe('partnershipDetails');
    expect(query.params).toEqual({ ids: ['partnership:sister:a|b'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (t:Partnership {id: id})
      RETURN id, t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }} AS partnership"
    `);
  });
});
