import { describe, expect, it } from 'vitest';
import { locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import neo4j from 'neo4j-driver';
import { planDocument, seedRows } from '../../../src/graph/plan.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';

function plan(text = townFactsYaml()) {
  const facts = locateEvidence(parseFactsFile(text, 'f.yaml'), TOWN_DOCUMENT, text, 'f.yaml');
  return planDocument(facts, TOWN_DOCUMENT, { factsText: text, extracted: false });
}

describe('planDocument', () => {
  it('gives every node a stable id derived from names and codes', () => {
    const p = plan();
    expect(p.document.id).toBe('doc:towns');
    expect(p.places.map((x) => x.id)).toEqual(['place:gb:riverton', 'place:de:lakeside']);
    expect(p.people.map((x) => x.id)).toEqual(['person:ann-lee', 'person:bo-chen']);
    expect(p.meetings[0]!.id).toBe('meeting:2020-05-03:ann-lee+bo-chen');
  });

  it('resolves references by alias to the same node', () => {
    const tie = plan().partnerships[0]!;
    expect(tie.b).toEqual({ id: 'place:de:lakeside', label: 'Place' });
    expect(tie.name).toBe('Riverton – Lakeside');
  });

  it('identifies a tie by its unordered pair of places and its kind', () => {
    const forward = plan().partnerships[0]!.id;
    const text = townFactsYaml().replace('  - a: Riverton\n    b: Lakeside Town', '  - a: Lakeside\n    b: Riverton');
    expect(plan(text).partnerships[0]!.id).toBe(forward);
  });

  it('creates countries named only by code, with their English names', () => {
    expect(plan().countries.map((c) => [c.id, c.name])).toEqual([
      ['country:GB', 'United Kingdom'],
      ['country:DE', 'Germany'],
    ]);
  });

  it('makes a sentence node once per quoted sentence and links every fact to it', () => {
    const p = plan();
    expect(p.sentences).toHaveLength(2);
    const tieEvidence = p.evidence.filter((e) => e.label === 'Partnership');
    expect(tieEvidence).toEqual([
      { label: 'Partnership', factId: p.partnerships[0]!.id, sentenceId: 'doc:towns#0-61', confidence: 1 },
    ]);
  });

  it('keys names case- and punctuation-insensitively for lookups', () => {
    expect(plan().places[1]!.aliases).toEqual(['Lakeside Town']);
  });

  it('names offices after their place', () => {
    expect(plan().offices.map((o) => o.name)).toEqual(['Mayor of Riverton', 'Mayor of Lakeside']);
  });
});

describe('seedRows', () => {
  it('gives years, offsets and values as Neo4j integers and full dates as Neo4j dates', () => {
    const rows = seedRows([plan()]);
    const tie = rows.evidence.find((e) => e.label === 'Partnership')!;
    expect(neo4j.isInt(tie.stated.since)).toBe(true);
    expect(rows.sentences.every((s) => neo4j.isInt(s.props.start) && neo4j.isInt(s.props.end))).toBe(true);
    expect(String(rows.documents[0]!.props.day)).toBe('2020-05-04');
  });

  it("keeps each document's statement of a fact on its evidence rows", () => {
    const rows = seedRows([plan(), plan(townFactsYaml({ since: '1995' }))]);
    expect(rows.evidence.filter((e) => e.label === 'Partnership').map((e) => Number(e.stated.since))).toEqual([
      1994, 1995,
    ]);
    expect(rows.touched.filter((t) => t.label === 'Partnership')).toHaveLength(1);
  });

  it('has the rows the seeding Cypher consumes: both ends of a tie, the places of offices', () => {
    const rows = seedRows([plan()]);
    expect(rows.partyTo.map((r) => r.placeId)).toEqual(['place:gb:riverton', 'place:de:lakeside']);
    expect(rows.officeOf).toEqual([
      { fromId: 'office:ann-lee:mayor:place:gb:riverton', toId: 'place:gb:riverton', toLabel: 'Place' },
      { fromId: 'office:bo-chen:mayor:place:de:lakeside', toId: 'place:de:lakeside', toLabel: 'Place' },
    ]);
  });

  it('reads an end year without a status as an ended tie', () => {
    const text = townFactsYaml().replace('    sinceBasis: stated\n', '    sinceBasis: stated\n    until: 2010\n');
    expect(seedRows([plan(text)]).evidence.find((e) => e.label === 'Partnership')!.stated.status).toBe('ended');
  });
});
