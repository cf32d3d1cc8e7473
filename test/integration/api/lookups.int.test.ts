/**
 * Looking things up: by id, by name or alias, by fragment; and what a place, a person, a country tell about
 * themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CAPTION_SENTENCE,
  FIGURE_SENTENCE,
  KAWAKATSU,
  SEED_DOCUMENT_ID,
  SEED_DOCUMENT_TITLE,
  SEED_MEETING,
  SEED_TIE,
  SHIZUOKA,
  WANG_YI,
  ZHEJIANG,
  ZHEJIANG_SENTENCE,
  seededApi,
  type AnswerJson,
  type ApiClient,
} from './graphql.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await seededApi();
});

describe('looking up a place', () => {
  it.each(['Shizuoka Prefecture', 'shizuoka', 'SHIZUOKA-prefecture', '静岡県'])(
    'finds Shizuoka Prefecture by the name or alias %j',
    async (name) => {
      const { place } = await api.data('query ($name: String) { place(name: $name) { id name } }', { name });
      expect(place).toEqual({ id: SHIZUOKA, name: 'Shizuoka Prefecture' });
    },
  );

  it('answers null for a name nothing has, and for an id of another kind', async () => {
    const data = await api.data(
      `{ a: place(name: "Atlantis") { id } b: place(id: "${WANG_YI}") { id } c: place(id: "place:xx:nowhere") { id } }`,
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });

  it("gives Shizuoka Prefecture's properties, country, partners, officials, meetings and documents", async () => {
    const { place } = await api.data(`{
      place(id: "${SHIZUOKA}") {
        __typename id name labels kind countryCode aliases
        country { code name }
        within { id }
        partners {
          totalCount
          edges {
            node { __typename ... on Place { id name } }
            partnership {
              id kind since sinceBasis sinceNote until
              evidence { sentence start end confidence document { id title date source } }
            }
          }
        }
        officials { totalCount nodes { title name former holder { id name } } }
        meetings { totalCount nodes { id date participants { name } place { ... on Place { id } } } }
        mentionedIn { totalCount nodes { id title } }
      }
    }`);
    expect(place).toEqual({
      __typename: 'Place',
      id: SHIZUOKA,
      name: 'Shizuoka Prefecture',
      labels: ['Place'],
      kind: 'prefecture',
      countryCode: 'JP',
      aliases: ['Shizuoka', '静岡県'],
      country: { code: 'JP', name: 'Japan' },
      within: null,
      partners: {
        totalCount: 1,
        edges: [
          {
            node: { __typename: 'Place', id: ZHEJIANG, name: 'Zhejiang Province' },
            partnership: {
              id: SEED_TIE,
              kind: 'friendship',
              since: 1982,
              sinceBasis: 'derived',
              sinceNote: "derived from '37 years' as of 2019",
              until: null,
              evidence: [
                {
                  sentence: ZHEJIANG_SENTENCE,
                  start: expect.any(Number),
                  end: expect.any(Number),
                  confidence: 1,
                  document: { id: SEED_DOCUMENT_ID, title: SEED_DOCUMENT_TITLE, date: '2019-11-24', source: 'Xinhua' },
                },
              ],
            },
          },
        ],
      },
      officials: {
        totalCount: 1,
        nodes: [
          {
            title: 'Governor',
            name: 'Governor of Shizuoka Prefecture',
            former: false,
            holder: { id: KAWAKATSU, name: 'Heita Kawakatsu' },
          },
        ],
      },
      meetings: {
        totalCount: 1,
        nodes: [
          {
            id: SEED_MEETING,
            date: '2019-11-24',
            participants: [{ name: 'Heita Kawakatsu' }, { name: 'Wang Yi' }],
            place: { id: SHIZUOKA },
          },
        ],
      },
      mentionedIn: { totalCount: 1, nodes: [{ id: SEED_DOCUMENT_ID, title: SEED_DOCUMENT_TITLE }] },
    });
    const evidence = place.partners.edges[0].partnership.evidence[0];
    expect(evidence.end - evidence.start).toBe(ZHEJIANG_SENTENCE.length);
  });

  it('gathers the meetings of the places within a place, and tells what a place lies within', async () => {
    const { place, ward } = await api.data(`{
      place(name: "Hanamura") { meetings { totalCount nodes { date place { ... on Place { name } } } } }
      ward: place(name: "Hana Ward") { within { name } }
    }`);
    expect(place.meetings).toEqual({
      totalCount: 2,
      nodes: [
        { date: '2021-03-01', place: { name: 'Hana Ward' } },
        { date: '2018-05-03', place: { name: 'Hanamura' } },
      ],
    });
    expect(ward).toEqual({ within: { name: 'Hanamura' } });
  });
});

describe('looking up a person', () => {
  it("gives Wang Yi's offices, meetings and the people he met", async () => {
    const { person } = await api.data(`{
      person(name: "wang yi") {
        id name aliases countryCode country { code }
        offices { title name former of { __typename ... on Country { code } } evidence { sentence } }
        meetings { totalCount nodes { id name date place { ... on Place { name } } } }
        met { totalCount edges { node { id name } meetingCount lastMet meetings { id date } } }
      }
    }`);
    expect(person).toEqual({
      id: WANG_YI,
      name: 'Wang Yi',
      aliases: ['Wang', '王毅'],
      countryCode: 'CN',
      country: { code: 'CN' },
      offices: [
        {
          title: 'Foreign Minister',
          name: 'Foreign Minister of China',
          former: false,
          of: { __typename: 'Country', code: 'CN' },
          evidence: [{ sentence: CAPTION_SENTENCE }],
        },
        {
          title: 'State Councilor',
          name: 'State Councilor of China',
          former: false,
          of: { __typename: 'Country', code: 'CN' },
          evidence: [{ sentence: CAPTION_SENTENCE }],
        },
      ],
      meetings: {
        totalCount: 1,
        nodes: [
          {
            id: SEED_MEETING,
            name: 'Wang Yi and Heita Kawakatsu, 2019-11-24',
            date: '2019-11-24',
            place: { name: 'Shizuoka Prefecture' },
          },
        ],
      },
      met: {
        totalCount: 1,
        edges: [
          {
            node: { id: KAWAKATSU, name: 'Heita Kawakatsu' },
            meetingCount: 1,
            lastMet: '2019-11-24',
            meetings: [{ id: SEED_MEETING, date: '2019-11-24' }],
          },
        ],
      },
    });
  });

  it('counts repeated meetings with the same person once per person, most met first', async () => {
    const { person } = await api.data(
      '{ person(name: "Aiko Tanaka") { met { edges { node { name } meetingCount lastMet meetings { date } } } } }',
    );
    expect(person.met.edges).toEqual([
      {
        node: { name: 'Li Wei' },
        meetingCount: 2,
        lastMet: '2020-07',
        meetings: [{ date: '2020-07' }, { date: '2018-05-03' }],
      },
      { node: { name: 'Ken Mori' }, meetingCount: 1, lastMet: '2021-03-01', meetings: [{ date: '2021-03-01' }] },
    ]);
  });
});

describe('looking up countries, documents, events and any node', () => {
  it('finds a country by id, code (any case) and name', async () => {
    const data = await api.data(
      '{ a: country(id: "country:CN") { code } b: country(code: "cn") { code } c: country(name: "china") { ' +
        'code } d: country(name: "中国") { code } }',
    );
    expect(data).toEqual({ a: { code: 'CN' }, b: { code: 'CN' }, c: { code: 'CN' }, d: { code: 'CN' } });
  });

  it("lists a country's places, people and national offices", async () => {
    const { country } = await api.data(
      `{ country(code: "CN") {
      name places(first: 3) { totalCount nodes { name } } people { nodes { name } } officials { nodes { name ` +
        `holder { name } } }
    } }`,
    );
    expect(country).toEqual({
      name: 'China',
      places: { totalCount: 13, nodes: [{ name: 'Baishan' }, { name: 'Changling' }, { name: 'Dongping' }] },
      people: { nodes: [{ name: 'Li Wei' }, { name: 'Wang Yi' }] },
      officials: {
        nodes: [
          { name: 'Foreign Minister of China', holder: { name: 'Wang Yi' } },
          { name: 'State Councilor of China', holder: { name: 'Wang Yi' } },
        ],
      },
    });
  });

  it('finds a document by id and by title, with what it mentions', async () => {
    const data = await api.data(
      `{
      byId: document(id: "${SEED_DOCUMENT_ID}") { id title date source url reviewed file mentions(labels: ` +
        `[Person]) { totalCount nodes { id } } }
      byTitle: document(name: "twin towns of japan and china") { id date source }
    }`,
    );
    expect(data).toEqual({
      byId: {
        id: SEED_DOCUMENT_ID,
        title: SEED_DOCUMENT_TITLE,
        date: '2019-11-24',
        source: 'Xinhua',
        url: null,
        reviewed: true,
        file: '2019-11-24-xinhua-china-japan-local-exchanges.txt',
        mentions: { totalCount: 2, nodes: [{ id: KAWAKATSU }, { id: WANG_YI }] },
      },
      byTitle: { id: 'doc:twin-towns', date: '2021-03-02', source: 'Test Gazette' },
    });
  });

  it('finds the Group of 20 with who attended it', async () => {
    const { event } = await api.data(
      '{ event(name: "group of 20") { name date place { __typename } attendees { name } meetings { id } ' +
        'evidence { sentence } } }',
    );
    expect(event).toEqual({
      name: 'Group of 20',
      date: null,
      place: null,
      attendees: [{ name: 'Wang Yi' }],
      meetings: [],
      evidence: [{ sentence: 'Wang, who attended the Group of 20 (' }],
    });
  });

  it('resolves node(id) to the right type for every kind of id', async () => {
    const ids = [
      SHIZUOKA,
      'country:JP',
      WANG_YI,
      SEED_MEETING,
      SEED_TIE,
      SEED_DOCUMENT_ID,
      'office:heita-kawakatsu:governor:place:jp:shizuoka-prefecture',
    ];
    const query = `{ ${ids
      .map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { __typename id name }`)
      .join(' ')} }`;
    const data = await api.data(query);
    expect(Object.values(data).map((n) => n.__typename)).toEqual([
      'Place',
      'Country',
      'Person',
      'Meeting',
      'Partnership',
      'Document',
      'Office',
    ]);
    expect(data.n6).toEqual({ __typename: 'Office', id: ids[6], name: 'Governor of Shizuoka Prefecture' });
  });

  it('fills in details of facts reached by id: an office holder, a meeting place, a tie end, a figure', async () => {
    const figures = await api.data('{ countryPair(a: "CN", b: "JP") { figures { id } } }');
    const figureId = figures.countryPair.figures[0].id;
    const data = await api.data(
      `{
      office: node(id: "office:heita-kawakatsu:governor:place:jp:shizuoka-prefecture") { ... on Office { title ` +
        `former holder { name } of { ... on Place { name } } } }
      meeting: node(id: "${SEED_MEETING}") { ... on Meeting { year place { ... on Place { name } } ` +
        `participants { name } event { id } } }
      tie: node(id: "${SEED_TIE}") { ... on Partnership { ends { ... on Place { name } } } }
      figure: node(id: "${figureId}") { ... on CountryFigure { statement countries { code } statedBy { name } ` +
        `evidence { sentence } } }
    }`,
    );
    expect(data).toEqual({
      office: {
        title: 'Governor',
        former: false,
        holder: { name: 'Heita Kawakatsu' },
        of: { name: 'Shizuoka Prefecture' },
      },
      meeting: {
        year: 2019,
        place: { name: 'Shizuoka Prefecture' },
        participants: [{ name: 'Heita Kawakatsu' }, { name: 'Wang Yi' }],
        event: null,
      },
      tie: { ends: [{ name: 'Shizuoka Prefecture' }, { name: 'Zhejiang Province' }] },
      figure: {
        statement: 'more than 250 sister city pairs',
        countries: [{ code: 'CN' }, { code: 'JP' }],
        statedBy: { name: 'Wang Yi' },
        evidence: [{ sentence: FIGURE_SENTENCE }],
      },
    });
  });
});

describe('search', () => {
  it('finds places by a fragment of a name or alias, exact names first', async () => {
    const { search } = await api.data('{ search(text: "zhejiang") { totalCount nodes { __typename id name } } }');
    expect(search).toEqual({
      totalCount: 1,
      nodes: [{ __typename: 'Place', id: ZHEJIANG, name: 'Zhejiang Province' }],
    });
    const hana = await api.data('{ search(text: "hana") { nodes { name } } }');
    expect(hana.search.nodes).toEqual([{ name: 'Hana Ward' }, { name: 'Hanamura' }]);
  });

  it('limits search to the labels asked for', async () => {
    const { people, places } = await api.data(`{
      people: search(text: "wang", labels: [Person]) { nodes { __typename name } }
      places: search(text: "wang", labels: [Place]) { totalCount }
    }`);
    expect(people.nodes).toEqual([{ __typename: 'Person', name: 'Wang Yi' }]);
    expect(places.totalCount).toBe(0);
  });

  it('finds documents by a fragment of their title', async () => {
    const { search } = await api.data('{ search(text: "local-level exchanges", labels: [Document]) { nodes { id } } }');
    expect(search.nodes).toEqual([{ id: SEED_DOCUMENT_ID }]);
  });
});

describe('evidence', () => {
  it('is exposed by every fact type, pointing at the document and the sentence', async () => {
    const data = await api.data(`{
      place(id: "${SHIZUOKA}") { evidence { sentence document { id } } }
      country(code: "JP") { evidence { sentence } }
      person(id: "${KAWAKATSU}") { evidence { sentence } offices { evidence { sentence } } }
      meetings(filter: { personId: "${KAWAKATSU}" }) { nodes { evidence { sentence confidence document { id } } } }
      partnerships(filter: { placeId: "${SHIZUOKA}" }) { nodes { evidence { sentence } } }
      countryPair(a: "JP", b: "CN") { figures { evidence { sentence } } }
    }`);
    expect(data.place.evidence).toEqual([{ sentence: CAPTION_SENTENCE, document: { id: SEED_DOCUMENT_ID } }]);
    expect(data.country.evidence.map((e: AnswerJson) => e.sentence)).toContain(
      'China and Japan should usher in a new era of local-level exchanges in the 21st century, Chinese State ' +
        'Councilor and Foreign Minister Wang Yi said on Sunday.',
    );
    expect(data.person.evidence).toEqual([{ sentence: CAPTION_SENTENCE }]);
    expect(data.person.offices).toEqual([{ evidence: [{ sentence: CAPTION_SENTENCE }] }]);
    expect(data.meetings.nodes).toEqual([
      { evidence: [{ sentence: CAPTION_SENTENCE, confidence: 1, document: { id: SEED_DOCUMENT_ID } }] },
    ]);
    expect(data.partnerships.nodes).toEqual([{ evidence: [{ sentence: ZHEJIANG_SENTENCE }] }]);
    expect(data.countryPair.figures).toEqual([{ evidence: [{ sentence: FIGURE_SENTENCE }] }]);
  });
});
