/**
 * Ties between two countries, read through the tie's derived `countryPair` and its indexes, give exactly the answer
 * of the walk from a country that they replaced: the same ties, count, order and pages, for every order, filter and
 * page. The walk is kept here as the reference. The graph mixes what makes the order hard: ties of the same start
 * year, undated ties (seeded and imported), a country as an end, ties within one country, and a third country.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { partnershipsQuery, tieOrderKeys, type TieOrder } from '../../../src/graph/queries/partnerships.ts';
import type { TieShape } from '../../../src/graph/queries/shaped.ts';
import { toDriverParams } from '../../../src/graph/queries/read.ts';
import { planTwinnedCities } from '../../../src/import/twinned-cities.ts';
import { importTwinnedCities } from '../../../src/import/twinned-cities-import.ts';
import { testNeo4jConfig } from '../neo4j.ts';
import { seedMadeUpArticle } from './fixture.ts';
import { seededApi, type ApiClient } from './graphql.ts';
import { countryPairCounts } from '../graph-snapshot.ts';

const PAIRS_FILE = 'pairs-of-towns.txt';
const SENTENCES = [
  'Kozuhama and Zhulanpo became sister cities in 1995.',
  'Tebaraki and Hexiangtai signed a friendship agreement in 1995.',
  'Omineda and Wanluqiao are sister cities.',
  'Sugawaro and Zhulanpo have a partnership.',
  'Japan and Hexiangtai have had friendly ties since 2010.',
  'Kozuhama and Tebaraki have been sister towns since 2000.',
  'Tebaraki and Wanluqiao, friendship cities since 1999, suspended their ties in 2015.',
];

function pairsFacts(): string {
  const evidence = (i: number) => `{sentence: ${JSON.stringify(SENTENCES[i])}}`;
  const place = (name: string, country: string, i: number) =>
    `  - {name: ${name}, kind: town, country: ${country}, evidence: ${evidence(i)}}`;
  const tie = (a: string, b: string, kind: string, since: number | null, i: number, extra = '') =>
    `  - {a: ${a}, b: ${b}, kind: ${kind}, since: ${since ?? 'null'}, sinceBasis: ${since ? 'stated' : 'unknown'}` +
    `${extra}, evidence: ${evidence(i)}}`;
  return `document:
  file: ${PAIRS_FILE}
  title: Pairs of towns
  date: 2022-04-01
  source: Test Gazette
  url: null
  reviewed: true
places:
${[
  place('Kozuhama', 'JP', 0),
  place('Zhulanpo', 'CN', 0),
  place('Tebaraki', 'JP', 1),
  place('Hexiangtai', 'CN', 1),
  place('Omineda', 'JP', 2),
  place('Wanluqiao', 'CN', 2),
  place('Sugawaro', 'JP', 3),
  `  - {name: Japan, kind: country, country: JP, evidence: ${evidence(4)}}`,
].join('\n')}
people: []
partnerships:
${[
  tie('Kozuhama', 'Zhulanpo', 'sister', 1995, 0),
  tie('Tebaraki', 'Hexiangtai', 'friendship', 1995, 1),
  tie('Omineda', 'Wanluqiao', 'sister', null, 2),
  tie('Sugawaro', 'Zhulanpo', 'partnership', null, 3),
  tie('Japan', 'Hexiangtai', 'friendship', 2010, 4),
  tie('Kozuhama', 'Tebaraki', 'sister', 2000, 5),
  tie('Tebaraki', 'Wanluqiao', 'friendship', 1999, 6, ', until: 2015, status: suspended'),
].join('\n')}
meetings: []
events: []
countryFigures: []
`;
}

/** Made-up cities and links for the importer: undated twin ties between Japan and China, and with Germany. */
const CITIES_CSV = `id,name,lng,lat,country,countrycd,continent
Q9901,Aokawara,139.1,35.2,Japan,JP,Asia
Q9902,Fujimineda,138.2,36.1,Japan,JP,Asia
Q9903,Xinhecun,116.3,39.9,China,CN,Asia
Q9904,Dalinpuzhen,113.2,23.1,China,CN,Asia
Q9905,Velmorstadt,9.9,51.5,Germany,DE,Europe
`;
const LINKS_CSV = `source,target
Q9901,Q9903
Q9904,Q9901
Q9902,Q9903
Q9902,Q9905
Q9901,Q9902
Q9903,Q9905
`;

