/**
 * Rankings over the tie network (places as nodes, ties as undirected edges), computed in memory with graphology:
 * - `TIES`: the number of ties a place has (its degree);
 * - `PAGERANK`: PageRank (damping 0.85), which favours places tied to places that are themselves well tied;
 * - `BETWEENNESS`: betweenness centrality, normalised, the share of shortest tie chains between other places that run
 *   through a place: the brokers of the network. Exact (Brandes), so bounded by `MAX_BETWEENNESS_TIES`.
 * (Pairs of countries are ranked from the counts the graph keeps per pair: `countryPairRankingQuery`.)
 */
import { createRequire } from 'node:module';
import { MultiUndirectedGraph } from 'graphology';
import type Betweenness from 'graphology-metrics/centrality/betweenness.js';
import type Pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { TieNetwork } from './queries/tie-network.ts';

// graphology-metrics is CommonJS whose typings declare an ES default export: required as what it is at run time.
const require = createRequire(import.meta.url);
const pagerank = require('graphology-metrics/centrality/pagerank.js') as typeof Pagerank.default;
const betweennessCentrality = require('graphology-metrics/centrality/betweenness.js') as typeof Betweenness.default;

export const PLACE_RANKINGS = ['TIES', 'PAGERANK', 'BETWEENNESS'] as const;
export type PlaceRanking = (typeof PLACE_RANKINGS)[number];

/**
 * Exact betweenness costs a breadth-first search from every place: about a second for the 10,000 ties of the Twinned
 * Cities data set, minutes for a million. Beyond this many ties it is refused rather than left to time out.
 */
export const MAX_BETWEENNESS_TIES = 50_000;

export interface RankedPlace {
  id: string;
  countryCode: string | null;
  kind: string | null;
  ties: number;
  score: number;
}

export interface Rankings {
  byTies: RankedPlace[];
  byPagerank: RankedPlace[];
  /** Null when the network is larger than `MAX_BETWEENNESS_TIES`. */
  byBetweenness: RankedPlace[] | null;
}

/** Highest score first; equal scores by more ties, then by id, so that pages are stable. */
function ranked(places: Omit<RankedPlace, 'score'>[], score: (id: string) => number): RankedPlace[] {
  return places
    .map((place) => ({ ...place, score: score(place.id) }))
    .sort((x, y) => y.score - x.score || y.ties - x.ties || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function computeRankings(network: TieNetwork): Rankings {
  const graph = new MultiUndirectedGraph({ allowSelfLoops: false });
  for (const place of network.places) graph.mergeNode(place.id);
  for (const tie of network.ties) {
    if (tie.a !== tie.b) graph.addEdge(graph.mergeNode(tie.a)[0], graph.mergeNode(tie.b)[0]);
  }
  const places = network.places.map((place) => ({
    ...place,
    ties: graph.hasNode(place.id) ? graph.degree(place.id) : 0,
  }));
  const tiesOf = new Map(places.map((place) => [place.id, place.ties]));
  const pageranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  const betweenness =
    network.ties.length <= MAX_BETWEENNESS_TIES
      ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null })
      : null;
  return {
    byTies: ranked(places, (id) => tiesOf.get(id) ?? 0),
    byPagerank: ranked(places, (id) => pageranks[id] ?? 0),
    byBetweenness: betweenness ? ranked(places, (id) => betweenness[id] ?? 0) : null,
  };
}
