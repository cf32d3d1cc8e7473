/** Cypher of `src/graph/queries/search.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../../src/graph/queries/search.ts';

describe('searchQuery', () => {
  it('folds the text to a name key and keeps only searchable labels', () => {
    const query = searchQuery('  Hàna-Mura ', ['Place', 'Sentence' as never], { offset: 0, limit: 20 });
    expect(query.name).toBe('search');
    expect(query.params).toEqual({ key: 'hana mura', lower: 'hàna-mura', labels: ['Place'], offset: 0, limit: 20 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (n:Country) WHERE 'Country' IN $labels RETURN n
        UNION
        MATCH (n:Place) WHERE 'Place' IN $labels RETURN n
        UNION
        MATCH (n:Person) WHERE 'Person' IN $labels RETURN n
        UNION
        MATCH (n:Event) WHERE 'Event' IN $labels RETURN n
        UNION
        MATCH (n:Document) WHERE 'Document' IN $labels RETURN n
      }
      WITH n, coalesce(n.nameKeys, []) + [toLower(coalesce(n.title, n.name, ''))] AS keys
      WITH n, CASE
          WHEN $key IN keys THEN 0
          WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1
          WHEN any(k IN keys WHERE k CONTAINS $key OR k CONTAINS $lower) THEN 2
          ELSE 3
        END AS rank
      WHERE rank < 3
      WITH n, rank ORDER BY rank, n.name, n.id
      WITH collect(n{.*, labels: labels(n), searchRank: rank}) AS hits
      RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS items"
    `);
  });
});
