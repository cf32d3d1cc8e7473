/**
 * A local server's settings: its home folder and ports, from the caller or the environment.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.ts';
import { localNeo4jPaths, type LocalNeo4jPaths } from './paths.ts';

const DEFAULT_BOLT_PORT = 7687;
const DEFAULT_HTTP_PORT = 7474;
// A cold first start on a busy 2-core machine takes ~15-30 s; allow generously before declaring it failed.
const DEFAULT_START_TIMEOUT_MS = 180_000;
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LocalNeo4jOptions {
  /** Folder of the server's files; default NEO4J_LOCAL_HOME or `<checkout>/.neo4j`. */
  home?: string;
  boltPort?: number;
  httpPort?: number;
  /** How long to wait for Bolt to answer after starting the process. */
  startTimeoutMs?: number;
  /** Progress messages (downloading, starting); default: to stderr. */
  log?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface ResolvedOptions {
  paths: LocalNeo4jPaths;
  boltPort: number;
  httpPort: number;
  startTimeoutMs: number;
  log: (message: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Reads a TCP port from the environment, with an error naming the variable when it is not one. */
export function portFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`${name}="${raw}" is not a TCP port number (1-65535).`);
  }
  return port;
}

export function resolveOptions(options: LocalNeo4jOptions = {}): ResolvedOptions {
  const env = options.env ?? process.env;
  const home = path.resolve(options.home ?? (env.NEO4J_LOCAL_HOME?.trim() || path.join(PROJECT_ROOT, '.neo4j')));
  return {
    paths: localNeo4jPaths(home),
    boltPort: options.boltPort ?? portFromEnv(env, 'NEO4J_LOCAL_BOLT_PORT', DEFAULT_BOLT_PORT),
    httpPort: options.httpPort ?? portFromEnv(env, 'NEO4J_LOCAL_HTTP_PORT', DEFAULT_HTTP_PORT),
    startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    log: options.log ?? ((message) => process.stderr.write(`[neo4j] ${message}\n`)),
    env,
  };
}
