/**
 * `npm run chaos`: the operator's fault checks of issue 9, against a local Neo4j of its own (home .neo4j/chaos, its
 * own ports; wiped freely). Prints one line per check with its figure and exits 1 unless every check holds.
 *
 *   npm run chaos -- [--only kill-seeder,kill-neo4j,edits,malformed,load,sigterm] [--seed N] [--kills 5]
 *                    [--neo4j-kills 2] [--sequences 4]
 * Ports: CHAOS_NEO4J_BOLT_PORT (7692), CHAOS_NEO4J_HTTP_PORT (7479), CHAOS_API_PORT (4092). CHAOS_SEED_ARGS adds
 * arguments to every seed command (e.g. a prune flag).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/graph/driver.ts';
import { ensureLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../src/local-neo4j/index.ts';
import { loadRestartCheck, sigtermCheck } from './api-checks.ts';
import { seededRandom } from './corpus.ts';
import { malformedInputChecks } from './malformed.ts';
import { PROJECT_ROOT, sleep, type Neo4jTarget } from './processes.ts';
import { printCheck, type CheckResult } from './report.ts';
import { editSequenceCheck, killNeo4jCheck, killSeederCheck, type SeedContext } from './seed-checks.ts';

const CHECKS = ['kill-seeder', 'kill-neo4j', 'edits', 'malformed', 'load', 'sigterm'] as const;

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port }, () => probe.close(() => resolve(true)));
  });
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    return !/\)\s+[ZX]/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      seed: { type: 'string' },
      kills: { type: 'string', default: '5' },
      'neo4j-kills': { type: 'string', default: '2' },
      sequences: { type: 'string', default: '4' },
    },
  });
  const only = values.only ? values.only.split(',') : [...CHECKS];
  const unknown = only.filter((name) => !(CHECKS as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`Unknown check(s) ${unknown.join(', ')}; the checks are ${CHECKS.join(', ')}.`);
  const seed = Number(values.seed ?? Math.floor(Math.random() * 1e6));
  console.log(`chaos: random seed ${seed} (rerun the same with --seed ${seed})`);

  const server: LocalNeo4jOptions = {
    home: path.join(PROJECT_ROOT, '.neo4j', 'chaos'),
    boltPort: port('CHAOS_NEO4J_BOLT_PORT', 7692),
    httpPort: port('CHAOS_NEO4J_HTTP_PORT', 7479),
  };
  const apiPort = port('CHAOS_API_PORT', 4092);
  let target: Neo4jTarget = await ensureLocalNeo4j(server);
  const driver: Driver = await openDriver({ ...target, database: undefined });
  const restartNeo4j = async () => {
    // The killed server's side of open client connections can hold its port (FIN_WAIT) for up to a minute; wait.
    const deadline = Date.now() + 90_000;
    while (!(await isPortFree(server.boltPort!)) && Date.now() < deadline) await sleep(250);
    target = await ensureLocalNeo4j(server);
  };
  /** SIGKILL, then wait until the process is gone (else a restart would take the dying one for a running server). */
  const killNeo4j = async () => {
    const pid = Number(fs.readFileSync(path.join(server.home!, 'run', 'pid'), 'utf8'));
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaos-'));
  const ctx: SeedContext = {
    driver: () => driver,
    target: () => target,
    random: seededRandom(seed),
    workDir,
    seedArgs: (process.env.CHAOS_SEED_ARGS ?? '').split(' ').filter(Boolean),
    killNeo4j,
    restartNeo4j,
  };

  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    printCheck(result);
  };
  const attempt = async (name: string, check: () => Promise<CheckResult | CheckResult[]>) => {
    if (!only.includes(name)) return;
    try {
      const outcome = await check();
      for (const result of Array.isArray(outcome) ? outcome : [outcome]) record(result);
    } catch (error) {
      record({
        name,
        ok: false,
        figure: `could not run: ${error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : error}`,
      });
    }
  };
  try {
    await attempt('kill-seeder', () => killSeederCheck(ctx, Number(values.kills)));
    await attempt('kill-neo4j', () => killNeo4jCheck(ctx, Number(values['neo4j-kills'])));
    await attempt('edits', () => editSequenceCheck(ctx, Number(values.sequences)));
    await attempt('malformed', () => malformedInputChecks(ctx));
    await attempt('load', () =>
      loadRestartCheck(
        () => target,
        { api: apiPort, bolt: server.boltPort! },
        { kill: killNeo4j, restart: restartNeo4j },
      ),
    );
    await attempt('sigterm', () => sigtermCheck(() => target, apiPort));
  } finally {
    await driver.close();
    fs.rmSync(workDir, { recursive: true, force: true });
    await stopLocalNeo4j(server);
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(
    `chaos: ${results.length - failed} of ${results.length} checks hold${failed ? `; ${failed} failed` : ''}.`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
