/**
 * Cypher of `src/graph/queries/traversal.ts`, without a database: depths, lengths and relationship types are the only
 * literals in the text, each checked first; every other value is a parameter.
 */
import { describe, expect, it } from 'vitest';
import { connectionQuery, neighbourhoodQuery, relationshipTypeAlternation } from '../../../../src/graph/queries/traversal.ts';

describe('neighbourhoodQuery', () => {
  it('writes depth and relationship types as literals, one breadth per branch', () => {
    const query = neighbourhoodQuery('Place', 'place:jp:hanamura', 2, 50, ['PARTY_TO', 'HELD_IN']);
    expect(query.name).toBe('neighbourhood');
    expect(query.params).toEqual({ id: 'place:jp:hanamura', nodeLimit: 50, edgeLimit: 1000, edgeLimitPlusOne: 1001 });
    expect(query.cypher).not.toContain('*1..3');
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (start:Place {id: $id})
      CALL (start) {
        CALL (start) {
          MATCH (start)-[:PARTY_TO|HELD_IN*1..1]-(n) RETURN DISTINCT n, 1 AS distance
          UNION
          MATCH (start)-[:PARTY_TO|HELD_IN*1..2]-(n) RETURN DISTINCT n, 2 AS distance
        }
        WITH n, min(distance) AS distance
        WHERE n <> start
        WITH n, distance ORDER BY distance, n.id
        RETURN collect({node: n, distance: distance}) AS found
      }
      WITH start, found[..$nodeLimit] AS kept, size(found) > $nodeLimit AS nodesTruncated
      CALL (kept) {
        UNWIND kept AS k
        WITH k.node AS node, k.distance AS distance
        RETURN collect(node{.*, labels: labels(node), distance: distance}) AS nodes
      }
      CALL (start, kept) {
        WITH [start] + [k IN kept | k.node] AS keptNodes
        UNWIND keptNodes AS a
        MATCH (a)-[r:PARTY_TO|HELD_IN]->(b)
        WHERE b IN keptNodes
        WITH {from: a.id, to: b.id, type: type(r)} AS edge
        ORDER BY edge.from, edge.type, edge.to
        LIMIT $edgeLimitPlusOne
        RETURN collect(edge) AS edges
      }
      RETURN start{.*, labels: labels(start)} AS center, nodes, edges[..$edgeLimit] AS edges,
             nodesTruncated OR size(edges) > $edgeLimit AS truncated"
    `);
  });

  it('refuses depths, limits and relationship types outside their bounds', () => {
    expect(() => neighbourhoodQuery('Place', 'x', 4, 50)).toThrow('depth must be an integer from 1 to 3; got 4.');
    expect(() => neighbourhoodQuery('Place', 'x', 1.5, 50)).toThrow('depth must be an integer from 1 to 3; got 1.5.');
    expect(() => neighbourhoodQuery('Place', 'x', 1, 201)).toThrow('the node limit must be an integer from 0 to 200; got 201.');
    expect(() => relationshipTypeAlternation(['PARTY_TO', 'KNOWS]-() DETACH DELETE n //'])).toThrow('is not a relationship type of this graph');
    expect(() => relationshipTypeAlternation([])).toThrow('At least one relationship type is needed.');
  });
});

describe('connectionQuery', () => {
  it('searches connections over the connection relationship types only, never provenance', () => {
    const query = connectionQuery('Person', 'person:aiko-tanaka', 'Place', 'place:cn:changling', 6);
    expect(query.name).toBe('connection');
    expect(query.params).toEqual({
      fromId: 'person:aiko-tanaka',
      toId: 'place:cn:changling',
      broadTypes: ['FROM', 'IN_COUNTRY', 'ABOUT'],
      encounterTypes: ['ATTENDED', 'HELD_IN', 'DURING'],
    });
    for (const provenance of ['MENTIONS', 'EVIDENCED_BY', ':IN]', '|IN|', '|IN*']) expect(query.cypher).not.toContain(provenance);
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Person {id: $fromId}), (b:Place {id: $toId})
      WHERE a <> b
      MATCH p = allShortestPaths((a)-[:IN_COUNTRY|WITHIN|FROM|HOLDS|OF|ATTENDED|HELD_IN|DURING|PARTY_TO|ABOUT|STATED_BY*..6]-(b))
      // Through hubs there can be very many equally short paths; the choice is made among the first thousand.
      WITH p LIMIT 1000
      WITH p, size([r IN relationships(p) WHERE type(r) IN $broadTypes]) AS broadLinks,
           size([r IN relationships(p) WHERE type(r) IN $encounterTypes]) AS encounterLinks
      ORDER BY broadLinks, encounterLinks, [n IN nodes(p) | n.id]
      LIMIT 1
      RETURN [n IN nodes(p) | n{.*, labels: labels(n)}] AS nodes,
             [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}] AS edges"
    `);
    expect(() => connectionQuery('Person', 'a', 'Place', 'b', 9)).toThrow('maxLength must be an integer from 1 to 8; got 9.');
  });
});
