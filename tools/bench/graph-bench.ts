/**
 * `npm run bench:graph [-- --max 1000000]` (the second half of `npm run bench`): the figures of issue 8, each beside
 * the baseline it is compared with, measured in the same run and interleaved with it. No pass/fail: it prints a table,
 * then as its last line one JSON object with the headline ratios.
 *
 * 1. Seeding articles: the seeder one transaction per document (seedPlan) against its batches across documents
 *    (seedDocuments).
 * 2. Import of the real Twinned Cities data set: the importer against LOAD CSV with CALL { ... } IN TRANSACTIONS and
 *    the same MERGE semantics (tools/bench/load-csv.ts): rows/s and the server's CPU seconds.
 * 3. Synthetic networks with the real set's shape (tools/bench/synthetic-network.ts) of 10^4 and 10^5 ties, and 10^6
 *    with --max 1000000: import against LOAD CSV, then five API questions over HTTP (a real listening server) against
 *    the bare Cypher that answers each (ratio of medians), and at the largest size throughput with 8 connections.
 *
 * It wipes the database it uses, so it never touches the project's graph: it runs its own local Neo4j in
 * `.neo4j/bench` (ports BENCH_NEO4J_BOLT_PORT / BENCH_NEO4J_HTTP_PORT, default 7689 / 7476; stopped at the end when it
 * started it), or the server in BENCH_NEO4J_URI (+ BENCH_NEO4J_USERNAME / BENCH_NEO4J_PASSWORD) when you give one to
 * be wiped; LOAD CSV then needs that server's import folder on this machine.
 */
// First: the API it serves runs as `npm run serve` runs it (NODE_ENV production unless set).
import '../../src/cli/production-env.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { listenApi } from '../../src/api/listen.ts';
import { createServer } from '../../src/api/yoga.ts';
import { openDriver } from '../../src/graph/driver.ts';
import { ensureSchema } from '../../src/graph/schema.ts';
import { readRows, type NamedQuery } from '../../src/graph/queries/read.ts';
import { seedDocuments, seedPlan } from '../../src/graph/seed.ts';
import { planTwinnedCities } from '../../src/import/twinned-cities.ts';
import { importTwinnedCities } from '../../src/import/twinned-cities-import.ts';
import { ensureLocalNeo4j, stopLocalNeo4j } from '../../src/local-neo4j/index.ts';
import { portFromEnv } from '../../src/local-neo4j/options.ts';
import { OVERRIDES_FILE_NAME } from '../../src/local-neo4j/paths.ts';
import { apiCases, askApi, askCypher, pickTargets, type ApiCase } from './api-cases.ts';
import { loadCsv, serverImportFolder, stageFiles } from './load-csv.ts';
import { figureTable, median, processCpuSeconds, time, type Figure } from './measure.ts';
import { syntheticArticlePlans } from './synthetic-articles.ts';
import { fitShape, syntheticNetwork } from './synthetic-network.ts';
import { underLoad, type LoadResult } from './throughput.ts';

const USAGE = `Usage: npm run bench -- [--max 1000000]
  --max N   largest synthetic network, in ties: 10^4 and 10^5 by default; 1000000 adds 10^6

Environment: BENCH_NEO4J_BOLT_PORT / BENCH_NEO4J_HTTP_PORT (the bench's own server, default 7689 / 7476),
BENCH_NEO4J_URI / BENCH_NEO4J_USERNAME / BENCH_NEO4J_PASSWORD (a server of yours to be wiped instead),
BENCH_API_PORT (default 4476), BENCH_DATASET (default ../shared/data/twinned-cities), BENCH_RUNS (API samples per
question and size, default 25), BENCH_LOAD_SECONDS (per turn under load, default 10), BENCH_DOCUMENTS (default 100).`;

const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 25);
const LOAD_SECONDS = Number(env.BENCH_LOAD_SECONDS ?? 10);
const DOCUMENTS = Number(env.BENCH_DOCUMENTS ?? 100);
const DATASET = env.BENCH_DATASET ?? '../shared/data/twinned-cities';
const API_PORT = portFromEnv(env, 'BENCH_API_PORT', 4476);
const CONNECTIONS = 8;
const IMPORT_ROUNDS = 5;
const SEED_ROUNDS = 2;
const ALL_SIZES = [10_000, 100_000, 1_000_000];
const SERVER = {
  home: join(process.cwd(), '.neo4j', 'bench'),
  boltPort: portFromEnv(env, 'BENCH_NEO4J_BOLT_PORT', 7689),
  httpPort: portFromEnv(env, 'BENCH_NEO4J_HTTP_PORT', 7476),
};

