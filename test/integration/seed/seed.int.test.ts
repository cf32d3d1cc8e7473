import { mkdtemp, rm, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';
import { snapshotGraph } from '../graph-snapshot.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';

const SEED = { documentsDir: 'seed/documents', factsDir: 'seed/facts' };
let driver: Driver;
let workDir: string;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject());
}

/** A documents + facts folder pair holding the towns fixture, with the given facts text. */
async function townFolder(factsText: string) {
  const documentsDir = join(workDir, 'documents');
  const factsDir = join(workDir, 'facts');
  await mkdir(documentsDir, { recursive: true });
  await mkdir(factsDir, { recursive: true });
  await writeFile(join(documentsDir, 'towns.txt'), TOWN_DOCUMENT);
  await writeFile(join(factsDir, 'towns.facts.yaml'), factsText);
  return { documentsDir, factsDir };
}

beforeAll(async () => {
  driver = await getTestDriver();
  await ensureSchema(driver);
});
beforeEach(async () => {
  await resetDatabase(driver);
  workDir = await mkdtemp(join(tmpdir(), 'seed-test-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('seeding the seed article', () => {
  beforeEach(async () => {
    const report = await seedFolder(driver, SEED);
    expect(report.failed).toEqual([]);
  });

  it('holds Wang Yi with his offices of China', async () => {
    expect(
      await rows(`MATCH (p:Person {name: 'Wang Yi'})-[:HOLDS]->(o:Office)-[:OF]->(c:Country)
                  MATCH (p)-[:FROM]->(home:Country)
                  RETURN o.title AS title, c.code AS of, home.name AS country ORDER BY title`),
    ).toEqual([
      { title: 'Foreign Minister', of: 'CN', country: 'China' },
      { title: 'State Councilor', of: 'CN', country: 'China' },
    ]);
  });

  it('holds Heita Kawakatsu as Governor of Shizuoka Prefecture, Japan', async () => {
    expect(
      await rows(
        `MATCH (p:Person {name: 'Heita ` +
          `Kawakatsu'})-[:HOLDS]->(o:Office)-[:OF]->(pl:Place)-[:IN_COUNTRY]->(c:Country)
                  MATCH (p)-[:FROM]->(home:Country)
                  RETURN o.name AS office, pl.kind AS kind, c.code AS placeCountry, home.code AS country`,
      ),
    ).toEqual([{ office: 'Governor of Shizuoka Prefecture', kind: 'prefecture', placeCountry: 'JP', country: 'JP' }]);
  });

  it('holds their meeting on 2019-11-24 in Shizuoka, Japan, with its evidence', async () => {
    expect(
      await rows(
        `MATCH (m:Meeting)<-[:ATTENDED]-(p:Person)
                  WITH m, collect(p.name) AS people
                  MATCH (m)-[:HELD_IN]->(pl:Place)-[:IN_COUNTRY]->(c:Country)
                  MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
                  RETURN m.date AS date, people, pl.name AS place, c.name AS country, s.text AS sentence, ` +
          `d.source AS source`,
      ),
    ).toEqual([
      {
        date: '2019-11-24',
        people: expect.toSatisfy((names: string[]) => [...names].sort().join() === 'Heita Kawakatsu,Wang Yi'),
        place: 'Shizuoka Prefecture',
        country: 'Japan',
        sentence:
          'Chinese State Councilor and Foreign Minister Wang Yi meets with Governor of Shizuoka Prefecture ' +
          'Heita Kawakatsu in Shizuoka, Japan, Nov. 24, 2019.',
        source: 'Xinhua',
      },
    ]);
  });

  it('holds the Shizuoka-Zhejiang friendship since 1982, derived from "37 years"', async () => {
    expect(
      await rows(
        `MATCH (:Place {name: 'Shizuoka Prefecture'})-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
                  MATCH (t)-[:EVIDENCED_BY]->(s:Sentence)
                  RETURN other.name AS partner, t.kind AS kind, t.since AS since, t.sinceBasis AS basis, ` +
          `t.sinceNote AS note, s.text AS sentence`,
      ),
    ).toEqual([
      {
        partner: 'Zhejiang Province',
        kind: 'friendship',
        since: 1982,
        basis: 'derived',
        note: "derived from '37 years' as of 2019",
        sentence:
          'Shizuoka has forged friendly relations with many provinces and cities in China, especially with ' +
          'Zhejiang Province for 37 years, he said',
      },
    ]);
  });

  it('holds more than 250 China-Japan sister-city pairs as of 2019-11-24, stated by Wang Yi', async () => {
    expect(
      await rows(
        `MATCH (f:CountryFigure)-[:ABOUT]->(c:Country)
                  WITH f, collect(c.code) AS codes
                  MATCH (f)-[:STATED_BY]->(p:Person), (f)-[:EVIDENCED_BY]->(s:Sentence)
                  RETURN codes, f.metric AS metric, f.qualifier AS qualifier, f.value AS value, f.asOf AS ` +
          `asOf, p.name AS by, s.text AS sentence`,
      ),
    ).toEqual([
      {
        codes: expect.arrayContaining(['CN', 'JP']),
        metric: 'sister city pairs',
        qualifier: 'more than',
        value: 250,
        asOf: '2019-11-24',
        by: 'Wang Yi',
        sentence: 'More than 250 pairs of sister cities have been established between the two countries, he noted.',
      },
    ]);
  });

  it("holds Wang Yi's attendance of the G20 gathering as far as the text states it", async () => {
    expect(
      await rows(`MATCH (:Person {name: 'Wang Yi'})-[:ATTENDED]->(e:Event)-[:EVIDENCED_BY]->(s:Sentence)
                  RETURN e.name AS event, e.date AS date, s.text AS sentence`),
    ).toEqual([{ event: 'Group of 20', date: null, sentence: 'Wang, who attended the Group of 20 (' }]);
  });

  it('gives every node but the document and countries named by code a sentence of evidence', async () => {
    expect(
      await rows(
        `MATCH (n) WHERE NOT n:Document AND NOT n:Sentence AND NOT ` +
          `(n)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(:Document)
                  RETURN n.id AS id`,
      ),
    ).toEqual([]);
  });

  it('finds a place by any of its spellings', async () => {
    for (const spelling of ['Shizuoka', 'shizuoka prefecture', '静岡県']) {
      const key = spelling.toLowerCase();
      expect(await rows('MATCH (p:Place) WHERE $key IN p.nameKeys RETURN p.id AS id', { key })).toEqual([
        { id: 'place:jp:shizuoka-prefecture' },
      ]);
    }
  });
});

describe('seeding is idempotent', () => {
  it('gives the same graph when run twice, and when forced', async () => {
    await seedFolder(driver, SEED);
    const first = await snapshotGraph(driver);
    const again = await seedFolder(driver, SEED);
    expect(again.results.map((r) => r.status)).toEqual(['unchanged']);
    expect(await snapshotGraph(driver)).toEqual(first);
    const forced = await seedFolder(driver, { ...SEED, force: true });
    expect(forced.results.map((r) => r.status)).toEqual(['seeded']);
    expect(await snapshotGraph(driver)).toEqual(first);
  });
});

describe('a bad facts file', () => {
  it('is reported with file and line, and leaves the graph as it was for that document', async () => {
    const folder = await townFolder(townFactsYaml());
    await seedFolder(driver, folder);
    await seedFolder(driver, SEED);
    const before = await snapshotGraph(driver);

    const broken = townFactsYaml({ since: '1994' }).replace('kind: sister', 'kind: sibling');
    await writeFile(join(folder.factsDir, 'towns.facts.yaml'), broken);
    const report = await seedFolder(driver, folder);

    const line = broken.split('\n').findIndex((l) => l.includes('kind: sibling')) + 1;
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.message).toContain(`towns.facts.yaml:${line}:`);
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it('with a sentence missing from its document is refused whole', async () => {
    const folder = await townFolder(townFactsYaml({ sentence: 'Riverton and Lakeside never met.' }));
    const report = await seedFolder(driver, folder);
    expect(report.failed[0]!.message).toContain('does not occur in towns.txt');
    expect(await rows('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });
});

describe('re-seeding a corrected document', () => {
  it('replaces what the document said and removes what only it supported', async () => {
    const folder = await townFolder(townFactsYaml());
    await seedFolder(driver, folder);
    const corrected = townFactsYaml({ since: '1995' }).replace(/meetings:\n(.|\n)*?events:/, 'meetings: []\nevents:');
    await writeFile(join(folder.factsDir, 'towns.facts.yaml'), corrected);
    const report = await seedFolder(driver, folder);
    expect(report.failed).toEqual([]);
    expect(await rows('MATCH (t:Partnership) RETURN t.since AS since')).toEqual([{ since: 1995 }]);
    expect(await rows('MATCH (m:Meeting) RETURN count(m) AS n')).toEqual([{ n: 0 }]);
    expect(await rows('MATCH (p:Person) RETURN p.name AS name ORDER BY name')).toEqual([
      { name: 'Ann Lee' },
      { name: 'Bo Chen' },
    ]);
  });

  it('keeps facts another document still supports', async () => {
    const folder = await townFolder(townFactsYaml());
    await copyFile(join(folder.documentsDir, 'towns.txt'), join(folder.documentsDir, 'towns-copy.txt'));
    await writeFile(join(folder.factsDir, 'towns-copy.facts.yaml'), townFactsYaml({ file: 'towns-copy.txt' }));
    await seedFolder(driver, folder);
    await writeFile(
      join(folder.factsDir, 'towns.facts.yaml'),
      townFactsYaml().replace(/partnerships:\n(.|\n)*?meetings:/, 'partnerships: []\nmeetings:'),
    );
    await seedFolder(driver, folder);
    expect(
      await rows(
        'MATCH (t:Partnership)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(d:Document) RETURN t.name AS tie, ' +
          'collect(d.file) AS docs',
      ),
    ).toEqual([{ tie: 'Riverton – Lakeside', docs: ['towns-copy.txt'] }]);
  });
});

describe('names that look like Cypher', () => {
  it('are stored as plain data', async () => {
    const evil = 'x"}) DETACH DELETE n //';
    const document = `${evil} and Lakeside are sister cities.\n`;
    const quoted = evil.replaceAll('"', '\\"');
    const facts = townFactsYaml({ sentence: `${quoted} and Lakeside are sister cities.` })
      .replace(/meetings:\n(.|\n)*?events:/, 'meetings: []\nevents:')
      .replace(/people:\n(.|\n)*?partnerships:/, 'people: []\npartnerships:')
      .replaceAll('name: Riverton', `name: "${quoted}"`)
      .replace('a: Riverton', `a: "${quoted}"`);
    const folder = await townFolder(facts);
    await writeFile(join(folder.documentsDir, 'towns.txt'), document);
    await seedFolder(driver, SEED);
    const report = await seedFolder(driver, folder);
    expect(report.failed).toEqual([]);
    expect(await rows('MATCH (p:Place {name: $name}) RETURN p.id AS id', { name: evil })).toEqual([
      { id: 'place:gb:x-detach-delete-n' },
    ]);
    expect(await rows("MATCH (p:Person {name: 'Wang Yi'}) RETURN count(p) AS n")).toEqual([{ n: 1 }]);
  });
});
