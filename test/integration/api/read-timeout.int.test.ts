/**
 * Every read runs with a server-side transaction timeout and names its query in the transaction's metadata, on the
 * real database: Neo4j itself stops a read that runs too long, whatever the client does meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { ReadTimeoutError, readRows, type GraphReader } from '../../../src/graph/queries/read.ts';
import { getTestDriver, testNeo4jConfig } from '../neo4j.ts';

async function reader(timeoutMs: number): Promise<GraphReader> {
  return { driver: await getTestDriver(), database: testNeo4jConfig().database, timeoutMs };
}

// Counts a hundred million rows: many seconds of work for Neo4j, and no data needed.
const SLOW_QUERY = {
  name: 'countToAHundredMillion',
  cypher: 'UNWIND range(1, 100000000) AS n RETURN count(n) AS n',
  params: {},
};

describe('read timeout', () => {
  it('has Neo4j stop a read that runs longer than the timeout, with an error naming the query', async () => {
    const error = await readRows(await reader(300), SLOW_QUERY).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReadTimeoutError);
    expect((error as ReadTimeoutError).queryName).toBe('countToAHundredMillion');
    expect((error as Error).message).toMatch(
      /^The query "countToAHundredMillion" ran longer than 300 ms and was stopped\./,
    );
    expect(((error as Error).cause as { code?: string }).code).toMatch(
      /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
    );
  });

  it('lets reads within the timeout through', async () => {
    expect(
      await readRows(await reader(5000), {
        name: 'small',
        cypher: 'UNWIND range(1, 1000) AS n RETURN count(n) AS n',
        params: {},
      }),
    ).toEqual([{ n: 1000 }]);
  });

  it(
    'names the query in the transaction metadata, which Neo4j shows in its query log and SHOW ' + 'TRANSACTIONS',
    async () => {
      const rows = await readRows(await reader(5000), {
        name: 'whoAsks',
        cypher: 'CALL tx.getMetaData() YIELD metadata RETURN metadata',
        params: {},
      });
      expect(rows).toEqual([{ metadata: { query: 'whoAsks' } }]);
    },
  );
});
