import { describe, expect, it } from 'vitest';
import { DataFileError, parseCsv, planTwinnedCities } from '../../../src/import/twinned-cities.ts';

const CITIES = `id,name,lng,lat,country,countrycd,continent
Q1,Springfield,-89.6,39.8,United States,US,North America
Q2,Springfield,-72.5,42.1,United States,US,North America
Q3,"Munster, Lower Saxony",10.09,52.98,Germany,DE,Europe
Q4,Taipei,121.5,25.0,Taiwan,CN-TW,Asia
`;
const LINKS = `source,target
Q1,Q3
Q4,Q3
`;

describe('parseCsv', () => {
  it('keeps quoted commas inside a field, with line numbers and offsets', () => {
    const rows = parseCsv(CITIES, 'cities.csv');
    expect(rows[3]!.fields[1]).toBe('Munster, Lower Saxony');
    expect(rows[3]!.line).toBe(4);
    expect(CITIES.slice(rows[3]!.start, rows[3]!.end)).toBe('Q3,"Munster, Lower Saxony",10.09,52.98,Germany,DE,Europe');
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"x\n', 'f.csv')).toThrow('f.csv:2: a quoted field is never closed');
  });
});

describe('planTwinnedCities', () => {
  const plans = planTwinnedCities(CITIES, LINKS, 'data');

  it('gives cities sharing a name in one country their Wikidata id, so articles cannot merge into one by chance', () => {
    expect(plans.cities.places.map((p) => p.id)).toEqual([
      'place:us:springfield-q1',
      'place:us:springfield-q2',
      'place:de:munster-lower-saxony',
      'place:tw:taipei',
    ]);
  });

  it('maps the data set\'s CN-TW to the ISO code TW', () => {
    expect(plans.cities.countries.map((c) => c.code)).toEqual(['US', 'DE', 'TW']);
  });

  it('makes each link a twin tie evidenced by its CSV row', () => {
    expect(plans.links.partnerships.map((t) => [t.name, t.kind, t.sinceBasis])).toEqual([
      ['Springfield – Munster, Lower Saxony', 'twin', 'unknown'],
      ['Taipei – Munster, Lower Saxony', 'twin', 'unknown'],
    ]);
    expect(plans.links.sentences.map((s) => s.text)).toEqual(['Q1,Q3', 'Q4,Q3']);
  });

  it('refuses a link to a city the cities file lacks, naming file and line', () => {
    expect(() => planTwinnedCities(CITIES, 'source,target\nQ1,Q9\n', 'data')).toThrow(new DataFileError('data/links.csv:2: Q9 is not a city of cities.csv'));
  });

  it('refuses a file with the wrong header', () => {
    expect(() => planTwinnedCities('id,name\n', LINKS, 'data')).toThrow(/data\/cities.csv:1: expected the header/);
  });
});
