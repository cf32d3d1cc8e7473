/** Cypher of `src/graph/queries/partnerships.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { partnershipDetailsQuery, partnershipsQuery } from '../../../../src/graph/queries/partnerships.ts';

const page = { offset: 0, limit: 20 };

describe('partnershipsQuery', () => {
  it('reads a pair of countries from its index, as one sorted parameter, with any filter', () => {
    const query = partnershipsQuery(
      { countries: ['jp', 'cn'], kinds: ['sister', 'friendship'], sinceFrom: 1980, sinceTo: 1990 },
      page,
    );
    expect(query.name).toBe('partnerships');
    expect(query.params).toEqual({
      kinds: ['sister', 'friendship'],
      sinceFrom: 1980,
      sinceTo: 1990,
      placeId: null,
      statuses: null,
      countryA: null,
      pair: 'CN|JP',
      offset: 0,
      limit: 20,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (t:Partnership) WHERE t.countryPair = $pair
      WITH t
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

  it('reads a page of a pair in index order when nothing but start years filters it', () => {
    expect(partnershipsQuery({ countries: ['JP', 'CN'] }, page).cypher).toMatchInlineSnapshot(`
      "CALL () {
        OPTIONAL MATCH ()-[r:TIES_WITH {pair: $pair}]->()
        RETURN coalesce(r.ties, 0) AS totalCount
      }
      CALL () {
        MATCH (t:Partnership) USING INDEX SEEK t:Partnership(countryPair, since)
        WHERE t.countryPair = $pair AND t.since IS NOT NULL
        WITH t ORDER BY t.countryPair, t.since, t.name, t.id LIMIT $offset + $limit
        RETURN collect(t) AS dated
      }
      CALL (dated) {
        WITH CASE WHEN size(dated) < $offset + $limit THEN $pair END AS undatedPair
        MATCH (t:Partnership) USING INDEX SEEK t:Partnership(undatedCountryPair, name)
        WHERE t.undatedCountryPair = undatedPair AND t.name IS NOT NULL
        WITH t ORDER BY t.undatedCountryPair, t.name, t.id LIMIT $offset + $limit
        RETURN collect(t) AS undated
      }
      WITH totalCount, dated + undated AS ties
      RETURN totalCount, [t IN ties[$offset..$offset + $limit] | t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}] AS items"
    `);
    expect(
      partnershipsQuery({ countries: ['JP', 'CN'], sinceFrom: 1990 }, page, 'NEWEST_FIRST', {
        partnership: ['name'],
        ends: null,
      }).cypher,
    ).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (t:Partnership) WHERE t.countryPair = $pair AND t.since >= $sinceFrom
        RETURN count(t) AS totalCount
      }
      CALL () {
        MATCH (t:Partnership) USING INDEX SEEK t:Partnership(countryPair, since)
        WHERE t.countryPair = $pair AND t.since IS NOT NULL AND t.since >= $sinceFrom
        WITH t ORDER BY t.countryPair DESC, t.since DESC, t.name, t.id LIMIT $offset + $limit
        RETURN collect(t) AS dated
      }
      WITH totalCount, dated AS ties
      RETURN totalCount, [t IN ties[$offset..$offset + $limit] | t{.name}] AS items"
    `);
    const byName = partnershipsQuery({ countries: ['JP', 'CN'] }, page, 'NAME').cypher;
    expect(byName).toContain('USING INDEX SEEK t:Partnership(countryPair, name)');
    expect(byName).toContain('ORDER BY t.countryPair, t.name, t.id LIMIT $offset + $limit');
  });

  it('starts from the country when one is given', () => {
    const query = partnershipsQuery({ countries: ['cn'] }, page);
    expect(query.params).toMatchObject({ countryA: 'CN', pair: null });
    expect(query.cypher).toContain("MATCH (:Country {id: 'country:' + $countryA})<-[:IN_COUNTRY]-(:Place)");
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
      pair: null,
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
    expect(bare.cypher).toContain('[t IN ties[$offset..$offset + $limit] | t{.name, .since}]');
    expect(bare.cypher).not.toContain('ends:');
    const withEnds = partnershipsQuery({}, page, 'OLDEST_FIRST', {
      partnership: ['name'],
      ends: ['labels', 'name'],
    });
    expect(withEnds.cypher).toContain(
      't{.name, ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN ' +
        'party{labels: labels(party), .name} ORDER BY party.name, party.id LIMIT 2 }}',
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
