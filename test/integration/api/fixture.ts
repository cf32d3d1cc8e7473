/**
 * The API tests' graph: the seed article (seed/) plus a made-up "twin towns" article with a dozen Japan-China ties
 * and a few meetings, so that lists are long enough to page through and to show that a request's query count does
 * not grow with them. Both are written by the real seeder, so the tests read the graph exactly as it is seeded.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';

const JAPANESE_TOWNS = [
  'Akiyama',
  'Hanamura',
  'Ishiwara',
  'Kawabe',
  'Matsuno',
  'Mikawa',
  'Nishiura',
  'Okuda',
  'Sakurai',
  'Tamagawa',
  'Uenohara',
  'Yamabuki',
];
const CHINESE_CITIES = [
  'Baishan',
  'Changling',
  'Dongping',
  'Fengyang',
  'Guanxi',
  'Heshan',
  'Jinping',
  'Lanxi',
  'Meihe',
  'Qingyuan',
  'Ruyang',
  'Songxi',
];

/** Number of ties in the twin towns article; all between Japan and China, started 1991 to 2002. */
export const TWIN_TIES = JAPANESE_TOWNS.length;

export const TWIN_DOCUMENT_FILE = 'twin-towns.txt';

function tieSentence(i: number): string {
  const kind = i % 2 === 0 ? 'sister cities' : 'friendship cities';
  return `${JAPANESE_TOWNS[i]} and ${CHINESE_CITIES[i]} have been ${kind} since ${1991 + i}.`;
}

export const MEETING_SENTENCES = [
  'Mayor of Hanamura Aiko Tanaka met Mayor of Changling Li Wei in Hanamura on 3 May 2018.',
  'Aiko Tanaka and Li Wei met again in Changling in July 2020.',
  'Aiko Tanaka welcomed Sakurai Mayor Ken Mori in Hana Ward on 1 March 2021.',
];

export function twinTownsDocument(): string {
  return [
    'Twin towns of Japan and China',
    '',
    ...JAPANESE_TOWNS.map((_, i) => tieSentence(i)),
    '',
    ...MEETING_SENTENCES,
    '',
  ].join('\n');
}

export function twinTownsFacts(): string {
  const sentence = (text: string) => `{sentence: ${JSON.stringify(text)}}`;
  const places = [
    ...JAPANESE_TOWNS.map(
      (name, i) => `  - {name: ${name}, kind: town, country: JP, evidence: ${sentence(tieSentence(i))}}`,
    ),
    ...CHINESE_CITIES.map(
      (name, i) => `  - {name: ${name}, kind: city, country: CN, evidence: ${sentence(tieSentence(i))}}`,
    ),
    `  - {name: Hana Ward, kind: ward, country: JP, within: Hanamura, evidence: ${sentence(MEETING_SENTENCES[2]!)}}`,
  ];
  const ties = JAPANESE_TOWNS.map(
    (name, i) =>
      `  - {a: ${name}, b: ${CHINESE_CITIES[i]}, kind: ${i % 2 === 0 ? 'sister' : 'friendship'}, ` +
      `since: ${1991 + i}, sinceBasis: stated, evidence: ${sentence(tieSentence(i))}}`,
  );
  return (
    `document:
  file: ${TWIN_DOCUMENT_FILE}
  title: Twin towns of Japan and China
  date: 2021-03-02
  source: Test Gazette
  url: null
  reviewed: true
places:
${places.join('\n')}
people:
  - name: Aiko Tanaka
    country: JP
    offices: [{title: Mayor, place: Hanamura, evidence: ${sentence(MEETING_SENTENCES[0]!)}}]
    evidence: ${sentence(MEETING_SENTENCES[0]!)}
  - name: Li Wei
    country: CN
    offices: [{title: Mayor, place: Changling, evidence: ${sentence(MEETING_SENTENCES[0]!)}}]
    evidence: ${sentence(MEETING_SENTENCES[0]!)}
  - name: Ken Mori
    country: JP
    offices: [{title: Mayor, place: Sakurai, evidence: ${sentence(MEETING_SENTENCES[2]!)}}]
    evidence: ${sentence(MEETING_SENTENCES[2]!)}
partnerships:
${ties.join('\n')}
meetings:
  - {participants: [Aiko Tanaka, Li Wei], date: 2018-05-03, place: Hanamura, ` +
    `evidence: ${sentence(MEETING_SENTENCES[0]!)}}
  - {participants: [Aiko Tanaka, Li Wei], date: 2020-07, place: Changling, evidence: ${sentence(MEETING_SENTENCES[1]!)}}
  - {participants: [Aiko Tanaka, Ken Mori], date: 2021-03-01, place: Hana Ward, ` +
    `evidence: ${sentence(MEETING_SENTENCES[2]!)}}
events: []
countryFigures: []
`
  );
}

/** Seeds the seed article and the twin towns article with the real seeder, into an empty database. */
export async function seedApiGraph(driver: Driver): Promise<void> {
  await ensureSchema(driver);
  const seed = await seedFolder(driver, { documentsDir: 'seed/documents', factsDir: 'seed/facts' });
  if (seed.failed.length > 0) throw new Error(`Seeding seed/ failed: ${JSON.stringify(seed.failed)}`);
  await seedMadeUpArticle(driver, { file: TWIN_DOCUMENT_FILE, text: twinTownsDocument(), facts: twinTownsFacts() });
}

/** Seeds one made-up article and its facts file (YAML) with the real seeder, as `npm run seed` would. */
export async function seedMadeUpArticle(
  driver: Driver,
  article: { file: string; text: string; facts: string },
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'api-fixture-'));
  try {
    await mkdir(join(dir, 'documents'));
    await mkdir(join(dir, 'facts'));
    await writeFile(join(dir, 'documents', article.file), article.text);
    await writeFile(join(dir, 'facts', article.file.replace(/\.txt$/, '.facts.yaml')), article.facts);
    const seeded = await seedFolder(driver, { documentsDir: join(dir, 'documents'), factsDir: join(dir, 'facts') });
    if (seeded.failed.length > 0) throw new Error(`Seeding ${article.file} failed: ${JSON.stringify(seeded.failed)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
