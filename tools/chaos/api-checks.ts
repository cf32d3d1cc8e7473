/**
 * The API under load: a Neo4j restart in the middle of 8 connections' traffic (how fast it answers again), and a
 * SIGTERM under keep-alive load (how fast it exits, and that it exits at all).
 */
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { neo4jEnv, sleep, startCommand, finished, type Neo4jTarget } from './processes.ts';
import type { CheckResult } from './report.ts';

const CONNECTIONS = 8;
// A lookup by id: one indexed read, so that the figures are about availability, not about a slow query on a busy
// machine (a search on a cold server can outlast the read timeout).
const QUERY = JSON.stringify({ query: '{ place(id: "place:gb:zz-chaos-probe") { id name } }' });

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  unavailable: boolean;
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
          resolve({ ok: !errors, unavailable: body.includes('DATABASE_UNAVAILABLE') });
        });
      },
    );
    request.on('error', () => resolve({ ok: false, unavailable: false }));
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

/** Neo4j is killed and restarted under load; the API must answer within 2 s of Neo4j answering again. */
export async function loadRestartCheck(
  target: () => Neo4jTarget,
  port: number,
  killAndRestartNeo4j: () => Promise<{ downAt: number; backAt: number }>,
): Promise<CheckResult> {
  const api = await startApi(target(), port);
  const exited = finished(api, 600_000);
  const traffic = load(port);
  await warmUp(traffic.samples);
  const { downAt, backAt } = await killAndRestartNeo4j();
  await sleep(3_000);
  await traffic.stop();
  api.kill('SIGTERM');
  await exited;

  const firstSuccess = traffic.samples
    .filter((s) => s.ok && s.at + s.ms >= backAt)
    .sort((a, b) => a.at + a.ms - (b.at + b.ms))[0];
  const recoveryMs = firstSuccess ? Math.max(0, firstSuccess.at + firstSuccess.ms - backAt) : Infinity;
  const whileDown = traffic.samples.filter((s) => s.at >= downAt + 1_500 && s.at + s.ms <= backAt);
  const slowestWhileDown = Math.max(0, ...whileDown.map((s) => s.ms));
  const otherErrors = traffic.samples.filter((s) => !s.ok && !s.unavailable).length;
  const afterRecovery = traffic.samples.filter((s) => firstSuccess && s.at > firstSuccess.at + firstSuccess.ms + 500);
  const failuresAfter = afterRecovery.filter((s) => !s.ok).length;
  return {
    name: 'API: Neo4j restart under load (8 connections)',
    ok: recoveryMs <= 2_000 && slowestWhileDown <= 2_000 && failuresAfter === 0,
    figure:
      `first success ${recoveryMs === Infinity ? 'never' : `${Math.round(recoveryMs)} ms`} after Neo4j ` +
      `answered again (bound 2000 ms); ` +
      `Neo4j down ${((backAt - downAt) / 1000).toFixed(1)} s, slowest answer while ` +
      `down ${Math.round(slowestWhileDown)} ms ` +
      `(${whileDown.length} requests, all "database unavailable": ${whileDown.every((s) => s.unavailable)}); ` +
      `${failuresAfter} failures after recovery; ${traffic.samples.length} requests, ${otherErrors} errors ` +
      `other than "database unavailable"`,
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
