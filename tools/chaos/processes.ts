/**
 * Running the project's commands as child processes, the way an operator does, against the chaos Neo4j.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
}

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  ms: number;
  timedOut: boolean;
}

export function neo4jEnv(target: Neo4jTarget, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    ...extra,
  };
}

/** Starts `node <script> ...args` (the Node that runs this script, i.e. the project's Node 24). */
export function startCommand(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits for a started command; kills it (SIGKILL) after `timeoutMs`. */
export function finished(child: ChildProcess, timeoutMs: number): Promise<CommandResult> {
  const started = performance.now();
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // Let the pipes drain.
      setImmediate(() => resolve({ code, signal, output, ms: performance.now() - started, timedOut }));
    });
  });
}

export function runCommandLine(script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000) {
  return finished(startCommand(script, args, env), timeoutMs);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
