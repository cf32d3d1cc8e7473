/**
 * Writes a planned Twinned Cities import (twinned-cities.ts) in bounded batches: each batch of rows is one write
 * transaction, so no size of the files can exhaust the server's transaction memory: a transaction holds one batch
 * however long the files are. A few batches go to the server in one statement that commits each
 * (`CALL { ... } IN TRANSACTIONS`, as LOAD CSV does), run again on a transient error.
 *
 * Re-importing is safe: every row is a MERGE on stable ids, the sentences written are tagged with this import's
 * content hash, and what the documents said before and no longer say is deleted afterwards. The documents get the
 * import's hash only when everything is in, so an import that stops half-way is redone, and an unchanged one is
 * skipped.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { IMPORT_CYPHER } from './twinned-cities-cypher.ts';
import type { TwinnedCitiesPlan } from './twinned-cities.ts';

/** Rows per transaction: a few thousand keeps a transaction's memory in megabytes and round trips few. */
export const IMPORT_BATCH_ROWS = 5000;

export type ImportPhase = 'cities' | 'links' | 'cleanup';

export interface ImportProgress {
  phase: ImportPhase;
  /** Rows of the phase written so far, and how many it has (cleanup: unknown until done). */
  done: number;
  total: number | null;
}

export interface ImportOptions {
  database?: string;
  /** Write even when both files are what the graph holds already. */
  force?: boolean;
  batchRows?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface ImportResult extends ImportCounters {
  status: 'imported' | 'unchanged';
  cities: number;
  links: number;
  transactions: number;
}

function addCounters(total: ImportCounters, summary: { counters: { updates(): Record<string, number> } }): void {
  const updates = summary.counters.updates();
  total.nodesCreated += updates.nodesCreated ?? 0;
  total.nodesDeleted += updates.nodesDeleted ?? 0;
  total.relationshipsCreated += updates.relationshipsCreated ?? 0;
  total.relationshipsDeleted += updates.relationshipsDeleted ?? 0;
}

/** Groups items into arrays of `size`. */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Batches sent to the server in one statement, each written in a transaction of its own: the statement's rows are
 * held by the server while it runs (a few megabytes), the transactions hold a batch each. A statement of 20,000 rows
 * takes seconds, well within the server's time limit for one statement (60 s, `db.transaction.timeout`).
 */
export const IMPORT_BATCHES_PER_STATEMENT = 4;

/**
 * Runs a batched statement (IMPORT_CYPHER.cities, .links) over the rows, `size` rows a transaction, several
 * transactions a statement; a statement that fails with a transient error runs again (its rows are MERGEs, so the
 * batches it had written already are written again unchanged). The next rows are planned while a statement runs.
 */
async function writeBatches<T>(
  session: Session,
  cypher: string,
  rows: Iterable<T>,
  size: number,
  params: Record<string, unknown>,
  onStatement: (rows: number, transactions: number, summary: Parameters<typeof addCounters>[1]) => void,
): Promise<void> {
  let running: Promise<void> | null = null;
  for (const chunk of batches(rows, size * IMPORT_BATCHES_PER_STATEMENT)) {
    const write = async () => {
      const summary = await runRetrying(session, cypher, { ...params, rows: chunk, batch: neo4j.int(size) });
      onStatement(chunk.length, Math.ceil(chunk.length / size), summary);
    };
    if (running) await running;
    running = write();
  }
  if (running) await running;
}

const TRANSIENT_ATTEMPTS = 5;

/** Runs an auto-commit statement (CALL ... IN TRANSACTIONS needs one), again when the error is transient. */
async function runRetrying(session: Session, cypher: string, params: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await session.run(cypher, params).summary();
    } catch (error) {
      if (!(error instanceof neo4j.Neo4jError && error.retryable) || attempt >= TRANSIENT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

/** Imports a plan into the graph, batch by batch. */
export async function importTwinnedCities(
  driver: Driver,
  plan: TwinnedCitiesPlan,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const size = options.batchRows ?? IMPORT_BATCH_ROWS;
  const progress = options.onProgress ?? (() => {});
  const totals: ImportCounters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  const result = (status: ImportResult['status'], transactions: number): ImportResult => ({
    status,
    cities: plan.cities.length,
    links: plan.linkCount,
    transactions,
    ...totals,
  });
  const documents = [plan.citiesDocument, plan.linksDocument];
  const session = driver.session({ database: options.database, defaultAccessMode: 'WRITE' });
  try {
    const check = await session.executeRead((tx) =>
      tx.run(IMPORT_CYPHER.unchanged, {
        citiesId: plan.citiesDocument.id,
        linksId: plan.linksDocument.id,
        importHash: plan.importHash,
      }),
    );
    if (!options.force && check.records[0]?.get('unchanged') === true) return result('unchanged', 1);
    // A first import has nothing to replace: the scans for what the documents said before are skipped.
    const written = check.records[0]?.get('written') === true;
    // The run is the content: a forced import of the same files keeps every sentence, and an import interrupted and
    // redone with the same files finishes what the first one wrote.
    const run = plan.importHash;
    let transactions = 0;
    const count = (summary: Parameters<typeof addCounters>[1], inside = 1) => {
      addCounters(totals, summary);
      transactions += inside;
    };
    await session.executeWrite((tx) => tx.run(IMPORT_CYPHER.documents, { rows: documents }).summary()).then(count);
    await session.executeWrite((tx) => tx.run(IMPORT_CYPHER.countries, { rows: plan.countries }).summary()).then(count);

    let done = 0;
    progress({ phase: 'cities', done, total: plan.cities.length });
    await writeBatches(
      session,
      IMPORT_CYPHER.cities,
      plan.cities,
      size,
      { documentId: plan.citiesDocument.id, run },
      (n, inside, summary) => {
        count(summary, inside);
        done += n;
        progress({ phase: 'cities', done, total: plan.cities.length });
      },
    );

    done = 0;
    progress({ phase: 'links', done, total: plan.linkCount });
    await writeBatches(
      session,
      IMPORT_CYPHER.links,
      plan.links(),
      size,
      { documentId: plan.linksDocument.id, run },
      (n, inside, summary) => {
        count(summary, inside);
        done += n;
        progress({ phase: 'links', done, total: plan.linkCount });
      },
    );

    // Links first: a tie that goes away lets go of its places before the places are checked.
    progress({ phase: 'cleanup', done: 0, total: null });
    for (const document of written ? [plan.linksDocument, plan.citiesDocument] : []) {
      for (const cypher of [IMPORT_CYPHER.staleEvidence, IMPORT_CYPHER.staleSentences]) {
        count(await runRetrying(session, cypher, { documentId: document.id, run, batch: neo4j.int(size) }));
      }
    }
    progress({ phase: 'cleanup', done: totals.nodesDeleted, total: totals.nodesDeleted });
    count(await runRetrying(session, IMPORT_CYPHER.recountPairs, {}));
    await session
      .executeWrite((tx) =>
        tx.run(IMPORT_CYPHER.complete, { ids: documents.map((d) => d.id), importHash: plan.importHash }).summary(),
      )
      .then(count);
    return result('imported', transactions);
  } finally {
    await session.close();
  }
}
