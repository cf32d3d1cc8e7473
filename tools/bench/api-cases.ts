/**
 * The five questions the API benchmark asks, each as a GraphQL request and as the bare Cypher that answers the same
 * question (what a person writing Cypher by hand would send), on targets picked from the graph at hand: the
 * best-tied place, a place far from it, the two countries with most places, and a name fragment.
 */
import { Agent, request } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { CONNECTION_RELATIONSHIP_TYPES, NAMED_LABELS } from '../../src/graph/model.ts';
import { countryPairOf } from '../../src/graph/queries/partnerships.ts';
import { toDriverParams } from '../../src/graph/queries/read.ts';
import { searchQuery } from '../../src/graph/queries/search.ts';
import { relationshipTypeAlternation } from '../../src/graph/queries/traversal.ts';

export interface ApiCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
}

export interface Targets {
  hubId: string;
  hubTies: number;
  farId: string;
  /** The country with more places first: the argument order that is hard for a query that starts from the first. */
  countries: [string, string];
  text: string;
}

/** A syllable pair of the synthetic names (synthetic-network.ts): a few hundred names hold it at 10^5 ties. */
export const SEARCH_TEXT = 'sulven';

export async function pickTargets(driver: Driver): Promise<Targets> {
  const one = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records[0]!.toObject();
  const hub = await one(
    `MATCH (p:Place) RETURN p.id AS id, COUNT { (p)-[:TIED_TO]-() } AS ties ORDER BY ties DESC, p.id LIMIT 1`,
  );
  const tied = await one(`MATCH (p:Place) WHERE EXISTS { (p)-[:TIED_TO]-() } RETURN count(p) AS n`);
  const far = await one(
    `MATCH (p:Place) WHERE EXISTS { (p)-[:TIED_TO]-() } AND p.id <> $hub
    WITH p ORDER BY p.wikidataId SKIP toInteger($skip) LIMIT 1 RETURN p.id AS id`,
    { hub: hub.id, skip: Math.floor((tied.n as number) / 2) },
  );
  const countries = await driver.executeQuery(
    `MATCH (c:Country) RETURN c.code AS code ORDER BY COUNT { (c)<-[:IN_COUNTRY]-() } DESC, c.code LIMIT 2`,
  );
  const [big, small] = countries.records.map((r) => r.get('code') as string) as [string, string];
  return {
    hubId: hub.id as string,
    hubTies: hub.ties as number,
    farId: far.id as string,
    countries: [big, small],
    text: SEARCH_TEXT,
  };
}

const REL = relationshipTypeAlternation(CONNECTION_RELATIONSHIP_TYPES);

