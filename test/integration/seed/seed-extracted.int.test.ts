import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.ts';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';

// A made-up article in the seed article's format, with no facts file beside it.
const ARTICLE = ` date 2021-06-15 Riverton and Lakeside mark 30 years as sister cities
Source:Test Gazette Published: 2021/06/15 10:00:00

Mayor of Riverton Ann Lee met Mayor of Kobe Kizo Hisamoto in Kobe, Japan, on Tuesday.

Riverton and Kobe established sister-city relations in 1991, Lee said.
`;

let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = await getTestDriver();
  await ensureSchema(driver);
});
beforeEach(async () => {
  await resetDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'seed-extract-'));
  await mkdir(join(dir, 'documents'));
  await mkdir(join(dir, 'facts'));
  await writeFile(join(dir, 'documents', 'riverton.txt'), ARTICLE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const extract = (text: string, file: string) => extractFacts(text, { file });

describe('a document without a facts file', () => {
  it('is seeded with the facts extraction finds, marked as extracted, with confidences', async () => {
    const report = await seedFolder(driver, {
      documentsDir: join(dir, 'documents'),
      factsDir: join(dir, 'facts'),
      extract,
    });
    expect(report.failed).toEqual([]);
    expect(report.results.map((r) => [r.file, r.extracted])).toEqual([['riverton.txt', true]]);

    const docs = await driver.executeQuery(
      'MATCH (d:Document) RETURN d.date AS date, d.source AS source, d.extracted AS extracted, d.reviewed AS reviewed',
    );
    expect(docs.records.map((r) => r.toObject())).toEqual([
      { date: '2021-06-15', source: 'Test Gazette', extracted: true, reviewed: false },
    ]);

    const ties = await driver.executeQuery(
      `MATCH (a:Place)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(b:Place) WHERE a.name < b.name
       MATCH (t)-[e:EVIDENCED_BY]->(s:Sentence)
       RETURN a.name AS a, b.name AS b, t.since AS since, t.sinceBasis AS basis, s.text AS sentence, ` +
        `e.confidence AS confidence`,
    );
    // The headline states a tie too (Lakeside and Riverton "mark 30 years as sister cities").
    const found = ties.records.map((r) => r.toObject());
    expect(found.map((t) => `${t.a}-${t.b}`).sort()).toEqual(['Kobe-Riverton', 'Lakeside-Riverton']);
    const tie = found.find((t) => t.a === 'Kobe');
    expect(tie).toMatchObject({ a: 'Kobe', b: 'Riverton', since: 1991, basis: 'stated' });
    expect(tie!.sentence).toBe('Riverton and Kobe established sister-city relations in 1991, Lee said.');
    expect(tie!.confidence).toBeGreaterThan(0);
    expect(tie!.confidence).toBeLessThanOrEqual(1);

    const meetings = await driver.executeQuery(
      'MATCH (m:Meeting)<-[:ATTENDED]-(p:Person) RETURN m.date AS date, collect(p.name) AS people',
    );
    expect(meetings.records.map((r) => r.toObject())).toEqual([
      { date: '2021-06-15', people: expect.arrayContaining(['Ann Lee', 'Kizo Hisamoto']) },
    ]);
  });

  it('stores the figures extraction finds, about one, two or three subjects, countries and places', async () => {
    await writeFile(
      join(dir, 'documents', 'figures.txt'),
      ` date 2021-07-01 Counting partners
Source:Test Gazette Published: 2021/07/01 09:00:00

Officials from Canada and Chile met in Winnipeg. Manitoba, Alberta and Chile count 30 pairs among them.

Portugal has some 1,200 twinnings. Chile, Peru and Ecuador count 140 pairs among them.
`,
    );
    const report = await seedFolder(driver, {
      documentsDir: join(dir, 'documents'),
      factsDir: join(dir, 'facts'),
      extract,
    });
    expect(report.failed).toEqual([]);
    const figures = await driver.executeQuery(
      `MATCH (f:CountryFigure)-[:ABOUT]->(s)
       WITH f, s ORDER BY s.id
       WITH f, collect(s.id) AS subjects ORDER BY f.value
       RETURN f.value AS value, f.metric AS metric, f.qualifier AS qualifier, subjects`,
    );
    expect(figures.records.map((r) => r.toObject())).toEqual([
      {
        value: 30,
        metric: 'pairs',
        qualifier: 'exactly',
        subjects: ['country:CL', 'place:ca:alberta', 'place:ca:manitoba'],
      },
      { value: 140, metric: 'pairs', qualifier: 'exactly', subjects: ['country:CL', 'country:EC', 'country:PE'] },
      { value: 1200, metric: 'twinnings', qualifier: 'about', subjects: ['country:PT'] },
    ]);
  });

  it('gives way to a facts file written for it', async () => {
    const hand =
      `document: {file: riverton.txt, title: Hand-made, date: 2021-06-15, source: Test Gazette, ` +
      `url: null, reviewed: true}
places: []
people: []
partnerships: []
meetings: []
events: []
countryFigures: []
`;
    await writeFile(join(dir, 'facts', 'riverton.facts.yaml'), hand);
    const report = await seedFolder(driver, {
      documentsDir: join(dir, 'documents'),
      factsDir: join(dir, 'facts'),
      extract,
    });
    expect(report.results.map((r) => r.extracted)).toEqual([false]);
    const count = await driver.executeQuery('MATCH (t:Partnership) RETURN count(t) AS n');
    expect(count.records[0]!.get('n')).toBe(0);
  });
});
