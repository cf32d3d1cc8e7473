/**
 * The seed article must come out complete and exact: equal to its gold (the corpus's gold shape, written out here
 * because the seed article is part of this project) and to the meaning of the hand-made facts file beside it.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../../src/extract/evaluate.ts';
import { locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import { factsToYaml } from '../../../src/extract/facts-yaml.ts';
import { extractFacts, toGold, type GoldFacts } from '../../../src/extract/index.ts';
import type { FactsFile } from '../../../src/facts/types.ts';
import { factsOf } from './helpers.ts';

const NAME = '2019-11-24-xinhua-china-japan-local-exchanges';
const root = new URL('../../../', import.meta.url);
const text = readFileSync(new URL(`seed/documents/${NAME}.txt`, root), 'utf8');
const handMade = parse(readFileSync(new URL(`seed/facts/${NAME}.facts.yaml`, root), 'utf8')) as FactsFile;
const facts = extractFacts(text, { file: `${NAME}.txt` });

const GOLD: GoldFacts = {
  document: {
    date: '2019-11-24',
    title: 'China, Japan should usher in new era of local-level exchanges in 21st century: Chinese state councilor',
    source: 'Xinhua',
    url: null,
  },
  places: [
    { name: 'Shizuoka Prefecture', aliases: ['Shizuoka'], kind: 'prefecture', country: 'Japan' },
    { name: 'Zhejiang Province', aliases: ['Zhejiang'], kind: 'province', country: 'China' },
    { name: 'China', aliases: [], kind: 'country', country: 'China' },
    { name: 'Japan', aliases: [], kind: 'country', country: 'Japan' },
  ],
  people: [
    { name: 'Wang Yi', titles: ['State Councilor', 'Foreign Minister'], country: 'China', office_place: null },
    { name: 'Heita Kawakatsu', titles: ['Governor'], country: 'Japan', office_place: 'Shizuoka Prefecture' },
  ],
  partnerships: [
    {
      a: 'Shizuoka Prefecture',
      b: 'Zhejiang Province',
      kind: 'friendship',
      since: 1982,
      since_basis: "derived from '37 years' as of 2019",
    },
  ],
  meetings: [{ participants: ['Wang Yi', 'Heita Kawakatsu'], date: '2019-11-24', place: 'Shizuoka' }],
  country_stats: [{ countries: ['China', 'Japan'], metric: 'sister city pairs', value: 250, qualifier: 'more than' }],
};

const sortBy = <T>(xs: T[], key: (x: T) => string): T[] => [...xs].sort((a, b) => key(a).localeCompare(key(b)));

/** The gold shape without what extraction adds to each fact (confidence, rule), which hand-made gold leaves out. */
function withoutProvenance(g: GoldFacts): GoldFacts {
  const strip = <T extends object>(xs: T[]): T[] =>
    xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'confidence' && k !== 'rule')) as T);
  return {
    ...g,
    places: strip(g.places),
    people: strip(g.people),
    partnerships: strip(g.partnerships),
    meetings: strip(g.meetings),
    country_stats: strip(g.country_stats),
  };
}

