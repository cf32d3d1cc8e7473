import { describe, expect, it } from 'vitest';
import { DataFileError, parseCsv } from '../../../src/import/csv.ts';
import { planTwinnedCities } from '../../../src/import/twinned-cities.ts';
import { batches } from '../../../src/import/twinned-cities-import.ts';

// Made-up cities: two of one name in one country, a quoted comma, and the data set's CN-TW code.
const CITIES = `id,name,lng,lat,country,countrycd,continent
Q1,Brindleford,-89.6,39.8,United States,US,North America
Q2,Brindleford,-72.5,42.1,United States,US,North America
Q3,"Oswick, Upper Vale",10.09,52.98,Germany,DE,Europe
Q4,Lantou,121.5,25.0,Taiwan,CN-TW,Asia
`;
const LINKS = `source,target
Q1,Q3
Q4,Q3
`;

describe('parseCsv', () => {
  it('keeps quoted commas inside a field, with line numbers and offsets', () => {
    const rows = parseCsv(CITIES, 'cities.csv');
    expect(rows[3]!.fields[1]).toBe('Oswick, Upper Vale');
    expect(rows[3]!.line).toBe(4);
    expect(CITIES.slice(rows[3]!.start, rows[3]!.end)).toBe('Q3,"Oswick, Upper Vale",10.09,52.98,Germany,DE,Europe');
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"x\n', 'f.csv')).toThrow('f.csv:2: a quoted field is never closed');
  });
});

describe('planTwinnedCities', () => {
  const plan = planTwinnedCities(CITIES, LINKS, 'data');
  const links = [...plan.links()];

  it('gives cities sharing a name in one country their Wikidata id, so articles cannot merge them by chance', () => {
    expect(plan.cities.map((p) => p.id)).toEqual([
      'place:us:brindleford-q1',
      'place:us:brindleford-q2',
      'place:de:oswick-upper-vale',
      'place:tw:lantou',
    ]);
  });

  it("maps the data set's CN-TW to the ISO code TW", () => {
    expect(plan.countries.map((c) => c.code)).toEqual(['US', 'DE', 'TW']);
  });

  it('makes each link a twin tie whose evidence reads as a sentence and keeps its row in the file', () => {
    expect(links.map((t) => [t.name, t.text])).toEqual([
      ['Brindleford – Oswick, Upper Vale', 'Brindleford and Oswick, Upper Vale are twinned (Wikidata Q1, Q3)'],
      ['Lantou – Oswick, Upper Vale', 'Lantou and Oswick, Upper Vale are twinned (Wikidata Q4, Q3)'],
    ]);
    expect(links.map((t) => [t.sentenceName, LINKS.slice(t.start, t.end)])).toEqual([
      ['links.csv line 2', 'Q1,Q3'],
      ['links.csv line 3', 'Q4,Q3'],
    ]);
    expect(plan.cities[2]!.text).toBe('Oswick, Upper Vale is a city in Germany (Wikidata Q3)');
    expect(plan.linksDocument.title).toMatch(/^Twinned Cities data set .*: twinning links$/);
  });

  it('orients TIED_TO from the smaller place id to the larger, whatever the order of the row', () => {
    expect(links.map((t) => [t.lowId, t.highId])).toEqual([
      ['place:de:oswick-upper-vale', 'place:us:brindleford-q1'],
      ['place:de:oswick-upper-vale', 'place:tw:lantou'],
    ]);
    expect(links[1]!.id).toBe('partnership:twin:place:de:oswick-upper-vale|place:tw:lantou');
  });

  it('changes the import hash when either file changes, and only then', () => {
    expect(planTwinnedCities(CITIES, LINKS, 'elsewhere').importHash).toBe(plan.importHash);
    expect(planTwinnedCities(CITIES, 'source,target\nQ1,Q3\n', 'data').importHash).not.toBe(plan.importHash);
  });

  it('refuses a link to a city the cities file lacks before anything is written, naming file and line', () => {
    expect(() => planTwinnedCities(CITIES, 'source,target\nQ1,Q3\nQ1,Q9\n', 'data')).toThrow(
      new DataFileError('data/links.csv:3: Q9 is not a city of cities.csv'),
    );
  });

  it('refuses a file with the wrong header, or an empty one', () => {
    expect(() => planTwinnedCities('id,name\n', LINKS, 'data')).toThrow(/data\/cities.csv:1: expected the header/);
    expect(() => planTwinnedCities(CITIES, '', 'data')).toThrow(
      /data\/links.csv:1: expected the header .* found an empty file/,
    );
  });

  it('refuses coordinates that are not numbers', () => {
    expect(() => planTwinnedCities(CITIES.replace('10.09', 'east'), LINKS, 'data')).toThrow(
      /cities.csv:4: .* not a latitude and a longitude/,
    );
  });
});

describe('batches', () => {
  it('cuts rows into groups of the size given, the last one shorter', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batches([], 3)]).toEqual([]);
  });
});
