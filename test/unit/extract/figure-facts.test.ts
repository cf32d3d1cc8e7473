/**
 * Figures about one, two or more places go into the facts file (countries as ISO codes, other places by their names
 * in the file), so that seeding an extracted article stores them; the gold shape (`extract --json`) says the same.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { factsToYaml } from '../../../src/extract/facts-yaml.ts';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import { locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import type { CountryFigureFact } from '../../../src/facts/types.ts';

const DATE = '2021-06-01';
const article = (body: string) => ` date ${DATE} Local news\n\n${body}\n`;
const extracted = (body: string) => extractArticle(article(body), { file: 'made-up.txt' });

/** The figures of the facts file as written (YAML read back), without their evidence. */
function writtenFigures(body: string): Omit<CountryFigureFact, 'evidence'>[] {
  const written = parse(factsToYaml(extracted(body).facts)) as { countryFigures: CountryFigureFact[] };
  return written.countryFigures.map(({ evidence: _evidence, ...figure }) => figure);
}

const validate = (() => {
  const root = new URL('../../../', import.meta.url);
  const schema = JSON.parse(readFileSync(new URL('src/facts/facts.schema.json', root), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
})();

describe('figures in extracted facts files', () => {
  it('a figure about one country: its ISO code, the qualifier, the article date', () => {
    expect(writtenFigures('Portugal has some 1,200 twinnings, officials said.')).toEqual([
      { countries: ['PT'], metric: 'twinnings', value: 1200, qualifier: 'about', asOf: DATE, statedBy: null },
    ]);
  });

  it('figures about one province, by its name in the file', () => {
    const body = 'Officials in Canada said Manitoba has established 64 sister-city ties with 20 countries.';
    expect(writtenFigures(body)).toEqual([
      { places: ['Manitoba'], metric: 'sister-city ties', value: 64, qualifier: 'exactly', asOf: DATE, statedBy: null },
      { places: ['Manitoba'], metric: 'countries', value: 20, qualifier: 'exactly', asOf: DATE, statedBy: null },
    ]);
    expect(extracted(body).facts.places.map((p) => p.name)).toContain('Manitoba');
  });

  it('a figure about three countries, and one about a country and two provinces', () => {
    expect(writtenFigures('Chile, Peru and Ecuador count 140 pairs among them.')).toEqual([
      { countries: ['CL', 'PE', 'EC'], metric: 'pairs', value: 140, qualifier: 'exactly', asOf: DATE, statedBy: null },
    ]);
    expect(
      writtenFigures(
        'Officials from Canada and Chile met in Winnipeg. Manitoba, Alberta and Chile count 30 pairs among them.',
      ),
    ).toEqual([
      {
        countries: ['CL'],
        places: ['Manitoba', 'Alberta'],
        metric: 'pairs',
        value: 30,
        qualifier: 'exactly',
        asOf: DATE,
        statedBy: null,
      },
    ]);
  });

  it('a country named only by an adjective is a subject by its code, without a place of its own', () => {
    const body = 'In all, 52 municipalities in Norway have friendship agreements with Mexican partners.';
    expect(writtenFigures(body)).toEqual([
      {
        countries: ['NO', 'MX'],
        metric: 'municipalities',
        value: 52,
        qualifier: 'exactly',
        asOf: DATE,
        statedBy: null,
      },
    ]);
    expect(extracted(body).facts.places.map((p) => p.name)).toEqual(['Norway']);
  });

  it('"over" is more than, "nearly" about', () => {
    expect(
      writtenFigures('Portugal has over 300 sister cities. Norway has nearly 90 twinnings.').map((f) => [
        f.countries,
        f.value,
        f.qualifier,
      ]),
    ).toEqual([
      [['PT'], 300, 'more than'],
      [['NO'], 90, 'about'],
    ]);
  });

  it('a figure about a pair of countries is written once, with who gave it', () => {
    const figures = writtenFigures(
      'Mayor Ana Ruiz of Lima met Mayor Tom Hill of Santiago. More than 70 pairs of sister cities have been ' +
        'established between Chile and Peru, Hill said.',
    );
    expect(figures).toEqual([
      {
        countries: ['CL', 'PE'],
        metric: 'sister city pairs',
        value: 70,
        qualifier: 'more than',
        asOf: DATE,
        statedBy: 'Tom Hill',
      },
    ]);
  });

  it('the file validates against the facts schema and the seeder accepts it', () => {
    const text = article(
      'Officials from Canada and Chile met in Winnipeg. Manitoba, Alberta and Chile count 30 pairs among them. ' +
        'Portugal has some 1,200 twinnings. Chile, Peru and Ecuador count 140 pairs among them.',
    );
    const facts = extractArticle(text, { file: 'a.txt' }).facts;
    expect(facts.countryFigures).toHaveLength(3);
    expect(validate(facts), JSON.stringify(validate.errors)).toBe(true);
    const yaml = factsToYaml(facts);
    const loaded = parseFactsFile(yaml, 'a.facts.yaml');
    expect(() => locateEvidence(loaded, text, yaml, 'a.facts.yaml')).not.toThrow();
  });

  it('the gold shape lists the same figures, countries by name, with the rule that found each', () => {
    const gold = toGold(
      extracted(
        'Officials from Canada and Chile met in Winnipeg. Manitoba, Alberta and Chile count 30 pairs among them. ' +
          'Portugal has some 1,200 twinnings.',
      ),
    );
    expect(gold.country_stats.map((s) => [s.countries, s.value, s.rule])).toEqual([
      [['Chile', 'Manitoba', 'Alberta'], 30, 'figure-shared-list'],
      [['Portugal'], 1200, 'figure-subject-list'],
    ]);
  });
});
