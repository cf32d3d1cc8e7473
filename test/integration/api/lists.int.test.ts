/** Filtered, paginated lists: meetings, ties, a country pair. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FIGURE_SENTENCE,
  KAWAKATSU,
  SEED_DOCUMENT_ID,
  SEED_MEETING,
  SEED_TIE,
  SHIZUOKA,
  WANG_YI,
  seededApi,
  type ApiClient,
} from './graphql.ts';
import { TWIN_TIES } from './fixture.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await seededApi();
});

const meetingIds = async (filter: Record<string, unknown>) => {
  const { meetings } = await api.data(
    'query ($filter: MeetingFilter) { meetings(filter: $filter) { totalCount nodes { id } } }',
    { filter },
  );
  expect(meetings.totalCount).toBe(meetings.nodes.length);
  return meetings.nodes.map((m: { id: string }) => m.id);
};

describe('meetings', () => {
  it('lists every meeting newest first when unfiltered', async () => {
    expect(await meetingIds({})).toEqual([
      'meeting:2021-03-01:aiko-tanaka+ken-mori',
      'meeting:2020-07:aiko-tanaka+li-wei',
      SEED_MEETING,
      'meeting:2018-05-03:aiko-tanaka+li-wei',
    ]);
  });

  it('finds that Wang Yi met Heita Kawakatsu on 2019-11-24 in Shizuoka Prefecture', async () => {
    const { meetings } = await api.data(
      `{ meetings(filter: { personId: "${WANG_YI}" }) {
      nodes { date participants { id } place { __typename ... on Place { id name countryCode } } evidence { ` +
        `document { id } } }
    } }`,
    );
    expect(meetings.nodes).toEqual([
      {
        date: '2019-11-24',
        participants: [{ id: KAWAKATSU }, { id: WANG_YI }],
        place: { __typename: 'Place', id: SHIZUOKA, name: 'Shizuoka Prefecture', countryCode: 'JP' },
        evidence: [{ document: { id: SEED_DOCUMENT_ID } }],
      },
    ]);
  });

  it('filters by place (including places within it) and by country', async () => {
    expect(await meetingIds({ placeId: 'place:jp:hanamura' })).toEqual([
      'meeting:2021-03-01:aiko-tanaka+ken-mori',
      'meeting:2018-05-03:aiko-tanaka+li-wei',
    ]);
    expect(await meetingIds({ countryCode: 'cn' })).toEqual(['meeting:2020-07:aiko-tanaka+li-wei']);
    expect(await meetingIds({ countryCode: 'JP', personId: 'person:li-wei' })).toEqual([
      'meeting:2018-05-03:aiko-tanaka+li-wei',
    ]);
  });

  it('filters by date range, inclusive, with partial dates compared as far as both are known', async () => {
    expect(await meetingIds({ from: '2019-11-24', to: '2019-11-24' })).toEqual([SEED_MEETING]);
    expect(await meetingIds({ from: '2019', to: '2020' })).toEqual([
      'meeting:2020-07:aiko-tanaka+li-wei',
      SEED_MEETING,
    ]);
    // The July 2020 meeting may have been on 2020-07-15, so it falls within a range ending then.
    expect(await meetingIds({ from: '2020-07-15', to: '2020-07-15' })).toEqual(['meeting:2020-07:aiko-tanaka+li-wei']);
    expect(await meetingIds({ to: '2018-12' })).toEqual(['meeting:2018-05-03:aiko-tanaka+li-wei']);
    expect(await meetingIds({ from: '2022' })).toEqual([]);
  });
});

describe('partnerships', () => {
  const ties = async (filter: Record<string, unknown>, first = 100) => {
    const { partnerships } = await api.data(
      'query ($filter: PartnershipFilter, $first: Int) { partnerships(filter: $filter, first: $first) { ' +
        'totalCount nodes { name kind since } } }',
      { filter, first },
    );
    return partnerships;
  };

  it('filters by country pair in either order, oldest first', async () => {
    const cnJp = await ties({ countries: ['CN', 'JP'] });
    const jpCn = await ties({ countries: ['jp', 'cn'] });
    expect(cnJp.totalCount).toBe(TWIN_TIES + 1);
    expect(jpCn).toEqual(cnJp);
    expect(cnJp.nodes[0]).toEqual({ name: 'Shizuoka Prefecture – Zhejiang Province', kind: 'friendship', since: 1982 });
    expect(cnJp.nodes.map((t: { since: number }) => t.since)).toEqual([
      1982,
      ...Array.from({ length: TWIN_TIES }, (_, i) => 1991 + i),
    ]);
    expect((await ties({ countries: ['CN', 'KR'] })).totalCount).toBe(0);
    expect((await ties({ countries: ['CN'] })).totalCount).toBe(TWIN_TIES + 1);
  });

  it('filters by kind and start-year range', async () => {
    expect(await ties({ kinds: ['friendship'], sinceFrom: 1980, sinceTo: 1995 })).toEqual({
      totalCount: 3,
      nodes: [
        { name: 'Shizuoka Prefecture – Zhejiang Province', kind: 'friendship', since: 1982 },
        { name: 'Hanamura – Changling', kind: 'friendship', since: 1992 },
        { name: 'Kawabe – Fengyang', kind: 'friendship', since: 1994 },
      ],
    });
    expect((await ties({ kinds: ['twin'] })).totalCount).toBe(0);
    expect(
      (await ties({ kinds: ['sister', 'friendship'], sinceFrom: 2000 })).nodes.map((t: { since: number }) => t.since),
    ).toEqual([2000, 2001, 2002]);
  });

  it('sorts ties newest first or by name when asked, in every list of ties', async () => {
    const newest = await api.data(
      '{ partnerships(filter: { countries: ["JP", "CN"] }, orderBy: NEWEST_FIRST, first: 3) { nodes { since } } }',
    );
    expect(newest.partnerships.nodes.map((t: { since: number }) => t.since)).toEqual([2002, 2001, 2000]);
    const byName = await api.data('{ partnerships(orderBy: NAME, first: 2) { nodes { name } } }');
    expect(byName.partnerships.nodes.map((t: { name: string }) => t.name)).toEqual([
      'Akiyama – Baishan',
      'Hanamura – Changling',
    ]);
    const pair = await api.data(
      '{ countryPair(a: "CN", b: "JP") { ties(orderBy: NEWEST_FIRST, first: 1) { nodes { since } } } }',
    );
    expect(pair.countryPair.ties.nodes).toEqual([{ since: 2002 }]);
  });

  it('pages through a long list with first and after, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { partnerships } = await api.data(
        'query ($after: String) { partnerships(first: 5, after: $after) { totalCount nodes { id } pageInfo { ' +
          'hasNextPage endCursor } } }',
        { after },
      );
      pages += 1;
      expect(partnerships.totalCount).toBe(TWIN_TIES + 1);
      seen.push(...partnerships.nodes.map((t: { id: string }) => t.id));
      if (!partnerships.pageInfo.hasNextPage) break;
      after = partnerships.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(TWIN_TIES + 1);
    expect(new Set(seen).size).toBe(TWIN_TIES + 1);
    expect(seen[0]).toBe(SEED_TIE);
  });
});

describe('country pair', () => {
  it('reports more than 250 sister city pairs between China and Japan, stated by Wang Yi, with evidence', async () => {
    const { countryPair } = await api.data(
      `{ countryPair(a: "CN", b: "JP") {
      a { code name } b { code name }
      figures { statement metric value qualifier asOf statedBy { id } countries { code } evidence { sentence ` +
        `document { id date } } }
      ties(first: 2) { totalCount nodes { name kind since evidence { sentence } } pageInfo { hasNextPage } }
    } }`,
    );
    expect(countryPair).toEqual({
      a: { code: 'CN', name: 'China' },
      b: { code: 'JP', name: 'Japan' },
      figures: [
        {
          statement: 'more than 250 sister city pairs',
          metric: 'sister city pairs',
          value: 250,
          qualifier: 'more than',
          asOf: '2019-11-24',
          statedBy: { id: WANG_YI },
          countries: [{ code: 'CN' }, { code: 'JP' }],
          evidence: [{ sentence: FIGURE_SENTENCE, document: { id: SEED_DOCUMENT_ID, date: '2019-11-24' } }],
        },
      ],
      ties: {
        totalCount: TWIN_TIES + 1,
        nodes: [
          {
            name: 'Shizuoka Prefecture – Zhejiang Province',
            kind: 'friendship',
            since: 1982,
            evidence: [
              {
                sentence:
                  'Shizuoka has forged friendly relations with many provinces and cities in China, especially ' +
                  'with Zhejiang Province for 37 years, he said',
              },
            ],
          },
          {
            name: 'Akiyama – Baishan',
            kind: 'sister',
            since: 1991,
            evidence: [{ sentence: 'Akiyama and Baishan have been sister cities since 1991.' }],
          },
        ],
        pageInfo: { hasNextPage: true },
      },
    });
  });

  it('is the same pair either way round, and null for a country the graph does not hold', async () => {
    const data = await api.data(
      '{ jp: countryPair(a: "jp", b: "cn") { figures { statement } ties { totalCount } } none: countryPair(a: ' +
        '"CN", b: "FR") { a { code } } }',
    );
    expect(data).toEqual({
      jp: { figures: [{ statement: 'more than 250 sister city pairs' }], ties: { totalCount: TWIN_TIES + 1 } },
      none: null,
    });
  });
});