export function apiCases(t: Targets): ApiCase[] {
  // Projected as the API projects it for this request: each hit's id and name.
  const search = searchQuery(t.text, NAMED_LABELS, { offset: 0, limit: 20 }, ['name']);
  return [
    {
      name: 'partners with evidence',
      query: `query($id: ID!) { place(id: $id) { name partners(first: 50) { totalCount edges {
        node { ... on Place { name countryCode } }
        partnership { kind since evidence(first: 1) { sentence document { title } } } } } } }`,
      variables: { id: t.hubId },
      cypher:
        `MATCH (p:Place {id: $id})
CALL (p) { MATCH (p)-[:PARTY_TO]->(t:Partnership) RETURN count(t) AS totalCount }
CALL (p) {
  MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(o)
  WITH t, o ORDER BY t.since IS NULL, t.since, o.name, t.id LIMIT 50
  CALL (t) { MATCH (t)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document) RETURN s.text AS sentence, d.title AS ` +
        `title LIMIT 1 }
  RETURN collect({name: o.name, countryCode: o.countryCode, kind: t.kind, since: t.since, sentence: sentence, ` +
        `title: title}) AS edges
}
RETURN p.name AS name, totalCount, edges`,
      params: { id: t.hubId },
    },
    {
      name: 'ties between two countries',
      query:
        `query($countries: [String!]) { partnerships(filter: { countries: $countries }, first: 100) { ` +
        `totalCount edges { node { name since } } } }`,
      variables: { countries: t.countries },
      // By hand one reads the pair's count and ties as the model keeps them (see README, The graph): the count on the
      // pair's TIES_WITH, then the page in index order, the dated ties by start year, then the undated ones by name
      // while the page is not full.
      cypher: `CALL () { OPTIONAL MATCH ()-[r:TIES_WITH {pair: $pair}]->() RETURN coalesce(r.ties, 0) AS totalCount }
CALL () {
  MATCH (t:Partnership) WHERE t.countryPair = $pair AND t.since IS NOT NULL
  WITH t ORDER BY t.countryPair, t.since, t.name, t.id LIMIT 100
  RETURN collect(t{.name, .since}) AS dated
}
CALL (dated) {
  WITH dated WHERE size(dated) < 100
  MATCH (t:Partnership) WHERE t.undatedCountryPair = $pair AND t.name IS NOT NULL
  WITH t ORDER BY t.undatedCountryPair, t.name, t.id LIMIT 100
  RETURN collect(t{.name, .since}) AS undated
}
RETURN totalCount, (dated + undated)[..100] AS items`,
      params: { pair: countryPairOf(t.countries[0], t.countries[1]) },
    },
    {
      name: 'neighbourhood (depth 2, 200 nodes)',
      query:
        `query($id: ID!) { neighbourhood(id: $id, depth: 2, first: 200) { truncated nodes { distance node ` +
        `{ id name } } edges { from to type } } }`,
      variables: { id: t.hubId },
      // By hand, as the API does it: ring by ring, each cut to the lowest ids before anything is collected (the
      // second ring scanned from the first's nodes only when the first leaves room), so that it costs what it returns.
      cypher: `MATCH (start:Place {id: $id})
CALL (start) {
  MATCH (start)-[${REL}]-(n)
  WITH DISTINCT n ORDER BY n.id LIMIT 201
  RETURN collect(n) AS ring1
}
CALL (start, ring1) {
  UNWIND CASE WHEN size(ring1) > 200 THEN [] ELSE ring1 END AS m
  MATCH (m)-[${REL}]-(n) WHERE n <> start
  WITH DISTINCT n ORDER BY n.id LIMIT 402
  RETURN collect(n) AS scanned
}
WITH start, [n IN ring1 | {node: n, distance: 1}] +
  [n IN scanned WHERE NOT n IN ring1 | {node: n, distance: 2}] AS found
WITH start, found[..200] AS kept, size(found) > 200 AS truncated
WITH kept, truncated, [start] + [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r${REL}]->(b) WHERE b IN keptNodes
  RETURN collect({from: a.id, to: b.id, type: type(r)})[..1000] AS edges
}
RETURN [k IN kept | {id: k.node.id, name: k.node.name, distance: k.distance}] AS nodes, edges, truncated`,
      params: { id: t.hubId },
    },
    {
      name: 'connection',
      // Between two places the API goes through ties only by default, as this Cypher does.
      query: `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxLength: 8) { length nodes { id name } } }`,
      variables: { a: t.hubId, b: t.farId },
      cypher: `MATCH (a:Place {id: $a}), (b:Place {id: $b})
MATCH p = shortestPath((a)-[:TIED_TO*..8]-(b))
RETURN length(p) AS length, [n IN nodes(p) | n{.id, .name}] AS nodes`,
      params: { a: t.hubId, b: t.farId },
    },
    {
      name: 'search',
      query: `query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id name } } } }`,
      variables: { text: t.text },
      // The Cypher the API's search runs (its full-text indexes), sent straight through the driver.
      cypher: search.cypher,
      params: toDriverParams(search.params) as Record<string, unknown>,
    },
  ];
}

/**
 * Keep-alive connections, as many as the load has clients: the connection set-up is not what is measured, and neither
 * is the client, so the client is Node's plain HTTP module. Its `fetch` spends about twice the CPU per request, which
 * in this one process is CPU the API's server does not get: under load it cut the API's requests per second by a
 * quarter to a third, the way a heavy load generator understates the server it loads.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends a case to the API over HTTP; fails on an HTTP error or a GraphQL error. */
export function askApi(url: string, c: ApiCase): Promise<void> {
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { message: string }[] };
            if (response.statusCode !== 200 || answer.errors)
              reject(new Error(`${c.name}: ${answer.errors?.[0]?.message ?? `HTTP ${response.statusCode}`}`));
            else resolve();
          } catch (error) {
            reject(new Error(`${c.name}: the answer is not JSON (${(error as Error).message})`));
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Sends a case's bare Cypher the cheapest way the driver offers: one auto-commit query in a read session, one round
 * trip (`executeQuery` adds a BEGIN and a COMMIT, which would make the baseline slower than the API's own reads).
 */
export async function askCypher(driver: Driver, c: ApiCase): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(c.cypher, c.params);
  } finally {
    await session.close();
  }
}
