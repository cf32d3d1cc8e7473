/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) before anything is written or read.
 *
 * Beyond the uniqueness constraints on `id` (every lookup by id is a seek on them; ids carry their label, see
 * `labelOfId`), an index is declared by the query module that needs it, beside its Cypher, and gathered here.
 */
import type { Driver } from 'neo4j-driver';
import { CONFLICT_INDEX_STATEMENTS } from './queries/conflicts.ts';
import { MEETING_INDEX_STATEMENTS } from './queries/meetings.ts';
import {
  COUNTRY_PAIR_BACKFILL,
  COUNTRY_PAIR_INDEX_STATEMENTS,
  COUNTRY_PAIRS_UNCOUNTED,
  RECOUNT_ALL_COUNTRY_PAIRS,
  TIES_WITH_INDEX_STATEMENTS,
} from './queries/partnerships.ts';
import { SEARCH_INDEX_STATEMENTS } from './queries/search.ts';
import { NODE_LABELS } from './model.ts';

/** One uniqueness constraint on `id` per label: MERGE on id is then an index seek, and ids cannot collide. */
const CONSTRAINT_STATEMENTS: readonly string[] = NODE_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/** Indexes the read queries need: the full-text indexes of search and name lookups, and range indexes. */
export const INDEX_STATEMENTS: readonly string[] = [
  ...SEARCH_INDEX_STATEMENTS,
  ...MEETING_INDEX_STATEMENTS,
  ...CONFLICT_INDEX_STATEMENTS,
  ...COUNTRY_PAIR_INDEX_STATEMENTS,
  ...TIES_WITH_INDEX_STATEMENTS,
];

/**
 * Creates the constraints and the indexes the queries need, waits until they are online, then fills in the derived
 * `countryPair` of ties written before the property existed (a scan of the ties that lack one; nothing to write on a
 * graph written by this version) and counts the ties of every pair of countries when none was ever counted.
 */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Schema statements cannot share a transaction with each other or with writes: one auto-commit call each.
    for (const statement of [...CONSTRAINT_STATEMENTS, ...INDEX_STATEMENTS]) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    await session.run(COUNTRY_PAIR_BACKFILL);
    const uncounted = await session.run(COUNTRY_PAIRS_UNCOUNTED);
    if (uncounted.records[0]?.get('uncounted') === true) await session.run(RECOUNT_ALL_COUNTRY_PAIRS);
  } finally {
    await session.close();
  }
}
