import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { planTwinnedCities } from '../../../src/import/twinned-cities.ts';
import { importTwinnedCities } from '../../../src/import/twinned-cities-import.ts';
import { countryPairCounts, snapshotGraph } from '../graph-snapshot.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';

const DIR = 'test/fixtures/twinned-cities';
let driver: Driver;
let citiesText: string;
let linksText: string;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await driver.executeQuery(cypher, params);
  return result.records.map((r) => r.toObject());
}

async function count(pattern: string): Promise<number> {
  const [row] = await rows(`MATCH ${pattern} RETURN count(*) AS n`);
  return row!.n as number;
}

// Batches of two rows: the fixture then needs several transactions per file, as a large file does.
const importFixture = (cities = citiesText, links = linksText, force = false) =>
  importTwinnedCities(driver, planTwinnedCities(cities, links, DIR), { batchRows: 2, force });

beforeAll(async () => {
  driver = await getTestDriver();
  await ensureSchema(driver);
  [citiesText, linksText] = await Promise.all([
    readFile(join(DIR, 'cities.csv'), 'utf8'),
    readFile(join(DIR, 'links.csv'), 'utf8'),
  ]);
});
beforeEach(() => resetDatabase(driver));

describe('importTwinnedCities', () => {
  it('writes places, countries and one tie per pair, each tie with its PARTY_TO edges and one TIED_TO', async () => {
    const result = await importFixture();
    expect(result).toMatchObject({ status: 'imported', cities: 6, links: 6 });
    expect(await count('(:Place)')).toBe(6);
    expect(await count('(:Place)-[:IN_COUNTRY]->(:Country)')).toBe(6);
    expect(await count('(:Country)')).toBe(3);
    expect(await count('(:Partnership)')).toBe(5);
    expect(await count('(:Place)-[:PARTY_TO]->(:Partnership)')).toBe(10);
    expect(await count('(:Document)')).toBe(2);
    expect(await count('(:Sentence)-[:IN]->(:Document)')).toBe(12);
    expect(await count('(:Document)-[:MENTIONS]->(:Place)')).toBe(6);
    // The pair listed twice is one tie with two rows of evidence.
    expect(await count('(:Partnership)-[:EVIDENCED_BY]->(:Sentence)')).toBe(6);
    expect(await count('(:Place)-[:EVIDENCED_BY]->(:Sentence)')).toBe(6);

    const ties = await rows(
      `MATCH (a:Place)-[r:TIED_TO]->(b:Place)
      MATCH (t:Partnership {id: r.partnership})<-[:PARTY_TO]-(a), (t)<-[:PARTY_TO]-(b)
      RETURN a.id < b.id AS ordered, r.kind AS kind, r.status AS status, r.since IS NULL AS noSince, t.status ` +
        `AS tieStatus`,
    );
    expect(ties).toHaveLength(5);
    expect(
      ties.every(
        (t) => t.ordered && t.kind === 'twin' && t.status === 'active' && t.noSince && t.tieStatus === 'active',
      ),
    ).toBe(true);
  });

  it('writes offsets and line numbers as integers and coordinates as floats', async () => {
    await importFixture();
    const types = await rows(`MATCH (s:Sentence) WITH s LIMIT 1 MATCH (p:Place) WITH s, p LIMIT 1
      RETURN valueType(s.start) AS start, valueType(s.end) AS end, valueType(s.line) AS line, valueType(p.lat) AS lat`);
    expect(types).toEqual([
      { start: 'INTEGER NOT NULL', end: 'INTEGER NOT NULL', line: 'INTEGER NOT NULL', lat: 'FLOAT NOT NULL' },
    ]);
    expect(await count('(s:Sentence) WHERE NOT valueType(s.start) STARTS WITH "INTEGER"')).toBe(0);
  });

  it(
    'gives each tie evidence that reads as a sentence, in the data set as its document, pointing at the ' + 'row',
    async () => {
      await importFixture();
      const evidence = await rows(
        `MATCH (t:Partnership {id: $id})-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document)
      RETURN s.text AS text, s.name AS name, s.start AS start, s.end AS end, d.title AS title ORDER BY s.line`,
        { id: 'partnership:twin:place:de:velsburg|place:jp:minoraka' },
      );
      expect(evidence).toHaveLength(1);
      expect(evidence[0]).toMatchObject({
        text: 'Minoraka and Velsburg are twinned (Wikidata Q105, Q103)',
        name: 'links.csv line 4',
      });
      expect(evidence[0]!.title).toMatch(/^Twinned Cities data set/);
      expect(linksText.slice(evidence[0]!.start as number, evidence[0]!.end as number)).toBe('Q105,Q103');
    },
  );

  it('changes nothing when imported again, skipped or forced', async () => {
    await importFixture();
    const before = await snapshotGraph(driver);
    expect((await importFixture()).status).toBe('unchanged');
    const forced = await importFixture(citiesText, linksText, true);
    expect(forced).toMatchObject({
      status: 'imported',
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await snapshotGraph(driver)).toEqual(before);
  });

  it(
    'replaces what the files said before: a city and a link gone take their nodes, TIED_TO and evidence with ' + 'them',
    async () => {
      await importFixture();
      const fewerCities = citiesText.replace(/^Q106,.*\n/m, '');
      const fewerLinks = linksText
        .replace(/^Q106,Q101\n/m, '')
        .replace(/^Q105,Q106\n/m, '')
        .replace(/^Q102,Q104\n/m, '');
      const result = await importFixture(fewerCities, fewerLinks);
      expect(result.status).toBe('imported');
      expect(await count('(:Place)')).toBe(5);
      expect(await count('(:Place {id: "place:jp:tessaville"})')).toBe(0);
      expect(await count('(:Partnership)')).toBe(2);
      expect(await count('()-[:TIED_TO]->()')).toBe(2);
      const pairs = await countryPairCounts(driver);
      expect(pairs.kept).toEqual(pairs.counted);
      expect(await count('(:Sentence)')).toBe(5 + 3);
      expect(await count('(:Document)-[:MENTIONS]->()')).toBe(5);
      // Importing the same files again changes nothing: the graph now says exactly what the files say.
      expect((await importFixture(fewerCities, fewerLinks)).status).toBe('unchanged');
    },
  );

  it(
    'redoes an import whose documents were left without their hash, as an interrupted import leaves ' + 'them',
    async () => {
      await importFixture();
      await driver.executeQuery('MATCH (d:Document) SET d.factsHash = null');
      expect((await importFixture()).status).toBe('imported');
    },
  );
});