const log = (line: string) => console.log(line);

/** A GraphQL request that runs no resolver: the cost of HTTP and the GraphQL server alone. */
const EMPTY_REQUEST: ApiCase = {
  name: 'empty request',
  query: '{ __typename }',
  variables: {},
  cypher: '',
  params: {},
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Deletes everything in the bench's database, in batches (schema stays): relationships first, since one DETACH DELETE
 * of a document with 10^5 sentences would be a transaction of 10^5 relationships whatever the batch size. Each batch
 * is a statement of its own, so that no statement outlives a transaction time limit however large the graph.
 */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const cypher of [
      'MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n',
      'MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS n',
    ]) {
      while (((await session.run(cypher)).records[0]?.get('n') ?? 0) > 0);
    }
  } finally {
    await session.close();
  }
}

/**
 * The bench's own server runs LOAD CSV over a whole file in one statement (its transactions commit inside it), which
 * at 10^6 ties takes many minutes: its settings lift the project's per-transaction time limit of 60 s to an hour.
 */
const BENCH_SERVER_SETTINGS = 'db.transaction.timeout=1h';

function writeBenchServerSettings(home: string): void {
  const file = join(home, OVERRIDES_FILE_NAME);
  const kept = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('db.transaction.timeout='))
    : [];
  mkdirSync(home, { recursive: true });
  writeFileSync(file, `${[...kept, BENCH_SERVER_SETTINGS].join('\n')}\n`);
}

interface ImportTiming {
  rowsPerSecond: number;
  cpuSeconds: number | null;
}

/** Times a load into a wiped database: rows/s, and the server's CPU seconds when its process is known. */
async function timedLoad(
  driver: Driver,
  serverPid: number | null,
  rows: number,
  load: () => Promise<unknown>,
): Promise<ImportTiming> {
  await wipe(driver);
  const cpuBefore = processCpuSeconds(serverPid);
  const [, ms] = await time(load);
  const cpuAfter = processCpuSeconds(serverPid);
  return {
    rowsPerSecond: rows / (ms / 1000),
    cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  };
}

/** The importer and LOAD CSV on the same files, in turns (which goes first alternates); the importer's graph stays. */
async function compareImports(
  driver: Driver,
  serverPid: number | null,
  importFolder: string,
  name: string,
  citiesCsv: string,
  linksCsv: string,
  rounds: number,
) {
  const urls = await stageFiles(driver, importFolder, name, citiesCsv, linksCsv);
  const plan = planTwinnedCities(citiesCsv, linksCsv, name);
  const rows = plan.cities.length + plan.linkCount;
  const importer: ImportTiming[] = [];
  const loadCsvRuns: ImportTiming[] = [];
  for (let round = 0; round < rounds; round++) {
    const runImporter = async () =>
      importer.push(await timedLoad(driver, serverPid, rows, () => importTwinnedCities(driver, plan)));
    // A baseline that fails is reported as such (no figure), and the run goes on.
    const runLoadCsv = async () =>
      loadCsvRuns.push(
        await timedLoad(driver, serverPid, rows, () => loadCsv(driver, urls)).catch((error: Error) => {
          log(`  ${name}: LOAD CSV failed: ${error.message}`);
          return { rowsPerSecond: Number.NaN, cpuSeconds: null };
        }),
      );
    // The importer runs last, so its graph is the one left for the API questions.
    if (round % 2 === 0 || round === rounds - 1) {
      await runLoadCsv();
      await runImporter();
    } else {
      await runImporter();
      await runLoadCsv();
    }
    log(
      `  ${name} round ${round + 1}: importer ${importer.at(-1)!.rowsPerSecond.toFixed(0)} rows/s, LOAD ` +
        `CSV ${loadCsvRuns.at(-1)!.rowsPerSecond.toFixed(0)} rows/s`,
    );
  }
  const cpu = (runs: ImportTiming[]) =>
    runs.every((r) => r.cpuSeconds !== null) ? median(runs.map((r) => r.cpuSeconds!)) : null;
  const finite = (values: number[]) => values.filter(Number.isFinite);
  return {
    rows,
    importer: median(importer.map((r) => r.rowsPerSecond)),
    loadCsv: median(finite(loadCsvRuns.map((r) => r.rowsPerSecond))),
    importerCpu: cpu(importer),
    loadCsvCpu: cpu(loadCsvRuns),
  };
}

