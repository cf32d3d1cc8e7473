/**
 * The per-request context: how to read the graph, the request's batch loaders, and the log of Cypher queries it ran
 * (which tests count, and which `exposeCypherCount` reports in the response's extensions).
 */
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_READ_TIMEOUT_MS } from '../config.ts';
import type { GraphReader, NamedQuery } from '../graph/queries/read.ts';

export interface ApiDeps {
  driver: Driver;
  /** Database name; the server's default database when omitted. */
  database?: string | undefined;
  /** Neo4j stops any read that runs longer (NEO4J_READ_TIMEOUT_MS); DEFAULT_READ_TIMEOUT_MS when omitted. */
  readTimeoutMs?: number | undefined;
  /** Called with every Cypher query a request runs, after the request's own log (tests read the plans with it). */
  onQuery?: ((query: NamedQuery) => void) | undefined;
}

export interface ApiContext {
  reader: GraphReader;
  loaders: RequestLoaders;
  /** Every Cypher query this request ran, in order. */
  cypherLog: NamedQuery[];
}

export function createRequestContext(deps: ApiDeps): ApiContext {
  const cypherLog: NamedQuery[] = [];
  const reader: GraphReader = {
    driver: deps.driver,
    database: deps.database,
    timeoutMs: deps.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
    onQuery: (query) => {
      cypherLog.push(query);
      deps.onQuery?.(query);
    },
  };
  return { reader, loaders: new RequestLoaders(), cypherLog };
}

/**
 * Batch loaders made on demand, one per kind of read and its arguments (`partners` with `first: 5` is another
 * loader than with `first: 10`). All keys asked for in the same tick go to one query, so a list of places asking for
 * their partners costs one query for all of them, whatever the length of the list.
 */
export class RequestLoaders {
  readonly #loaders = new Map<string, DataLoader<string, unknown>>();

  /** The value for `id` from `batch`, which gets every id asked for under `key` in this tick. Missing ids give null. */
  load<V>(key: string, id: string, batch: (ids: readonly string[]) => Promise<Map<string, V>>): Promise<V | null> {
    let loader = this.#loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const found = await batch(ids);
        return ids.map((one) => found.get(one) ?? null);
      });
      this.#loaders.set(key, loader);
    }
    return loader.load(id) as Promise<V | null>;
  }
}
