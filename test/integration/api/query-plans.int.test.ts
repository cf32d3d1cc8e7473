/**
 * Every Cypher query the API runs is index-backed: Neo4j's plan for it starts from an index (a unique id constraint,
 * a full-text or a range index), never from a scan of every node of a label or of the whole graph, so that its cost
 * follows what it returns rather than the size of the graph. The queries are the ones the real server runs for a
 * request of each root field (captured through the server's `onQuery` hook), planned with EXPLAIN on the seeded graph.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../../src/api/yoga.ts';
import { type NamedQuery, toDriverParams } from '../../../src/graph/queries/read.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';
import { seedApiGraph, TWIN_DOCUMENT_FILE } from './fixture.ts';
import { KAWAKATSU, SEED_MEETING, SEED_TIE, SHIZUOKA, WANG_YI, ZHEJIANG } from './graphql.ts';

/** Plan operators that read every node of a label, or of the graph. */
const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan']);

/**
 * Queries that read a whole label on purpose, with the reason. The rankings are computed over the whole tie network
 * once per version of the graph and cached (src/api/rankings-cache.ts); the version query counts nodes and ties
 * from Neo4j's count store, which is no scan either but shows as one in some plans.
 */
const WHOLE_GRAPH_BY_DESIGN = new Set(['tieNetwork.places', 'tieNetwork.ties', 'tieNetwork.version']);

