/**
 * Cypher of `src/graph/queries/traversal.ts`, without a database: depths, lengths and relationship types are the only
 * literals in the text, each checked first; every other value is a parameter.
 */
import { describe, expect, it } from 'vitest';
import {
  connectionQuery,
  connectionRelationshipTypes,
  neighbourhoodQuery,
  relationshipTypeAlternation,
} from '../../../../src/graph/queries/traversal.ts';

describe('neighbourhoodQuery', () => {
  it('walks one ring per hop, each cut at the node limit before anything is collected', () => {
    const query = neighbourhoodQuery('Place', 'place:jp:hanamura', 2, 50, ['PARTY_TO', 'HELD_IN']);
    expect(query.name).toBe('neighbourhood');
    expect(query.params).toEqual({
      id: 'place:jp:hanamura',
      nodeLimit: 50,
      scanLimit: 102,
      edgeLimit: 1000,
      edgeLimitPlusOne: 1001,
    });
    expect(query.cypher.match(/MATCH \(m\)-\[:PARTY_TO\|HELD_IN\]-\(n\)/g)).toHaveLength(2);
    expect(query.cypher.match(/ORDER BY n\.id LIMIT \$scanLimit/g)).toHaveLength(2);
    expect(query.cypher).not.toContain('kept3');
    expect(query.cypher).not.toMatch(/\*\d*\.\./);
    expect(query.cypher).not.toContain('*1..3');
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (start:Place {id: $id})
      CALL (start) {
        WITH [start] AS previous, [start] AS seen
        CALL (previous) {
          WITH previous WHERE NOT false
          UNWIND previous AS m
          MATCH (m)-[:PARTY_TO|HELD_IN]-(n)
          WITH DISTINCT n ORDER BY n.id LIMIT $scanLimit
          RETURN collect(n) AS found
        }
        RETURN [n IN found WHERE NOT n IN seen] AS ring1
      }
      WITH start, ring1[..$nodeLimit - 0] AS kept1,
           false OR size(ring1) > $nodeLimit - 0 AS cut1
      CALL (start, kept1, cut1) {
        WITH kept1 AS previous, [start] + kept1 AS seen
        CALL (previous, cut1) {
          WITH previous, cut1 WHERE NOT cut1
          UNWIND previous AS m
          MATCH (m)-[:PARTY_TO|HELD_IN]-(n)
          WITH DISTINCT n ORDER BY n.id LIMIT $scanLimit
          RETURN collect(n) AS found
        }
        RETURN [n IN found WHERE NOT n IN seen] AS ring2
      }
      WITH start, kept1, cut1, ring2[..$nodeLimit - size(kept1)] AS kept2,
           cut1 OR size(ring2) > $nodeLimit - size(kept1) AS cut2
      WITH start, [start] + kept1 + kept2 AS keptNodes, [n IN kept1 | n{.*, labels: labels(n), distance: 1}] + [n IN kept2 | n{.*, labels: labels(n), distance: 2}] AS nodes, cut2 AS nodesTruncated
      CALL (keptNodes) {
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
    expect(() => neighbourhoodQuery('Place', 'x', 1, 201)).toThrow(
      'the node limit must be an integer from 0 to 200; got 201.',
    );
    expect(() => relationshipTypeAlternation(['PARTY_TO', 'KNOWS]-() DETACH DELETE n //'])).toThrow(
      'is not a relationship type of this graph',
    );
    expect(() => relationshipTypeAlternation([])).toThrow('At least one relationship type is needed.');
  });

  it('projects the nodes and the centre with only the properties asked for', () => {
    const query = neighbourhoodQuery('Place', 'place:jp:hanamura', 2, 50, ['PARTY_TO'], ['name']);
    expect(query.cypher).toContain('[n IN kept1 | n{.id, .name, labels: labels(n), distance: 1}]');
    expect(query.cypher).toContain('[n IN kept2 | n{.id, .name, labels: labels(n), distance: 2}]');
    expect(query.cypher).toContain('RETURN start{.id, .name, labels: labels(start)} AS center');
    expect(query.cypher).not.toContain('.*');
  });
});

describe('connectionQuery', () => {
  it('searches connections over ties, offices and meetings from a person by default, never provenance', () => {
    const query = connectionQuery('Person', 'person:aiko-tanaka', 'Place', 'place:cn:changling', 6);
    expect(query.name).toBe('connection');
    expect(query.params).toEqual({
      fromId: 'person:aiko-tanaka',
      toId: 'place:cn:changling',
      broadTypes: ['FROM', 'IN_COUNTRY', 'ABOUT'],
      encounterTypes: ['ATTENDED', 'HELD_IN', 'DURING'],
    });
    for (const provenance of ['MENTIONS', 'EVIDENCED_BY', ':IN]', '|IN|', '|IN*'])
      expect(query.cypher).not.toContain(provenance);
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Person {id: $fromId}), (b:Place {id: $toId})
      WHERE a <> b
      MATCH p = allShortestPaths((a)-[:HOLDS|OF|ATTENDED|HELD_IN|TIED_TO*..6]-(b))
      // Through hubs there can be very many equally short paths; the choice is made among the first thousand.
      WITH p LIMIT 1000
      WITH p, size([r IN relationships(p) WHERE type(r) IN $broadTypes]) AS broadLinks,
           size([r IN relationships(p) WHERE type(r) IN $encounterTypes]) AS encounterLinks
      ORDER BY broadLinks, encounterLinks, [n IN nodes(p) | n.id]
      LIMIT 1
      RETURN [n IN nodes(p) | n{.*, labels: labels(n)}] AS nodes,
             [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), partnership: r.partnership}] AS edges"
    `);
    expect(query.cypher).toContain('allShortestPaths((a)-[:HOLDS|OF|ATTENDED|HELD_IN|TIED_TO*..6]-(b))');
    expect(() => connectionQuery('Person', 'a', 'Place', 'b', 13)).toThrow(
      'maxLength must be an integer from 1 to 12; got 13.',
    );
  });

  it('connects two places through ties only by default, and through what the caller allows otherwise', () => {
    expect(connectionQuery('Place', 'place:a', 'Place', 'place:b', 8).cypher).toContain(
      'allShortestPaths((a)-[:TIED_TO*..8]-(b))',
    );
    const wider = connectionQuery(
      'Place',
      'place:a',
      'Place',
      'place:b',
      8,
      connectionRelationshipTypes(['TIES', 'CONTAINMENT']),
    );
    expect(wider.cypher).toContain('allShortestPaths((a)-[:WITHIN|TIED_TO*..8]-(b))');
  });

  it('projects the nodes of the path with only the properties asked for', () => {
    const query = connectionQuery('Place', 'place:a', 'Place', 'place:b', 8, ['TIED_TO'], ['name']);
    expect(query.cypher).toContain('RETURN [n IN nodes(p) | n{.id, .name, labels: labels(n)}] AS nodes');
    expect(query.cypher).not.toContain('.*');
  });
});