async function benchSeeding(driver: Driver): Promise<{ perDocument: number; batched: number }> {
  const plans = syntheticArticlePlans(DOCUMENTS);
  const perDocument: number[] = [];
  const batched: number[] = [];
  // A first small round warms the server's query cache for both ways.
  for (const [round, count] of [[0, 20], ...Array.from({ length: SEED_ROUNDS }, (_, i) => [i + 1, plans.length])] as [
    number,
    number,
  ][]) {
    const some = plans.slice(0, count);
    await wipe(driver);
    const [, perMs] = await time(async () => {
      for (const plan of some) await seedPlan(driver, plan);
    });
    await wipe(driver);
    const [, batchMs] = await time(() => seedDocuments(driver, some));
    if (round === 0) continue;
    perDocument.push(count / (perMs / 1000));
    batched.push(count / (batchMs / 1000));
    log(
      `  seeding round ${round}: per document ${perDocument.at(-1)!.toFixed(1)} documents/s, ` +
        `batched ${batched.at(-1)!.toFixed(1)} documents/s`,
    );
  }
  return { perDocument: median(perDocument), batched: median(batched) };
}

interface CaseTiming {
  name: string;
  graphql: number;
  cypher: number;
  /**
   * The Cypher the API ran for the request, sent alone through the API's own read path: what separates the shape
   * of the API's query (this against `cypher`) from the cost of HTTP and GraphQL (`graphql` against this).
   */
  apiCypher: number;
  /**
   * An empty GraphQL request (`{ __typename }`) over the same HTTP connection, timed in the same turns: what HTTP and
   * the GraphQL server cost before any resolver runs, the floor under `graphql`.
   */
  emptyRequest: number;
  /** Why a side failed (its median is then NaN): a failure is a figure too, and the run goes on. */
  failure: string | null;
}

/** Records the Cypher queries the bench's API server runs, so that a question's own queries can be timed alone. */
class QueryRecorder {
  private recorded: NamedQuery[] = [];
  readonly onQuery = (query: NamedQuery) => void this.recorded.push(query);

  async during(work: () => Promise<void>): Promise<NamedQuery[]> {
    this.recorded = [];
    await work();
    const queries = this.recorded;
    this.recorded = [];
    return queries;
  }
}

/**
 * Each question over HTTP, as bare Cypher, and as the API's own Cypher alone, in turn, after warm-ups; medians in
 * ms.
 */
