/**
 * The API's structured logs: one JSON access line per request with its id, operation, duration, Cypher query count
 * and outcome; resolver errors logged with the request id and their cause, which the client never sees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ApiServer } from '../../../src/api/yoga.ts';
import { createJsonLogger } from '../../../src/log.ts';
import { getTestDriver, testNeo4jConfig } from '../neo4j.ts';
import type { AnswerJson } from './graphql.ts';

const lines: Record<string, AnswerJson>[] = [];
const logger = createJsonLogger('info', (line) => lines.push(JSON.parse(line)));
let yoga: ApiServer;

beforeAll(async () => {
  yoga = createServer({ driver: await getTestDriver(), database: testNeo4jConfig().database, logger });
});

async function post(query: string, headers: Record<string, string> = {}) {
  lines.length = 0;
  const response = await yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return response;
}

describe('access log', () => {
  it('writes one line per request with id, operation, duration, Cypher query count and outcome', async () => {
    const response = await post('query FindZq { place(id: "place:gb:zq-log") { id } }');
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'FindZq',
      cypherQueries: 1,
      outcome: 'ok',
    });
    expect(lines[0]!.durationMs).toBeGreaterThan(0);
    expect(Date.parse(lines[0]!.time)).not.toBeNaN();
  });

  it("keeps the client's request id when it sends a sane one, and makes a new one otherwise", async () => {
    expect((await post('{ __typename }', { 'x-request-id': 'client-42' })).headers.get('x-request-id')).toBe(
      'client-42',
    );
    expect(lines[0]!.requestId).toBe('client-42');
    const odd = await post('{ __typename }', { 'x-request-id': 'a b\u0007c' });
    expect(odd.headers.get('x-request-id')).not.toBe('a b\u0007c');
  });

  it('says when a request was refused', async () => {
    await post('{ nosuchfield }');
    expect(lines[0]).toMatchObject({ outcome: 'rejected', cypherQueries: 0, operation: null });
  });

  it('logs a resolver error with its request id and cause, while the client sees a masked message', async () => {
    const broken = createServer({ driver: await getTestDriver(), database: 'no-such-database-zq', logger });
    lines.length = 0;
    const response = await broken.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ place(id: "place:gb:zq") { id } }' }),
    });
    expect(await response.text()).toContain('Unexpected error.');
    const id = response.headers.get('x-request-id');
    const error = lines.find((line) => line.msg === 'resolver error');
    expect(error).toMatchObject({ level: 'error', requestId: id, path: 'place' });
    expect(error!.cause).toContain('no-such-database-zq');
    expect(lines.find((line) => line.msg === 'request')).toMatchObject({ requestId: id, outcome: 'graphql-errors' });
  });
});