/** One request per root field (and the nested fields that run queries of their own). */
const REQUESTS: { query: string; variables?: Record<string, unknown> }[] = [
  {
    query: `query ($id: ID!) { place(id: $id) { name country { code } partners(first: 5) { totalCount edges {
      node { ... on Place { name } } partnership { since evidence { sentence document { title } } } } }
      officials { totalCount } meetings { totalCount } mentionedIn { totalCount } evidence { sentence } } }`,
    variables: { id: SHIZUOKA },
  },
  { query: `{ place(name: "Zhejiang") { id within { name } } }` },
  {
    query: `query ($id: ID!) { person(id: $id) { name country { code } offices { title of { ... on Node { name } } }
      met { totalCount } meetings { edges { node { date participants { name } place { ... on Node { name } } } } } } }`,
    variables: { id: WANG_YI },
  },
  { query: `{ person(name: "Wang Yi") { id } }` },
  {
    query: `{ country(code: "JP") { name places(first: 5) { totalCount } people(first: 5) { totalCount }
      officials { totalCount } } }`,
  },
  { query: `{ country(name: "Japan") { code } }` },
  { query: `{ document(name: "Twin towns of Japan and China") { id } }` },
  { query: `{ document(name: "${TWIN_DOCUMENT_FILE}") { title } }` },
  {
    query: `query ($id: ID!) { node(id: $id) { id ... on Meeting { date place { ... on Node { name } } } } }`,
    variables: { id: SEED_MEETING },
  },
  {
    query: `query ($id: ID!) { node(id: $id) { id ... on Partnership { kind since ends { ... on Node { name } } } } }`,
    variables: { id: SEED_TIE },
  },
  { query: `{ search(text: "shiz") { totalCount edges { node { id name } } } }` },
  { query: `{ meetings(filter: { personId: "${KAWAKATSU}" }) { totalCount edges { node { id } } } }` },
  { query: `{ meetings(filter: { countryCode: "JP", from: "2018" }) { totalCount edges { node { id } } } }` },
  { query: `{ meetings(filter: { placeId: "${SHIZUOKA}" }) { totalCount } }` },
  { query: `{ meetings(filter: { from: "2019-11", to: "2020" }) { totalCount } }` },
  { query: `{ partnerships(filter: { countries: ["JP", "CN"] }) { totalCount edges { node { id } } } }` },
  // Ties between two countries: the page in index order (oldest or newest first, by name, with start years), and
  // with any other filter the pair's ties from its index.
  {
    query: `{ partnerships(filter: { countries: ["CN", "JP"] }, first: 100) {
      totalCount edges { node { name since } } } }`,
  },
  { query: `{ partnerships(filter: { countries: ["JP", "CN"] }, orderBy: NEWEST_FIRST) { totalCount } }` },
  { query: `{ partnerships(filter: { countries: ["JP", "CN"] }, orderBy: NAME) { nodes { name } } }` },
  { query: `{ partnerships(filter: { countries: ["JP", "CN"], sinceFrom: 1990 }) { nodes { since } } }` },
  { query: `{ partnerships(filter: { countries: ["JP", "CN"], statuses: [active] }) { totalCount } }` },
  { query: `{ partnerships(filter: { countries: ["CN"], kinds: [sister] }) { totalCount } }` },
  { query: `{ partnerships(filter: { placeId: "${ZHEJIANG}" }) { totalCount } }` },
  { query: `{ conflicts { totalCount edges { node { __typename } } } }` },
  { query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated } }`, variables: { id: SHIZUOKA } },
  {
    query: `query ($a: ID!, $b: ID!) { connection(fromId: $a, toId: $b) { length
      steps { to { id } partnership { id } } } }`,
    variables: { a: WANG_YI, b: ZHEJIANG },
  },
  { query: `{ countryPair(a: "CN", b: "JP") { ties(first: 5) { totalCount } figures { value } } }` },
  { query: `{ country(code: "JP") { tiedCountries(first: 5) { totalCount edges { node { code } ties } } } }` },
  {
    query: `{ countryPair(a: "CN", b: "JP") { figures(includePlacesWithin: true) { id } }
      country(code: "JP") { figures { totalCount } within: figures(includePlacesWithin: true) { totalCount } } }`,
  },
  {
    query: `query ($id: ID!) { place(id: $id) { figures { totalCount } within: figures(includePlacesWithin: true) {
      nodes { id } } } }`,
    variables: { id: SHIZUOKA },
  },
  {
    query: `{ node(id: "figure:CN-JP:sister-city-pairs:2019-11-24") { ... on CountryFigure { subjects {
      ... on Node { id } } } } }`,
  },
  { query: `{ rankedPlaces(first: 3) { edges { rank node { id } } } }` },
  { query: `{ countryPairRanking(first: 2) { totalCount nodes { a { code } b { code } ties } } }` },
];

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  // Neo4j suffixes operator names with the runtime (`NodeByLabelScan@neo4j`).
  return [plan.operatorType.split('@')[0]!, ...plan.children.flatMap(operators)];
}

async function planOperators(driver: Driver, query: NamedQuery): Promise<string[]> {
  const session = driver.session({ database: testNeo4jConfig().database });
  try {
    const result = await session.run(
      `EXPLAIN ${query.cypher}`,
      toDriverParams(query.params) as Record<string, unknown>,
    );
    return operators(result.summary.plan as unknown as PlanNode);
  } finally {
    await session.close();
  }
}

describe('query plans', () => {
  const ran = new Map<string, NamedQuery>();
  let driver: Driver;

  beforeAll(async () => {
    driver = await getTestDriver();
    await resetDatabase(driver);
    await seedApiGraph(driver);
    const yoga = createServer({
      driver,
      database: testNeo4jConfig().database,
      // One entry per distinct Cypher text: a query module may shape its Cypher by the arguments (the meetings list
      // starts from the person, place, country or date its filter names).
      onQuery: (query) => {
        if (!ran.has(query.cypher)) ran.set(query.cypher, query);
      },
    });
    for (const { query, variables } of REQUESTS) {
      const response = await yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables: variables ?? {} }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors, query).toBeUndefined();
    }
  });

  it('covers the queries of every root field', () => {
    // A new query module shows up here: its plan is then checked below like the others.
    expect(ran.size).toBeGreaterThanOrEqual(15);
  });

  it('starts every query from an index, never from a scan of a whole label', async () => {
    const scanning: string[] = [];
    for (const query of ran.values()) {
      if (WHOLE_GRAPH_BY_DESIGN.has(query.name)) continue;
      const found = (await planOperators(driver, query)).filter((operator) => SCANS.has(operator));
      if (found.length > 0) scanning.push(`${query.name}: ${found.join(', ')}`);
    }
    expect(scanning).toEqual([]);
  });

  it('reads a page of ties between two countries in index order, expanding nothing, sorting no pair', async () => {
    // With a filter the indexes cannot answer (kinds, statuses, a place), the pair's ties come from its index and
    // are checked and sorted: no scan either (above). Without, the page is read in index order.
    const paged = [...ran.values()].filter(
      (query) => query.name === 'partnerships' && query.params.pair && !query.params.kinds && !query.params.statuses,
    );
    expect(paged.length).toBeGreaterThanOrEqual(5);
    for (const query of paged) {
      const found = await planOperators(driver, query);
      // None of these requests asks for the ties' ends, so nothing at all is expanded; the tie-breakers of one start
      // year or one name are PartialTop.
      expect(
        found.filter((operator) => /Expand|Sort|^Top/.test(operator)),
        query.cypher,
      ).toEqual([]);
      expect(found, query.cypher).toContain('PartialTop');
    }
  });
});
