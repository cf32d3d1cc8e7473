/**
 * The API as the integration tests call it: the real server (`createServer`) on the test database, through
 * `yoga.fetch`, with the Cypher query count of each request in its extensions.
 */
import type { Driver } from 'neo4j-driver';
import { createServer, type ApiServer } from '../../../src/api/yoga.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';
import { seedApiGraph } from './fixture.ts';

/**
 * An answer's JSON as tests read it: untyped, so that a test can walk into the shape its own query asked for (the
 * generated resolver types describe the server side, not a query's selection).
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnswerJson = any;

export interface GraphQLResponse {
  data?: Record<string, AnswerJson> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cypher?: { count: number; names: string[] } };
}

export interface ApiClient {
  driver: Driver;
  yoga: ApiServer;
  /** Posts a query; returns the whole response (data, errors, extensions). */
  request(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** Posts a query that must succeed; returns its data. */
  data(query: string, variables?: Record<string, unknown>): Promise<Record<string, AnswerJson>>;
}

/** Empties the test database, seeds the API graph, and returns a client of a fresh server on it. */
export async function seededApi(): Promise<ApiClient> {
  const driver = await getTestDriver();
  await resetDatabase(driver);
  await seedApiGraph(driver);
  const yoga = createServer({ driver, database: testNeo4jConfig().database, exposeCypherCount: true });
  const request = async (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> => {
    const response = await yoga.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  const data = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await request(query, variables);
    if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data!;
  };
  return { driver, yoga, request, data };
}

/** The seed article's sentences the tests quote. */
export const SEED_DOCUMENT_ID = 'doc:2019-11-24-xinhua-china-japan-local-exchanges';
export const SEED_DOCUMENT_TITLE =
  'China, Japan should usher in new era of local-level exchanges in 21st century: Chinese state councilor';
export const CAPTION_SENTENCE =
  'Chinese State Councilor and Foreign Minister Wang Yi meets with Governor of Shizuoka Prefecture Heita ' +
  'Kawakatsu in Shizuoka, Japan, Nov. 24, 2019.';
export const ZHEJIANG_SENTENCE =
  'Shizuoka has forged friendly relations with many provinces and cities in China, especially with Zhejiang ' +
  'Province for 37 years, he said';
export const FIGURE_SENTENCE =
  'More than 250 pairs of sister cities have been established between the two countries, he noted.';

export const SHIZUOKA = 'place:jp:shizuoka-prefecture';
export const ZHEJIANG = 'place:cn:zhejiang-province';
export const WANG_YI = 'person:wang-yi';
export const KAWAKATSU = 'person:heita-kawakatsu';
export const SEED_MEETING = 'meeting:2019-11-24:heita-kawakatsu+wang-yi';
export const SEED_TIE = 'partnership:friendship:place:cn:zhejiang-province|place:jp:shizuoka-prefecture';
