/**
 * Facts whose documents disagree: ties and figures the seeder marked `disputed` (see src/graph/derive.ts) when their
 * documents state different start or end years, or different values.
 */
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { CountryFigureRecord, PartnershipRecord } from './records.ts';

/** Range indexes on `disputed`, so that the list reads the disputed facts only, not every tie and figure. */
export const CONFLICT_INDEX_STATEMENTS: readonly string[] = [
  'CREATE RANGE INDEX partnership_disputed IF NOT EXISTS FOR (t:Partnership) ON (t.disputed)',
  'CREATE RANGE INDEX country_figure_disputed IF NOT EXISTS FOR (f:CountryFigure) ON (f.disputed)',
];

/** Disputed ties and figures by id. */
export function conflictsQuery(window: PageWindow): NamedQuery {
  return {
    name: 'conflicts',
    cypher: `CALL () {
  MATCH (t:Partnership) WHERE t.disputed IS NOT NULL RETURN t AS fact
  UNION ALL
  MATCH (f:CountryFigure) WHERE f.disputed IS NOT NULL RETURN f AS fact
}
WITH fact ORDER BY fact.id
WITH collect(fact) AS facts
RETURN size(facts) AS totalCount, [fact IN facts[$offset..$offset + $limit] | ${nodeProjection('fact')}] AS items`,
    params: { offset: window.offset, limit: window.limit },
  };
}

export async function findConflicts(
  reader: GraphReader,
  window: PageWindow,
): Promise<Slice<PartnershipRecord | CountryFigureRecord>> {
  const [row] = await readRows<Slice<PartnershipRecord | CountryFigureRecord>>(reader, conflictsQuery(window));
  return { totalCount: row?.totalCount ?? 0, items: row?.items ?? [] };
}
