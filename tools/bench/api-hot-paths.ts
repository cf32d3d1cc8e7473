/**
 * `npm run bench:api`: the five API questions of issue 8 over HTTP (a real listening server) against the bare Cypher
 * that answers each (the driver, the same question), interleaved, and the ratio of their medians. It reads the graph
 * in NEO4J_URI as it is (import the Twinned Cities set first: `npm run import:twinned-cities -- <folder>`) and
 * writes nothing. Targets are picked from the graph: the best-tied place, a tied place far down the list, the two
 * countries with most places (the bigger first, the order that is hard for a query starting from the first), and
 * a name fragment (BENCH_SEARCH_TEXT, default "san"). BENCH_RUNS samples per question (default 25), after 3 warm-ups;
 * the API listens on BENCH_API_PORT (default 4477).
 */
import type { Driver } from 'neo4j-driver';
import { listenApi } from '../../src/api/listen.ts';
import { neo4jConfigFromEnv } from '../../src/config.ts';
import { openDriver } from '../../src/graph/driver.ts';
import { CONNECTION_RELATIONSHIP_TYPES } from '../../src/graph/model.ts';
import { relationshipTypeAlternation } from '../../src/graph/queries/traversal.ts';

interface Question {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  cypher: string;
  params: Record<string, unknown>;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WARM_UPS = 3;
const SEARCH_TEXT = process.env.BENCH_SEARCH_TEXT ?? 'san';
const REL = relationshipTypeAlternation(CONNECTION_RELATIONSHIP_TYPES);

async function first(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
  if (!records[0]) throw new Error(`The graph in NEO4J_URI has nothing for the bench (${cypher.split('\n')[0]}). Import a data set first.`);
  return records[0].toObject();
}

async function questions(driver: Driver): Promise<Question[]> {
  const hub = await first(driver, 'MATCH (p:Place) RETURN p.id AS id ORDER BY COUNT { (p)-[:PARTY_TO]->() } DESC, p.id LIMIT 1');
  const far = await first(
    driver,
    `MATCH (p:Place) WHERE EXISTS { (p)-[:PARTY_TO]->() } WITH p ORDER BY p.id WITH collect(p.id) AS ids RETURN ids[size(ids) / 2] AS id`,
  );
  const { records } = await driver.executeQuery('MATCH (c:Country) RETURN c.code AS code ORDER BY COUNT { (c)<-[:IN_COUNTRY]-() } DESC, c.code LIMIT 2');
  const [big, small] = records.map((r) => r.get('code') as string) as [string, string];
  return [
    {
      name: 'partners with evidence',
      query: `query($id: ID!) { place(id: $id) { name partners(first: 50) { totalCount edges {
        node { ... on Place { name countryCode } }
        partnership { kind since evidence(first: 1) { sentence document { title } } } } } } }`,
      variables: { id: hub.id },
      cypher: `MATCH (p:Place {id: $id})
CALL (p) { MATCH (p)-[:PARTY_TO]->(t:Partnership) RETURN count(t) AS totalCount }
CALL (p) {
  MATCH (p)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(o)
  WITH t, o ORDER BY t.since IS NULL, t.since, o.name, t.id LIMIT 50
  CALL (t) { MATCH (t)-[:EVIDENCED_BY]->(s:Sentence)-[:IN]->(d:Document) RETURN s.text AS sentence, d.title AS title LIMIT 1 }
  RETURN collect({name: o.name, countryCode: o.countryCode, kind: t.kind, since: t.since, sentence: sentence, title: title}) AS edges
}
RETURN p.name AS name, totalCount, edges`,
      params: { id: hub.id },
    },
    {
      name: 'ties between two countries',
      query: `query($countries: [String!]) { partnerships(filter: { countries: $countries }, first: 100) { totalCount edges { node { name since } } } }`,
      variables: { countries: [big, small] },
      // By hand one starts from the smaller country.
      cypher: `MATCH (:Country {id: $small})<-[:IN_COUNTRY]-(:Place)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(:Place)-[:IN_COUNTRY]->(:Country {id: $big})
WITH DISTINCT t ORDER BY t.since IS NULL, t.since, t.name, t.id
WITH collect(t) AS ties
RETURN size(ties) AS totalCount, [t IN ties[..100] | t{.name, .since}] AS items`,
      params: { small: `country:${small}`, big: `country:${big}` },
    },
    {
      name: 'neighbourhood (depth 2, 200 nodes)',
      query: `query($id: ID!) { neighbourhood(id: $id, depth: 2, first: 200) { truncated nodes { distance node { id name } } edges { from to type } } }`,
      variables: { id: hub.id },
      cypher: `MATCH (start:Place {id: $id})
CALL (start) {
  MATCH (start)-[${REL}]-(n) RETURN n, 1 AS distance
  UNION
  MATCH (start)-[${REL}]-()-[${REL}]-(n) WHERE n <> start RETURN n, 2 AS distance
}
WITH start, n, min(distance) AS distance
ORDER BY distance, n.id LIMIT 201
WITH start, collect({node: n, distance: distance}) AS found
WITH found[..200] AS kept, size(found) > 200 AS truncated, start
WITH kept, truncated, [start] + [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r${REL}]->(b) WHERE b IN keptNodes
  RETURN collect({from: a.id, to: b.id, type: type(r)})[..1000] AS edges
}
RETURN [k IN kept | {id: k.node.id, name: k.node.name, distance: k.distance}] AS nodes, edges, truncated`,
      params: { id: hub.id },
    },
    {
      name: 'connection',
      query: `query($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b, maxLength: 8) { length nodes { id name } } }`,
      variables: { a: hub.id, b: far.id },
      cypher: `MATCH (a:Place {id: $a}), (b:Place {id: $b})
MATCH p = shortestPath((a)-[${REL}*..8]-(b))
RETURN length(p) AS length, [n IN nodes(p) | n{.id, .name}] AS nodes`,
      params: { a: hub.id, b: far.id },
    },
    {
      name: 'search',
      query: `query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id name } } } }`,
      variables: { text: SEARCH_TEXT },
      cypher: `CALL () {
  MATCH (n:Place) RETURN n UNION MATCH (n:Country) RETURN n UNION MATCH (n:Person) RETURN n
  UNION MATCH (n:Event) RETURN n UNION MATCH (n:Document) RETURN n
}
WITH n, coalesce(n.nameKeys, []) + [toLower(coalesce(n.title, n.name, ''))] AS keys
WITH n, keys WHERE any(k IN keys WHERE k CONTAINS $key)
WITH n, CASE WHEN $key IN keys THEN 0 WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1 ELSE 2 END AS rank
ORDER BY rank, n.name, n.id
WITH collect(n{.id, .name}) AS hits
RETURN size(hits) AS totalCount, hits[..20] AS items`,
      params: { key: SEARCH_TEXT },
    },
  ];
}

async function askApi(url: string, q: Question): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || body.errors) throw new Error(`${q.name}: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const config = neo4jConfigFromEnv();
if (!config) throw new Error('Set NEO4J_URI (and NEO4J_PASSWORD) to the server holding the graph to measure: eval "$(npm run -s neo4j -- env)".');
const driver = await openDriver(config);
const api = await listenApi({ driver, database: config.database, port: Number(process.env.BENCH_API_PORT ?? 4477), host: '127.0.0.1' });
try {
  const rows: { name: string; api: number; cypher: number }[] = [];
  for (const q of await questions(driver)) {
    const bare = () => driver.executeQuery(q.cypher, q.params, { routing: 'READ', database: config.database }).then(() => undefined);
    for (let i = 0; i < WARM_UPS; i++) {
      await askApi(api.url, q);
      await bare();
    }
    const apiTimes: number[] = [];
    const cypherTimes: number[] = [];
    // Interleaved, so that both see the same state of the machine.
    for (let i = 0; i < RUNS; i++) {
      apiTimes.push(await timed(() => askApi(api.url, q)));
      cypherTimes.push(await timed(bare));
    }
    rows.push({ name: q.name, api: median(apiTimes), cypher: median(cypherTimes) });
  }
  console.log(`question                             GraphQL ms  Cypher ms  ratio   (medians of ${RUNS})`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(36)} ${r.api.toFixed(1).padStart(10)} ${r.cypher.toFixed(1).padStart(10)} ${(r.api / r.cypher).toFixed(2).padStart(6)}`);
  }
  console.log(JSON.stringify({ graphqlVsRaw: Math.max(...rows.map((r) => r.api / r.cypher)), medians: rows }));
} finally {
  await api.close();
  await driver.close();
}
