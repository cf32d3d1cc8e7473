/**
 * Rankings are computed from the whole tie network, which costs a read of every tie and, for betweenness, a search
 * from every place: once per version of the graph, not once per request. One entry per driver (one per server);
 * it is recomputed when the tie network's counts change (a seed or an import) or after `RANKINGS_MAX_AGE_MS`, which
 * catches edits that leave the counts equal.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphReader } from '../graph/queries/read.ts';
import { readTieNetwork, readTieNetworkVersion } from '../graph/queries/tie-network.ts';
import { computeRankings, type Rankings } from '../graph/rankings.ts';

export const RANKINGS_MAX_AGE_MS = 5 * 60_000;

interface Entry {
  version: string;
  computedAt: number;
  rankings: Promise<Rankings>;
}

const entries = new WeakMap<Driver, Entry>();

/** The rankings of the graph as it is now, from the cache when the tie network has not changed. */
export async function currentRankings(reader: GraphReader, now: () => number = Date.now): Promise<Rankings> {
  const version = await readTieNetworkVersion(reader);
  const cached = entries.get(reader.driver);
  if (cached && cached.version === version && now() - cached.computedAt < RANKINGS_MAX_AGE_MS) return cached.rankings;
  const entry: Entry = { version, computedAt: now(), rankings: readTieNetwork(reader).then(computeRankings) };
  entries.set(reader.driver, entry);
  // A failed computation is not cached: the next request tries again.
  entry.rankings.catch(() => {
    if (entries.get(reader.driver) === entry) entries.delete(reader.driver);
  });
  return entry.rankings;
}