describe('the seed article', () => {
  it('scores perfectly against its gold', () => {
    const score = scoreArticle(NAME, toGold(facts), GOLD);
    expect(score.misses).toEqual([]);
    expect(score.sinceCorrect).toBe(score.sinceMatched);
  });

  it('has the gold document header, people, ties, meetings and figures exactly', () => {
    const g = withoutProvenance(toGold(facts));
    expect(g.document).toEqual(GOLD.document);
    expect(g.people).toEqual(GOLD.people);
    expect(g.partnerships).toEqual(GOLD.partnerships);
    expect(g.country_stats).toEqual(GOLD.country_stats);
    expect(
      sortBy(
        g.places.map((p) => ({ name: p.name, kind: p.kind, country: p.country })),
        (p) => p.name,
      ),
    ).toEqual(
      sortBy(
        GOLD.places.map((p) => ({ name: p.name, kind: p.kind, country: p.country })),
        (p) => p.name,
      ),
    );
  });

  it('means what the hand-made facts file means', () => {
    const placeView = (f: FactsFile) =>
      sortBy(
        f.places.map((p) => `${p.name}|${p.kind}|${p.country}`),
        (x) => x,
      );
    expect(placeView(facts)).toEqual(placeView(handMade));
    const personView = (f: FactsFile) =>
      f.people.map((p) => ({ name: p.name, country: p.country, offices: p.offices.map((o) => [o.title, o.place]) }));
    expect(personView(facts)).toEqual(personView(handMade));
    const strip = <T extends { evidence: unknown }>(x: T) => ({ ...x, evidence: undefined });
    expect(facts.partnerships.map(strip)).toEqual(handMade.partnerships.map(strip));
    expect(facts.meetings.map(strip)).toEqual(handMade.meetings.map(strip));
    expect(facts.events.map(strip)).toEqual(handMade.events.map(strip));
    expect(facts.countryFigures.map(strip)).toEqual(handMade.countryFigures.map(strip));
    for (const p of handMade.places)
      expect(facts.places.find((q) => q.name === p.name)!.aliases).toEqual(
        expect.arrayContaining((p.aliases ?? []).filter((a) => /^[A-Za-z]/.test(a))),
      );
    expect(facts.document).toEqual({ ...handMade.document, reviewed: false });
  });

  it('quotes every evidence sentence exactly, at its offsets, with a confidence', () => {
    const evidences = [
      ...facts.places.map((p) => p.evidence),
      ...facts.people.flatMap((p) => [p.evidence, ...p.offices.map((o) => o.evidence)]),
      ...facts.partnerships.map((p) => p.evidence),
      ...facts.meetings.map((p) => p.evidence),
      ...facts.events.map((p) => p.evidence),
      ...facts.countryFigures.map((p) => p.evidence),
    ];
    for (const e of evidences) {
      expect(text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('extraction output', () => {
  const schema = JSON.parse(readFileSync(new URL('src/facts/facts.schema.json', root), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);

  it.each([
    ['the seed article', facts],
    [
      'a made-up article',
      factsOf(
        'Mayor Ken Ito of Sapporo, Japan, met Portland Mayor Tom Hill in ' +
          'Portland on Monday. Sapporo and Portland became sister cities in 1959.',
      ),
    ],
    [
      'plain text without a date',
      extractFacts('Delegates came from the city of Qorvale.\nThey met Mayor Tom Hill on Monday.', {
        file: 'plain.txt',
      }),
    ],
    [
      'a visit that names one official',
      factsOf('On October 14th, Kobe Mayor Tom Hill welcomed a delegation from Seattle.', '2014-10-20'),
    ],
  ])('validates against the facts schema: %s', (_label, f) => {
    expect(validate(f), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical YAML, whatever was extracted before', () => {
    const first = factsToYaml(extractFacts(text, { file: `${NAME}.txt` }));
    factsOf('Kobe and Seattle became sister cities in 1957. Mayor Tom Hill of Seattle met Mayor Ken Ito of Kobe.');
    expect(factsToYaml(extractFacts(text, { file: `${NAME}.txt` }))).toBe(first);
    expect(first.startsWith('# Facts extracted automatically')).toBe(true);
    expect(parse(first)).toEqual(JSON.parse(JSON.stringify(facts)));
  });

  it.each([
    ['the seed article', text],
    [
      'an article naming a city and a division of one name, and two towns of one name',
      ' date 2020-05-05 Two Shizuokas\n\nOfficials of Shizuoka City met the ' +
        'Governor of Shizuoka Prefecture Ken Ito in Japan.\n\nPortland, Oregon ' +
        'and Portland, Maine became sister cities in 1990, said Portland Mayor Tom Hill.\n',
    ],
    [
      'a visit that names one official',
      ' date 2014-10-20 Visit\n\nOn October 14th, Kobe Mayor ' +
        'Tom Hill welcomed a delegation from Seattle, its sister city.\n',
    ],
  ])('is a facts file the seeder accepts: %s', (_label, article) => {
    const f = extractFacts(article, { file: 'a.txt' });
    const yaml = factsToYaml(f);
    const loaded = parseFactsFile(yaml, 'a.facts.yaml');
    expect(() => locateEvidence(loaded, article, yaml, 'a.facts.yaml')).not.toThrow();
  });
});
