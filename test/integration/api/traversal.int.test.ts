/** Traversal: neighbourhoods and connections. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  KAWAKATSU,
  SEED_MEETING,
  SEED_TIE,
  SHIZUOKA,
  WANG_YI,
  ZHEJIANG,
  seededApi,
  type ApiClient,
} from './graphql.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await seededApi();
});

const GOVERNOR = 'office:heita-kawakatsu:governor:place:jp:shizuoka-prefecture';

describe('connection', () => {
  it('connects Heita Kawakatsu to Zhejiang through his office, Shizuoka Prefecture and their tie', async () => {
    const { connection } = await api.data(`{ connection(fromId: "${KAWAKATSU}", toId: "${ZHEJIANG}") {
      length nodes { __typename id } steps { from { id } type to { id } forward partnership { id kind since } }
    } }`);
    expect(connection).toEqual({
      length: 3,
      nodes: [
        { __typename: 'Person', id: KAWAKATSU },
        { __typename: 'Office', id: GOVERNOR },
        { __typename: 'Place', id: SHIZUOKA },
        { __typename: 'Place', id: ZHEJIANG },
      ],
      steps: [
        { from: { id: KAWAKATSU }, type: 'HOLDS', to: { id: GOVERNOR }, forward: true, partnership: null },
        { from: { id: GOVERNOR }, type: 'OF', to: { id: SHIZUOKA }, forward: true, partnership: null },
        // TIED_TO points from the smaller place id to the larger, so this step walks it backwards.
        {
          from: { id: SHIZUOKA },
          type: 'TIED_TO',
          to: { id: ZHEJIANG },
          forward: false,
          partnership: { id: SEED_TIE, kind: 'friendship', since: 1982 },
        },
      ],
    });
  });

  it('connects Wang Yi to Heita Kawakatsu through their meeting', async () => {
    const { connection } = await api.data(
      `{ connection(fromId: "${WANG_YI}", toId: "${KAWAKATSU}") { length nodes { id } } }`,
    );
    expect(connection).toEqual({ length: 2, nodes: [{ id: WANG_YI }, { id: SEED_MEETING }, { id: KAWAKATSU }] });
  });

  it('connects two places through ties only unless asked otherwise: never through their country', async () => {
    const data = await api.data(
      `{
      tied: connection(fromId: "place:jp:hanamura", toId: "place:cn:changling") { length steps { type ` +
        `partnership { kind } } }
      sameCountry: connection(fromId: "place:jp:hanamura", toId: "${SHIZUOKA}") { length }
      throughCountry: connection(fromId: "place:jp:hanamura", toId: "${SHIZUOKA}", via: [TIES, COUNTRIES]) { ` +
        `length steps { type } }
    }`,
    );
    expect(data.tied).toEqual({ length: 1, steps: [{ type: 'TIED_TO', partnership: { kind: 'friendship' } }] });
    expect(data.sameCountry).toBeNull();
    expect(data.throughCountry).toEqual({ length: 2, steps: [{ type: 'IN_COUNTRY' }, { type: 'IN_COUNTRY' }] });
  });

  it('answers null when the path would be longer than maxLength, or a node is unknown', async () => {
    const data = await api.data(`{
      short: connection(fromId: "${KAWAKATSU}", toId: "${ZHEJIANG}", maxLength: 2) { length }
      unknown: connection(fromId: "${KAWAKATSU}", toId: "place:xx:nowhere") { length }
      same: connection(fromId: "${KAWAKATSU}", toId: "${KAWAKATSU}") { length nodes { id } steps { type } }
    }`);
    expect(data).toEqual({ short: null, unknown: null, same: { length: 0, nodes: [{ id: KAWAKATSU }], steps: [] } });
  });

  it('never connects through documents or sentences, whatever it may go through', async () => {
    const { connection } = await api.data(`{ connection(fromId: "person:aiko-tanaka", toId: "${WANG_YI}", maxLength: 8,
      via: [TIES, OFFICES, MEETINGS, EVENTS, CONTAINMENT, COUNTRIES, FIGURES]) { steps { type } } }`);
    const types = connection.steps.map((s: { type: string }) => s.type);
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('MENTIONS');
    expect(types).not.toContain('EVIDENCED_BY');
    expect(types).not.toContain('IN');
  });
});

describe('rankings', () => {
  it('ranks places by ties, PageRank and betweenness, and country pairs by ties', async () => {
    const data = await api.data(`{
      byTies: rankedPlaces(first: 3) { totalCount edges { rank score ties node { id } } }
      japanese: rankedPlaces(country: "JP", kinds: ["prefecture"]) { totalCount nodes { id } }
      pagerank: rankedPlaces(by: PAGERANK, first: 1) { edges { score } }
      betweenness: rankedPlaces(by: BETWEENNESS, first: 1) { edges { score } }
      countryPairRanking { totalCount nodes { a { code } b { code } ties } }
    }`);
    // Every place of the test graph has exactly one tie: ranks follow ids.
    expect(data.byTies.totalCount).toBe(26);
    expect(data.byTies.edges.map((e: { rank: number; ties: number }) => [e.rank, e.ties])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(data.japanese).toEqual({ totalCount: 1, nodes: [{ id: SHIZUOKA }] });
    expect(data.pagerank.edges[0].score).toBeCloseTo(1 / 26, 6);
    expect(data.betweenness.edges[0].score).toBe(0);
    expect(data.countryPairRanking).toEqual({
      totalCount: 1,
      nodes: [{ a: { code: 'CN' }, b: { code: 'JP' }, ties: 13 }],
    });
  });

  it('refuses a country that is not an ISO code', async () => {
    const response = await api.request('{ rankedPlaces(country: "Japan") { totalCount } }');
    expect(response.errors![0]!.message).toMatch(/rankedPlaces: "Japan" is not an ISO 3166-1 alpha-2 code/);
  });
});

describe('neighbourhood', () => {
  it("gives Shizuoka Prefecture's direct neighbours and the edges to them", async () => {
    const { neighbourhood } = await api.data(`{ neighbourhood(id: "${SHIZUOKA}") {
      center { id } nodes { distance node { __typename id } } edges { from type to } truncated
    } }`);
    expect(neighbourhood).toEqual({
      center: { id: SHIZUOKA },
      nodes: [
        { distance: 1, node: { __typename: 'Country', id: 'country:JP' } },
        { distance: 1, node: { __typename: 'Meeting', id: SEED_MEETING } },
        { distance: 1, node: { __typename: 'Office', id: GOVERNOR } },
        { distance: 1, node: { __typename: 'Partnership', id: SEED_TIE } },
      ],
      edges: [
        { from: SEED_MEETING, type: 'HELD_IN', to: SHIZUOKA },
        { from: GOVERNOR, type: 'OF', to: SHIZUOKA },
        { from: SHIZUOKA, type: 'IN_COUNTRY', to: 'country:JP' },
        { from: SHIZUOKA, type: 'PARTY_TO', to: SEED_TIE },
      ],
      truncated: false,
    });
  });

  it('goes deeper with depth, nearest first, and follows only the relationship types asked for', async () => {
    const { deep, ties } = await api.data(
      `{
      deep: neighbourhood(id: "${SHIZUOKA}", depth: 2, first: 200) { nodes { distance node { id } } truncated }
      ties: neighbourhood(id: "${SHIZUOKA}", depth: 3, relationshipTypes: [PARTY_TO]) { nodes { distance node ` +
        `{ id } } edges { type } }
    }`,
    );
    const distances = deep.nodes.map((n: { distance: number }) => n.distance);
    expect(distances).toEqual([...distances].sort());
    expect(deep.nodes).toContainEqual({ distance: 2, node: { id: ZHEJIANG } });
    expect(deep.nodes).toContainEqual({ distance: 2, node: { id: KAWAKATSU } });
    expect(deep.truncated).toBe(false);
    expect(ties).toEqual({
      nodes: [
        { distance: 1, node: { id: SEED_TIE } },
        { distance: 2, node: { id: ZHEJIANG } },
      ],
      edges: [{ type: 'PARTY_TO' }, { type: 'PARTY_TO' }],
    });
  });

  it('stops at first nodes and says it was truncated', async () => {
    const { neighbourhood } = await api.data(
      `{ neighbourhood(id: "country:JP", depth: 2, first: 3) { nodes { distance } truncated } }`,
    );
    expect(neighbourhood).toEqual({ nodes: [{ distance: 1 }, { distance: 1 }, { distance: 1 }], truncated: true });
  });

  it(
    'reaches provenance only when asked: the sentence stating a tie, its document, and what else it ' + 'states',
    async () => {
      const { neighbourhood } = await api.data(
        `{ neighbourhood(id: "${SEED_TIE}", depth: 2, relationshipTypes: [EVIDENCED_BY, IN]) {
      nodes { distance node { __typename ... on Sentence { text document { id } } ... on Document { id } ... ` +
          `on Place { id } } }
    } }`,
      );
      expect(neighbourhood.nodes).toEqual([
        {
          distance: 1,
          node: {
            __typename: 'Sentence',
            text:
              'Shizuoka has forged friendly relations with many provinces and cities in China, especially ' +
              'with Zhejiang Province for 37 years, he said',
            document: { id: 'doc:2019-11-24-xinhua-china-japan-local-exchanges' },
          },
        },
        { distance: 2, node: { __typename: 'Document', id: 'doc:2019-11-24-xinhua-china-japan-local-exchanges' } },
        // Zhejiang Province is evidenced by the same sentence.
        { distance: 2, node: { __typename: 'Place', id: ZHEJIANG } },
      ]);
    },
  );

  it('answers null for an unknown node', async () => {
    expect(await api.data('{ neighbourhood(id: "person:nobody") { truncated } }')).toEqual({ neighbourhood: null });
  });
});
