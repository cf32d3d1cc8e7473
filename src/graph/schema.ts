/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) before anything is written or read.
 */
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS } from './model.ts';

/** One uniqueness constraint on `id` per label: MERGE on id is then an index seek, and ids cannot collide. */
export const CONSTRAINT_STATEMENTS: readonly string[] = NODE_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/** Creates the constraints and the indexes the queries need, then waits until they are online. */
export async function ensureSchema(driver: Driver, extraStatements: readonly string[] = [], database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Schema statements cannot share a transaction with each other or with writes: one auto-commit call each.
    for (const statement of [...CONSTRAINT_STATEMENTS, ...extraStatements]) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
