/**
 * Indexes the API's read queries need beyond the uniqueness constraints on `id` (src/graph/schema.ts), which
 * `ensureSchema` runs after those constraints. Each statement must be idempotent (`IF NOT EXISTS`).
 *
 * None so far, on purpose: every lookup by id is a seek on the `id` constraint's index (ids carry their label, see
 * `labelOfId`); name lookups and search compare against the `nameKeys` lists, which a range index cannot serve; and
 * the list filters (meetings, partnerships) are one constant statement with optional conditions (`$x IS NULL OR ...`),
 * which Neo4j answers with a scan of one label, checked with EXPLAIN. At the size of a news corpus that is
 * milliseconds. When it is not: a fulltext index over name, aliases and title for search, and range indexes on
 * Meeting(date) and Partnership(since) with filters written so that the planner can use them.
 */
export const INDEX_STATEMENTS: readonly string[] = [];
