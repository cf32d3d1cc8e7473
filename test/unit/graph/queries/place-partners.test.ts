/** Cypher of `src/graph/queries/place-partners.ts` and `shaped.ts`, without a database: values in parameters only. */
import { describe, expect, it } from 'vitest';
import { placeWithPartnersQuery, type PartnersShape } from '../../../../src/graph/queries/place-partners.ts';
import { NAME_OR_ID, shapedProjection, withIdentity } from '../../../../src/graph/queries/shaped.ts';

const SHAPE: PartnersShape = {
  kinds: ['sister'],
  window: { offset: 10, limit: 5 },
  node: ['countryCode', 'name'],
  partnership: ['kind', 'since'],
  evidence: { limit: 1, document: ['name', 'title'] },
  ends: null,
};

describe('shapedProjection', () => {
  it('reads only the properties named, id and labels only when named', () => {
    expect(shapedProjection('n', ['id', 'name', 'labels'])).toBe('n{.id, .name, labels: labels(n)}');
    expect(shapedProjection('n', ['since', 'name'])).toBe('n{.since, .name}');
    expect(shapedProjection('n', [NAME_OR_ID])).toBe('n{name: coalesce(n.name, n.id)}');
    expect(shapedProjection('n', [])).toBe('n{}');
  });

  it('adds id and labels for callers that read them of every record', () => {
    expect(withIdentity(['labels', NAME_OR_ID, 'since'])).toEqual(['id', 'name', 'since', 'labels']);
    expect(withIdentity('all')).toBe('all');
  });

  it('reads every property for `all`, and adds the entries given after the properties', () => {
    expect(shapedProjection('n', 'all', ['x: 1'])).toBe('n{.*, labels: labels(n), x: 1}');
  });

  it.each(['name}) DETACH DELETE n //', 'a.b', '', '1x', 'na me'])('refuses %j as a property name', (name) => {
    expect(() => shapedProjection('n', [name])).toThrow(/not a property name/);
  });
});

describe('placeWithPartnersQuery', () => {
  it('cuts the page in Cypher before projecting, with evidence in the same query', () => {
    const query = placeWithPartnersQuery('place:jp:a', ['name'], SHAPE);
    expect(query.name).toBe('placeWithPartners');
    expect(query.params).toEqual({ id: 'place:jp:a', kinds: ['sister'], offset: 10, limit: 5, evidenceLimit: 1 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (p:Place {id: $id})
      CALL (p) {
        MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE $kinds IS NULL OR t.kind IN $kinds
        RETURN count(*) AS totalCount
      }
      CALL (p) {
        MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE $kinds IS NULL OR t.kind IN $kinds
        WITH t, other ORDER BY t.since IS NULL, t.since, other.name, t.id SKIP $offset LIMIT $limit
        RETURN collect({
          node: other{.countryCode, .name},
          partnership: t{.kind, .since},
          evidence: COLLECT {
            MATCH (t)-[e:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
            RETURN {sentenceId: s.id, sentence: s.text, start: s.start, end: s.end, confidence: coalesce(e.confidence, 1.0), stated: properties(e), document: d{.name, .title}} AS evidence
            ORDER BY d.date DESC, d.id, s.start
            LIMIT $evidenceLimit
          }
        }) AS items
      }
      RETURN p{.name} AS place, totalCount, items"
    `);
  });

  it('adds the ends when asked, reads every property where the shape says `all`, leaves evidence out unasked', () => {
    const query = placeWithPartnersQuery('place:jp:a', 'all', {
      ...SHAPE,
      kinds: null,
      node: 'all',
      evidence: null,
      ends: ['name'],
    });
    expect(query.params).toEqual({ id: 'place:jp:a', kinds: null, offset: 10, limit: 5 });
    expect(query.cypher).toMatchInlineSnapshot(`
      "MATCH (p:Place {id: $id})
      CALL (p) {
        MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE $kinds IS NULL OR t.kind IN $kinds
        RETURN count(*) AS totalCount
      }
      CALL (p) {
        MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
        WHERE $kinds IS NULL OR t.kind IN $kinds
        WITH t, other ORDER BY t.since IS NULL, t.since, other.name, t.id SKIP $offset LIMIT $limit
        RETURN collect({
          node: other{.*, labels: labels(other)},
          partnership: t{.kind, .since, ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.name} ORDER BY party.name, party.id LIMIT 2 }},
          evidence: null
        }) AS items
      }
      RETURN p{.*, labels: labels(p)} AS place, totalCount, items"
    `);
  });

  it('reads only the fields of the evidence asked for, and its document', () => {
    const query = placeWithPartnersQuery('place:jp:a', ['name'], {
      ...SHAPE,
      evidence: { limit: 1, fields: ['sentence'], document: ['title'] },
    });
    expect(query.cypher).toContain('RETURN {sentence: s.text, document: d{.title}} AS evidence');
  });
});