async function benchQuestions(
  driver: Driver,
  url: string,
  cases: ApiCase[],
  recorder: QueryRecorder,
): Promise<CaseTiming[]> {
  const timings: CaseTiming[] = [];
  for (const c of cases) {
    let failure: string | null = null;
    const apiQueries = await recorder.during(() => askApi(url, c)).catch(() => []);
    const reader = { driver };
    // A side that fails once is not asked again: a failing read can take the driver's 30 s of retries each time.
    const sides = {
      graphql: () => askApi(url, c),
      cypher: () => askCypher(driver, c),
      apiCypher: async () => {
        for (const query of apiQueries) await readRows(reader, query);
      },
      emptyRequest: () => askApi(url, EMPTY_REQUEST),
    };
    const samples: Record<keyof typeof sides, number[] | null> = {
      graphql: [],
      cypher: [],
      apiCypher: [],
      emptyRequest: [],
    };
    for (let i = 0; i < RUNS + 3; i++) {
      for (const side of ['graphql', 'cypher', 'apiCypher', 'emptyRequest'] as const) {
        if (!samples[side]) continue;
        try {
          const [, ms] = await time(sides[side]);
          if (i >= 3) samples[side]!.push(ms);
        } catch (error) {
          const sideName = {
            graphql: 'GraphQL',
            cypher: 'bare Cypher',
            apiCypher: "the API's Cypher",
            emptyRequest: 'an empty GraphQL request',
          }[side];
          failure ??= `${sideName}: ${(error as Error).message.split('\n')[0]}`;
          samples[side] = null;
        }
      }
    }
    const graphql = samples.graphql ? median(samples.graphql) : Number.NaN;
    const cypher = samples.cypher ? median(samples.cypher) : Number.NaN;
    const apiCypher = samples.apiCypher ? median(samples.apiCypher) : Number.NaN;
    const emptyRequest = samples.emptyRequest ? median(samples.emptyRequest) : Number.NaN;
    timings.push({ name: c.name, graphql, cypher, apiCypher, emptyRequest, failure });
    const queries = `${apiQueries.length} ${apiQueries.length === 1 ? 'query' : 'queries'}`;
    log(
      `  ${c.name.padEnd(36)} GraphQL ${graphql.toFixed(1)} ms, bare Cypher ${cypher.toFixed(1)} ms; the API's ` +
        `Cypher alone ${apiCypher.toFixed(1)} ms (${queries}); an empty request ${emptyRequest.toFixed(1)} ms` +
        `${failure ? ` (FAILED: ${failure})` : ''}`,
    );
  }
  return timings;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { max: { type: 'string', default: '100000' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    log(USAGE);
    return 0;
  }
  const max = Number(values.max);
  const sizes = ALL_SIZES.filter((s) => s <= max);
  if (!Number.isFinite(max) || sizes.length === 0)
    throw new Error(`--max ${values.max}: give a number of ties of at least ${ALL_SIZES[0]}.\n${USAGE}`);
  if (!existsSync(join(DATASET, 'cities.csv')) || !existsSync(join(DATASET, 'links.csv'))) {
    throw new Error(
      `The Twinned Cities data set is not in ${DATASET} (cities.csv, links.csv): the bench fits its synthetic ` +
        `networks to it. Set BENCH_DATASET to its folder.`,
    );
  }
  const realCities = readFileSync(join(DATASET, 'cities.csv'), 'utf8');
  const realLinks = readFileSync(join(DATASET, 'links.csv'), 'utf8');
  const started = performance.now();

  const given = env.BENCH_NEO4J_URI;
  if (!given) writeBenchServerSettings(SERVER.home);
  const local = given ? null : await ensureLocalNeo4j(SERVER);
  const driver = await openDriver({
    uri: given ?? local!.uri,
    username: given ? (env.BENCH_NEO4J_USERNAME ?? 'neo4j') : local!.username,
    password: given ? (env.BENCH_NEO4J_PASSWORD ?? '') : local!.password,
    database: undefined,
  });
  const pidFile = join(SERVER.home, 'run', 'pid');
  const serverPid = local && existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) || null : null;
  const recorder = new QueryRecorder();
  const api = await listenApi(createServer({ driver, graphiql: false, onQuery: recorder.onQuery }), {
    port: API_PORT,
    host: '127.0.0.1',
  });
  try {
    log(
      `Bench Neo4j: ${given ?? `${local!.uri} (its own server in ${SERVER.home}, wiped before each load)`}; ` +
        `API: ${api.url}`,
    );
    await ensureSchema(driver);
    const importFolder = await serverImportFolder(driver);

    log(`Seeding ${DOCUMENTS} synthetic articles, ${SEED_ROUNDS} rounds after a warm-up:`);
    const seeding = await benchSeeding(driver);

    log(`Importing the real data set (${DATASET}), ${IMPORT_ROUNDS} rounds:`);
    const real = await compareImports(driver, serverPid, importFolder, 'real', realCities, realLinks, IMPORT_ROUNDS);

    const shape = fitShape(realCities, realLinks);
    log(
      `Shape fitted to the real set: ${shape.citiesPerTie.toFixed(3)} cities per tie, power-law tail from 10 ` +
        `ties with alpha ${shape.alpha.toFixed(2)} (${(shape.tailShare * 100).toFixed(1)}% of ` +
        `cities), ${shape.countries.length} countries`,
    );
    const perSize: {
      ties: number;
      cities: number;
      maxDegree: number;
      importer: number;
      loadCsv: number;
      questions: CaseTiming[];
    }[] = [];
    let load: { api: number; cypher: number; errors: number; firstError: string | null } | null = null;
    for (const [index, ties] of sizes.entries()) {
      const network = syntheticNetwork(shape, ties, 1);
      log(
        `Synthetic network of ${ties.toLocaleString('en-US')} ties: ${network.cities.toLocaleString('en-US')} ` +
          `cities, best-tied city ${network.maxDegree} ties`,
      );
      const imports = await compareImports(
        driver,
        serverPid,
        importFolder,
        `synthetic-${ties}`,
        network.citiesCsv,
        network.linksCsv,
        1,
      );
      const targets = await pickTargets(driver);
      log(
        `  questions about ${targets.hubId} (${targets.hubTies} ties), ${targets.farId}, ` +
          `countries ${targets.countries.join(' and ')}, text "${targets.text}"; ${RUNS} runs each:`,
      );
      const cases = apiCases(targets);
      const questions = await benchQuestions(driver, api.url, cases, recorder);
      perSize.push({
        ties,
        cities: network.cities,
        maxDegree: network.maxDegree,
        importer: imports.importer,
        loadCsv: imports.loadCsv,
        questions,
      });
      if (index === sizes.length - 1) {
        log(`  under load, ${CONNECTIONS} connections, ${LOAD_SECONDS} s per turn, two turns each:`);
        const apiRuns: LoadResult[] = [];
        const cypherRuns: LoadResult[] = [];
        // Questions that failed alone are left out (each failure would hold a connection for its retries), and said.
        const working = cases.filter((c) => !questions.find((q) => q.name === c.name)?.failure);
        if (working.length < cases.length)
          log(
            `  (left out under load, failed alone: ${cases
              .filter((c) => !working.includes(c))
              .map((c) => c.name)
              .join(', ')})`,
          );
        for (let turn = 0; turn < 2; turn++) {
          apiRuns.push(await underLoad(working, (c) => askApi(api.url, c), CONNECTIONS, LOAD_SECONDS));
          cypherRuns.push(await underLoad(working, (c) => askCypher(driver, c), CONNECTIONS, LOAD_SECONDS));
        }
        const rate = (runs: typeof apiRuns) =>
          runs.reduce((s, r) => s + r.requests, 0) / runs.reduce((s, r) => s + r.seconds, 0);
        const errors = [...apiRuns, ...cypherRuns].reduce((s, r) => s + r.errors, 0);
        load = {
          api: rate(apiRuns),
          cypher: rate(cypherRuns),
          errors,
          firstError: [...apiRuns, ...cypherRuns].find((r) => r.firstError)?.firstError ?? null,
        };
        log(
          `  API ${load.api.toFixed(1)} req/s, bare Cypher ${load.cypher.toFixed(1)} req/s, ${errors} ` +
            `errors${load.firstError ? ` (first: ${load.firstError})` : ''}`,
        );
      }
    }

    // The table: every figure beside its baseline.
    const smallest = perSize[0]!;
    const largest = perSize.at(-1)!;
    const figures: Figure[] = [
      {
        name: 'seeding articles, batched across documents',
        value: seeding.batched,
        unit: 'docs/s',
        baseline: seeding.perDocument,
        baselineName: 'per document',
        goal: 'batched',
      },
      {
        name: `import, real data set (${real.rows} rows)`,
        value: real.importer,
        unit: 'rows/s',
        baseline: real.loadCsv,
        baselineName: 'LOAD CSV',
        goal: '>= 0.8',
      },
      ...(real.importerCpu !== null && real.loadCsvCpu !== null
        ? [
            {
              name: 'import server CPU, real data set',
              value: real.importerCpu,
              unit: 's',
              baseline: real.loadCsvCpu,
              baselineName: 'LOAD CSV',
              goal: '-',
            },
          ]
        : []),
      ...perSize.map((s) => ({
        name: `import, ${s.ties.toLocaleString('en-US')} ties`,
        value: s.importer,
        unit: 'rows/s',
        baseline: s.loadCsv,
        baselineName: 'LOAD CSV',
        goal: '>= 0.8',
      })),
      ...perSize.flatMap((s) =>
        s.questions.map((q) => ({
          name: `${q.name}, ${s.ties.toLocaleString('en-US')} ties`,
          value: q.graphql,
          unit: 'ms',
          baseline: q.cypher,
          baselineName: 'bare Cypher',
          goal: '<= 1.5',
        })),
      ),
      ...(perSize.length > 1
        ? largest.questions.map((q, i) => ({
            name:
              `growth ${smallest.ties.toLocaleString('en-US')} -> ${largest.ties.toLocaleString('en-US')} ` +
              `ties, ${q.name}`,
            value: q.graphql,
            unit: 'ms',
            baseline: smallest.questions[i]!.graphql,
            baselineName: `at ${smallest.ties.toLocaleString('en-US')}`,
            goal: '< 2',
          }))
        : []),
      ...(load
        ? [
            {
              name:
                `throughput, ${CONNECTIONS} connections, ${largest.ties.toLocaleString('en-US')} ties ` +
                `(${load.errors} errors)`,
              value: load.api,
              unit: 'req/s',
              baseline: load.cypher,
              baselineName: 'bare Cypher',
              goal: '>= 0.6, 0 errors',
            },
          ]
        : []),
    ];
    log('');
    log(figureTable(figures));
    log(`(${seconds(performance.now() - started)} in all)`);

    const round = (n: number) => Math.round(n * 1000) / 1000;
    const worst = (ratios: number[]) => Math.max(...ratios.filter(Number.isFinite));
    const ratios = largest.questions.map((q) => q.graphql / q.cypher);
    const summary = {
      importVsLoadCsv: round(real.importer / real.loadCsv),
      seedBatchVsPerDocument: round(seeding.batched / seeding.perDocument),
      // Over the questions that answered; the ones that failed are listed apart.
      graphqlVsRaw: round(worst(perSize.flatMap((s) => s.questions.map((q) => q.graphql / q.cypher)))),
      scaleGrowth:
        perSize.length > 1
          ? round(worst(largest.questions.map((q, i) => q.graphql / smallest.questions[i]!.graphql)))
          : null,
      failedQuestions: perSize.flatMap((s) =>
        s.questions.filter((q) => q.failure).map((q) => `${q.name} at ${s.ties}: ${q.failure}`),
      ),
      throughputVsRaw: load ? round(load.api / load.cypher) : null,
      throughputErrors: load?.errors ?? null,
      sizes: perSize.map((s) => s.ties),
      importRowsPerSecond: {
        real: Math.round(real.importer),
        ...Object.fromEntries(perSize.map((s) => [s.ties, Math.round(s.importer)])),
      },
      loadCsvRowsPerSecond: {
        real: Math.round(real.loadCsv),
        ...Object.fromEntries(perSize.map((s) => [s.ties, Math.round(s.loadCsv)])),
      },
      graphqlVsRawAtLargest: Object.fromEntries(largest.questions.map((q, i) => [q.name, round(ratios[i]!)])),
      // Where each ratio comes from: the API's Cypher against the bare one (the query's shape), and GraphQL over HTTP
      // against the API's Cypher alone (HTTP, GraphQL execution, serialising).
      apiCypherVsRawAtLargest: Object.fromEntries(
        largest.questions.map((q) => [q.name, round(q.apiCypher / q.cypher)]),
      ),
      graphqlVsApiCypherAtLargest: Object.fromEntries(
        largest.questions.map((q) => [q.name, round(q.graphql / q.apiCypher)]),
      ),
      // The ratio each question would have if its GraphQL execution cost nothing: bare Cypher plus an empty request
      // over HTTP, against bare Cypher. The worst of them bounds what graphqlVsRaw can reach on this machine.
      emptyRequestFloorVsRaw: round(
        worst(perSize.flatMap((s) => s.questions.map((q) => (q.cypher + q.emptyRequest) / q.cypher))),
      ),
      seconds: Math.round((performance.now() - started) / 1000),
    };
    log(JSON.stringify(summary));
    return 0;
  } finally {
    await api.close(5_000);
    await driver.close();
    if (local?.started) await stopLocalNeo4j(SERVER);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