/**
 * The walk from a country that the country pair replaced (as it was before): from the country with fewer places, the
 * ties whose other end is in the other country, checked, sorted and paged by the same keys.
 */
const referenceCypher = (order: TieOrder) => `
MATCH (a:Country {id: 'country:' + $countryA}), (b:Country {id: 'country:' + $countryB})
WITH CASE WHEN COUNT { (a)<-[:IN_COUNTRY]-() } <= COUNT { (b)<-[:IN_COUNTRY]-() } THEN [a, b] ELSE [b, a] END AS ends
WITH ends[0] AS near, ends[1].code AS farCode
CALL (near, farCode) {
  MATCH (near)<-[:IN_COUNTRY]-(:Place)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE coalesce(other.countryCode, other.code) = farCode
  RETURN t
  UNION
  MATCH (near)-[:PARTY_TO]->(t:Partnership)<-[:PARTY_TO]-(other)
  WHERE coalesce(other.countryCode, other.code) = farCode
  RETURN t
}
WITH DISTINCT t
WHERE ($kinds IS NULL OR t.kind IN $kinds)
  AND ($sinceFrom IS NULL OR t.since >= $sinceFrom)
  AND ($sinceTo IS NULL OR t.since <= $sinceTo)
  AND ($statuses IS NULL OR coalesce(t.status, 'active') IN $statuses)
WITH t ORDER BY ${tieOrderKeys(order, 'ties')}
RETURN collect(t.id) AS ids`;

interface Filter {
  countries: string[];
  kinds?: string[];
  sinceFrom?: number;
  sinceTo?: number;
  statuses?: string[];
}

let api: ApiClient;
let driver: Driver;

async function reference(filter: Filter, order: TieOrder): Promise<string[]> {
  const [a, b] = filter.countries.map((c) => c.toUpperCase());
  const { records } = await driver.executeQuery(
    referenceCypher(order),
    {
      countryA: a,
      countryB: b,
      kinds: filter.kinds ?? null,
      sinceFrom: filter.sinceFrom ?? null,
      sinceTo: filter.sinceTo ?? null,
      statuses: filter.statuses ?? null,
    },
    { database: testNeo4jConfig().database },
  );
  return (records[0]?.get('ids') as string[] | undefined) ?? [];
}

