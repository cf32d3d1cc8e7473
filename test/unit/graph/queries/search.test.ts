/** Cypher of `src/graph/queries/search.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { searchLuceneQuery, searchQuery } from '../../../../src/graph/queries/search.ts';

describe('searchQuery', () => {
  it('folds the text to a name key and keeps only searchable labels', () => {
    const query = searchQuery('  Hàna-Mura ', ['Place', 'Sentence' as never], { offset: 0, limit: 20 });
    expect(query.name).toBe('search');
    expect(query.params).toEqual({
      lucene: '+hana* +mura*',
      key: 'hana mura',
      labels: ['Place'],
      matchLimit: 1000,
      offset: 0,
      limit: 20,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "CALL () {
        WITH 1 AS one WHERE 'Country' IN $labels
        CALL db.index.fulltext.queryNodes('search_country', $lucene, {limit: $matchLimit}) YIELD node
        RETURN node AS n
        UNION
        WITH 1 AS one WHERE 'Place' IN $labels
        CALL db.index.fulltext.queryNodes('search_place', $lucene, {limit: $matchLimit}) YIELD node
        RETURN node AS n
        UNION
        WITH 1 AS one WHERE 'Person' IN $labels
        CALL db.index.fulltext.queryNodes('search_person', $lucene, {limit: $matchLimit}) YIELD node
        RETURN node AS n
        UNION
        WITH 1 AS one WHERE 'Event' IN $labels
        CALL db.index.fulltext.queryNodes('search_event', $lucene, {limit: $matchLimit}) YIELD node
        RETURN node AS n
        UNION
        WITH 1 AS one WHERE 'Document' IN $labels
        CALL db.index.fulltext.queryNodes('search_document', $lucene, {limit: $matchLimit}) YIELD node
        RETURN node AS n
      }
      WITH n, coalesce(n.nameKeys, []) + [toLower(coalesce(n.title, n.name, ''))] AS keys
      WITH n, CASE
          WHEN $key IN keys THEN 0
          WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1
          ELSE 2
        END AS rank
      ORDER BY rank, n.name, n.id
      WITH collect(n{.*, labels: labels(n), searchRank: rank}) AS hits
      RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS items"
    `);
  });

  it('projects the hits with only the properties asked for, and their rank', () => {
    const query = searchQuery('hana', ['Place'], { offset: 0, limit: 20 }, ['name']);
    expect(query.cypher).toContain('WITH collect(n{.id, .name, labels: labels(n), searchRank: rank}) AS hits');
    expect(query.cypher).not.toContain('.*');
  });
});

describe('searchLuceneQuery', () => {
  it('asks for every word as a prefix, folded like names', () => {
    expect(searchLuceneQuery('Shizu')).toBe('+shizu*');
    expect(searchLuceneQuery('  Île-de-Fr ')).toBe('+ile* +de* +fr*');
  });

  it('keeps CJK ideographs and kana as phrases, which the index splits per character', () => {
    expect(searchLuceneQuery('静岡')).toBe('+"静岡"');
    expect(searchLuceneQuery('서울')).toBe('+서울*');
  });

  it('leaves no Lucene operator in place: user text cannot change the query', () => {
    expect(searchLuceneQuery('a* OR b:(c) AND NOT "d" ~2 ^3 \\ /e/')).toBe(
      '+a* +or* +b* +c* +and* +not* +d* +2* +3* +e*',
    );
  });

  it('is null when the text has no letter or digit', () => {
    expect(searchLuceneQuery(' -*- ')).toBeNull();
  });
});
