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
    const error = errorOf(() =>
      parseFactsFile(townFactsYaml().replace('events: []', 'events: [\n  - x: {'), 'bad.facts.yaml'),
    );
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
    const error = errorOf(() =>
      parseFactsFile(townFactsYaml().replace('    sinceBasis: stated\n', ''), 'bad.facts.yaml'),
    );
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

  it('refuses a country code that names no country, at its line', () => {
    const text = townFactsYaml().replace('country: GB', 'country: QQ');
    const error = errorOf(() => parseFactsFile(text, 'f.yaml'));
    expect(error.problem).toContain('"QQ" is not an ISO 3166-1 alpha-2 country code');
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('country: QQ')) + 1);
  });

  it('refuses a country without its ISO code', () => {
    const text = townFactsYaml().replace(
      'places:\n',
      'places:\n  - {name: Atlantis, kind: country, country: null, evidence: {sentence: x}}\n',
    );
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

describe('parseFactsFile: content that cannot be stored as it is', () => {
  const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;

  it.each([
    ['a day February never has', '2019-02-31'],
    ['February 29 of a common year', '2019-02-29'],
    ['an April 31', '2021-04-31'],
  ])('refuses %s in a meeting date, at its line', (_label, date) => {
    const text = townFactsYaml().replace('date: 2020-05-03', `date: ${date}`);
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(lineOf(text, `date: ${date}`));
    expect(error.column).toBeGreaterThan(1);
    expect(error.message).toBe(
      `bad.facts.yaml:${error.line}:${error.column}: meetings.0.date is "${date}", ` +
        `which is not a date in the calendar; write YYYY-MM-DD, YYYY-MM or YYYY`,
    );
  });

  it('accepts February 29 of a leap year, a month, a year', () => {
    for (const date of ['2020-02-29', '2019-02', '2019']) {
      expect(
        parseFactsFile(townFactsYaml().replace('date: 2020-05-03', `date: "${date}"`), 'f.yaml').meetings[0]!.date,
      ).toBe(date);
    }
  });

  it('refuses an impossible document date, at its line', () => {
    const text = townFactsYaml().replace('date: 2020-05-04', 'date: 2019-02-31');
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(lineOf(text, 'date: 2019-02-31'));
    expect(error.problem).toBe('document.date is "2019-02-31", which is not a date in the calendar; write YYYY-MM-DD');
  });

  it('refuses a name too long for an index, at its line', () => {
    const long = `Lakeside ${'x'.repeat(600)}`;
    const text = townFactsYaml().replace('aliases: [Lakeside Town]', `aliases: [Lakeside Town, ${long}]`);
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(lineOf(text, long));
    expect(error.problem).toContain(
      'places.1.aliases.1 is 609 characters long, more than the 500 allowed: a longer name cannot be indexed',
    );
  });

  it.each([
    ['a right-to-left override', '\u202E', 'U+202E (a bidirectional control character)'],
    ['a first-strong isolate', '\u2068', 'U+2068 (a bidirectional control character)'],
    ['a bell', '\u0007', 'U+0007 (a control character)'],
    ['a C1 control', '\u0085', 'U+0085 (a control character)'],
  ])('refuses %s in a name, naming the character and its line', (_label, character, description) => {
    const escaped = `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`;
    const text = townFactsYaml().replace('  - name: Ann Lee', `  - name: "Ann${escaped} Lee"`);
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(lineOf(text, `"Ann${escaped} Lee"`));
    expect(error.problem).toBe(
      `people.0.name contains ${description} at character 4: remove ` +
        `it (it is invisible, and names that look the same would differ)`,
    );
  });

  it('refuses a control character in a reference and in the document file name', () => {
    const inReference = townFactsYaml().replace('b: Lakeside Town', 'b: "Lakeside\\u202ETown"');
    expect(errorOf(() => parseFactsFile(inReference, 'f.yaml')).problem).toContain('partnerships.0.b contains U+202E');
    const inFile = townFactsYaml({ file: '"towns\\u202Etxt.txt"' });
    expect(errorOf(() => parseFactsFile(inFile, 'f.yaml')).problem).toContain(
      'document.file contains U+202E (a bidirectional control character) at character 6',
    );
  });

  it('refuses a blank name', () => {
    const text = townFactsYaml().replace('  - name: Ann Lee', '  - name: "   "');
    expect(errorOf(() => parseFactsFile(text, 'f.yaml')).problem).toBe('people.0.name is blank');
  });

  it('refuses more facts than a file may hold, naming the list', () => {
    const many = Array.from(
      { length: 501 },
      (_, i) => `  - {name: Gathering ${i}, attendees: [], evidence: {sentence: x}}`,
    ).join('\n');
    const text = townFactsYaml().replace('events: []', `events:\n${many}`);
    const error = errorOf(() => parseFactsFile(text, 'bad.facts.yaml'));
    expect(error.line).toBe(lineOf(text, 'Gathering 0,'));
    expect(error.problem).toContain(
      'events has 501 entries, more than the 500 a facts file may hold; split the document',
    );
  });

  it('refuses too many aliases of one place as too many, not as a file too large', () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `Lakeside ${i}`).join(', ');
    const text = townFactsYaml().replace('aliases: [Lakeside Town]', `aliases: [Lakeside Town, ${aliases}]`);
    expect(errorOf(() => parseFactsFile(text, 'f.yaml')).problem).toBe(
      'places.1.aliases has 102 entries, more than the 100 allowed',
    );
  });

  it('refuses a file over the size bound before parsing it', () => {
    const error = errorOf(() => parseFactsFile(`${townFactsYaml()}#${' '.repeat(2_000_001)}\n`, 'huge.facts.yaml'));
    const WHERE = /^huge\.facts\.yaml:1:1: /.source;
    const WHY = /too large: 2\.0 million characters, a facts file holds at most 2,000,000; split the document$/.source;
    expect(error.message).toMatch(new RegExp(`${WHERE}${WHY}`));
  });
});
