/**
 * Running named read queries. Every query module builds `{ name, cypher, params }` (pure, snapshot-tested without a
 * database) and runs it here, in a read transaction, so that the database itself refuses any write the API might
 * attempt, and stops any read that runs longer than the reader's timeout. Neo4j values become plain JavaScript at
 * this boundary; nothing above it sees a driver type.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';

/** A Cypher statement with a name (for logs and query counts) and its parameters. Values only ever go in `params`. */
export interface NamedQuery {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** What a query module needs to read: the driver, the database, and an optional observer (the per-request counter). */
export interface GraphReader {
  driver: Driver;
  database?: string | undefined;
  /**
   * Neo4j stops a read transaction that runs longer than this (a server-side transaction timeout), so that no request
   * holds the database for long; without it, the server's `db.transaction.timeout` applies.
   */
  timeoutMs?: number | undefined;
  onQuery?: ((query: NamedQuery) => void) | undefined;
}

/** A read that Neo4j stopped because it ran longer than the reader's timeout. */
export class ReadTimeoutError extends Error {
  override name = 'ReadTimeoutError';
  readonly queryName: string;

  constructor(queryName: string, timeoutMs: number | undefined, options?: ErrorOptions) {
    const limit = timeoutMs === undefined ? "the server's transaction timeout" : `${timeoutMs} ms`;
    super(
      `The query "${queryName}" ran longer than ${limit} and was stopped. Ask for less (smaller pages, a shallower ` +
        'neighbourhood, a shorter connection), or raise NEO4J_READ_TIMEOUT_MS on the server.',
      options,
    );
    this.queryName = queryName;
  }
}

/** Neo4j's codes for a transaction stopped by its timeout: the client's (ours) or the server's own setting. */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.TransactionTimedOut',
]);

/** One page of a longer list: the items on it and how many there are in all. */
export interface Slice<T> {
  totalCount: number;
  items: T[];
}

/** Offset pagination as the queries take it; the API turns cursors into this. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** Attempts of a read that fails with a transient error (the server busy or briefly unavailable), at once. */
const READ_ATTEMPTS = 2;

/**
 * Runs a named query in a read transaction and returns its records as plain objects, typed as the `Row` its caller
 * declares beside the query's Cypher (the one place where what Cypher returns meets a TypeScript type).
 *
 * The transaction is an auto-commit one in a READ session: Neo4j refuses any write in it as in a managed read
 * transaction, and it costs one round trip instead of two (no separate BEGIN and COMMIT), which is most of the
 * time of a small read. A transient failure is tried once more; any other fails at once.
 */
export async function readRows<Row = Record<string, unknown>>(reader: GraphReader, query: NamedQuery): Promise<Row[]> {
  reader.onQuery?.(query);
  const params = toDriverParams(query.params) as Record<string, unknown>;
  for (let attempt = 1; ; attempt++) {
    const session = reader.driver.session({ database: reader.database, defaultAccessMode: neo4j.session.READ });
    try {
      // The metadata names the query in Neo4j's query log and in SHOW TRANSACTIONS, for whoever looks at a slow one.
      const result = await session.run(query.cypher, params, {
        timeout: reader.timeoutMs,
        metadata: { query: query.name },
      });
      return result.records.map((record) => plainInPlace(record.toObject()) as Row);
    } catch (error) {
      if (error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code)) {
        throw new ReadTimeoutError(query.name, reader.timeoutMs, { cause: error });
      }
      if (!(error instanceof Neo4jError && error.retryable) || attempt >= READ_ATTEMPTS) throw error;
    } finally {
      await session.close();
    }
  }
}

/**
 * JavaScript numbers travel to Neo4j as floats, and `LIMIT`, `SKIP` and list slices want integers: whole numbers are
 * sent as Neo4j integers. Parameters stay plain numbers in `NamedQuery` so that they read well in snapshots.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverParams(inner)]));
  }
  return value;
}

/** Converts driver values (integers, nodes, temporal values) to plain JSON-like JavaScript, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps are most of what queries return (projections): they take the short way.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isTemporal(value)) return String(value);
  if (value instanceof neo4j.types.Node) {
    return { ...(toPlain(value.properties) as object), labels: [...value.labels] };
  }
  if (value instanceof neo4j.types.Relationship) {
    return { ...(toPlain(value.properties) as object), type: value.type };
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

/**
 * `toPlain` for a record the driver has just decoded, which nothing else holds: its maps and lists are converted where
 * they are instead of copied, which for a page of a few hundred maps saves as many allocations (and their collection).
 */
function plainInPlace(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = plainInPlace(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = plainInPlace(map[key]);
    return map;
  }
  return toPlain(value);
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** The projection every read query uses for a node: all properties plus `labels`. `v` is the variable name. */
export function nodeProjection(variable: string): string {
  return `${variable}{.*, labels: labels(${variable})}`;
}
