/**
 * The tie network as rankings need it: every place with a tie (id, country, kind) and every tie between two places
 * (one `TIED_TO` edge each). Read whole, because PageRank and betweenness depend on the whole network; the API
 * computes rankings from it once per version of the graph and serves pages from memory (src/api/rankings-cache.ts).
 */
import { readRows, type GraphReader, type NamedQuery } from './read.ts';

export interface TieNetwork {
  places: { id: string; countryCode: string | null; kind: string | null }[];
  ties: { a: string; b: string; kind: string | null }[];
}

export const tieNetworkPlacesQuery: NamedQuery = {
  name: 'tieNetwork.places',
  cypher: `MATCH (p:Place) WHERE EXISTS { (p)-[:TIED_TO]-() }
RETURN p.id AS id, p.countryCode AS countryCode, p.kind AS kind`,
  params: {},
};

export const tieNetworkTiesQuery: NamedQuery = {
  name: 'tieNetwork.ties',
  cypher: `MATCH (a:Place)-[t:TIED_TO]->(b:Place)
RETURN a.id AS a, b.id AS b, t.kind AS kind`,
  params: {},
};

/**
 * What changes when the tie network changes, read from the count store (no scan): the number of ties, of places
 * and of partnership nodes. An edit that keeps all three equal is caught by the cache's time limit instead.
 */
export const tieNetworkVersionQuery: NamedQuery = {
  name: 'tieNetwork.version',
  cypher:
    `RETURN COUNT { ()-[:TIED_TO]->() } AS ties, COUNT { (:Place) } AS places, COUNT { (:Partnership) } ` +
    `AS partnerships`,
  params: {},
};

export async function readTieNetworkVersion(reader: GraphReader): Promise<string> {
  const [row] = await readRows(reader, tieNetworkVersionQuery);
  return `${row?.ties}:${row?.places}:${row?.partnerships}`;
}

export async function readTieNetwork(reader: GraphReader): Promise<TieNetwork> {
  const places = (await readRows(reader, tieNetworkPlacesQuery)) as unknown as TieNetwork['places'];
  const ties = (await readRows(reader, tieNetworkTiesQuery)) as unknown as TieNetwork['ties'];
  return { places, ties };
}
