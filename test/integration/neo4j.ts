/**
 * The integration tests' way to the Neo4j that test/global-setup.ts provides: one driver per test file, closed by
 * test/integration/setup.ts after the file's tests.
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jConfig } from '../../src/config.ts';
import { openDriver } from '../../src/graph/driver.ts';

let driver: Promise<Driver> | null = null;

/** Connection settings of the test server, e.g. for code under test that takes a Neo4jConfig. */
export function testNeo4jConfig(): Neo4jConfig {
  const { uri, username, password, database } = inject('neo4j');
  return { uri, username, password, database: database ?? undefined };
}

/** The test file's driver, opened on first use (the same driver options as the app: see src/graph/driver.ts). */
export function getTestDriver(): Promise<Driver> {
  driver ??= openDriver(testNeo4jConfig());
  return driver;
}

/** Closes the test file's driver; runs after each file, and is safe to call again. */
export async function closeTestDriver(): Promise<void> {
  const open = driver;
  driver = null;
  if (open) await (await open).close();
}

/**
 * Deletes every node and relationship, in batches so a large graph does not need one huge transaction. Schema
 * (constraints, indexes) stays. Integration files run one at a time, so a file may wipe the shared database.
 */
export async function resetDatabase(
  target: Driver,
  database: string | undefined = testNeo4jConfig().database,
): Promise<void> {
  // CALL { } IN TRANSACTIONS only runs in an auto-commit transaction, hence session.run rather than executeQuery.
  const session = target.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
