import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactsFileError, locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';

function errorOf(run: () => unknown): FactsFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FactsFileError);
    return error as FactsFileError;
  }
  throw new Error('expected a FactsFileError');
}

describe('parseFactsFile', () => {
  it('reads a valid file into the fact model', () => {
    const facts = parseFactsFile(townFactsYaml(), 'towns.facts.yaml');
    expect(facts.partnerships[0]).toMatchObject({ a: 'Riverton', b: 'Lakeside Town', kind: 'sister', since: 1994 });
    expect(facts.document.date).toBe('2020-05-04');
  });

  it('reads the seed article facts', () => {
    const path = 'seed/facts/2019-11-24-xinhua-china-japan-local-exchanges.facts.yaml';
    const facts = parseFactsFile(readFileSync(path, 'utf8'), path);
    expect(facts.partnerships).toHaveLength(1);
    expect(facts.people.map((p) => p.name)).toEqual(['Wang Yi', 'Heita Kawakatsu']);
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const error = errorOf(() => parseFactsFile(townFactsYaml().replace('events: []', 'events: [\n  - x: {'), 'bad.facts.yaml'));
    expect(error.message).toMatch(/^bad\.facts\.yaml:\d+:\d+: YAML syntax/);
  });

  it('names the line of a value the schema refuses, and what is allowed', () => {
    const text = townFactsYaml().replace('kind: sister', 'kind: sibling');
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    const line = text.split('\n').findIndex((l) => l.includes('kind: sibling')) + 1;
    expect(error.line).toBe(line);
    expect(error.message).toContain('must be one of "sister", "friendship", "partnership", "twin"');
  });

  it('names a missing required field', () => {
    const error = errorOf(() => parseFactsFile(townFactsYaml().replace('    sinceBasis: stated\n', ''), 'bad.facts.yaml'));
    expect(error.message).toContain('is missing "sinceBasis"');
  });

  it('refuses a reference to a place the file does not list', () => {
    const text = townFactsYaml({ partnerB: 'Hillview' });
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('b: Hillview')) + 1);
    expect(error.problem).toContain('"Hillview" is not a place of this file');
  });

  it('refuses a year that is not a year', () => {
    const error = errorOf(() => parseFactsFile(townFactsYaml({ since: 'nineteen' }), 'bad.facts.yaml'));
    expect(error.message).toContain('partnerships.0.since');
  });

  it('refuses a country without its ISO code', () => {
    const text = townFactsYaml().replace('places:\n', 'places:\n  - {name: Atlantis, kind: country, country: null, evidence: {sentence: x}}\n');
    expect(errorOf(() => parseFactsFile(text, 'f.yaml')).problem).toContain('give its ISO 3166-1 alpha-2 code');
  });
});

describe('locateEvidence', () => {
  it('finds the offsets of each quoted sentence in the document', () => {
    const text = townFactsYaml();
    const facts = locateEvidence(parseFactsFile(text, 'f.yaml'), TOWN_DOCUMENT, text, 'f.yaml');
    const { start, end } = facts.meetings[0]!.evidence;
    expect(TOWN_DOCUMENT.slice(start, end)).toBe(facts.meetings[0]!.evidence.sentence);
    expect(start).toBe(TOWN_DOCUMENT.indexOf('Mayor of Riverton'));
  });

  it('refuses a sentence that the document does not contain, at its line', () => {
    const text = townFactsYaml({ sentence: 'Riverton and Lakeside signed an agreement in 1994.' });
    const error = errorOf(() => locateEvidence(parseFactsFile(text, 'f.yaml'), TOWN_DOCUMENT, text, 'f.yaml'));
    expect(error.problem).toContain('does not occur in towns.txt');
    expect(error.line).toBeGreaterThan(1);
  });
});
