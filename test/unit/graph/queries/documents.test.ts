/** Cypher of `src/graph/queries/documents.ts`, without a database: values only in parameters. */
import { describe, expect, it } from 'vitest';
import { documentMentionsQuery, documentsOfSentencesQuery } from '../../../../src/graph/queries/documents.ts';

describe('documentMentionsQuery', () => {
  it('pages what each document mentions, labels as a parameter, null for all', () => {
    const query = documentMentionsQuery(['doc:a', 'doc:b'], ['Place', 'Person'], { offset: 20, limit: 10 });
    expect(query.name).toBe('documentMentions');
    expect(query.params).toEqual({ ids: ['doc:a', 'doc:b'], labels: ['Place', 'Person'], offset: 20, limit: 10 });
    expect(documentMentionsQuery(['doc:a'], null, { offset: 0, limit: 20 }).params.labels).toBeNull();
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (d:Document {id: id})
      WITH id, COLLECT {
        MATCH (d)-[:MENTIONS]->(n)
        WHERE $labels IS NULL OR any(label IN labels(n) WHERE label IN $labels)
        RETURN n ORDER BY n.name, n.id
      } AS mentioned
      RETURN id, size(mentioned) AS totalCount, [n IN mentioned[$offset..$offset + $limit] | n{.*, labels: labels(n)}] AS items"
    `);
  });
});

describe('documentsOfSentencesQuery', () => {
  it('reads the document of each sentence in one batch', () => {
    const query = documentsOfSentencesQuery(['doc:a#0-10', 'doc:b#5-9']);
    expect(query.name).toBe('documentsOfSentences');
    expect(query.params).toEqual({ ids: ['doc:a#0-10', 'doc:b#5-9'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (:Sentence {id: id})-[:IN]->(d:Document)
      RETURN id, d{.*, labels: labels(d)} AS document"
    `);
  });
});
