/**
 * The statements the Twinned Cities importer runs: one parameterised UNWIND ... MERGE per batch of rows, so each
 * transaction holds a few thousand rows whatever the size of the files. The rows go to the server a few batches at
 * a time, in one statement that writes each batch in a transaction of its own (`CALL { ... } IN TRANSACTIONS`): one
 * round trip for several transactions, and the server goes from one batch to the next without waiting for the
 * client. They give the graph the seeder gives a document (MERGE on stable ids, a Sentence per row with IN and
 * EVIDENCED_BY, MENTIONS from the document), plus the direct TIED_TO relationship beside every Partnership and the
 * tie's derived `countryPair` and `undatedCountryPair`, and at the end the count of ties of every pair of countries
 * (`TIES_WITH`; see queries/partnerships.ts).
 * Offsets and line numbers are written as integers.
 *
 * `$run` tags every sentence and evidence edge this import writes: what the documents said before and no longer say
 * is what is left untagged, and the two `stale...` statements delete it (with the facts nothing else supports) once
 * the new content is in. They run as CALL ... IN TRANSACTIONS of `$batch` rows.
 */
import { countryPairExpression, RECOUNT_ALL_COUNTRY_PAIRS } from '../graph/queries/partnerships.ts';

/** A list property that only grows: what it holds plus what a row brings, each value once, never `except`. */
const grownList = (current: string, added: string, except: string) =>
  `reduce(acc = [], x IN coalesce(${current}, []) + ${added} | CASE WHEN x IN acc OR x = ${except} THEN acc ` +
  `ELSE acc + x END)`;

/** The Sentence a row is, in its document; `fact` points at it. */
const ROW_SENTENCE = `
MERGE (s:Sentence {id: row.sentenceId})
SET s.name = row.sentenceName, s.text = row.text, s.line = toInteger(row.line),
    s.start = toInteger(row.start), s.end = toInteger(row.end), s.importRun = $run
MERGE (s)-[:IN]->(d)
MERGE (fact)-[e:EVIDENCED_BY]->(s)
SET e.confidence = 1.0, e.importRun = $run`;

/**
 * After `fact` lost a sentence of document `d`: the mention goes when the document no longer states the fact, and the
 * fact goes (a tie with its TIED_TO) when no sentence supports it any more. Countries stay: other documents' places
 * and people point at them by code.
 */
const FORGET_UNSUPPORTED =
  `WITH d, fact WHERE fact IS NOT NULL AND NOT EXISTS { ` +
  `(fact)-[:EVIDENCED_BY]->(:Sentence)-[:IN]->(d) }
      OPTIONAL MATCH (d)-[m:MENTIONS]->(fact)
      DELETE m
      WITH DISTINCT fact WHERE NOT fact:Country AND NOT EXISTS { (fact)-[:EVIDENCED_BY]->() }
      OPTIONAL MATCH (fact)<-[:PARTY_TO]-(:Place)-[tie:TIED_TO {partnership: fact.id}]->()
      DELETE tie
      WITH DISTINCT fact
      DETACH DELETE fact`;

/** `$rows` written `$batch` rows a transaction: the body reads its batch as `$rows[offset..offset + $batch]`. */
const inBatches = (body: string) => `
    UNWIND range(0, size($rows) - 1, $batch) AS offset
    CALL (offset) {${body}
    } IN TRANSACTIONS OF 1 ROW`;

