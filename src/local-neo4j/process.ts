/**
 * The server process: its pid file, whether a pid is really this home's server, waiting for Bolt, starting it
 * detached and stopping it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { serverJavaArgs } from './conf.ts';
import type { Credentials } from './credentials.ts';
import { LocalNeo4jError } from './errors.ts';
import { tailOfFile } from './exec.ts';
import type { LocalNeo4jPaths } from './paths.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readPid(paths: LocalNeo4jPaths): number | null {
  if (!fs.existsSync(paths.pidFile)) return null;
  const pid = Number(fs.readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether pid is a live (not zombie) process that is this home's Neo4j, so a recycled pid is not taken for it. */
export function isServerProcess(pid: number, paths: LocalNeo4jPaths): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    // EPERM: alive but not ours to signal; it cannot be the server this user started.
    return false;
  }
  const proc = `/proc/${pid}`;
  if (!fs.existsSync(proc)) return true; // no procfs (macOS): the signal check is all there is
  try {
    const state = /\)\s+(\S)/.exec(fs.readFileSync(`${proc}/stat`, 'utf8'))?.[1];
    if (state === 'Z' || state === 'X') return false;
    const cmdline = fs.readFileSync(`${proc}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('org.neo4j.server.CommunityEntryPoint') && cmdline.includes(`--home-dir=${paths.home}`);
  } catch {
    return false; // exited between the checks
  }
}

/** The pid of this home's running server, clearing a stale pid file. */
export function runningPid(paths: LocalNeo4jPaths): number | null {
  const pid = readPid(paths);
  if (pid === null) return null;
  if (isServerProcess(pid, paths)) return pid;
  fs.rmSync(paths.pidFile, { force: true });
  return null;
}

type BoltCheck = { ok: true } | { ok: false; authFailed: boolean; reason: string };

export async function checkBolt(uri: string, credentials: Credentials): Promise<BoltCheck> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { ok: false, authFailed: code.startsWith('Neo.ClientError.Security.'), reason: (error as Error).message };
  } finally {
    await driver.close();
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

interface WaitOptions {
  paths: LocalNeo4jPaths;
  uri: string;
  credentials: Credentials;
  timeoutMs: number;
  isAlive: () => boolean;
}

/** Polls Bolt until it accepts the credentials; fails early if the process dies or the password is refused. */
export async function waitForBolt({ paths, uri, credentials, timeoutMs, isAlive }: WaitOptions): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const check = await checkBolt(uri, credentials);
    if (check.ok) return;
    if (check.authFailed) {
      throw new LocalNeo4jError(
        `The local Neo4j at ${uri} refused the password in ${paths.credentialsFile} (${check.reason}). ` +
          `Stop it (npm run neo4j -- stop) and delete ${paths.data} to start anew.`,
      );
    }
    last = check.reason;
    if (!isAlive()) {
      throw new LocalNeo4jError(
        `The local Neo4j exited while starting. Last lines of ${paths.neo4jLog} and ${paths.consoleLog}:\n` +
          `${tailOfFile(paths.neo4jLog, 15)}\n${tailOfFile(paths.consoleLog, 15)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `The local Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s (last error: ${last}). ` +
          `See ${paths.neo4jLog}, ${path.join(paths.logs, 'debug.log')} and ${paths.consoleLog}.`,
      );
    }
    await sleep(500);
  }
}

/** Starts the server detached (its own process group: it outlives this command and a Ctrl-C in its terminal). */
export function spawnServer(
  paths: LocalNeo4jPaths,
  settings: ReadonlyMap<string, string>,
): { pid: number; hasExited: () => boolean } {
  const logFd = fs.openSync(paths.consoleLog, 'a');
  const child = spawn('java', serverJavaArgs(paths, settings), {
    cwd: paths.home,
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start `java` for the local Neo4j.');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  child.unref();
  fs.writeFileSync(paths.pidFile, `${child.pid}\n`);
  return { pid: child.pid, hasExited: () => exited };
}

/** Stops the server (SIGTERM, then SIGKILL after a minute) and waits until it is gone. */
export async function stopServer(pid: number, paths: LocalNeo4jPaths, log: (message: string) => void): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isServerProcess(pid, paths)) {
    if (Date.now() > deadline) {
      log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it.`);
      process.kill(pid, 'SIGKILL');
      await sleep(1_000);
      break;
    }
    await sleep(250);
  }
  fs.rmSync(paths.pidFile, { force: true });
}
