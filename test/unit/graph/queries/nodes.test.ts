/**
 * Cypher of `src/graph/queries/nodes.ts`, without a database: labels only from the allow-list, values in
 * parameters.
 */
import { describe, expect, it } from 'vitest';
import {
  checkedLabel,
  evidenceQuery,
  mentionedInQuery,
  nodeByNameQuery,
  nodesByIdQuery,
} from '../../../../src/graph/queries/nodes.ts';

// (Which label an id names is tested with the model, in test/unit/graph/model.test.ts.)
const HOSTILE = `x"}) DETACH DELETE n //`;

describe('nodesByIdQuery', () => {
  it('writes only allow-listed labels into Cypher text', () => {
    const query = nodesByIdQuery('Place', ['place:jp:x']);
    expect(query.name).toBe('nodesById.Place');
    expect(query.params).toEqual({ ids: ['place:jp:x'] });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n:Place {id: id})
      RETURN id, n{.*, labels: labels(n)} AS node"
    `);
    expect(() => checkedLabel('Place) DETACH DELETE (n' as never)).toThrow('is not a node label of this graph');
    expect(() => nodesByIdQuery('Secret' as never, [])).toThrow('is not a node label of this graph');
  });
});

describe('nodeByNameQuery', () => {
  it('looks names up by their folded key, keeping the name as given for exact-name ranking', () => {
    const query = nodeByNameQuery('Place', 'HANAMURA-machi');
    expect(query.name).toBe('nodeByName.Place');
    expect(query.params).toEqual({
      name: 'HANAMURA-machi',
      key: 'hanamura machi',
      phrase: 'nameKeys:"hanamura machi"',
      matchLimit: 1000,
    });
    expect(query.cypher).toMatchInlineSnapshot(`
      "CALL () {
        WITH 1 AS one WHERE $phrase <> ''
        CALL db.index.fulltext.queryNodes('search_place', $phrase, {limit: $matchLimit}) YIELD node
        RETURN node AS n
      }
      WITH n WHERE $key IN n.nameKeys
      RETURN n{.*, labels: labels(n)} AS node
      ORDER BY CASE WHEN toLower(n.name) = toLower($name) THEN 0 ELSE 1 END, n.id
      LIMIT 1"
    `);
    expect(nodeByNameQuery('Person', HOSTILE).cypher).not.toContain(HOSTILE);
    // Folding leaves no quote or backslash, so a name cannot end the phrase early or escape from it.
    expect(nodeByNameQuery('Person', HOSTILE).params.phrase).toBe('nameKeys:"x detach delete n"');
    expect(nodeByNameQuery('Person', '!!!').params.phrase).toBe('');
  });

  it('finds documents by title or file name too', () => {
    expect(nodeByNameQuery('Document', 'twin-towns.txt').params).toMatchObject({
      phrase: 'title:"twin towns txt"',
      fileId: 'doc:twin-towns',
    });
    expect(nodeByNameQuery('Document', 'twin-towns.txt').cypher).toMatchInlineSnapshot(`
      "CALL () {
        WITH 1 AS one WHERE $phrase <> ''
        CALL db.index.fulltext.queryNodes('search_document', $phrase, {limit: $matchLimit}) YIELD node
        RETURN node AS n
        UNION
        MATCH (n:Document {id: $fileId}) RETURN n
      }
      WITH n WHERE toLower(n.title) = toLower($name) OR n.file = $name
      RETURN n{.*, labels: labels(n)} AS node
      ORDER BY CASE WHEN toLower(n.name) = toLower($name) THEN 0 ELSE 1 END, n.id
      LIMIT 1"
    `);
  });

  it('refuses labels that have no names', () => {
    expect(() => nodeByNameQuery('Office' as never, 'x')).toThrow('is not a node label of this graph');
  });
});

describe('evidenceQuery', () => {
  it('reads the sentences stating each fact, the limit a parameter', () => {
    const query = evidenceQuery('Partnership', ['partnership:a', 'partnership:b'], 5);
    expect(query.name).toBe('evidence.Partnership');
    expect(query.params).toEqual({ ids: ['partnership:a', 'partnership:b'], limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n:Partnership {id: id})
      RETURN id, COLLECT {
        MATCH (n)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
        RETURN {sentenceId: s.id, sentence: s.text, start: s.start, end: s.end,
                confidence: coalesce(e.confidence, 1.0), stated: properties(e), document: d{.*, labels: labels(d)}} AS evidence
        ORDER BY d.date DESC, d.id, s.start
        LIMIT $limit
      } AS evidence"
    `);
    expect(() => evidenceQuery('Secret' as never, [], 5)).toThrow('is not a node label of this graph');
  });
});

describe('mentionedInQuery', () => {
  it('pages the documents that mention each node', () => {
    const query = mentionedInQuery('Person', ['person:a'], { offset: 0, limit: 20 });
    expect(query.name).toBe('mentionedIn.Person');
    expect(query.params).toEqual({ ids: ['person:a'], offset: 0, limit: 20 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "UNWIND $ids AS id
      MATCH (n:Person {id: id})
      WITH id, COLLECT { MATCH (d:Document)-[:MENTIONS]->(n) RETURN d ORDER BY d.date DESC, d.id } AS documents
      RETURN id, size(documents) AS totalCount,
             [d IN documents[$offset..$offset + $limit] | d{.*, labels: labels(d)}] AS items"
    `);
  });
});
