/**
 * `npm run bench:graph`: seeding throughput and API latency, printed as figures (no pass/fail).
 *
 * It wipes the database it uses, so it never touches the project's graph: it runs its own local Neo4j in
 * `.neo4j/bench` on ports 7689/7476 (stopped at the end), or the server in BENCH_NEO4J_URI (+ BENCH_NEO4J_PASSWORD)
 * when you give one to be wiped.
 *
 * 1. Seeding: synthetic articles' facts (deterministic), one transaction per document and in batches across
 *    documents: documents/s, rows/s and their ratio.
 * 2. Import: the Twinned Cities data set (../shared/data/twinned-cities, 5,470 cities, 10,596 links): rows/s.
 * 3. API: GraphQL requests through yoga.fetch (in process, no HTTP) on that graph, p50/p95 latency, and the ratio to
 *    the bare Cypher that answers the same question.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createServer } from '../../src/api/yoga.ts';
import { openDriver } from '../../src/graph/driver.ts';
import { planDocument, rowCount } from '../../src/graph/plan.ts';
import { ensureSchema } from '../../src/graph/schema.ts';
import { seedDocuments, seedPlan } from '../../src/graph/seed.ts';
import { readTwinnedCities } from '../../src/import/twinned-cities.ts';
import type { FactsFile } from '../../src/facts/types.ts';
import { ensureLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/index.ts';
import { random } from './random.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const DATASET = process.env.BENCH_DATASET ?? '../shared/data/twinned-cities';
const BENCH_SERVER = { home: join(process.cwd(), '.neo4j', 'bench'), boltPort: 7689, httpPort: 7476 };

const COUNTRIES = ['CN', 'JP', 'KR', 'US', 'DE', 'FR', 'GB', 'IT', 'BR', 'AU'];

/** One synthetic article with its facts: 6 places, 4 officials, 3 ties, 2 meetings, 1 country figure. */
function syntheticArticle(n: number, next: () => number): { text: string; facts: FactsFile } {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const sentences: string[] = [];
  const say = (sentence: string) => {
    sentences.push(sentence);
    return { sentence, confidence: 0.9 };
  };
  const places = Array.from({ length: 6 }, () => {
    const country = pick(COUNTRIES);
    const name = `Town ${Math.floor(next() * 2000)} ${country}`;
    return { name, kind: 'city' as const, country, evidence: say(`${name} is a city of note number ${n}.`) };
  });
  const unique = [...new Map(places.map((p) => [p.name, p])).values()];
  const people = Array.from({ length: 4 }, (_, i) => {
    const place = unique[i % unique.length]!;
    const name = `Official ${Math.floor(next() * 500)}`;
    const sentence = say(`Mayor of ${place.name} ${name} spoke in article ${n}, part ${i}.`);
    return { name, country: place.country, offices: [{ title: 'Mayor', place: place.name, evidence: sentence }], evidence: sentence };
  });
  const distinctPeople = [...new Map(people.map((p) => [p.name, p])).values()];
  const partnerships = unique.slice(1, 4).map((b, i) => ({
    a: unique[0]!.name,
    b: b.name,
    kind: pick(['sister', 'friendship', 'twin'] as const),
    since: 1970 + Math.floor(next() * 50),
    sinceBasis: 'stated' as const,
    evidence: say(`${unique[0]!.name} and ${b.name} became partners, tie ${i} of article ${n}.`),
  }));
  const meetings =
    distinctPeople.length >= 2
      ? [0, 1].map((i) => ({
          participants: [distinctPeople[0]!.name, distinctPeople[1 + (i % (distinctPeople.length - 1))]!.name],
          date: `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
          place: unique[0]!.name,
          evidence: say(`${distinctPeople[0]!.name} met a colleague, meeting ${i} of article ${n}.`),
        }))
      : [];
  const [c1, c2] = [pick(COUNTRIES), pick(COUNTRIES.filter((c) => c !== 'CN'))];
  const countryFigures =
    c1 !== c2
      ? [{ countries: [c1, c2] as [string, string], metric: 'sister city pairs', value: Math.floor(next() * 400), qualifier: 'more than' as const, evidence: say(`There are many pairs, says article ${n}.`) }]
      : [];
  const file = `bench-${String(n).padStart(4, '0')}.txt`;
  return {
    text: sentences.join(' '),
    facts: {
      document: { file, title: `Synthetic article ${n}`, date: '2024-01-01', source: 'Bench', url: null, reviewed: false },
      places: unique,
      people: distinctPeople,
      partnerships,
      meetings,
      events: [],
      countryFigures,
    },
  };
}

function locate(facts: FactsFile, text: string): FactsFile {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.sentence === 'string') {
        record.start = text.indexOf(record.sentence);
        record.end = (record.start as number) + record.sentence.length;
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(facts);
  return facts;
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Deletes every node, in batches (CALL IN TRANSACTIONS needs an auto-commit transaction). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').finally(() => session.close());
}

async function benchSeeding(driver: Driver): Promise<void> {
  const next = random(42);
  const plans = Array.from({ length: DOCUMENTS }, (_, n) => {
    const { text, facts } = syntheticArticle(n, next);
    return planDocument(locate(facts, text), text, { factsText: JSON.stringify(facts), extracted: true });
  });
  const rows = plans.reduce((sum, plan) => sum + rowCount(plan), 0);
  // One transaction per document against batches of a few thousand rows, interleaved on an empty graph each time.
  const seconds: Record<'perDocument' | 'batched', number[]> = { perDocument: [], batched: [] };
  for (let round = 0; round < 2; round++) {
    for (const [mode, batchRows] of [['perDocument', 0], ['batched', undefined]] as const) {
      await wipe(driver);
      const [, ms] = await time(() => seedDocuments(driver, plans, { batchRows }));
      seconds[mode].push(ms / 1000);
    }
  }
  const best = (samples: number[]) => Math.min(...samples);
  for (const mode of ['perDocument', 'batched'] as const) {
    const s = best(seconds[mode]);
    console.log(`seed ${DOCUMENTS} synthetic articles, ${mode === 'batched' ? 'batched      ' : 'per document '}: ${(DOCUMENTS / s).toFixed(1)} documents/s, ${(rows / s).toFixed(0)} rows/s (${rows} rows, best of 2: ${s.toFixed(1)} s)`);
  }
  console.log(`seedBatchVsPerDocument (throughput ratio): ${(best(seconds.perDocument) / best(seconds.batched)).toFixed(2)}`);
  const [, againMs] = await time(() => seedDocuments(driver, plans));
  console.log(`re-seed unchanged (skipped by hash):     ${(DOCUMENTS / (againMs / 1000)).toFixed(0)} documents/s`);
  const [, forcedMs] = await time(() => seedDocuments(driver, plans, { force: true }));
  console.log(`re-seed forced (replace each document):  ${(DOCUMENTS / (forcedMs / 1000)).toFixed(1)} documents/s, ${(rows / (forcedMs / 1000)).toFixed(0)} rows/s`);
}

async function benchImport(driver: Driver): Promise<boolean> {
  if (!existsSync(join(DATASET, 'links.csv'))) {
    console.log(`import: skipped, no data set at ${DATASET} (set BENCH_DATASET)`);
    return false;
  }
  const plans = await readTwinnedCities(DATASET);
  for (const [what, plan] of [['cities', plans.cities], ['links', plans.links]] as const) {
    const [, ms] = await time(() => seedPlan(driver, plan));
    const rows = rowCount(plan);
    console.log(`import twinned-cities ${what.padEnd(6)}:           ${(plan.sentences.length / (ms / 1000)).toFixed(0)} CSV rows/s, ${(rows / (ms / 1000)).toFixed(0)} graph rows/s (${(ms / 1000).toFixed(1)} s)`);
  }
  return true;
}

async function benchApi(driver: Driver): Promise<void> {
  const yoga = createServer({ driver, graphiql: false });
  const hub = await driver.executeQuery(
    `MATCH (p:Place)-[:PARTY_TO]->(t:Partnership) WITH p, count(t) AS ties ORDER BY ties DESC, p.id LIMIT 1 RETURN p.id AS id, p.name AS name, ties`,
  );
  const far = await driver.executeQuery(
    `MATCH (p:Place)-[:PARTY_TO]->(:Partnership) WITH DISTINCT p ORDER BY p.id SKIP 500 LIMIT 1 RETURN p.id AS id`,
  );
  const hubId: string = hub.records[0]!.get('id');
  const farId: string = far.records[0]!.get('id');
  console.log(`API on ${hub.records[0]!.get('name')} (${hub.records[0]!.get('ties')} ties) and ${farId}, ${RUNS} runs each after 5 warm-ups:`);

  const cases: { name: string; query: string; variables: Record<string, unknown>; cypher?: string }[] = [
    {
      name: 'place partners (first 50)',
      query: `query($id: ID!) { place(id: $id) { name partners(first: 50) { totalCount edges { node { ... on Place { name } } partnership { kind since evidence(first: 1) { sentence } } } } } }`,
      variables: { id: hubId },
      cypher: `MATCH (p:Place {id: $id})-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(o) MATCH (t)-[:EVIDENCED_BY]->(s:Sentence) RETURN t.kind, t.since, o.name, collect(s.text)[0] ORDER BY t.since LIMIT 50`,
    },
    {
      name: 'neighbourhood depth 2 (200 nodes)',
      query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, first: 200) { truncated nodes { distance node { id name } } edges { from to type } } }`,
      variables: { id: hubId },
    },
    {
      name: 'connection between two places',
      query: `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxLength: 8) { length nodes { id } } }`,
      variables: { a: hubId, b: farId },
    },
    {
      name: 'ties between two countries (first 100)',
      query: `{ partnerships(filter: { countries: ["DE", "FR"] }, first: 100) { totalCount edges { node { name since } } } }`,
      variables: {},
    },
    { name: 'search "spring"', query: `{ search(text: "spring", first: 20) { edges { node { id name } } } }`, variables: {} },
  ];

  for (const c of cases) {
    const request = async () => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: c.query, variables: c.variables }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors) throw new Error(`${c.name}: ${body.errors[0]!.message}`);
    };
    for (let i = 0; i < 5; i++) await request();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await time(request))[1]);
    let line = `  ${c.name.padEnd(40)} p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`;
    if (c.cypher) {
      const direct: number[] = [];
      for (let i = 0; i < 5; i++) await driver.executeQuery(c.cypher, c.variables);
      for (let i = 0; i < RUNS; i++) direct.push((await time(() => driver.executeQuery(c.cypher!, c.variables)))[1]);
      line += `; bare Cypher p50 ${percentile(direct, 50).toFixed(1)} ms (API/Cypher ${(percentile(samples, 50) / percentile(direct, 50)).toFixed(2)}x)`;
    }
    console.log(line);
  }
}

async function main(): Promise<void> {
  const given = process.env.BENCH_NEO4J_URI;
  const local = given ? null : await ensureLocalNeo4j(BENCH_SERVER);
  const driver = await openDriver({
    uri: given ?? local!.uri,
    username: given ? (process.env.BENCH_NEO4J_USERNAME ?? 'neo4j') : local!.username,
    password: given ? (process.env.BENCH_NEO4J_PASSWORD ?? '') : local!.password,
    database: undefined,
  });
  try {
    await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').catch(async () => {
      const session = driver.session();
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').finally(() => session.close());
    });
    await ensureSchema(driver);
    await benchSeeding(driver);
    if (await benchImport(driver)) await benchApi(driver);
  } finally {
    await driver.close();
    if (local?.started) await stopLocalNeo4j(BENCH_SERVER);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
