/**
 * The API under load: a Neo4j restart in the middle of 8 connections' traffic (how fast it answers again), and a
 * SIGTERM under keep-alive load (how fast it exits, and that it exits at all).
 */
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { nodesByIdQuery } from '../../src/graph/queries/nodes.ts';
import { neo4jEnv, sleep, startCommand, finished, type Neo4jTarget } from './processes.ts';
import type { CheckResult } from './report.ts';

const CONNECTIONS = 8;
// A lookup by id: one indexed read, so that the figures are about availability, not about a slow query on a busy
// machine (a search on a cold server can outlast the read timeout).
const PROBE_ID = 'place:gb:zz-chaos-probe';
const QUERY = JSON.stringify({ query: `{ place(id: "${PROBE_ID}") { id name } }` });

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  unavailable: boolean;
  /** What went wrong otherwise: the first error's message, or the HTTP failure. */
  error?: string;
}

/** The first error message of a GraphQL response body, if it has one. */
function firstError(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { errors?: { message?: string }[] }).errors?.[0]?.message;
  } catch {
    return undefined;
  }
}

function post(agent: http.Agent, port: number): Promise<Omit<Sample, 'at' | 'ms'>> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => {
          const errors = response.statusCode !== 200 || body.includes('"errors"');
          const unavailable = body.includes('DATABASE_UNAVAILABLE');
          const error = errors && !unavailable ? (firstError(body) ?? `HTTP ${response.statusCode}`) : undefined;
          resolve({ ok: !errors, unavailable, ...(error ? { error } : {}) });
        });
      },
    );
    request.on('error', (error) => resolve({ ok: false, unavailable: false, error: error.message }));
    request.end(QUERY);
  });
}

/** 8 keep-alive clients posting one after the other until stopped. */
function load(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const samples: Sample[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const at = performance.now();
      const result = await post(agent, port);
      samples.push({ at, ms: performance.now() - at, ...result });
      if (!result.ok && !result.unavailable) await sleep(20); // connection refused: do not spin
    }
  };
  const workers = Array.from({ length: CONNECTIONS }, worker);
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(workers);
      agent.destroy();
    },
  };
}

/** Until the load is under way: answers on every connection (a cold API on a busy machine is slow at first). */
async function warmUp(samples: Sample[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (samples.filter((s) => s.ok).length < 4 * CONNECTIONS && Date.now() < deadline) await sleep(100);
}

async function startApi(target: Neo4jTarget, port: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const api = startCommand(
    'src/cli/serve.ts',
    [],
    neo4jEnv(target, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv }),
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return api;
    if (api.exitCode !== null || Date.now() > deadline) throw new Error(`the API on port ${port} did not get ready`);
    await sleep(200);
  }
}

/** Bolt's magic preamble, then four proposed versions (5.0-5.8, 4.4, none, none). */
const BOLT_HANDSHAKE = Buffer.from('6060b017' + '00080805' + '00000404' + '00000000' + '00000000', 'hex');

/** Whether a Bolt server answers the handshake on `port`: Neo4j's process listens, whatever its databases do. */
function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    // Any 4-byte reply is Bolt speaking.
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (data) => data.length >= 4 && done(true));
  });
}

