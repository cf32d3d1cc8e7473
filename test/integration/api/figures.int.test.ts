/**
 * Figures about one, two or three and more subjects (countries and places), read from a place, a country and a pair
 * of countries, on the API graph plus a made-up article of figures about its towns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedMadeUpArticle } from './fixture.ts';
import { FIGURE_SENTENCE, type ApiClient, seededApi } from './graphql.ts';

const SENTENCES = {
  japan: 'Japan has some 1,700 twinnings, the survey found.',
  hanamura: 'Hanamura now has 5 partner towns.',
  exchanges: 'Hanamura and Changling run 8 exchange programmes between them.',
  three: 'China, Japan and Korea count 3,000 pairs among them.',
  ward: 'Hana Ward has 2 partner wards.',
};

const FIGURES_TEXT = ['Figures of twinning', '', ...Object.values(SENTENCES), ''].join('\n');

const say = (sentence: string) => `{sentence: ${JSON.stringify(sentence)}}`;
const FIGURES_FACTS = `document:
  file: figures.txt
  title: Figures of twinning
  date: 2022-09-01
  source: Test Gazette
  url: null
  reviewed: true
places:
  - {name: Hanamura, kind: town, country: JP, evidence: ${say(SENTENCES.hanamura)}}
  - {name: Changling, kind: city, country: CN, evidence: ${say(SENTENCES.exchanges)}}
  - {name: Hana Ward, kind: ward, country: JP, within: Hanamura, evidence: ${say(SENTENCES.ward)}}
people: []
partnerships: []
meetings: []
events: []
countryFigures:
${[
  '{countries: [JP], metric: twinnings, value: 1700, qualifier: about, asOf: 2022-05-01, ' +
    `evidence: ${say(SENTENCES.japan)}}`,
  '{places: [Hanamura], metric: partner towns, value: 5, qualifier: exactly, asOf: 2022-08-01, ' +
    `evidence: ${say(SENTENCES.hanamura)}}`,
  '{places: [Hanamura, Changling], metric: exchange programmes, value: 8, qualifier: exactly, asOf: 2022-07-01, ' +
    `evidence: ${say(SENTENCES.exchanges)}}`,
  '{countries: [CN, JP, KR], metric: pairs, value: 3000, qualifier: exactly, asOf: 2022-06-01, ' +
    `evidence: ${say(SENTENCES.three)}}`,
  `{places: [Hana Ward], metric: partner wards, value: 2, qualifier: exactly, evidence: ${say(SENTENCES.ward)}}`,
]
  .map((figure) => `  - ${figure}`)
  .join('\n')}
`;

let api: ApiClient;
beforeAll(async () => {
  api = await seededApi();
  await seedMadeUpArticle(api.driver, { file: 'figures.txt', text: FIGURES_TEXT, facts: FIGURES_FACTS });
});

const SUBJECTS = '__typename ... on Country { code } ... on Place { name }';

describe('figures of a place', () => {
  it('are the figures about it, alone or with others, newest first, with their subjects', async () => {
    const { place } = await api.data(`{ place(name: "Hanamura") { figures { totalCount nodes {
      statement asOf countries { code } places { name } subjects { ${SUBJECTS} } evidence { sentence }
    } } } }`);
    expect(place.figures).toEqual({
      totalCount: 2,
      nodes: [
        {
          statement: '5 partner towns',
          asOf: '2022-08-01',
          countries: [],
          places: [{ name: 'Hanamura' }],
          subjects: [{ __typename: 'Place', name: 'Hanamura' }],
          evidence: [{ sentence: SENTENCES.hanamura }],
        },
        {
          statement: '8 exchange programmes',
          asOf: '2022-07-01',
          countries: [],
          places: [{ name: 'Changling' }, { name: 'Hanamura' }],
          subjects: [
            { __typename: 'Place', name: 'Changling' },
            { __typename: 'Place', name: 'Hanamura' },
          ],
          evidence: [{ sentence: SENTENCES.exchanges }],
        },
      ],
    });
  });

  it('with includePlacesWithin, also those about places within it', async () => {
    const { place } = await api.data(
      '{ place(name: "Hanamura") { figures(includePlacesWithin: true) { totalCount nodes { statement } } } }',
    );
    expect(place.figures).toEqual({
      totalCount: 3,
      nodes: [
        { statement: '2 partner wards' }, // as of the document's date, 2022-09-01
        { statement: '5 partner towns' },
        { statement: '8 exchange programmes' },
      ],
    });
  });

  it('is an empty page for a place no figure is about', async () => {
    const { place } = await api.data('{ place(name: "Akiyama") { figures { totalCount nodes { id } } } }');
    expect(place.figures).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('figures of a country', () => {
  it('are those with the country among their subjects: alone, in a pair, among three', async () => {
    const { country } = await api.data(`{ country(code: "JP") { figures {
      totalCount nodes { statement asOf countries { code } places { name } }
    } } }`);
    expect(country.figures).toEqual({
      totalCount: 3,
      nodes: [
        {
          statement: '3000 pairs',
          asOf: '2022-06-01',
          countries: [{ code: 'CN' }, { code: 'JP' }, { code: 'KR' }],
          places: [],
        },
        { statement: 'about 1700 twinnings', asOf: '2022-05-01', countries: [{ code: 'JP' }], places: [] },
        {
          statement: 'more than 250 sister city pairs',
          asOf: '2019-11-24',
          countries: [{ code: 'CN' }, { code: 'JP' }],
          places: [],
        },
      ],
    });
  });

  it('with includePlacesWithin, also those about its places, and pages with first and after', async () => {
    const query = `query ($after: String) { country(code: "JP") {
      figures(includePlacesWithin: true, first: 4, after: $after) {
        totalCount nodes { statement } pageInfo { hasNextPage endCursor }
      } } }`;
    const first = (await api.data(query)).country.figures;
    expect(first.totalCount).toBe(6);
    expect(first.nodes.map((n: { statement: string }) => n.statement)).toEqual([
      '2 partner wards',
      '5 partner towns',
      '8 exchange programmes',
      '3000 pairs',
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.data(query, { after: first.pageInfo.endCursor })).country.figures;
    expect(second.nodes.map((n: { statement: string }) => n.statement)).toEqual([
      'about 1700 twinnings',
      'more than 250 sister city pairs',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('a country only named by a figure is in the graph, with the figure', async () => {
    const { country } = await api.data('{ country(code: "KR") { name figures { nodes { statement } } } }');
    expect(country).toEqual({ name: 'South Korea', figures: { nodes: [{ statement: '3000 pairs' }] } });
  });
});

describe('figures of a pair of countries', () => {
  it('are those about the two countries and nothing else: not one alone, not three', async () => {
    const { countryPair } = await api.data(`{ countryPair(a: "JP", b: "CN") {
      figures { statement countries { code } places { name } evidence { sentence } }
    } }`);
    expect(countryPair.figures).toEqual([
      {
        statement: 'more than 250 sister city pairs',
        countries: [{ code: 'CN' }, { code: 'JP' }],
        places: [],
        evidence: [{ sentence: FIGURE_SENTENCE }],
      },
    ]);
  });

  it('with includePlacesWithin, also those about places in the two countries, one in each at least', async () => {
    const { countryPair } = await api.data(
      '{ countryPair(a: "CN", b: "JP") { figures(includePlacesWithin: true) { statement subjects { ' +
        `${SUBJECTS} } } } }`,
    );
    expect(countryPair.figures).toEqual([
      {
        statement: '8 exchange programmes',
        subjects: [
          { __typename: 'Place', name: 'Changling' },
          { __typename: 'Place', name: 'Hanamura' },
        ],
      },
      {
        statement: 'more than 250 sister city pairs',
        subjects: [
          { __typename: 'Country', code: 'CN' },
          { __typename: 'Country', code: 'JP' },
        ],
      },
    ]);
  });

  it('of a country with itself: none about the country alone', async () => {
    const { countryPair } = await api.data(
      '{ countryPair(a: "JP", b: "JP") { figures { id } within: figures(includePlacesWithin: true) { id } } }',
    );
    expect(countryPair).toEqual({ figures: [], within: [] });
  });
});

describe('a figure reached by id', () => {
  it('loads its countries, places and subjects', async () => {
    const { place } = await api.data('{ place(name: "Hana Ward") { figures { nodes { id } } } }');
    const id = place.figures.nodes[0].id;
    const { node } = await api.data(
      `query ($id: ID!) { node(id: $id) { ... on CountryFigure { name countries { code } places { name } ` +
        `subjects { ${SUBJECTS} } } } }`,
      { id },
    );
    expect(node).toEqual({
      name: 'Hana Ward partner wards: 2',
      countries: [],
      places: [{ name: 'Hana Ward' }],
      subjects: [{ __typename: 'Place', name: 'Hana Ward' }],
    });
  });
});

describe('Cypher queries per request', () => {
  it('reads the figures of a list of places in one query, and their subjects with them', async () => {
    // 40 places x 20 figures x 50 subjects stays within the result budget; 100 places would not.
    const response = await api.request(`{ country(code: "JP") { places(first: 40) { nodes { name
      figures(includePlacesWithin: true) { totalCount nodes { statement subjects { ${SUBJECTS} } } } } } } }`);
    expect(response.errors).toBeUndefined();
    const places = response.data!.country.places.nodes as { name: string; figures: { totalCount: number } }[];
    expect(places.filter((p) => p.figures.totalCount > 0).map((p) => [p.name, p.figures.totalCount])).toEqual([
      ['Hana Ward', 1],
      ['Hanamura', 3],
    ]);
    expect(response.extensions!.cypher!.names.toSorted()).toEqual([
      'figuresAbout.Place+within',
      'nodesById.Country',
      'placesInCountries',
    ]);
  });
});