export const IMPORT_CYPHER = {
  /** Whether both documents hold this very import already, and whether they hold anything (else nothing is stale). */
  unchanged: `
    OPTIONAL MATCH (c:Document {id: $citiesId})
    OPTIONAL MATCH (l:Document {id: $linksId})
    RETURN coalesce(c.factsHash = $importHash AND l.factsHash = $importHash, false) AS unchanged,
           EXISTS { MATCH (d:Document)<-[:IN]-(:Sentence) WHERE d IN [c, l] } AS written`,

  /** The documents, without the hash that says the import is complete: an interrupted import is never "unchanged". */
  documents: `
    UNWIND $rows AS row
    MERGE (d:Document {id: row.id})
    SET d += row, d.factsHash = null`,

  /** After the links and the clean-up: the import touches ties of most pairs, so every pair is recounted. */
  recountPairs: RECOUNT_ALL_COUNTRY_PAIRS,

  complete: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    SET d.factsHash = $importHash`,

  countries: `
    UNWIND $rows AS row
    MERGE (c:Country {id: row.id})
    ON CREATE SET c.code = row.code, c.name = row.name
    SET c.aliases = ${grownList('c.aliases', 'row.aliases', 'c.name')},
        c.nameKeys = ${grownList('c.nameKeys', 'row.nameKeys', 'null')}`,

  cities: inBatches(`
    MATCH (d:Document {id: $documentId})
    UNWIND $rows[offset..offset + $batch] AS row
    MERGE (fact:Place {id: row.id})
    SET fact.name = row.name, fact.kind = 'city', fact.countryCode = row.countryCode,
        fact.lat = row.lat, fact.lng = row.lng, fact.wikidataId = row.wikidataId,
        fact.aliases = ${grownList('fact.aliases', '[]', 'row.name')},
        fact.nameKeys = ${grownList('fact.nameKeys', '[row.nameKey]', 'null')}
    MERGE (d)-[:MENTIONS]->(fact)
    WITH d, row, fact
    MATCH (c:Country {id: row.countryId})
    MERGE (fact)-[:IN_COUNTRY]->(c)
    WITH d, row, fact${ROW_SENTENCE}`),

  links: inBatches(`
    MATCH (d:Document {id: $documentId})
    UNWIND $rows[offset..offset + $batch] AS row
    MATCH (a:Place {id: row.aId}), (b:Place {id: row.bId})
    MERGE (fact:Partnership {id: row.id})
    SET fact.name = row.name, fact.kind = 'twin', fact.since = null, fact.sinceBasis = 'unknown', fact.sinceNote = null,
        fact.until = null, fact.status = 'active'
    MERGE (a)-[:PARTY_TO]->(fact)
    MERGE (b)-[:PARTY_TO]->(fact)
    WITH d, row, fact, a, b, ${countryPairExpression('a.countryCode', 'b.countryCode')} AS pair
    SET fact.countryPair = pair, fact.undatedCountryPair = pair
    WITH d, row, fact, CASE WHEN a.id = row.lowId THEN [a, b] ELSE [b, a] END AS ends
    WITH d, row, fact, ends[0] AS low, ends[1] AS high
    MERGE (low)-[tie:TIED_TO {partnership: row.id}]->(high)
    SET tie.kind = 'twin', tie.since = null, tie.until = null, tie.status = 'active'
    WITH d, row, fact${ROW_SENTENCE}`),

  /**
   * Evidence this import did not write on a sentence it wrote: a row of new content that landed on the offsets of an
   * old row keeps the old row's sentence id, but the old row's fact must let go of it.
   */
  staleEvidence: `
    MATCH (d:Document {id: $documentId})<-[:IN]-(s:Sentence {importRun: $run})<-[e:EVIDENCED_BY]-(fact)
    WHERE e.importRun IS NULL OR e.importRun <> $run
    CALL (d, e, fact) {
      DELETE e
      ${FORGET_UNSUPPORTED}
    } IN TRANSACTIONS OF $batch ROWS`,

  /** What the document said before this import and no longer says: its old sentences and what hung on them. */
  staleSentences: `
    MATCH (d:Document {id: $documentId})<-[:IN]-(s:Sentence)
    WHERE s.importRun IS NULL OR s.importRun <> $run
    CALL (d, s) {
      OPTIONAL MATCH (fact)-[:EVIDENCED_BY]->(s)
      DETACH DELETE s
      ${FORGET_UNSUPPORTED}
    } IN TRANSACTIONS OF $batch ROWS`,
} as const;