interface Page {
  totalCount: number;
  nodes: { id: string; name: string; since: number | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function page(filter: Filter, order: TieOrder, first: number, after: string | null): Promise<Page> {
  const { partnerships } = await api.data(
    `query ($filter: PartnershipFilter, $order: TieOrder, $first: Int, $after: String) {
      partnerships(filter: $filter, orderBy: $order, first: $first, after: $after) {
        totalCount nodes { id name since } pageInfo { hasNextPage endCursor } } }`,
    { filter, order, first, after },
  );
  return partnerships as Page;
}

/** Every page of `first` ties, following endCursor: each page must be the reference's slice. */
async function expectSameAsReference(filter: Filter, order: TieOrder, first: number): Promise<number> {
  const expected = await reference(filter, order);
  const label = `${JSON.stringify(filter)} ${order} first ${first}`;
  let after: string | null = null;
  let offset = 0;
  for (;;) {
    const got: Page = await page(filter, order, first, after);
    expect(got.totalCount, label).toBe(expected.length);
    expect(
      got.nodes.map((n) => n.id),
      `${label} after ${offset}`,
    ).toEqual(expected.slice(offset, offset + first));
    offset += got.nodes.length;
    expect(got.pageInfo.hasNextPage, label).toBe(offset < expected.length);
    if (!got.pageInfo.hasNextPage || first === 0) break;
    after = got.pageInfo.endCursor;
  }
  return expected.length;
}

beforeAll(async () => {
  api = await seededApi();
  driver = api.driver;
  await seedMadeUpArticle(driver, {
    file: PAIRS_FILE,
    text: ['Pairs of towns', '', ...SENTENCES, ''].join('\n'),
    facts: pairsFacts(),
  });
  const dir = await mkdtemp(join(tmpdir(), 'pair-ties-'));
  try {
    await writeFile(join(dir, 'cities.csv'), CITIES_CSV);
    await writeFile(join(dir, 'links.csv'), LINKS_CSV);
    await importTwinnedCities(driver, planTwinnedCities(CITIES_CSV, LINKS_CSV, dir), {
      database: testNeo4jConfig().database,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

describe('ties between two countries', () => {
  const ORDERS: TieOrder[] = ['OLDEST_FIRST', 'NEWEST_FIRST', 'NAME'];
  const FILTERS: Filter[] = [
    { countries: ['JP', 'CN'] },
    { countries: ['cn', 'jp'] },
    { countries: ['JP', 'JP'] },
    { countries: ['CN', 'DE'] },
    { countries: ['DE', 'JP'] },
    { countries: ['KR', 'JP'] },
    { countries: ['JP', 'CN'], sinceFrom: 1995 },
    { countries: ['CN', 'JP'], sinceTo: 1999 },
    { countries: ['JP', 'CN'], sinceFrom: 1995, sinceTo: 2001 },
    { countries: ['JP', 'CN'], kinds: ['sister'] },
    { countries: ['JP', 'CN'], statuses: ['suspended'] },
    { countries: ['JP', 'CN'], kinds: ['friendship'], sinceFrom: 1990 },
  ];

  it('has dated, same-year and undated ties between Japan and China, and ties within Japan', async () => {
    const ties = await reference({ countries: ['JP', 'CN'] }, 'OLDEST_FIRST');
    // 13 of the API graph, 6 of the made-up article, 3 imported.
    expect(ties).toHaveLength(22);
    expect(await reference({ countries: ['JP', 'JP'] }, 'OLDEST_FIRST')).toHaveLength(2);
    const { nodes } = await page({ countries: ['CN', 'JP'] }, 'OLDEST_FIRST', 100, null);
    expect(nodes.filter((n) => n.since === 1995).map((n) => n.name)).toEqual([
      'Kozuhama – Zhulanpo',
      'Matsuno – Guanxi',
      'Tebaraki – Hexiangtai',
    ]);
    expect(nodes.slice(-5).map((n) => [n.name, n.since])).toEqual([
      ['Aokawara – Xinhecun', null],
      ['Dalinpuzhen – Aokawara', null],
      ['Fujimineda – Xinhecun', null],
      ['Omineda – Wanluqiao', null],
      ['Sugawaro – Zhulanpo', null],
    ]);
  });

  it('are the ties, count, order and pages of the walk from a country, for any order, filter, page', async () => {
    for (const filter of FILTERS) {
      for (const order of ORDERS) {
        for (const first of [100, 4, 1]) await expectSameAsReference(filter, order, first);
      }
    }
  });

  it('are the same from countryPair(a, b) { ties }', async () => {
    const expected = await reference({ countries: ['JP', 'CN'] }, 'NEWEST_FIRST');
    const { countryPair } = await api.data(
      '{ countryPair(a: "JP", b: "CN") { ties(orderBy: NEWEST_FIRST, first: 30) { totalCount nodes { id } } } }',
    );
    expect(countryPair.ties.totalCount).toBe(expected.length);
    expect(countryPair.ties.nodes.map((n: { id: string }) => n.id)).toEqual(expected);
  });

  it("give each country's tied countries, most ties first, itself included for ties within it", async () => {
    const tied = async (code: string, first: number, after: string | null = null) =>
      (
        await api.data(
          `query ($code: String!, $first: Int, $after: String) { country(code: $code) {
            tiedCountries(first: $first, after: $after) { totalCount edges { node { code } ties }
              pageInfo { hasNextPage endCursor } } } }`,
          { code, first, after },
        )
      ).country.tiedCountries;
    const japan = await tied('JP', 10);
    expect(japan.totalCount).toBe(3);
    expect(japan.edges.map((e: { node: { code: string }; ties: number }) => [e.node.code, e.ties])).toEqual([
      ['CN', 22],
      ['JP', 2],
      ['DE', 1],
    ]);
    // Pages follow the same order.
    const first = await tied('JP', 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await tied('JP', 2, first.pageInfo.endCursor);
    expect(rest.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['DE']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // The pairs of the whole graph ranked from the same counts, page by page.
    const ranking = async (first: number, after: string | null) =>
      (
        await api.data(
          `query ($first: Int, $after: String) { countryPairRanking(first: $first, after: $after) {
            totalCount nodes { a { code } b { code } ties } pageInfo { endCursor } } }`,
          { first, after },
        )
      ).countryPairRanking;
    const top = await ranking(2, null);
    const next = await ranking(5, top.pageInfo.endCursor);
    expect(top.totalCount).toBe(4);
    expect(
      [...top.nodes, ...next.nodes].map(
        (p: { a: { code: string }; b: { code: string }; ties: number }) => `${p.a.code}-${p.b.code} ${p.ties}`,
      ),
    ).toEqual(['CN-JP 22', 'JP-JP 2', 'CN-DE 1', 'DE-JP 1']);
    // The same counts from the other side; Germany's ties with China and with Japan tie on 1, then by name.
    expect((await tied('DE', 10)).edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['CN', 'JP']);
  });
});

describe('the country pair of a tie', () => {
  /** Ties whose countryPair is not what their two ends give now. */
  const wrongPairs = async () => {
    const { records } = await driver.executeQuery(
      `MATCH (t:Partnership)
      OPTIONAL MATCH (end)-[:PARTY_TO]->(t)
      WITH t, collect(coalesce(end.countryCode, end.code)) AS codes
      WITH t, CASE WHEN size(codes) = 2 AND codes[0] <= codes[1] THEN codes[0] + '|' + codes[1]
                   WHEN size(codes) = 2 THEN codes[1] + '|' + codes[0] END AS expected
      WHERE NOT coalesce(t.countryPair = expected, t.countryPair IS NULL AND expected IS NULL)
      RETURN t.id AS id`,
      {},
      { database: testNeo4jConfig().database },
    );
    return records.map((record) => record.get('id') as string);
  };

  it('is written by the seeder and the importer, with the two codes sorted', async () => {
    expect(await wrongPairs()).toEqual([]);
    const { records } = await driver.executeQuery(
      'MATCH (t:Partnership) RETURN t.countryPair AS pair, count(*) AS n ORDER BY pair',
      {},
      { database: testNeo4jConfig().database },
    );
    expect(records.map((r) => [r.get('pair'), r.get('n').toNumber?.() ?? r.get('n')])).toEqual([
      ['CN|DE', 1],
      ['CN|JP', 22],
      ['DE|JP', 1],
      ['JP|JP', 2],
    ]);
    // Each pair's count is kept between its two countries, seeded and imported ties together.
    const pairs = await countryPairCounts(driver);
    expect(pairs.kept).toEqual({ 'CN|DE': 1, 'CN|JP': 22, 'DE|JP': 1, 'JP|JP': 2 });
    expect(pairs.kept).toEqual(pairs.counted);
  });

  it('is filled in by ensureSchema on ties written before it existed', async () => {
    await driver.executeQuery(
      'MATCH (t:Partnership) REMOVE t.countryPair',
      {},
      { database: testNeo4jConfig().database },
    );
    await ensureSchema(driver, testNeo4jConfig().database);
    expect(await wrongPairs()).toEqual([]);
    expect((await page({ countries: ['JP', 'CN'] }, 'OLDEST_FIRST', 100, null)).totalCount).toBe(22);
  });

  it('has its count of ties recounted by ensureSchema on a graph written before the counts existed', async () => {
    await driver.executeQuery('MATCH ()-[r:TIES_WITH]->() DELETE r', {}, { database: testNeo4jConfig().database });
    expect((await page({ countries: ['JP', 'CN'] }, 'OLDEST_FIRST', 1, null)).totalCount).toBe(0);
    await ensureSchema(driver, testNeo4jConfig().database);
    const pairs = await countryPairCounts(driver);
    expect(pairs.kept).toEqual(pairs.counted);
    expect((await page({ countries: ['JP', 'CN'] }, 'OLDEST_FIRST', 1, null)).totalCount).toBe(22);
  });
});

/** Plan operators as PROFILE reports them, with the rows each produced. */
interface ProfiledOperator {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfiledOperator[];
}

const flatten = (op: ProfiledOperator): ProfiledOperator[] => [op, ...op.children.flatMap(flatten)];

describe('the query for two countries', () => {
  const SHAPE: TieShape = { partnership: ['name', 'since'], ends: null };

  /** PROFILE of the query the API sends for a page: its rows, and each operator with the rows it produced. */
  async function profile(filter: Filter, order: TieOrder, window: { offset: number; limit: number }) {
    const query = partnershipsQuery(filter, window, order, SHAPE);
    const session = driver.session({ database: testNeo4jConfig().database });
    try {
      const result = await session.run(
        `PROFILE ${query.cypher}`,
        toDriverParams(query.params) as Record<string, unknown>,
      );
      const operators = flatten(result.summary.profile as unknown as ProfiledOperator).map((op) => ({
        type: op.operatorType.split('@')[0]!,
        rows: Number(op.rows),
        details: String(op.arguments.Details ?? ''),
      }));
      const seek = (index: RegExp) => operators.filter((op) => op.type === 'NodeIndexSeek' && index.test(op.details));
      return {
        items: result.records[0]!.get('items') as { name: string; since: unknown }[],
        types: operators.map((op) => op.type),
        seeks: operators.filter((op) => op.type.startsWith('NodeIndexSeek')),
        count: operators.filter((op) => /RelationshipIndexSeek/.test(op.type) && /TIES_WITH/.test(op.details)),
        dated: seek(/\(countryPair, since\)/),
        undated: seek(/\(undatedCountryPair, name\)/),
        byName: seek(/\(countryPair, name\)/),
      };
    } finally {
      await session.close();
    }
  }

  it('is the same whatever the order of the two countries', () => {
    const window = { offset: 0, limit: 100 };
    expect(partnershipsQuery({ countries: ['jp', 'CN'] }, window)).toEqual(
      partnershipsQuery({ countries: ['CN', 'JP'] }, window),
    );
  });

  it('starts from the pair indexes, expands no country and reads no more ties than the page needs', async () => {
    // Japan-China: 17 dated ties (three of 1995), then 5 undated. A page of 2 in each order.
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST', 'NAME'] as TieOrder[]) {
      const run = await profile({ countries: ['JP', 'CN'] }, order, { offset: 0, limit: 2 });
      expect(run.items, order).toHaveLength(2);
      expect(
        run.types.filter((type) => /Scan|Expand/.test(type)),
        `${order}: ${run.types.join(', ')}`,
      ).toEqual([]);
      expect(
        run.seeks.every((op) => /countryPair/i.test(op.details)),
        order,
      ).toBe(true);
      // The count is read from the one relationship that keeps it, however many ties the pair has.
      expect(
        run.count.map((op) => op.rows),
        order,
      ).toEqual([1]);
      // A page of 2 reads 3 ties in index order: the third, of another year or name, ends the page.
      const pageLegs = order === 'NAME' ? run.byName : run.dated;
      expect(
        pageLegs.map((op) => op.rows),
        order,
      ).toEqual([3]);
      // The undated ties are not read when the dated ones fill the page.
      expect(
        run.undated.map((op) => op.rows),
        order,
      ).toEqual(order === 'NAME' ? [] : [0]);
    }
  });

  it('reads the undated ties in index order when the page reaches them, sorting nothing', async () => {
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as TieOrder[]) {
      const run = await profile({ countries: ['CN', 'JP'] }, order, { offset: 16, limit: 3 });
      expect(
        run.items.map((t) => t.since),
        order,
      ).toEqual([order === 'OLDEST_FIRST' ? 2010 : 1982, null, null]);
      expect(
        run.items.slice(1).map((t) => t.name),
        order,
      ).toEqual(['Aokawara – Xinhecun', 'Dalinpuzhen – Aokawara']);
      expect(
        run.dated.map((op) => op.rows),
        order,
      ).toEqual([17]);
      expect(run.undated.length, order).toBe(1);
      // Index order throughout: only PartialTop, which orders the ties of one year or one name by id.
      expect(
        run.types.filter((type) => /Scan|Expand|Sort|^Top/.test(type)),
        `${order}: ${run.types.join(', ')}`,
      ).toEqual([]);
    }
  });
});
