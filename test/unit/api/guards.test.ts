/**
 * Argument guards and request bounds, through the real server with a driver that must never be reached: every one of
 * these requests is refused, with a message that says what to do, before any Cypher runs.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { checkedCountryCode, checkedPartialDate } from '../../../src/api/guards.ts';
import { createServer } from '../../../src/api/yoga.ts';

let sessionsOpened = 0;
const unreachableDriver = {
  session() {
    sessionsOpened += 1;
    throw new Error('These requests must be refused before any Cypher runs.');
  },
} as unknown as Driver;
const yoga = createServer({ driver: unreachableDriver, exposeCypherCount: true });

async function errorsOf(query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const before = sessionsOpened;
  const response = await yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  expect(sessionsOpened, 'no session may be opened').toBe(before);
  return (body.errors ?? []).map((error) => error.message);
}

describe('page bounds', () => {
  it('refuses first above 100 or below 0', async () => {
    expect(await errorsOf('{ meetings(first: 101) { totalCount } }')).toEqual([
      'first must be from 0 to 100; got 101. Ask for pages of at most 100 and follow pageInfo.endCursor with after.',
    ]);
    expect(await errorsOf('{ search(text: "x", first: -1) { totalCount } }')).toEqual([
      'first must be from 0 to 100; got -1. Ask for pages of at most 100 and follow pageInfo.endCursor with after.',
    ]);
  });

  it('refuses a cursor this API did not make', async () => {
    expect(await errorsOf('{ partnerships(after: "bogus") { totalCount } }')).toEqual([
      'after: "bogus" is not a cursor of this API; pass pageInfo.endCursor of the previous page.',
    ]);
  });
});

describe('argument guards', () => {
  it('wants exactly one way to look a node up', async () => {
    expect(await errorsOf('{ place { id } }')).toEqual(['place: give either id or name, not neither.']);
    expect(await errorsOf('{ person(id: "person:x", name: "x") { id } }')).toEqual([
      'person: give either id or name, not both.',
    ]);
    expect(await errorsOf('{ country(code: "CN", name: "China") { id } }')).toEqual([
      'country: give exactly one of id, code or name.',
    ]);
  });

  it('wants country codes, dates and year ranges in their forms', async () => {
    expect(await errorsOf('{ country(code: "CHN") { id } }')).toEqual([
      'country: code "CHN" is not an ISO 3166-1 alpha-2 code such as CN.',
    ]);
    expect(await errorsOf('{ countryPair(a: "CN", b: "Japan") { figures { id } } }')).toEqual([
      'countryPair: "Japan" is not an ISO 3166-1 alpha-2 code such as CN.',
    ]);
    expect(await errorsOf('{ meetings(filter: { from: "24 Nov 2019" }) { totalCount } }')).toEqual([
      'meetings: filter.from "24 Nov 2019" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.',
    ]);
    expect(await errorsOf('{ meetings(filter: { from: "2019-13-45" }) { totalCount } }')).toEqual([
      'meetings: filter.from "2019-13-45" is not a date in the calendar: there is no month 13.',
    ]);
    expect(
      await errorsOf('query ($to: String) { meetings(filter: { to: $to }) { totalCount } }', { to: '2019-02-31' }),
    ).toEqual(['meetings: filter.to "2019-02-31" is not a date in the calendar: 2019-02 has days 01 to 28.']);
    expect(await errorsOf('{ meetings(filter: { countryCode: "JPN" }) { totalCount } }')).toEqual([
      'meetings: filter.countryCode "JPN" is not an ISO 3166-1 alpha-2 code such as JP.',
    ]);
    expect(await errorsOf('{ partnerships(filter: { countries: ["CN", "JP", "KR"] }) { totalCount } }')).toEqual([
      'partnerships: filter.countries takes one or two country codes.',
    ]);
    expect(await errorsOf('{ partnerships(filter: { sinceFrom: 2000, sinceTo: 1990 }) { totalCount } }')).toEqual([
      'partnerships: filter.sinceFrom (2000) is after filter.sinceTo (1990).',
    ]);
  });

  it('wants search text with a letter or digit in it', async () => {
    expect(await errorsOf('{ search(text: " -- ") { totalCount } }')).toEqual([
      'search: text must contain at least one letter or digit.',
    ]);
  });

  it('refuses relationship types that are not the graph model’s', async () => {
    const [message] = await errorsOf('{ neighbourhood(id: "place:jp:x", relationshipTypes: [KNOWS]) { truncated } }');
    expect(message).toMatch(/Value "KNOWS" does not exist in "RelationshipType" enum/);
  });
});

describe('request bounds', () => {
  it('has no mutations and no subscriptions', async () => {
    expect(await errorsOf('mutation { createPlace(name: "x") { id } }')).toEqual([
      'Schema is not configured to execute mutation operation.',
    ]);
    expect(await errorsOf('subscription { places { id } }')).toEqual([
      'Schema is not configured to execute subscription operation.',
    ]);
  });

  it('refuses queries deeper than 10', async () => {
    const deep =
      '{ place(name: "x") { partners { edges { node { ... on Place { partners { edges ' +
      '{ node { ... on Place { partners { edges { partnership { id } } } } } } } } } ' +
      '} } } }';
    expect(await errorsOf(deep)).toEqual(['Syntax Error: Query depth limit of 10 exceeded, found 11.']);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: node(id: "place:jp:${i}") { id }`).join(' ');
    expect(await errorsOf(`{ ${aliases} }`)).toEqual(['Syntax Error: Aliases limit of 15 exceeded, found 16.']);
  });

  it('counts first given in a variable exactly as the literal it stands for in the cost limit', async () => {
    const neighbourhoods = (first: string) =>
      Array.from(
        { length: 15 },
        (_, i) =>
          `n${i}: neighbourhood(id: "place:jp:x${i}", depth: 3, first: ${first}) ` +
          `{ nodes { distance node { id name } } edges { from to type } truncated }`,
      ).join(' ');
    const refused = ['Syntax Error: Query Cost limit of 50000 exceeded, found 89250.'];
    expect(await errorsOf(`{ ${neighbourhoods('200')} }`)).toEqual(refused);
    expect(await errorsOf(`query ($n: Int) { ${neighbourhoods('$n')} }`, { n: 200 })).toEqual(refused);
    expect(await errorsOf(`query ($n: Int = 200) { ${neighbourhoods('$n')} }`)).toEqual(refused);
  });

  it('refuses nested pages beyond the result budget, whether first is literal, a variable or a default', async () => {
    // Under the cost limit, which does not count pages left to their default size; the result budget does.
    const query = `query ($n: Int) { search(text: "a", first: $n) { nodes { ... on Place {
      partners { edges { partnership { evidence { sentence document { mentions { nodes { id } } } } } } }
    } } } }`;
    expect(await errorsOf(query, { n: 100 })).toEqual([
      'This request could return up to 1686200 nodes (page sizes multiply down nested lists); the limit is 100000. ' +
        'Ask for smaller pages with first, or fewer nested lists, and follow pageInfo.endCursor for more.',
    ]);
  });
});

describe('date and country code checks', () => {
  it('takes dates as far as known, and only dates that exist', () => {
    for (const date of ['2019', '2019-11', '2019-11-24', '2020-02-29', '2000-02-29', '2019-12-31']) {
      expect(checkedPartialDate(date, 'from')).toBe(date);
    }
    expect(() => checkedPartialDate('2019-00', 'from')).toThrow(
      'from "2019-00" is not a date in the calendar: there is no month 00.',
    );
    expect(() => checkedPartialDate('2019-04-31', 'from')).toThrow(
      'from "2019-04-31" is not a date in the calendar: 2019-04 has days 01 to 30.',
    );
    expect(() => checkedPartialDate('1900-02-29', 'from')).toThrow('1900-02 has days 01 to 28.');
    expect(() => checkedPartialDate('2019-11-00', 'from')).toThrow('2019-11 has days 01 to 30.');
    expect(() => checkedPartialDate('2019-1-5', 'from')).toThrow('is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.');
  });

  it('answers country codes in capitals, as the graph stores them', () => {
    expect(checkedCountryCode('jp', 'code')).toBe('JP');
    expect(() => checkedCountryCode('J1', 'code', 'JP')).toThrow(
      'code "J1" is not an ISO 3166-1 alpha-2 code such as JP.',
    );
  });
});
