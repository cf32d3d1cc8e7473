/**
 * Configuration, read and checked once at start. Environment variable names are the ones Neo4j's own tools use.
 */
import { LOG_LEVELS, type LogLevel } from './log.ts';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The Neo4j server named by NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or null when unset. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI="${uri}" is not a Neo4j address; use e.g. neo4j://localhost:7687 or bolt://localhost:7687, or ` +
        `unset it to start a local server.`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of that server.');
  }
  return {
    uri,
    username: env.NEO4J_USERNAME?.trim() || 'neo4j',
    password,
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}

/** How much the API logs (LOG_LEVEL: debug, info, warn, error or silent; default info). */
function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL="${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}.`);
  }
  return raw as LogLevel;
}

export interface ApiConfig {
  host: string;
  port: number;
  /** How long a stop waits for requests in flight before cutting their connections (API_DRAIN_TIMEOUT_MS). */
  drainTimeoutMs: number;
  logLevel: LogLevel;
  /** The server-side timeout of every read the API runs (NEO4J_READ_TIMEOUT_MS). */
  readTimeoutMs: number;
}

/**
 * The GraphQL server's settings: HOST (default 127.0.0.1, this machine only), PORT (default 4000) and
 * API_DRAIN_TIMEOUT_MS (default 10000).
 */
export function apiConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const rawPort = env.PORT?.trim() || '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT="${rawPort}" is not a TCP port number (1-65535).`);
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  // An address or a host name; anything else (a URL, a port) would fail later with a less helpful message.
  if (!/^[A-Za-z0-9.:-]+$/.test(host) || /^\d+$/.test(host)) {
    throw new ConfigError(
      `HOST="${host}" is not a host name or IP address; use e.g. 127.0.0.1, or 0.0.0.0 for every interface.`,
    );
  }
  const rawDrain = env.API_DRAIN_TIMEOUT_MS?.trim() || '10000';
  if (!/^\d+$/.test(rawDrain)) {
    throw new ConfigError(`API_DRAIN_TIMEOUT_MS="${rawDrain}" is not a number of milliseconds.`);
  }
  return {
    host,
    port,
    drainTimeoutMs: Number(rawDrain),
    logLevel: logLevelFromEnv(env),
    readTimeoutMs: readTimeoutMsFromEnv(env),
  };
}

/** How long one read of the API may run in Neo4j before Neo4j stops it, unless NEO4J_READ_TIMEOUT_MS says otherwise. */
export const DEFAULT_READ_TIMEOUT_MS = 5000;
const MAX_READ_TIMEOUT_MS = 600_000;

/** NEO4J_READ_TIMEOUT_MS: the server-side timeout of every read the API runs, in milliseconds (default 5000). */
export function readTimeoutMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEO4J_READ_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_READ_TIMEOUT_MS;
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms < 1 || ms > MAX_READ_TIMEOUT_MS) {
    throw new ConfigError(
      `NEO4J_READ_TIMEOUT_MS="${raw}" is not a timeout in whole milliseconds from 1 to ${MAX_READ_TIMEOUT_MS}; ` +
        `unset it for the default of ${DEFAULT_READ_TIMEOUT_MS}.`,
    );
  }
  return ms;
}
