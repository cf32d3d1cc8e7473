/**
 * Indexes the API's read queries use, beyond the uniqueness constraints on `id` that the seeder creates (every lookup
 * by id goes through those). `ensureSchema` runs these; each is idempotent.
 */
export const INDEX_STATEMENTS: readonly string[] = [
  // meetings(filter: {from, to}) and every "newest first" list sort meetings by date.
  'CREATE RANGE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)',
  // partnerships(filter: {kinds, sinceFrom, sinceTo}).
  'CREATE RANGE INDEX partnership_kind IF NOT EXISTS FOR (t:Partnership) ON (t.kind)',
  'CREATE RANGE INDEX partnership_since IF NOT EXISTS FOR (t:Partnership) ON (t.since)',
  // country(code:) and the country of a place by its code.
  'CREATE RANGE INDEX country_code IF NOT EXISTS FOR (c:Country) ON (c.code)',
];
