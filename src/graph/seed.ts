/**
 * Writes documents' facts to the graph, many documents per transaction, so that the graph is a function of the
 * current files whatever order they were seeded in.
 *
 * One batch, in one transaction:
 *   1. forget what the batch's documents said before (their sentences, the EVIDENCED_BY statements on them, their
 *      MENTIONS), and the documents to remove;
 *   2. MERGE every node the batch names by its stable id, with the relationships its id already fixes (a tie's two
 *      places, a meeting's participants), and write each document's statements on EVIDENCED_BY;
 *   3. delete the nodes that no statement supports any more (with a tie's TIED_TO);
 *   4. derive what every touched node shows from the statements of all documents (derive.ts) and write it, with the
 *      relationships that depend on statements (WITHIN, FROM, HELD_IN, DURING, STATED_BY, event attendance, TIED_TO),
 *      and recount the ties of the pairs of countries the batch's ties belong or belonged to (TIES_WITH).
 * Either all of a batch lands or none of it; a batch that fails is retried one document at a time, so one bad
 * document cannot keep the others out.
 */
import neo4j, { type Driver, type ManagedTransaction, type ResultSummary } from 'neo4j-driver';

/** What the statements need of a transaction: an explicit one (writeTransaction) or a managed one. */
type Tx = Pick<ManagedTransaction, 'run'>;
import { deriveNode, type DerivedRow, type Statement } from './derive.ts';
import { EVIDENCED_LABELS, MENTIONED_LABELS, PLACE_LABELS, type EvidencedLabel } from './model.ts';
import { rowCount, SEED_FORMAT, seedRows, type GraphPlan, type SeedRows } from './plan.ts';
import { countryPairCypher, recountCountryPairs } from './queries/partnerships.ts';

export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface SeedResult extends Counters {
  documentId: string;
  file: string;
  /** 'unchanged' when the document and its facts were seeded before exactly as they are now. */
  status: 'seeded' | 'unchanged' | 'removed';
  /** How many documents shared the transaction (and the counters, which are the transaction's). */
  batchSize: number;
}

export interface SeedDocumentsReport {
  results: SeedResult[];
  failed: { file: string; message: string }[];
  /** Set when seeding stopped early because Neo4j could not be reached: what happened and what to do. */
  stopped: string | null;
  /** What the committed transactions changed, together. */
  counters: Counters;
}

export interface SeedDocumentsOptions {
  database?: string;
  /** Rewrite documents even when unchanged since they were last seeded. */
  force?: boolean;
  /** Rows per transaction (a few thousand); 0 writes each document in its own transaction. */
  batchRows?: number;
  /** Ids of documents to remove with what only they supported (their files are gone). */
  removeDocumentIds?: readonly string[];
}

/** Rows per transaction by default: large enough to amortise round trips, small enough for the default heap. */
export const DEFAULT_BATCH_ROWS = 5000;

// Labels and relationship types are never parameters in Cypher; the few that vary come from the model's fixed lists.
// Countries are removed by another rule: when nothing at all points at them (places and people name them by code).
const ORPHAN_LABELS: readonly EvidencedLabel[] = EVIDENCED_LABELS.filter((label) => label !== 'Country');

/**
 * A subquery body that finds a node by id whose label a row names, one UNION branch per allowed label: labels cannot
 * be parameters, and a branch per label keeps every lookup a seek on that label's id constraint.
 */
function matchByLabel(
  variable: string,
  idExpr: string,
  labelExpr: string,
  labels: readonly string[],
  imported = 'row',
): string {
  return labels
    .map(
      (label) =>
        `\n      WITH ${imported} WHERE ${labelExpr} = '${label}' MATCH (${variable}:${label} {id: ${idExpr}}) ` +
        `RETURN ${variable}`,
    )
    .join('\n      UNION ALL');
}

