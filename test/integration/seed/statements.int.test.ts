/**
 * What the seeder writes beyond the facts themselves: Neo4j types, the TIED_TO shortcut, each document's statement
 * and the values derived from them, batches that fall back to one document at a time, and a quick stop when Neo4j
 * cannot be reached or goes away mid-seed.
 */
import { copyFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from '../../../src/api/yoga.ts';
import { locateEvidence, parseFactsFile } from '../../../src/facts/load.ts';
import { planDocument } from '../../../src/graph/plan.ts';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedDocuments } from '../../../src/graph/seed.ts';
import { createDriver } from '../../../src/graph/driver.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';
import type { AnswerJson } from '../api/graphql.ts';
import { holdFirstBegin } from '../bolt-relay.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';

const SEED = { documentsDir: 'seed/documents', factsDir: 'seed/facts' };
let driver: Driver;
let workDir: string;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject());
}

/** A folder with the towns document under several names, each with its own facts text. */
async function townsFolder(factsByName: Record<string, string>) {
  const documentsDir = join(workDir, 'documents');
  const factsDir = join(workDir, 'facts');
  await mkdir(documentsDir, { recursive: true });
  await mkdir(factsDir, { recursive: true });
  for (const [name, facts] of Object.entries(factsByName)) {
    await writeFile(join(documentsDir, `${name}.txt`), TOWN_DOCUMENT);
    await writeFile(join(factsDir, `${name}.facts.yaml`), facts);
  }
  return { documentsDir, factsDir };
}

/** The towns facts as document `name` states them, dated `date`, with extra lines for the tie. */
function towns(name: string, options: { since?: string; date?: string; tie?: string; reviewed?: boolean } = {}) {
  return townFactsYaml({ file: `${name}.txt`, since: options.since })
    .replace('date: 2020-05-04', `date: ${options.date ?? '2020-05-04'}`)
    .replace('reviewed: true', `reviewed: ${options.reviewed ?? true}`)
    .replace('    sinceBasis: stated\n', `    sinceBasis: stated\n${options.tie ?? ''}`);
}

/** Asks the API (the real server on the test database) a query. */
async function graphql(query: string): Promise<{ data: Record<string, AnswerJson> }> {
  const api = createServer({ driver, database: testNeo4jConfig().database });
  const response = await api.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data: Record<string, AnswerJson> };
}

const tie = () =>
  rows(`MATCH (t:Partnership) OPTIONAL MATCH ()-[r:TIED_TO {partnership: t.id}]->()
        RETURN t.since AS since, t.status AS status, t.until AS until, r.since AS tiedSince, r.status AS tiedStatus`);

