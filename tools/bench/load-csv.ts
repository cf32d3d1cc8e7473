/**
 * The import baseline: Neo4j's own LOAD CSV with CALL { ... } IN TRANSACTIONS, writing the graph the importer writes
 * with the same MERGE semantics (a Place, Country, Partnership, Sentence per row, merged on stable ids; PARTY_TO,
 * TIED_TO, IN, EVIDENCED_BY, MENTIONS, IN_COUNTRY merged; a tie's derived countryPair and undatedCountryPair set; the
 * pairs of countries recounted at the end, by the importer's own statement) in transactions of the same size. What
 * Cypher cannot do as the importer does it is kept as cheap as it can be: places are keyed by their Wikidata id
 * (links name cities only by it) and names are folded with toLower only.
 *
 * LOAD CSV reads only from the server's import folder: the bench copies the files there first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { RECOUNT_ALL_COUNTRY_PAIRS } from '../../src/graph/queries/partnerships.ts';
import { IMPORT_BATCH_ROWS } from '../../src/import/twinned-cities-import.ts';

/** The end of each row's subquery: the row as a Sentence of its document, evidence of `fact`; then the batch size. */
const rowSentence = (file: string, text: string) => `  MERGE (s:Sentence {id: $documentId + '#' + line})
  SET s.name = '${file} line ' + line, s.text = ${text}, s.line = line, s.importRun = $run
  MERGE (s)-[:IN]->(d)
  MERGE (fact)-[e:EVIDENCED_BY]->(s)
  SET e.confidence = 1.0, e.importRun = $run
} IN TRANSACTIONS OF $batch ROWS`;

const CITIES = `
LOAD CSV WITH HEADERS FROM $url AS row
WITH row, linenumber() AS line
CALL (row, line) {
  MATCH (d:Document {id: $documentId})
  WITH d, row, line, CASE row.countrycd WHEN 'CN-TW' THEN 'TW' ELSE row.countrycd END AS code
  MERGE (c:Country {id: 'country:' + code})
  ON CREATE SET c.code = code, c.name = row.country
  MERGE (fact:Place {id: 'place:wd:' + toLower(row.id)})
  SET fact.name = row.name, fact.kind = 'city', fact.countryCode = code,
      fact.lat = toFloat(row.lat), fact.lng = toFloat(row.lng), fact.wikidataId = row.id,
      fact.aliases = [x IN coalesce(fact.aliases, []) WHERE x <> row.name],
      fact.nameKeys = CASE WHEN toLower(row.name) IN coalesce(fact.nameKeys, []) THEN fact.nameKeys
                      ELSE coalesce(fact.nameKeys, []) + toLower(row.name) END
  MERGE (d)-[:MENTIONS]->(fact)
  MERGE (fact)-[:IN_COUNTRY]->(c)
${rowSentence('cities.csv', "row.name + ' is a city in ' + row.country + ' (Wikidata ' + row.id + ')'")}`;

/** The Cypher expression for the sentence that evidences a link row. */
const LINK_SENTENCE = "a.name + ' and ' + b.name + ' are twinned (Wikidata ' + row.source + ', ' + row.target + ')'";
const LINKS = `
LOAD CSV WITH HEADERS FROM $url AS row
WITH row, linenumber() AS line
CALL (row, line) {
  MATCH (d:Document {id: $documentId})
  MATCH (a:Place {id: 'place:wd:' + toLower(row.source)}), (b:Place {id: 'place:wd:' + toLower(row.target)})
  WITH d, row, line, a, b, CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END AS ends
  WITH d, row, line, a, b, ends[0] AS low, ends[1] AS high, 'partnership:twin:' + ends[0].id + '|' + ends[1].id AS tieId
  MERGE (fact:Partnership {id: tieId})
  SET fact.name = a.name + ' – ' + b.name, fact.kind = 'twin', fact.since = null, fact.sinceBasis = 'unknown',
      fact.sinceNote = null, fact.until = null, fact.status = 'active',
      fact.countryPair = CASE WHEN a.countryCode <= b.countryCode THEN a.countryCode + '|' + b.countryCode
                         ELSE b.countryCode + '|' + a.countryCode END,
      fact.undatedCountryPair = fact.countryPair
  MERGE (a)-[:PARTY_TO]->(fact)
  MERGE (b)-[:PARTY_TO]->(fact)
  MERGE (low)-[tie:TIED_TO {partnership: tieId}]->(high)
  SET tie.kind = 'twin', tie.since = null, tie.until = null, tie.status = 'active'
${rowSentence('links.csv', LINK_SENTENCE)}`;

const DOCUMENTS = `
UNWIND $ids AS id
MERGE (d:Document {id: id})
SET d.name = id, d.title = id, d.factsHash = $run`;

/** The server's import folder (where LOAD CSV reads file:/// URLs), as the server reports it. */
export async function serverImportFolder(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' RETURN value",
  );
  const folder = result.records[0]?.get('value') as string | undefined;
  if (!folder)
    throw new Error(
      'The bench server does not say its import folder (server.directories.import): LOAD CSV cannot run.',
    );
  return folder;
}

/**
 * Copies the two files into `<import folder>/bench-data/<name>/` and returns the file:/// URLs LOAD CSV reads them by.
 * A server whose import folder is set reads URLs relative to it; one without the setting reads the whole file system
 * (the URL is then the absolute path): a first read of one line tells which.
 */
export async function stageFiles(
  driver: Driver,
  importFolder: string,
  name: string,
  citiesCsv: string,
  linksCsv: string,
) {
  const folder = join(importFolder, 'bench-data', name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'cities.csv'), citiesCsv);
  writeFileSync(join(folder, 'links.csv'), linksCsv);
  const readable = async (url: string) =>
    driver.executeQuery('LOAD CSV FROM $url AS row WITH row LIMIT 1 RETURN count(*) AS n', { url }).then(
      () => true,
      () => false,
    );
  for (const base of [`file:///bench-data/${name}`, `file://${folder}`]) {
    if (await readable(`${base}/cities.csv`)) return { cities: `${base}/cities.csv`, links: `${base}/links.csv` };
  }
  throw new Error(`LOAD CSV cannot read ${folder} (the server's import folder is ${importFolder}).`);
}

/** Loads the staged files with LOAD CSV into the bench's database. */
export async function loadCsv(driver: Driver, urls: { cities: string; links: string }): Promise<void> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  const run = 'load-csv';
  const [citiesId, linksId] = ['doc:load-csv-cities', 'doc:load-csv-links'];
  const batch = neo4j.int(IMPORT_BATCH_ROWS);
  try {
    await session.run(DOCUMENTS, { ids: [citiesId, linksId], run });
    await session.run(CITIES, { url: urls.cities, documentId: citiesId, run, batch });
    await session.run(LINKS, { url: urls.links, documentId: linksId, run, batch });
    await session.run(RECOUNT_ALL_COUNTRY_PAIRS);
  } finally {
    await session.close();
  }
}
