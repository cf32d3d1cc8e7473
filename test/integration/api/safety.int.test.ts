/**
 * The API's promises about cost and safety, on the real database: a bounded number of Cypher queries per request
 * whatever the list lengths, values that are only ever data, no way to write, and oversized requests refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../../../src/graph/queries/read.ts';
import { snapshotGraph } from '../graph-snapshot.ts';
import { testNeo4jConfig } from '../neo4j.ts';
import { TWIN_TIES } from './fixture.ts';
import { SHIZUOKA, seededApi, type AnswerJson, type ApiClient } from './graphql.ts';

let api: ApiClient;
beforeAll(async () => {
  api = await seededApi();
});

describe('Cypher queries per request', () => {
  // At first: 100 this costs well under the cost limit of 50,000 (graphql-armor charges pages of every level).
  const PLACE_FIELDS =
    `
        name
        country { code }
        partners { edges { node { ... on Place { name country { name } } } partnership { kind since ` +
    `evidence(first: 1) { sentence document { title } } } } }
        officials { nodes { title holder { name offices { title } } } }
        evidence(first: 5) { sentence }`;
  const PLACES_WITH_PARTNERS = `query ($first: Int) {
    country(code: "JP") { places(first: $first) { nodes { ${PLACE_FIELDS} } } }
  }`;

  it(
    'stays the same small number for a list of places with partners with evidence, however long the ' + 'list',
    async () => {
      const one = await api.request(PLACES_WITH_PARTNERS, { first: 1 });
      const many = await api.request(PLACES_WITH_PARTNERS, { first: 100 });
      expect(one.data!.country.places.nodes).toHaveLength(1);
      expect(one.errors).toBeUndefined();
      expect(many.errors).toBeUndefined();
      const places = many.data!.country.places.nodes;
      expect(places.length).toBeGreaterThanOrEqual(TWIN_TIES);
      const partnered = places.filter((p: AnswerJson) => p.partners.edges.length > 0);
      expect(partnered.length).toBeGreaterThanOrEqual(TWIN_TIES);
      expect(partnered.every((p: AnswerJson) => p.partners.edges[0].partnership.evidence.length === 1)).toBe(true);

      // One query per field asked for, whatever the number of places: the country, its places, partners, partnership
      // evidence, officials, their offices, place evidence, and countries (places' and partners', one query per level).
      const MAX_QUERIES = 9;
      expect(many.extensions!.cypher!.count).toBeLessThanOrEqual(MAX_QUERIES);
      // Fewer queries than places: none runs per place, per partner or per office.
      expect(MAX_QUERIES).toBeLessThan(places.length);
      expect(one.extensions!.cypher!.count).toBeLessThanOrEqual(many.extensions!.cypher!.count);
    },
  );

  it('finds a place by a fragment in one query, and its partners with evidence in one more each', async () => {
    const response = await api.request(
      `{ search(text: "hanamura", labels: [Place], first: 1) { nodes { ... on Place { ${PLACE_FIELDS} } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.nodes).toHaveLength(1);
    expect(new Set(response.extensions!.cypher!.names)).toEqual(
      new Set([
        'search',
        'partnersOfPlaces',
        'evidence.Partnership',
        'officialsOf.Place',
        'officesOfPeople',
        'evidence.Place',
        'nodesById.Country',
      ]),
    );
  });

  // Every field of a place's partners that the one query reads, and some it leaves to the batch loaders: the other
  // end's country, and partners asked again under an alias with other arguments.
  const PLACE_WITH_PARTNERS = `id name kind aliases lat
    partners(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor
      node { __typename ... on Place { id name countryCode country { code } } ... on Country { code } }
      partnership { id name kind since sinceBasis until status ends { ... on Place { name } } evidence(first: 2) {
        sentence sentenceId start end confidence stated { name since status } document { id title date } } } } }
    twins: partners(kinds: [twin], first: 1) { totalCount edges { node { ... on Place { name } } } }`;

  it(
    'answers a place by id with its partners, their ties, evidence and ends in one query, as the batched ' +
      'lookups do',
    async () => {
      const byId = await api.request(`query ($id: ID!) { place(id: $id) { ${PLACE_WITH_PARTNERS} } }`, {
        id: SHIZUOKA,
      });
      const byName = await api.request(`{ place(name: "Shizuoka Prefecture") { ${PLACE_WITH_PARTNERS} } }`);
      expect(byId.errors).toBeUndefined();
      expect(byId.data).toEqual(byName.data);
      expect(byId.data!.place.partners.edges[0].partnership.evidence[0].document.title).toBeTruthy();
      // One query where the lookup by name takes three (place, partners, evidence); the rest as before.
      expect(byId.extensions!.cypher!.names.toSorted()).toEqual([
        'nodesById.Country',
        'partnersOfPlaces',
        'placeWithPartners',
      ]);
      expect(byName.extensions!.cypher!.names.toSorted()).toEqual([
        'evidence.Partnership',
        'nodeByName.Place',
        'nodesById.Country',
        'partnersOfPlaces',
        'partnersOfPlaces',
      ]);
    },
  );

  it('answers a list of ties with both ends and evidence in two queries', async () => {
    const response = await api.request(
      '{ partnerships(first: 100) { nodes { name ends { ... on Place { name } } evidence { sentence } } } }',
    );
    expect(response.data!.partnerships.nodes).toHaveLength(TWIN_TIES + 1);
    expect(response.extensions!.cypher).toEqual({ count: 2, names: ['partnerships', 'evidence.Partnership'] });
  });

  it('answers meetings with participants, places and their countries in two queries', async () => {
    const response = await api.request(
      '{ meetings(first: 100) { nodes { participants { name } place { ... on Place { name country { code } } } } } }',
    );
    expect(response.data!.meetings.nodes).toHaveLength(4);
    expect(response.extensions!.cypher).toEqual({ count: 2, names: ['meetings', 'nodesById.Country'] });
  });
});

describe('values are data, never Cypher', () => {
  const HOSTILE = [
    `x"}) DETACH DELETE n //`,
    `x'}) MATCH (n) DETACH DELETE n //`,
    '`) DETACH DELETE n //',
    'Shizuoka\\"} RETURN 1 //',
  ];

  it.each(HOSTILE)(
    'treats %j as a plain name in every lookup and filter, and the graph is unchanged',
    async (hostile) => {
      const before = await snapshotGraph(api.driver);
      const response = await api.request(
        `query ($v: String!, $id: ID!) {
        place(name: $v) { id } person(name: $v) { id } country(name: $v) { id } document(name: $v) { id } ` +
          `event(name: $v) { id }
        search(text: $v) { totalCount }
        node(id: $id) { id }
        neighbourhood(id: $id) { truncated }
        connection(fromId: $id, toId: "${SHIZUOKA}") { length }
        meetings(filter: { personId: $id, placeId: $id }) { totalCount }
        partnerships(filter: { placeId: $id }) { totalCount }
      }`,
        { v: hostile, id: `place:jp:${hostile}` },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        place: null,
        person: null,
        country: null,
        document: null,
        event: null,
        search: { totalCount: 0 },
        node: null,
        neighbourhood: null,
        connection: null,
        meetings: { totalCount: 0 },
        partnerships: { totalCount: 0 },
      });
      expect(await snapshotGraph(api.driver)).toEqual(before);
    },
  );
});

describe('read-only', () => {
  it('has no mutations', async () => {
    const response = await api.request('mutation { deletePlace(id: "x") }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors!.map((e) => e.message)).toEqual(['Schema is not configured to execute mutation operation.']);
  });

  it('runs its Cypher in read transactions, which Neo4j refuses to write in', async () => {
    const reader = { driver: api.driver, database: testNeo4jConfig().database };
    await expect(
      readRows(reader, { name: 'write', cypher: 'CREATE (n:Intruder) RETURN n', params: {} }),
    ).rejects.toThrow(/read|access mode/i);
    const { records } = await api.driver.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n');
    expect(records[0]!.get('n')).toBe(0);
  });
});

describe('bounds', () => {
  it('refuses a page larger than 100 with a message that says how to page', async () => {
    const response = await api.request('{ partnerships(first: 500) { totalCount } }');
    expect(response.errors!.map((e) => e.message)).toEqual([
      'first must be from 0 to 100; got 500. Ask for pages of at most 100 and follow pageInfo.endCursor with after.',
    ]);
    expect(response.extensions?.cypher?.count ?? 0).toBe(0);
  });

  it('bounds unpaged lists too', async () => {
    const response = await api.request(`{ place(id: "${SHIZUOKA}") { name evidence(first: 1000) { sentence } } }`);
    expect(response.errors!.map((e) => e.message)).toEqual(['evidence(first) must be from 1 to 100; got 1000.']);
    // evidence is non-null, so the error nulls the place that asked for it.
    expect(response.data).toEqual({ place: null });
  });

  it('refuses a query nested deeper than the limit before running anything', async () => {
    const response = await api.request(
      `{ place(id: "${SHIZUOKA}") { partners { edges { node { ... on Place {
      partners { edges { node { ... on Place { partners { edges { partnership { evidence { document { id } } } ` +
        `} } } } } }
    } } } } } }`,
    );
    expect(response.errors![0]!.message).toMatch(/Query depth limit of 10 exceeded, found \d+/);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses pages nested in pages whose worst case exceeds the result budget, before running anything', async () => {
    // A page size in a variable and others left to their defaults, which the cost limit does not count.
    const response = await api.request(
      `query ($places: Int) { search(text: "a", first: $places) { nodes { ... on Place {
        partners { edges { partnership { evidence { sentence document { mentions { nodes { id } } } } } } }
      } } } }`,
      { places: 100 },
    );
    expect(response.errors!.map((e) => e.message)).toEqual([
      'This request could return up to 1686200 nodes (page sizes multiply down nested lists); the limit is 100000. ' +
        'Ask for smaller pages with first, or fewer nested lists, and follow pageInfo.endCursor for more.',
    ]);
    expect(response.extensions?.cypher?.count ?? 0).toBe(0);
  });

  it('refuses a query whose syntactic cost exceeds the limit', async () => {
    const response = await api.request(`{ search(text: "a", first: 100) { nodes { ... on Place {
      partners(first: 100) { edges { partnership { evidence(first: 20) { sentence } } } }
    } } } }`);
    expect(response.errors![0]!.message).toMatch(/^Syntax Error: Query Cost limit of 50000 exceeded, found \d+/);
  });

  it(
    'costs first given in variables exactly as written literally: fifteen aliased depth-3 ' + 'neighbourhoods',
    async () => {
      const neighbourhoods = (first: string) =>
        Array.from(
          { length: 15 },
          (_, i) =>
            `n${i}: neighbourhood(id: $id, depth: 3, first: ${first}) { nodes { distance node { id name } } ` +
            `edges { from to type } truncated }`,
        ).join('\n');
      const refused = ['Syntax Error: Query Cost limit of 50000 exceeded, found 89250.'];
      const literal = await api.request(`query ($id: ID!) { ${neighbourhoods('200')} }`, { id: SHIZUOKA });
      const variable = await api.request(`query ($id: ID!, $n: Int) { ${neighbourhoods('$n')} }`, {
        id: SHIZUOKA,
        n: 200,
      });
      expect(literal.errors!.map((e) => e.message)).toEqual(refused);
      expect(variable.errors!.map((e) => e.message)).toEqual(refused);
      expect(variable.extensions?.cypher?.count ?? 0).toBe(0);
      // Smaller pages in the same variable pass, and are answered.
      const small = await api.request(`query ($id: ID!, $n: Int) { ${neighbourhoods('$n')} }`, { id: SHIZUOKA, n: 5 });
      expect(small.errors).toBeUndefined();
      expect(small.data!.n14.nodes).toHaveLength(5);
    },
  );

  it('refuses traversal bounds beyond the maxima with messages naming them', async () => {
    const response = await api.request(`{
      deep: neighbourhood(id: "${SHIZUOKA}", depth: 4) { truncated }
      wide: neighbourhood(id: "${SHIZUOKA}", first: 1000) { truncated }
      long: connection(fromId: "${SHIZUOKA}", toId: "country:JP", maxLength: 20) { length }
    }`);
    expect(response.errors!.map((e) => e.message).sort()).toEqual([
      'connection: maxLength must be from 1 to 12; got 20.',
      'neighbourhood: depth must be from 1 to 3; got 4.',
      'neighbourhood: first must be from 0 to 200; got 1000.',
    ]);
    expect(response.extensions?.cypher?.count ?? 0).toBe(0);
  });
});
