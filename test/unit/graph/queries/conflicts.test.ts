/** Cypher of `src/graph/queries/conflicts.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { conflictsQuery } from '../../../../src/graph/queries/conflicts.ts';

describe('conflictsQuery', () => {
  it('pages the ties and figures the seeder marked disputed, by id', () => {
    const query = conflictsQuery({ offset: 20, limit: 10 });
    expect(query.name).toBe('conflicts');
    expect(query.params).toEqual({ offset: 20, limit: 10 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (t:Partnership) WHERE t.disputed IS NOT NULL RETURN t AS fact
        UNION ALL
        MATCH (f:CountryFigure) WHERE f.disputed IS NOT NULL RETURN f AS fact
      }
      WITH fact ORDER BY fact.id
      WITH collect(fact) AS facts
      RETURN size(facts) AS totalCount, [fact IN facts[$offset..$offset + $limit] | fact{.*, labels: labels(fact)}] AS items"
    `);
  });
});
