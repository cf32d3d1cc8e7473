/**
 * "TCK" tests: the Cypher each query module builds, and its parameters, without a database. Values only ever appear
 * in parameters; labels, relationship types and bounds in the text come only from allow-lists and checked integers.
 */
import { describe, expect, it } from 'vitest';
import { countryPairQuery } from '../../../src/graph/queries/countries.ts';
import { meetingsQuery } from '../../../src/graph/queries/meetings.ts';
import { labelOfId } from '../../../src/graph/model.ts';
import { checkedLabel, evidenceQuery, nodeByNameQuery, nodesByIdQuery } from '../../../src/graph/queries/nodes.ts';
import { partnershipsQuery } from '../../../src/graph/queries/partnerships.ts';
import { partnersQuery } from '../../../src/graph/queries/places.ts';
import { searchQuery } from '../../../src/graph/queries/search.ts';
import { connectionQuery, neighbourhoodQuery, relationshipTypeAlternation } from '../../../src/graph/queries/traversal.ts';

const HOSTILE = `x"}) DETACH DELETE n //`;
const page = { offset: 0, limit: 20 };

describe('meetings', () => {
  it('puts every filter value in parameters, null when not given', () => {
    const query = meetingsQuery({ personId: 'person:wang-yi', countryCode: 'jp', from: '2019-11', to: '2019' }, { offset: 40, limit: 20 });
    expect(query.name).toBe('meetings');
    expect(query.params).toEqual({
      personId: 'person:wang-yi',
      placeId: null,
      countryCode: 'JP',
      from: '2019-11',
      to: '2019',
      offset: 40,
      limit: 20,
    });
    expect(query.cypher).toMatchSnapshot();
  });

  it('is the same text whatever the filter, so Neo4j plans it once', () => {
    expect(meetingsQuery({}, page).cypher).toBe(meetingsQuery({ placeId: HOSTILE, from: '2020' }, page).cypher);
    expect(meetingsQuery({ placeId: HOSTILE }, page).cypher).not.toContain(HOSTILE);
  });
});

describe('partnerships', () => {
  it('splits a country pair into two parameters and keeps kinds and years as given', () => {
    const query = partnershipsQuery({ countries: ['cn', 'jp'], kinds: ['sister', 'friendship'], sinceFrom: 1980, sinceTo: 1990 }, page);
    expect(query.params).toEqual({
      kinds: ['sister', 'friendship'],
      sinceFrom: 1980,
      sinceTo: 1990,
      placeId: null,
      countryA: 'CN',
      countryB: 'JP',
      offset: 0,
      limit: 20,
    });
    expect(query.cypher).toMatchSnapshot();
  });

  it('leaves every condition off when the filter is empty', () => {
    expect(partnershipsQuery({}, page).params).toEqual({
      kinds: null,
      sinceFrom: null,
      sinceTo: null,
      placeId: null,
      countryA: null,
      countryB: null,
      offset: 0,
      limit: 20,
    });
  });
});

describe('lookups', () => {
  it('looks names up by their folded key, keeping the name as given for exact-name ranking', () => {
    const query = nodeByNameQuery('Place', 'SHIZUOKA-ken');
    expect(query.params).toEqual({ name: 'SHIZUOKA-ken', key: 'shizuoka ken' });
    expect(query.cypher).toMatchSnapshot();
    expect(nodeByNameQuery('Person', HOSTILE).cypher).not.toContain(HOSTILE);
  });

  it('reads the label of an id from its prefix, so lookups by id use the label index', () => {
    expect(labelOfId('place:jp:shizuoka-prefecture')).toBe('Place');
    expect(labelOfId('country:CN')).toBe('Country');
    expect(labelOfId('person:wang-yi')).toBe('Person');
    expect(labelOfId('office:wang-yi:foreign-minister:country:CN')).toBe('Office');
    expect(labelOfId('meeting:2019-11-24:heita-kawakatsu+wang-yi')).toBe('Meeting');
    expect(labelOfId('event:group-of-20')).toBe('Event');
    expect(labelOfId('partnership:friendship:place:cn:zhejiang-province|place:jp:shizuoka-prefecture')).toBe('Partnership');
    expect(labelOfId('figure:CN-JP:sister-city-pairs:2019-11-24')).toBe('CountryFigure');
    expect(labelOfId('doc:2019-11-24-xinhua')).toBe('Document');
    expect(labelOfId('doc:2019-11-24-xinhua#10-20')).toBe('Sentence');
    expect(labelOfId(HOSTILE)).toBeNull();
  });

  it('writes only allow-listed labels into Cypher text', () => {
    expect(nodesByIdQuery('Place', ['place:jp:x']).cypher).toBe('UNWIND $ids AS id\nMATCH (n:Place {id: id})\nRETURN id, n{.*, labels: labels(n)} AS node');
    expect(() => checkedLabel('Place) DETACH DELETE (n' as never)).toThrow('is not a node label of this graph');
    expect(() => evidenceQuery('Secret' as never, [], 5)).toThrow('is not a node label of this graph');
    expect(() => nodeByNameQuery('Office' as never, 'x')).toThrow('is not a node label of this graph');
  });

  it('batches a field over many parents in one query', () => {
    const query = partnersQuery(['place:jp:a', 'place:jp:b'], ['sister'], { offset: 5, limit: 5 });
    expect(query.params).toEqual({ ids: ['place:jp:a', 'place:jp:b'], kinds: ['sister'], offset: 5, limit: 5 });
    expect(query.cypher).toMatchSnapshot();
  });
});

