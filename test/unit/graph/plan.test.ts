import { describe, expect, it } from 'vitest';
import { locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import { planDocument } from '../../../src/graph/plan.ts';
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
    expect(tieEvidence).toEqual([{ label: 'Partnership', factId: p.partnerships[0]!.id, sentenceId: 'doc:towns#0-61', confidence: 1 }]);
  });

  it('keys names case- and punctuation-insensitively for lookups', () => {
    expect(plan().places[1]!.aliases).toEqual(['Lakeside Town']);
  });

  it('names offices after their place', () => {
    expect(plan().offices.map((o) => o.name)).toEqual(['Mayor of Riverton', 'Mayor of Lakeside']);
  });
});
