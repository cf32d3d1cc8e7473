/**
 * The benchmark compares each API question with "the bare Cypher that answers the same question"
 * (tools/bench/api-cases.ts). A baseline that answers a different question (fewer nodes, another order, a smaller
 * count) makes the ratio meaningless, so here, on a small synthetic network of the bench's own kind, each baseline
 * must give the answer the API gives.
 */
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ApiServer } from '../../../src/api/yoga.ts';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { planTwinnedCities } from '../../../src/import/twinned-cities.ts';
import { importTwinnedCities } from '../../../src/import/twinned-cities-import.ts';
import { apiCases, pickTargets, type ApiCase } from '../../../tools/bench/api-cases.ts';
import { syntheticNetwork, type NetworkShape } from '../../../tools/bench/synthetic-network.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';

/**
 * A made-up shape with the real set's traits in small: most cities with one to three ties, a heavy tail, two
 * countries holding most cities (so that the two-country question has many ties to count and order).
 */
const SHAPE: NetworkShape = {
  citiesPerTie: 0.5,
  bodyDegrees: [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7],
  tailShare: 0.09,
  alpha: 2.9,
  realCities: 1500,
  realMaxDegree: 250,
  countries: [
    ['DE', 'Germany', 40],
    ['US', 'United States', 30],
    ['FR', 'France', 20],
    ['JP', 'Japan', 10],
  ],
};

type Answer = Record<string, unknown>;

async function askGraphql(yoga: ApiServer, c: ApiCase): Promise<Answer> {
  const response = await yoga.fetch('http://bench.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
  });
  const body = (await response.json()) as { data?: Answer; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function askBare(driver: Driver, c: ApiCase): Promise<Answer> {
  const { records } = await driver.executeQuery(c.cypher, c.params, { routing: 'READ' });
  expect(records).toHaveLength(1);
  return records[0]!.toObject();
}

interface Edge {
  node: { name: string; id?: string };
  partnership?: { since: number | null };
}

/** Each question's answer in one comparable shape: what a reader of the answer would compare. */
const COMPARABLE: Record<string, { api: (data: Answer) => unknown; bare: (row: Answer) => unknown }> = {
  'partners with evidence': {
    api: (data) => {
      const partners = (data.place as { partners: { totalCount: number; edges: Edge[] } }).partners;
      return [partners.totalCount, partners.edges.map((e) => [e.node.name, e.partnership!.since])];
    },
    bare: (row) => [
      row.totalCount,
      (row.edges as { name: string; since: number | null }[]).map((e) => [e.name, e.since]),
    ],
  },
  'ties between two countries': {
    api: (data) => {
      const ties = data.partnerships as { totalCount: number; edges: { node: { name: string; since: number } }[] };
      return [ties.totalCount, ties.edges.map((e) => [e.node.name, e.node.since ?? null])];
    },
    bare: (row) => [
      row.totalCount,
      (row.items as { name: string; since?: number }[]).map((t) => [t.name, t.since ?? null]),
    ],
  },
  'neighbourhood (depth 2, 200 nodes)': {
    api: (data) => {
      const n = data.neighbourhood as { truncated: boolean; nodes: { distance: number; node: { id: string } }[] };
      return [n.truncated, n.nodes.map((k) => [k.node.id, k.distance]), (n as unknown as { edges: [] }).edges.length];
    },
    bare: (row) => [
      row.truncated,
      (row.nodes as { id: string; distance: number }[]).map((k) => [k.id, Number(k.distance)]),
      (row.edges as []).length,
    ],
  },
  connection: {
    api: (data) => (data.connection as { length: number } | null)?.length ?? null,
    bare: (row) => row.length,
  },
  search: {
    api: (data) => {
      const s = data.search as { totalCount: number; edges: Edge[] };
      return [s.totalCount, s.edges.map((e) => e.node.name)];
    },
    bare: (row) => [row.totalCount, (row.items as { name: string }[]).map((i) => i.name)],
  },
};

describe('the bench baselines answer the questions the API answers', () => {
  let driver: Driver;
  let yoga: ApiServer;
  let cases: ApiCase[];

  beforeAll(async () => {
    driver = await getTestDriver();
    await resetDatabase(driver);
    await ensureSchema(driver);
    const network = syntheticNetwork(SHAPE, 3_000, 7);
    await importTwinnedCities(driver, planTwinnedCities(network.citiesCsv, network.linksCsv, 'synthetic'));
    // The data set has no start years; give two ties in three one, so that the order by year is put to the test.
    await driver.executeQuery(`MATCH (t:Partnership) WITH t ORDER BY t.id
      WITH collect(t) AS ties UNWIND range(0, size(ties) - 1) AS i
      WITH ties[i] AS t, i WHERE i % 3 <> 0 SET t.since = 1950 + (i * 7) % 70`);
    yoga = createServer({ driver, graphiql: false });
    const targets = await pickTargets(driver);
    // Around the hub the first ring alone fills the page; around a place of a dozen ties the second ring counts.
    const { records } = await driver.executeQuery(
      `MATCH (p:Place) WHERE COUNT { (p)-[:TIED_TO]-() } IN range(8, 15) RETURN p.id AS id ORDER BY p.id LIMIT 1`,
    );
    cases = [
      ...apiCases(targets),
      ...apiCases({ ...targets, hubId: records[0]!.get('id') as string })
        .filter((c) => c.name.startsWith('neighbourhood') || c.name.startsWith('partners'))
        .map((c) => ({ ...c, name: `${c.name}, a smaller place` })),
    ];
  });

  it('covers every question of the bench', () => {
    const names = new Set(cases.map((c) => c.name.replace(/, a smaller place$/, '')));
    expect([...names].sort()).toEqual(Object.keys(COMPARABLE).sort());
  });

  const names = [
    ...Object.keys(COMPARABLE),
    'partners with evidence, a smaller place',
    'neighbourhood (depth 2, 200 nodes), a smaller place',
  ];
  for (const name of names) {
    it(name, async () => {
      const c = cases.find((x) => x.name === name)!;
      const comparable = COMPARABLE[name.replace(/, a smaller place$/, '')]!;
      const api = comparable.api(await askGraphql(yoga, c));
      const bare = comparable.bare(await askBare(driver, c));
      expect(bare).toEqual(api);
      // Not an empty question: the answers have something in them.
      expect(JSON.stringify(api)).not.toMatch(/^(null|\[0,\[\]\])$/);
    });
  }
});
