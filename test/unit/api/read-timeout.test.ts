/**
 * A read that Neo4j stopped at its timeout reaches the client as what it is, with what to do, while other failures
 * stay masked. The driver here fails every read as Neo4j does when a transaction times out (the timeout itself is
 * tested against the real database in test/integration/api/read-timeout.int.test.ts).
 */
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/api/yoga.ts';
import { DEFAULT_READ_TIMEOUT_MS } from '../../../src/config.ts';

function failingDriver(error: Error, seen: { timeout?: unknown; metadata?: unknown }[]): Driver {
  return {
    session: () => ({
      run: async (_cypher: unknown, _params: unknown, config: { timeout?: unknown; metadata?: unknown }) => {
        seen.push(config);
        throw error;
      },
      close: async () => {},
    }),
  } as unknown as Driver;
}

async function answer(driver: Driver, readTimeoutMs?: number) {
  const yoga = createServer({ driver, readTimeoutMs });
  const response = await yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ search(text: "shizuoka") { totalCount } }' }),
  });
  return (await response.json()) as { errors?: { message: string; path?: string[]; extensions?: { code?: string } }[] };
}

describe('read timeout through the API', () => {
  const timedOut = new Neo4jError(
    'stopped',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    '',
    '',
  );

  it('runs every read with the configured timeout and the query name as metadata', async () => {
    const seen: { timeout?: unknown; metadata?: unknown }[] = [];
    await answer(failingDriver(timedOut, seen), 1234);
    await answer(failingDriver(timedOut, seen));
    expect(seen).toEqual([
      { timeout: 1234, metadata: { query: 'search' } },
      { timeout: DEFAULT_READ_TIMEOUT_MS, metadata: { query: 'search' } },
    ]);
  });

  it('tells the client the read was stopped and how to ask for less', async () => {
    const body = await answer(failingDriver(timedOut, []), 1234);
    expect(body.errors).toEqual([
      {
        message:
          'The query "search" ran longer than 1234 ms and was stopped. ' +
          'Ask for less (smaller pages, a shallower neighbourhood, ' +
          'a shorter connection), or raise NEO4J_READ_TIMEOUT_MS on the server.',
        locations: [{ line: 1, column: 3 }],
        path: ['search'],
        extensions: { code: 'READ_TIMEOUT' },
      },
    ]);
  });

  it('still masks other failures', async () => {
    const body = await answer(failingDriver(new Error('connection refused at 10.0.0.7'), []));
    expect(body.errors!.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Unexpected error.', 'INTERNAL_SERVER_ERROR'],
    ]);
  });
});
