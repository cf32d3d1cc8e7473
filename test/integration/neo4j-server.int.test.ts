import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { getTestDriver, resetDatabase, testNeo4jConfig } from './neo4j.ts';

describe('the Neo4j the integration tests run against', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await getTestDriver();
  });

  it('answers a query', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: testNeo4jConfig().database });
    expect(records[0]?.get('one')).toBe(1);
  });

  it('is Neo4j 5.26, the version the project targets', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN *',
      {},
      {
        database: testNeo4jConfig().database,
      },
    );
    const kernel = records.find((record) => record.get('name') === 'Neo4j Kernel');
    expect(kernel, `dbms.components() of ${inject('neo4j').uri}`).toBeDefined();
    expect(kernel?.get('versions')[0]).toMatch(/^5\.26\./);
  });

  it('is emptied by resetDatabase, relationships included', async () => {
    const database = testNeo4jConfig().database;
    await driver.executeQuery(
      'UNWIND range(1, 2000) AS i CREATE (:ResetProbe {i: i})-[:NEXT]->(:ResetProbe)',
      {},
      { database },
    );
    await resetDatabase(driver);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes', {}, { database });
    expect(records[0]?.get('nodes')).toBe(0);
  });
});
