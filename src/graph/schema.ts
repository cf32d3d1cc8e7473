/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) before anything is written or read.
 *
 * Indexes beyond the uniqueness constraints on `id`: none so far, on purpose. Every lookup by id is a seek on the `id`
 * constraint's index (ids carry their label, see `labelOfId`); name lookups and search compare against the `nameKeys`
 * lists, which a range index cannot serve; and the list filters (meetings, partnerships) are one constant statement
 * with optional conditions (`$x IS NULL OR ...`), which Neo4j answers with a scan of one label, checked with EXPLAIN.
 * At the size of a news corpus that is milliseconds. When it is not: a fulltext index over name, aliases and title
 * for search, and range indexes on Meeting(date) and Partnership(since), added to the statements `ensureSchema` runs.
 */
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS } from './model.ts';

/** One uniqueness constraint on `id` per label: MERGE on id is then an index seek, and ids cannot collide. */
const CONSTRAINT_STATEMENTS: readonly string[] = NODE_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/** Creates the constraints and the indexes the queries need, then waits until they are online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Schema statements cannot share a transaction with each other or with writes: one auto-commit call each.
    for (const statement of CONSTRAINT_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