describe('search', () => {
  it('folds the text to a name key and keeps only searchable labels', () => {
    const query = searchQuery('  Zhè-Jiang ', ['Place', 'Sentence' as never], page);
    expect(query.params).toEqual({ key: 'zhe jiang', lower: 'zhè-jiang', labels: ['Place'], offset: 0, limit: 20 });
    expect(query.cypher).toMatchSnapshot();
  });
});

describe('traversal', () => {
  it('writes depth and relationship types as literals, one breadth per branch', () => {
    const query = neighbourhoodQuery('Place', 'place:jp:shizuoka-prefecture', 2, 50, ['PARTY_TO', 'HELD_IN']);
    expect(query.params).toEqual({ id: 'place:jp:shizuoka-prefecture', nodeLimit: 50, edgeLimit: 1000, edgeLimitPlusOne: 1001 });
    expect(query.cypher).toContain('MATCH (start)-[:PARTY_TO|HELD_IN*1..1]-(n) RETURN DISTINCT n, 1 AS distance');
    expect(query.cypher).toContain('MATCH (start)-[:PARTY_TO|HELD_IN*1..2]-(n) RETURN DISTINCT n, 2 AS distance');
    expect(query.cypher).not.toContain('*1..3');
    expect(query.cypher).toMatchSnapshot();
  });

  it('refuses depths, limits and relationship types outside their bounds', () => {
    expect(() => neighbourhoodQuery('Place', 'x', 4, 50)).toThrow('depth must be an integer from 1 to 3; got 4.');
    expect(() => neighbourhoodQuery('Place', 'x', 1.5, 50)).toThrow('depth must be an integer from 1 to 3; got 1.5.');
    expect(() => neighbourhoodQuery('Place', 'x', 1, 201)).toThrow('the node limit must be an integer from 0 to 200; got 201.');
    expect(() => relationshipTypeAlternation(['PARTY_TO', 'KNOWS]-() DETACH DELETE n //'])).toThrow('is not a relationship type of this graph');
    expect(() => relationshipTypeAlternation([])).toThrow('At least one relationship type is needed.');
    expect(() => connectionQuery('Person', 'a', 'Place', 'b', 9)).toThrow('maxLength must be an integer from 1 to 8; got 9.');
  });

  it('searches connections over the connection relationship types only, never provenance', () => {
    const query = connectionQuery('Person', 'person:heita-kawakatsu', 'Place', 'place:cn:zhejiang-province', 6);
    expect(query.params).toEqual({
      fromId: 'person:heita-kawakatsu',
      toId: 'place:cn:zhejiang-province',
      broadTypes: ['FROM', 'IN_COUNTRY', 'ABOUT'],
      encounterTypes: ['ATTENDED', 'HELD_IN', 'DURING'],
    });
    expect(query.cypher).toContain('allShortestPaths((a)-[:IN_COUNTRY|WITHIN|FROM|HOLDS|OF|ATTENDED|HELD_IN|DURING|PARTY_TO|ABOUT|STATED_BY*..6]-(b))');
    for (const provenance of ['MENTIONS', 'EVIDENCED_BY', ':IN]', '|IN|', '|IN*']) expect(query.cypher).not.toContain(provenance);
    expect(query.cypher).toMatchSnapshot();
  });
});

describe('country pair', () => {
  it('looks both countries up by id', () => {
    const query = countryPairQuery('CN', 'jp');
    expect(query.params).toEqual({ idA: 'country:CN', idB: 'country:JP' });
    expect(query.cypher).toMatchSnapshot();
  });
});