/** One query on a new driver (no pooled connection from before the restart, no retries); true when it answered. */
async function answersOnNewDriver(target: Neo4jTarget, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery(cypher, params, { routing: 'READ' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** When Neo4j came back, in three steps (performance.now() times). */
interface Neo4jBack {
  /** Bolt answered the handshake again. */
  boltAt: number;
  /** A new connection's `RETURN 1` answered: the database runs (it starts, after a SIGKILL recovers, after Bolt). */
  databaseAt: number;
  /**
   * A new connection (not the API's) answered the lookup the load asks, the Cypher the API sends: Neo4j answers that
   * question again. Its first answer after a restart is slow for any client: the query is planned anew on a cold JVM.
   */
  lookupAt: number;
}

/** Polls the restarting Neo4j for the three steps of `Neo4jBack`. */
async function watchNeo4jBack(target: () => Neo4jTarget, boltPort: number): Promise<Neo4jBack> {
  const bolt = (async () => {
    while (!(await boltAnswers(boltPort))) await sleep(50);
    return performance.now();
  })();
  while (!(await answersOnNewDriver(target(), 'RETURN 1'))) await sleep(100);
  const databaseAt = performance.now();
  const lookup = nodesByIdQuery('Place', [PROBE_ID]);
  // A comment makes it another entry of Neo4j's plan cache: the bare driver plans the lookup itself, and does not plan
  // it for the API (whose first requests would then find it planned).
  const ownPlan = `${lookup.cypher}\n// the chaos check's bare driver`;
  while (!(await answersOnNewDriver(target(), ownPlan, lookup.params))) await sleep(100);
  const lookupAt = performance.now();
  return { boltAt: Math.min(await bolt, databaseAt), databaseAt, lookupAt };
}

const ms = (value: number) => (value === Infinity ? 'never' : `${Math.round(value)} ms`);
/** "120 ms after" / "40 ms before" (the API may answer before the bare driver's own cold lookup does). */
const relative = (value: number) =>
  value === Infinity ? 'never' : `${Math.round(Math.abs(value))} ms ${value < 0 ? 'before' : 'after'}`;

/**
 * Neo4j is killed and restarted under load; the API must answer within 2 s of Neo4j answering again. "Answering
 * again" is when a new connection of a bare driver gets the answer to the same lookup: what the API adds to that is its
 * own delay (pooled connections, the availability watcher). The figure also gives the time from Bolt answering and
 * from the database answering `RETURN 1`, which include Neo4j's own start and its cold first plan of the lookup.
 */
export async function loadRestartCheck(
  target: () => Neo4jTarget,
  ports: { api: number; bolt: number },
  neo4jControl: { kill: () => Promise<void>; restart: () => Promise<void> },
): Promise<CheckResult> {
  const api = await startApi(target(), ports.api);
  const exited = finished(api, 600_000);
  const traffic = load(ports.api);
  await warmUp(traffic.samples);
  const downAt = performance.now();
  await neo4jControl.kill();
  const goneAt = performance.now();
  const [back] = await Promise.all([watchNeo4jBack(target, ports.bolt), neo4jControl.restart()]);
  await sleep(3_000);
  await traffic.stop();
  api.kill('SIGTERM');
  await exited;

  const end = (s: Sample) => s.at + s.ms;
  const firstSuccess = traffic.samples.filter((s) => s.ok && s.at >= goneAt).sort((a, b) => end(a) - end(b))[0];
  const successAt = firstSuccess ? end(firstSuccess) : Infinity;
  const recoveryMs = successAt - back.lookupAt;
  const whileDown = traffic.samples.filter((s) => s.at >= downAt + 1_500 && end(s) <= back.databaseAt);
  const slowestWhileDown = Math.max(0, ...whileDown.map((s) => s.ms));
  const otherErrors = traffic.samples.filter((s) => !s.ok && !s.unavailable);
  const errorKinds = new Map<string, number>();
  for (const s of otherErrors) {
    const kind = (s.error ?? 'no answer').slice(0, 100);
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  }
  const errorsSaid = [...errorKinds].map(([kind, n]) => `${n}x "${kind}"`).join(', ');
  const afterRecovery = traffic.samples.filter((s) => s.at > successAt + 500);
  const failuresAfter = afterRecovery.filter((s) => !s.ok).length;
  return {
    name: 'API: Neo4j restart under load (8 connections)',
    ok: recoveryMs <= 2_000 && slowestWhileDown <= 2_000 && failuresAfter === 0,
    figure:
      `first success ${relative(recoveryMs)} Neo4j answered the same lookup on a new connection ` +
      `(bound 2000 ms after), ` +
      `${relative(successAt - back.databaseAt)} its database answered RETURN 1, ` +
      `${relative(successAt - back.boltAt)} Bolt answered again (Neo4j: database up ` +
      `${ms(back.databaseAt - back.boltAt)} after Bolt, first lookup ${ms(back.lookupAt - back.databaseAt)}); ` +
      `Neo4j down ${((back.databaseAt - downAt) / 1000).toFixed(1)} s, slowest answer while down ` +
      `${ms(slowestWhileDown)} (${whileDown.length} requests, all "database unavailable": ` +
      `${whileDown.every((s) => s.unavailable)}); ${failuresAfter} failures after recovery; ` +
      `${traffic.samples.length} requests, ${otherErrors.length} errors other than "database unavailable"` +
      (errorsSaid ? ` (${errorsSaid})` : ''),
  };
}

/** SIGTERM while 8 keep-alive clients keep posting: the API must drain and exit 0 within the drain timeout. */
export async function sigtermCheck(target: () => Neo4jTarget, port: number): Promise<CheckResult> {
  const drainMs = 10_000;
  const api = await startApi(target(), port, { API_DRAIN_TIMEOUT_MS: String(drainMs) });
  const exited = finished(api, 60_000);
  const traffic = load(port);
  await warmUp(traffic.samples);
  const servedBefore = traffic.samples.filter((s) => s.ok).length;
  const signalledAt = performance.now();
  api.kill('SIGTERM');
  const result = await exited;
  const exitMs = performance.now() - signalledAt;
  await traffic.stop();
  return {
    name: 'API: SIGTERM under keep-alive load',
    ok: !result.timedOut && result.code === 0 && exitMs <= drainMs + 1_000,
    figure:
      `exited ${result.timedOut ? 'never (killed after 60 s)' : `with code ${result.code}`} ` +
      `${Math.round(exitMs)} ms after SIGTERM (bound ${drainMs + 1_000} ms); ` +
      `${servedBefore} requests served before it`,
  };
}