beforeAll(async () => {
  driver = await getTestDriver();
  await ensureSchema(driver);
});
beforeEach(async () => {
  await resetDatabase(driver);
  workDir = await mkdtemp(join(tmpdir(), 'statements-test-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('Neo4j types', () => {
  it('stores years, offsets, counts and values as INTEGER and full dates as DATE', async () => {
    expect((await seedFolder(driver, SEED)).failed).toEqual([]);
    expect((await seedFolder(driver, await townsFolder({ towns: towns('towns') }))).failed).toEqual([]);
    const types = await rows(`
      CALL () { MATCH (n) UNWIND keys(n) AS key RETURN labels(n)[0] AS owner, key, valueType(n[key]) AS type
                UNION ALL
                MATCH ()-[r]->() UNWIND keys(r) AS key RETURN type(r) AS owner, key, valueType(r[key]) AS type }
      RETURN DISTINCT owner, key, type ORDER BY owner, key`);
    const typeOf = (owner: string, key: string) =>
      types.filter((t) => t.owner === owner && t.key === key).map((t) => t.type);
    for (const [owner, key] of [
      ['Partnership', 'since'],
      ['Partnership', 'until'],
      ['TIED_TO', 'since'],
      ['Sentence', 'start'],
      ['Sentence', 'end'],
      ['Meeting', 'year'],
      ['CountryFigure', 'value'],
      ['EVIDENCED_BY', 'since'],
      ['EVIDENCED_BY', 'value'],
    ]) {
      expect(
        typeOf(owner!, key!).every((t) => t.startsWith('INTEGER')),
        `${owner}.${key}: ${typeOf(owner!, key!)}`,
      ).toBe(true);
    }
    for (const [owner, key] of [
      ['Document', 'day'],
      ['Meeting', 'day'],
      ['CountryFigure', 'asOfDay'],
    ]) {
      expect(typeOf(owner!, key!), `${owner}.${key}`).toEqual(['DATE NOT NULL']);
    }
    // The only floats are coordinates and confidences.
    expect(
      types.filter((t) => String(t.type).startsWith('FLOAT') && !['lat', 'lng', 'confidence'].includes(t.key)),
    ).toEqual([]);
  });
});

describe('a graph seeded by an older version of the seeder', () => {
  it('is rewritten on the next seed, floats and all, rather than skipped as unchanged', async () => {
    await seedFolder(driver, SEED);
    await rows('MATCH (d:Document) SET d.seedFormat = 1 WITH d MATCH (t:Partnership) SET t.since = toFloat(t.since)');
    const report = await seedFolder(driver, SEED);
    expect(report.results.map((r) => r.status)).toEqual(['seeded']);
    expect(await rows('MATCH (t:Partnership) RETURN valueType(t.since) AS type')).toEqual([
      { type: 'INTEGER NOT NULL' },
    ]);
  });
});

describe('the TIED_TO shortcut', () => {
  it('is one relationship per tie, from the smaller place id to the larger, carrying what the tie shows', async () => {
    await seedFolder(driver, SEED);
    await seedFolder(driver, await townsFolder({ towns: towns('towns') }));
    expect(
      await rows(
        `MATCH (t:Partnership)
                  MATCH (a)-[r:TIED_TO {partnership: t.id}]->(b)
                  RETURN t.id AS tie, a.id AS from, b.id AS to, r.kind = t.kind AND r.since = t.since AND ` +
          `r.status = t.status AS same
                  ORDER BY tie`,
      ),
    ).toEqual([
      {
        tie: 'partnership:friendship:place:cn:zhejiang-province|place:jp:shizuoka-prefecture',
        from: 'place:cn:zhejiang-province',
        to: 'place:jp:shizuoka-prefecture',
        same: true,
      },
      {
        tie: 'partnership:sister:place:de:lakeside|place:gb:riverton',
        from: 'place:de:lakeside',
        to: 'place:gb:riverton',
        same: true,
      },
    ]);
    expect(await rows('MATCH ()-[r:TIED_TO]->() RETURN count(r) AS n')).toEqual([{ n: 2 }]);
    // And one count per pair of countries, from the first code to the second.
    expect(
      await rows(
        'MATCH (a)-[r:TIES_WITH]->(b) RETURN a.code AS a, b.code AS b, r.pair AS pair, r.ties AS ties ORDER BY pair',
      ),
    ).toEqual([
      { a: 'CN', b: 'JP', pair: 'CN|JP', ties: 1 },
      { a: 'DE', b: 'GB', pair: 'DE|GB', ties: 1 },
    ]);
  });

  it('goes with its Partnership when no document states the tie any more', async () => {
    const folder = await townsFolder({ towns: towns('towns') });
    await seedFolder(driver, folder);
    await writeFile(
      join(folder.factsDir, 'towns.facts.yaml'),
      towns('towns').replace(/partnerships:\n(.|\n)*?meetings:/, 'partnerships: []\nmeetings:'),
    );
    await seedFolder(driver, folder);
    expect(await rows('MATCH ()-[r:TIED_TO]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
    expect(await rows('MATCH (t:Partnership) RETURN count(t) AS n')).toEqual([{ n: 0 }]);
    expect(await rows('MATCH ()-[r:TIES_WITH]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
  });
});

describe('documents that disagree', () => {
  it('keep their statements, and the tie shows what most documents say whatever the seeding order', async () => {
    const folder = await townsFolder({
      a: towns('a', { since: '1984' }),
      b: towns('b', { since: '1990' }),
      c: towns('c', { since: '1990' }),
    });
    await seedFolder(driver, folder);
    expect(await tie()).toEqual([
      { since: 1990, status: 'active', until: null, tiedSince: 1990, tiedStatus: 'active' },
    ]);
    expect(
      await rows(
        `MATCH (:Partnership)-[e:EVIDENCED_BY]->(:Sentence)-[:IN]->(d:Document) RETURN d.file AS file, e.since ` +
          `AS since ORDER BY file`,
      ),
    ).toEqual([
      { file: 'a.txt', since: 1984 },
      { file: 'b.txt', since: 1990 },
      { file: 'c.txt', since: 1990 },
    ]);
    const answer = await graphql(
      `{
      conflicts { totalCount nodes { ... on Partnership { since disputed evidence { document { file } stated { ` +
        `since status } } } } }
      partnerships(filter: { statuses: [suspended] }) { totalCount } }`,
    );
    expect(answer.data.conflicts).toEqual({
      totalCount: 1,
      nodes: [
        {
          since: 1990,
          disputed: ['since'],
          evidence: expect.arrayContaining([
            { document: { file: 'a.txt' }, stated: { since: 1984, status: null } },
            { document: { file: 'b.txt' }, stated: { since: 1990, status: null } },
          ]),
        },
      ],
    });
    expect(answer.data.partnerships).toEqual({ totalCount: 0 });
    // Re-seeding the dissenting document last does not let it win.
    await writeFile(join(folder.factsDir, 'a.facts.yaml'), `${towns('a', { since: '1984' })}\n`);
    await seedFolder(driver, folder);
    expect((await tie())[0]!.since).toBe(1990);
  });

  it('between two documents prefer the reviewed one, then the earliest year', async () => {
    await seedFolder(
      driver,
      await townsFolder({ a: towns('a', { since: '1995', reviewed: false }), b: towns('b', { since: '1996' }) }),
    );
    expect((await tie())[0]!.since).toBe(1996);
    await resetDatabase(driver);
    await rm(workDir, { recursive: true });
    await seedFolder(driver, await townsFolder({ a: towns('a', { since: '1995' }), b: towns('b', { since: '1996' }) }));
    expect((await tie())[0]!.since).toBe(1995);
  });

  it('a later document that suspends a tie suspends it, and the earlier evidence stays', async () => {
    const folder = await townsFolder({ early: towns('early', { date: '2019-01-10' }) });
    await seedFolder(driver, folder);
    await copyFile(join(folder.documentsDir, 'early.txt'), join(folder.documentsDir, 'later.txt'));
    await writeFile(
      join(folder.factsDir, 'later.facts.yaml'),
      towns('later', { date: '2022-03-01', tie: '    status: suspended\n    until: 2022\n' }),
    );
    await seedFolder(driver, folder);
    expect(await tie()).toEqual([
      { since: 1994, status: 'suspended', until: 2022, tiedSince: 1994, tiedStatus: 'suspended' },
    ]);
    expect(
      await graphql(
        '{ place(name: "Riverton") { partners { edges { partnership { status until since disputed } } } } }',
      ),
    ).toEqual({
      data: {
        place: {
          partners: { edges: [{ partnership: { status: 'suspended', until: 2022, since: 1994, disputed: null } }] },
        },
      },
    });
    expect((await graphql('{ partnerships(filter: { statuses: [suspended, ended] }) { totalCount } }')).data).toEqual({
      partnerships: { totalCount: 1 },
    });
    expect(
      await rows(
        `MATCH (:Partnership)-[e:EVIDENCED_BY]->(:Sentence)-[:IN]->(d:Document) RETURN d.file AS file, ` +
          `e.status AS status ORDER BY file`,
      ),
    ).toEqual([
      { file: 'early.txt', status: null },
      { file: 'later.txt', status: 'suspended' },
    ]);
    // With the later article's files gone (and pruning asked for), the tie is active again.
    await rm(join(folder.documentsDir, 'later.txt'));
    await rm(join(folder.factsDir, 'later.facts.yaml'));
    const report = await seedFolder(driver, { ...folder, prune: true });
    expect(report.results.filter((r) => r.status === 'removed').map((r) => r.documentId)).toEqual(['doc:later']);
    expect(await tie()).toEqual([
      { since: 1994, status: 'active', until: null, tiedSince: 1994, tiedStatus: 'active' },
    ]);
    expect(await rows('MATCH (d:Document) RETURN d.file AS file')).toEqual([{ file: 'early.txt' }]);
  });
});

describe('figures', () => {
  it('may be about one country or about places, and keep the seed article figure about two countries', async () => {
    await seedFolder(driver, SEED);
    const facts = towns('towns').replace(
      'countryFigures: []',
      `countryFigures:
  - {places: [Riverton], metric: partner towns, value: 3, qualifier: exactly, evidence: {sentence: "Riverton ` +
        `and Lakeside signed a sister-city agreement in 1994."}}
  - {countries: [DE], metric: twinnings, value: 1300, qualifier: about, evidence: {sentence: "Riverton and ` +
        `Lakeside signed a sister-city agreement in 1994."}}`,
    );
    expect((await seedFolder(driver, await townsFolder({ towns: facts }))).failed).toEqual([]);
    expect(
      await rows(`MATCH (f:CountryFigure)-[:ABOUT]->(s)
                  WITH f, collect(s.id) AS subjects ORDER BY f.id
                  RETURN f.id AS id, subjects, f.value AS value, f.name AS name`),
    ).toEqual([
      {
        id: 'figure:CN-JP:sister-city-pairs:2019-11-24',
        subjects: expect.arrayContaining(['country:CN', 'country:JP']),
        value: 250,
        name: 'China–Japan sister city pairs: more than 250',
      },
      {
        id: 'figure:DE:twinnings:2020-05-04',
        subjects: ['country:DE'],
        value: 1300,
        name: 'Germany twinnings: about 1300',
      },
      {
        id: 'figure:place:gb:riverton:partner-towns:2020-05-04',
        subjects: ['place:gb:riverton'],
        value: 3,
        name: 'Riverton partner towns: 3',
      },
    ]);
  });

  it('about two places, a country and a place, and three subjects: ABOUT once per subject', async () => {
    const sentence = '{sentence: "Riverton and Lakeside signed a sister-city agreement in 1994."}';
    const facts = towns('towns').replace(
      'countryFigures: []',
      `countryFigures:
  - {places: [Riverton, Lakeside Town, Lakeside], metric: exchanges, value: 12, qualifier: exactly, ` +
        `evidence: ${sentence}}
  - {countries: [DE], places: [Riverton], metric: school links, value: 4, qualifier: at least, evidence: ${sentence}}
  - {countries: [GB, DE, FR], metric: twinnings, value: 900, qualifier: more than, asOf: 2019-01-01, ` +
        `evidence: ${sentence}}
  - {countries: [GB, FR], places: [Lakeside], metric: choirs, value: 3, qualifier: exactly, evidence: ${sentence}}`,
    );
    expect((await seedFolder(driver, await townsFolder({ towns: facts }))).failed).toEqual([]);
    const about = await rows(`MATCH (f:CountryFigure)-[a:ABOUT]->(s)
                              WITH f, s ORDER BY s.id
                              WITH f, collect([labels(s)[0], s.id]) AS subjects ORDER BY f.id
                              RETURN f.id AS id, f.name AS name, f.value AS value, subjects`);
    expect(about).toEqual([
      {
        id: 'figure:DE-FR-GB:twinnings:2019-01-01',
        name: 'United Kingdom–Germany–France twinnings: more than 900',
        value: 900,
        subjects: [
          ['Country', 'country:DE'],
          ['Country', 'country:FR'],
          ['Country', 'country:GB'],
        ],
      },
      {
        id: 'figure:DE-place:gb:riverton:school-links:2020-05-04',
        name: 'Germany–Riverton school links: at least 4',
        value: 4,
        subjects: [
          ['Country', 'country:DE'],
          ['Place', 'place:gb:riverton'],
        ],
      },
      {
        id: 'figure:FR-GB-place:de:lakeside:choirs:2020-05-04',
        name: 'United Kingdom–France–Lakeside choirs: 3',
        value: 3,
        subjects: [
          ['Country', 'country:FR'],
          ['Country', 'country:GB'],
          ['Place', 'place:de:lakeside'],
        ],
      },
      {
        id: 'figure:place:de:lakeside-place:gb:riverton:exchanges:2020-05-04',
        name: 'Riverton–Lakeside exchanges: 12',
        value: 12,
        subjects: [
          ['Place', 'place:de:lakeside'],
          ['Place', 'place:gb:riverton'],
        ],
      },
    ]);
    // One relationship per subject, however the file names it (Lakeside and its alias Lakeside Town).
    expect(await rows('MATCH (:CountryFigure)-[a:ABOUT]->() RETURN count(a) AS n')).toEqual([{ n: 10 }]);
  });
});

describe('batches', () => {
  function plans(names: string[]) {
    return names.map((name) => {
      const text = towns(name);
      const facts = locateEvidence(
        parseFactsFile(text, `${name}.facts.yaml`),
        TOWN_DOCUMENT,
        text,
        `${name}.facts.yaml`,
      );
      return planDocument(facts, TOWN_DOCUMENT, { factsText: text, extracted: false });
    });
  }

  it('write every good document of a failing batch one by one, and nothing of the bad one', async () => {
    const [first, bad, last] = plans(['first', 'bad', 'last']);
    // A key longer than Neo4j's index allows: refused at write time, after every check the facts pass.
    bad!.places[0]!.id = `place:gb:${'x'.repeat(40_000)}`;
    const report = await seedDocuments(driver, [first!, bad!, last!], { batchRows: 10_000 });
    expect(report.results.map((r) => [r.documentId, r.status, r.batchSize])).toEqual([
      ['doc:first', 'seeded', 1],
      ['doc:last', 'seeded', 1],
    ]);
    expect(report.failed.map((f) => f.file)).toEqual(['bad.txt']);
    expect(await rows('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).toEqual([
      { id: 'doc:first' },
      { id: 'doc:last' },
    ]);
  });

  it('give the same graph as one document per transaction', async () => {
    const all = plans(['one', 'two', 'three']);
    await seedDocuments(driver, all, { batchRows: 10_000 });
    const batched = await rows('MATCH (n) RETURN count(n) AS nodes');
    const relationships = await rows('MATCH ()-[r]->() RETURN count(r) AS n');
    await resetDatabase(driver);
    const report = await seedDocuments(driver, all, { batchRows: 0 });
    expect(report.results.map((r) => r.batchSize)).toEqual([1, 1, 1]);
    expect(await rows('MATCH (n) RETURN count(n) AS nodes')).toEqual(batched);
    expect(await rows('MATCH ()-[r]->() RETURN count(r) AS n')).toEqual(relationships);
  });

  it('stop after the first document when Neo4j goes away mid-seed, saying what to do', async () => {
    // Neo4j goes away just as the second document's transaction begins (one document per transaction).
    const relay = await holdFirstBegin(testNeo4jConfig().uri);
    const through = createDriver({ ...testNeo4jConfig(), uri: `bolt://127.0.0.1:${relay.port}` });
    try {
      const [first, ...rest] = plans(['one', 'two', 'three', 'four']);
      await seedDocuments(driver, [first!], { batchRows: 0 });
      const seeding = seedDocuments(through, [first!, ...rest], { batchRows: 0 });
      await relay.beginHeld;
      await relay.close();
      const report = await seeding;
      expect(report.results.map((r) => [r.documentId, r.status])).toEqual([['doc:one', 'unchanged']]);
      expect(report.failed.map((f) => f.file)).toEqual(['two.txt']);
      expect(report.stopped).toMatch(/could not be reached.*3 document\(s\) not written.*seed again/);
      expect(await rows('MATCH (d:Document) RETURN d.id AS id')).toEqual([{ id: 'doc:one' }]);
    } finally {
      await relay.close();
      await through.close();
    }
  });

  it('stop at the first document when Neo4j cannot be reached, saying what to do', { timeout: 20_000 }, async () => {
    const nowhere = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'), {
      connectionTimeout: 2000,
    });
    try {
      const report = await seedDocuments(nowhere, plans(['one', 'two', 'three']), { batchRows: 0 });
      expect(report.results).toEqual([]);
      expect(report.failed.map((f) => f.file)).toEqual(['one.txt']);
      expect(report.stopped).toMatch(/could not be reached.*3 document\(s\) not written.*seed again/);
    } finally {
      await nowhere.close();
    }
  });
});