/** MERGE of a relationship between `node` and a place or country that a row names by id and label. */
function mergeToPlace(
  node: string,
  type: string,
  idExpr: string,
  labelExpr: string,
  direction: 'from' | 'to' = 'from',
): string {
  const pattern = direction === 'from' ? `(${node})-[:${type}]->(target)` : `(target)-[:${type}]->(${node})`;
  return `CALL (${node}, row) {
      CALL (row) {${matchByLabel('target', idExpr, labelExpr, PLACE_LABELS)}
      }
      MERGE ${pattern}
    }`;
}

/** Deletes `from`'s relationships of `type` except the one to `keepIdExpr` (all of them when it is null). */
function dropOtherLinks(from: string, pattern: string, keepIdExpr: string): string {
  return `CALL (${from}, row) {
      MATCH ${pattern} WHERE other.id <> coalesce(${keepIdExpr}, '')
      DELETE r
    }`;
}

export const SEED_CYPHER = {
  unchanged: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.id})
    WHERE d.contentHash = row.contentHash AND d.factsHash = row.factsHash AND d.seedFormat = $seedFormat
    RETURN d.id AS id`,

  /** What these documents supported before, so that it can be derived again (or removed) afterwards. */
  previouslyEvidenced: `
    UNWIND $ids AS id
    MATCH (:Document {id: id})<-[:IN]-(:Sentence)<-[:EVIDENCED_BY]-(n)
    WITH DISTINCT n
    RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS label, n.countryPair AS pair`,

  /** The pairs of countries whose tie counts the batch may have changed: its ties' pairs before and after. */
  recountPairs: `
    CALL () {
      UNWIND $tieIds AS id
      MATCH (t:Partnership {id: id})
      RETURN collect(t.countryPair) AS now
    }
    WITH $before + now AS pairs
    ${recountCountryPairs('pairs')}`,

  forgetDocuments: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    OPTIONAL MATCH (d)-[m:MENTIONS]->()
    DELETE m
    WITH DISTINCT d
    OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
    DETACH DELETE s`,

  removeDocuments: `
    UNWIND $ids AS id
    MATCH (d:Document {id: id})
    DETACH DELETE d`,

  documents: `
    UNWIND $rows AS row
    MERGE (d:Document {id: row.id})
    SET d = row.props`,

  sentences: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    MERGE (s:Sentence {id: row.id})
    SET s = row.props
    MERGE (s)-[:IN]->(d)`,

  /** MERGE by id; what a node shows is written by the derive statements. */
  nodes: (label: EvidencedLabel) =>
    label === 'Country'
      ? `
    UNWIND $rows AS row
    MERGE (c:Country {id: row.id})
    ON CREATE SET c.code = row.code`
      : `
    UNWIND $rows AS row
    MERGE (:${label} {id: row.id})`,

  inCountry: `
    UNWIND $rows AS row
    MATCH (p:Place {id: row.placeId}), (c:Country {id: row.countryId})
    MERGE (p)-[:IN_COUNTRY]->(c)`,

  holds: `
    UNWIND $rows AS row
    MATCH (p:Person {id: row.personId}), (o:Office {id: row.officeId})
    MERGE (p)-[:HOLDS]->(o)`,

  officeOf: `
    UNWIND $rows AS row
    MATCH (f:Office {id: row.fromId})
    ${mergeToPlace('f', 'OF', 'row.toId', 'row.toLabel')}`,

  attended: `
    UNWIND $rows AS row
    MATCH (p:Person {id: row.personId}), (m:Meeting {id: row.meetingId})
    MERGE (p)-[:ATTENDED]->(m)`,

  partyTo: `
    UNWIND $rows AS row
    MATCH (t:Partnership {id: row.partnershipId})
    ${mergeToPlace('t', 'PARTY_TO', 'row.placeId', 'row.label', 'to')}`,

  about: `
    UNWIND $rows AS row
    MATCH (f:CountryFigure {id: row.figureId})
    ${mergeToPlace('f', 'ABOUT', 'row.subjectId', 'row.label')}`,

  /** Each document's statement about a fact, on the relationship to the sentence that states it. */
  evidence: `
    UNWIND $rows AS row
    MATCH (s:Sentence {id: row.sentenceId})
    CALL (row) {${matchByLabel('n', 'row.factId', 'row.label', EVIDENCED_LABELS)}
    }
    MERGE (n)-[e:EVIDENCED_BY]->(s)
    SET e = row.stated`,

  mentions: `
    UNWIND $rows AS row
    MATCH (d:Document {id: row.documentId})
    CALL (row) {${matchByLabel('n', 'row.entityId', 'row.label', MENTIONED_LABELS)}
    }
    MERGE (d)-[:MENTIONS]->(n)`,

  /** Nodes that no sentence supports any more, with the TIED_TO shortcut of a tie. */
  orphans: `
    UNWIND $rows AS row
    CALL (row) {${matchByLabel('n', 'row.id', 'row.label', ORPHAN_LABELS)}
    }
    WITH n WHERE NOT (n)-[:EVIDENCED_BY]->()
    CALL (n) {
      MATCH (n)<-[:PARTY_TO]-()-[r:TIED_TO {partnership: n.id}]-()
      WITH DISTINCT r
      DELETE r
    }
    DETACH DELETE n`,

  /** Countries nothing points at: no document names them any more. */
  unusedCountries: `
    MATCH (c:Country) WHERE NOT (c)--()
    DELETE c`,

  /** Every document's statement about each node, for derive.ts. */
  statements: `
    UNWIND $rows AS row
    CALL (row) {${matchByLabel('n', 'row.id', 'row.label', EVIDENCED_LABELS)}
    }
    RETURN row.id AS id, row.label AS label, COLLECT {
      MATCH (n)-[e:EVIDENCED_BY]->(:Sentence)-[:IN]->(d:Document)
      RETURN {document: d.id, reviewed: coalesce(d.reviewed, false), date: d.date, stated: properties(e)}
    } AS statements`,
} as const;

/** The start of every derive statement: what derive.ts gives a node, set on it; `n` and `row` go on. */
function setShown(label: EvidencedLabel): string {
  return `
    UNWIND $rows AS row
    MATCH (n:${label} {id: row.id})
    SET n += row.props`;
}

/** Sets what a node shows and keeps exactly one `type` relationship, to the node `row.<field>` names (none if null). */
function setShownWithLink(label: EvidencedLabel, type: string, targetLabel: string, field: string): string {
  return `${setShown(label)}
    WITH n, row
    ${dropOtherLinks('n', `(n)-[r:${type}]->(other)`, `row.${field}`)}
    WITH n, row WHERE row.${field} IS NOT NULL
    MATCH (target:${targetLabel} {id: row.${field}})
    MERGE (n)-[:${type}]->(target)`;
}

/** Where a meeting or gathering was held: the one place or country derive.ts picked. */
const heldIn = `${dropOtherLinks('n', '(n)-[r:HELD_IN]->(other)', 'row.placeId')}
    WITH n, row WHERE row.placeId IS NOT NULL
    ${mergeToPlace('n', 'HELD_IN', 'row.placeId', 'row.placeLabel')}`;

/** Writes what derive.ts gives each label, and the relationships that follow from it. */
export const DERIVE_CYPHER: Record<EvidencedLabel, string> = {
  Country: setShown('Country'),
  Place: setShownWithLink('Place', 'WITHIN', 'Place', 'withinId'),
  Person: setShownWithLink('Person', 'FROM', 'Country', 'countryId'),
  Office: `${setShown('Office')}
    WITH n, row
    MATCH (:Person)-[h:HOLDS]->(n)
    SET h.former = row.former`,

  Event: `${setShown('Event')}
    WITH n, row
    CALL (n, row) {
      MATCH (other:Person)-[r:ATTENDED]->(n) WHERE NOT other.id IN row.attendeeIds
      DELETE r
    }
    CALL (n, row) {
      UNWIND row.attendeeIds AS personId
      MATCH (p:Person {id: personId})
      MERGE (p)-[:ATTENDED]->(n)
    }
    ${heldIn}`,

  Meeting: `${setShown('Meeting')}
    WITH n, row
    ${dropOtherLinks('n', '(n)-[r:DURING]->(other)', 'row.eventId')}
    CALL (n, row) {
      WITH row WHERE row.eventId IS NOT NULL
      MATCH (e:Event {id: row.eventId})
      MERGE (n)-[:DURING]->(e)
    }
    ${heldIn}`,

  // The shortcut goes from the end with the smaller id to the other, and carries what the tie shows. The tie's
  // country pair (an index key of the lists of ties between two countries) follows from its ends, set just before.
  Partnership: `${setShown('Partnership')}
    WITH n, row
    ${countryPairCypher('n')}
    CALL (n, row) {
      MATCH (end)-[:PARTY_TO]->(n)
      WITH end ORDER BY end.id
      WITH collect(end) AS ends
      WITH ends[0] AS a, ends[1] AS b WHERE b IS NOT NULL
      MERGE (a)-[r:TIED_TO {partnership: n.id}]->(b)
      SET r += row.tie
    }`,

  CountryFigure: setShownWithLink('CountryFigure', 'STATED_BY', 'Person', 'statedById'),
};

/**
 * Sends a statement without waiting for its answer: the driver pipelines the statements of a transaction, so a
 * batch costs one round trip's latency per phase rather than one per statement. `settle` then waits for all of them.
 */
function run(tx: Tx, pending: Promise<ResultSummary>[], cypher: string, params: Record<string, unknown>): void {
  for (const value of Object.values(params)) if (Array.isArray(value) && value.length === 0) return;
  pending.push(tx.run(cypher, params).summary());
}

const noCounters = (): Counters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

async function settle(pending: Promise<ResultSummary>[], counters: Counters): Promise<Counters> {
  for (const summary of await Promise.all(pending)) {
    const updates = summary.counters.updates();
    counters.nodesCreated += updates.nodesCreated;
    counters.nodesDeleted += updates.nodesDeleted;
    counters.relationshipsCreated += updates.relationshipsCreated;
    counters.relationshipsDeleted += updates.relationshipsDeleted;
    counters.propertiesSet += updates.propertiesSet;
  }
  pending.length = 0;
  return counters;
}

/** One batch's statements, in the order the header describes. */
async function writeBatch(tx: Tx, rows: SeedRows, removeIds: readonly string[]): Promise<Counters> {
  const forgotten = [...rows.documentIds, ...removeIds];
  const before = await tx.run(SEED_CYPHER.previouslyEvidenced, { ids: forgotten, labels: EVIDENCED_LABELS });
  const touched = new Map<string, EvidencedLabel>(rows.touched.map((t) => [t.id, t.label]));
  const pairsBefore: string[] = [];
  for (const record of before.records) {
    touched.set(record.get('id'), record.get('label'));
    if (record.get('pair') != null) pairsBefore.push(record.get('pair'));
  }
  const touchedRows = [...touched].map(([id, label]) => ({ id, label }));

  const pending: Promise<ResultSummary>[] = [];
  const counters = noCounters();
  run(tx, pending, SEED_CYPHER.forgetDocuments, { ids: forgotten });
  run(tx, pending, SEED_CYPHER.removeDocuments, { ids: removeIds });
  run(tx, pending, SEED_CYPHER.documents, { rows: rows.documents });
  run(tx, pending, SEED_CYPHER.sentences, { rows: rows.sentences });
  for (const label of EVIDENCED_LABELS) run(tx, pending, SEED_CYPHER.nodes(label), { rows: rows.nodes[label] });
  run(tx, pending, SEED_CYPHER.inCountry, { rows: rows.inCountry });
  run(tx, pending, SEED_CYPHER.holds, { rows: rows.holds });
  run(tx, pending, SEED_CYPHER.officeOf, { rows: rows.officeOf });
  run(tx, pending, SEED_CYPHER.attended, { rows: rows.attended });
  run(tx, pending, SEED_CYPHER.partyTo, { rows: rows.partyTo });
  run(tx, pending, SEED_CYPHER.about, { rows: rows.about });
  run(tx, pending, SEED_CYPHER.evidence, { rows: rows.evidence });
  run(tx, pending, SEED_CYPHER.mentions, { rows: rows.mentions });
  run(tx, pending, SEED_CYPHER.orphans, { rows: touchedRows.filter((row) => row.label !== 'Country') });
  await settle(pending, counters);

  const statements = await tx.run(SEED_CYPHER.statements, { rows: touchedRows });
  const derived = new Map<EvidencedLabel, DerivedRow[]>(EVIDENCED_LABELS.map((label) => [label, []]));
  for (const record of statements.records) {
    const label = record.get('label') as EvidencedLabel;
    const said = record.get('statements') as Statement[];
    // A node without statements was just deleted, unless it is a country a document names only by its code.
    if (said.length === 0 && label !== 'Country') continue;
    derived.get(label)!.push(deriveNode(label, record.get('id'), said));
  }
  for (const label of EVIDENCED_LABELS) run(tx, pending, DERIVE_CYPHER[label], { rows: derived.get(label)! });
  // After the ties' pairs are set (derive) and before countries are checked: a pair's count is a link between them.
  const tieIds = touchedRows.filter((row) => row.label === 'Partnership').map((row) => row.id);
  if (tieIds.length > 0 || pairsBefore.length > 0)
    pending.push(tx.run(SEED_CYPHER.recountPairs, { tieIds, before: pairsBefore }).summary());
  run(tx, pending, SEED_CYPHER.unusedCountries, {});
  return settle(pending, counters);
}

/** Neo4j cannot be reached at all: retrying each further document would only wait for the same answer. */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/**
 * One read without the driver's retries (`executeQuery` would retry an unreachable server for 30 s): the seeder's
 * reads are cheap to repeat by seeding again, and an unreachable server should stop the run at once.
 */
export async function readOnce(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown> = {},
) {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return (await session.run(cypher, params)).records;
  } finally {
    await session.close();
  }
}

const MAX_ATTEMPTS = 4;

/**
 * Runs `work` in a write transaction, retrying transient errors (deadlocks, a leader switch) a few times with a short
 * back-off. Unlike `session.executeWrite`, whose retries last 30 s by default whatever the error, an unreachable
 * server fails at once, so that a seeding run with Neo4j gone stops after one batch rather than waiting per document.
 */
export async function writeTransaction<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      const tx = await session.beginTransaction();
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      if (isUnreachable(error) || !neo4j.isRetryableError(error) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    } finally {
      await session.close();
    }
  }
}

/** Plans in batches of about `batchRows` rows (every plan alone when `batchRows` is 0). */
function batchesOf(plans: readonly GraphPlan[], batchRows: number): GraphPlan[][] {
  const batches: GraphPlan[][] = [];
  let current: GraphPlan[] = [];
  let size = 0;
  for (const plan of plans) {
    if (current.length > 0 && size + rowCount(plan) > batchRows) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(plan);
    size += rowCount(plan);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Seeds documents' plans in batches of a few thousand rows per transaction, and removes the documents named in
 * `removeDocumentIds`. Unchanged documents are skipped (unless `force`). A batch that fails is written again one
 * document at a time, so only the documents that fail alone are reported failed; when Neo4j cannot be reached,
 * seeding stops at the first failure and says so in `stopped`.
 */
export async function seedDocuments(
  driver: Driver,
  plans: readonly GraphPlan[],
  options: SeedDocumentsOptions = {},
): Promise<SeedDocumentsReport> {
  const report: SeedDocumentsReport = { results: [], failed: [], stopped: null, counters: noCounters() };
  const add = (counters: Counters) => {
    for (const key of Object.keys(counters) as (keyof Counters)[]) report.counters[key] += counters[key];
    return counters;
  };
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  let toWrite = [...plans];
  try {
    if (!options.force && plans.length > 0) {
      const hashes = plans.map((p) => ({
        id: p.document.id,
        contentHash: p.document.contentHash,
        factsHash: p.document.factsHash,
      }));
      const unchanged = await readOnce(driver, options.database, SEED_CYPHER.unchanged, {
        rows: hashes,
        seedFormat: SEED_FORMAT,
      });
      const same = new Set(unchanged.map((r) => r.get('id') as string));
      for (const plan of plans.filter((p) => same.has(p.document.id))) {
        report.results.push({
          documentId: plan.document.id,
          file: plan.document.file,
          status: 'unchanged',
          batchSize: 0,
          ...noCounters(),
        });
      }
      toWrite = plans.filter((p) => !same.has(p.document.id));
    }
    const removeIds = options.removeDocumentIds ?? [];
    if (removeIds.length > 0) {
      const counters = add(
        await writeTransaction(driver, options.database, (tx) => writeBatch(tx, seedRows([]), removeIds)),
      );
      for (const id of removeIds)
        report.results.push({ documentId: id, file: id, status: 'removed', batchSize: removeIds.length, ...counters });
    }
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    return stop(report, error, toWrite);
  }

  const write = async (batch: GraphPlan[]) =>
    add(await writeTransaction(driver, options.database, (tx) => writeBatch(tx, seedRows(batch), [])));
  const seeded = (plan: GraphPlan, batchSize: number, counters: Counters) =>
    report.results.push({
      documentId: plan.document.id,
      file: plan.document.file,
      status: 'seeded',
      batchSize,
      ...counters,
    });
  const failed = (plan: GraphPlan, error: unknown) =>
    report.failed.push({
      file: plan.document.file,
      message: `${plan.document.file}: writing to Neo4j failed, nothing of it was written: ${messageOf(error)}`,
    });

  const batches = batchesOf(toWrite, batchRows);
  for (const [index, batch] of batches.entries()) {
    try {
      const counters = await write(batch);
      for (const plan of batch) seeded(plan, batch.length, counters);
      continue;
    } catch (error) {
      if (isUnreachable(error)) return stop(report, error, batches.slice(index).flat());
      if (batch.length === 1) {
        failed(batch[0]!, error);
        continue;
      }
    }
    // The batch failed as a whole: one document of it may be at fault. Write them one by one.
    for (const [position, plan] of batch.entries()) {
      try {
        seeded(plan, 1, await write([plan]));
      } catch (error) {
        if (isUnreachable(error))
          return stop(report, error, [...batch.slice(position), ...batches.slice(index + 1).flat()]);
        failed(plan, error);
      }
    }
  }
  return report;
}

/** Ends a run whose Neo4j cannot be reached: the first document not written fails, `stopped` says how many more. */
function stop(report: SeedDocumentsReport, error: unknown, notWritten: readonly GraphPlan[]): SeedDocumentsReport {
  const reason = messageOf(error).split('\n')[0];
  const first = notWritten[0];
  if (first)
    report.failed.push({
      file: first.document.file,
      message: `${first.document.file}: writing to Neo4j failed, nothing of it was written: ${reason}`,
    });
  report.stopped =
    `Neo4j could not be reached (${reason}): seeding stopped, ${notWritten.length} document(s) not written. ` +
    'Start Neo4j (npm run neo4j -- start, or check NEO4J_URI) and seed again; documents already written are skipped.';
  return report;
}

/** Writes one plan in its own transaction (the Twinned Cities import, tests). Skips the work when nothing changed. */
export async function seedPlan(
  driver: Driver,
  plan: GraphPlan,
  options: { database?: string; force?: boolean } = {},
): Promise<SeedResult> {
  const report = await seedDocuments(driver, [plan], { ...options, batchRows: 0 });
  if (report.failed.length > 0) throw new Error(report.failed[0]!.message);
  return report.results[0]!;
}
