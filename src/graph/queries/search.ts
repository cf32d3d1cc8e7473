/**
 * Search by name fragment over the named nodes (countries, places, people, events, documents).
 *
 * Matching is on name keys (`src/facts/names.ts`), so "shizuoka-ken", "SHIZUOKA" and "Shizuoka" find the same place,
 * and CJK fragments work as they are. Exact keys rank first, then prefixes, then fragments inside a name. This scans
 * the named labels, which is fine at the size of a news corpus; a fulltext index is the next step when it is not.
 */
import { NAMED_LABELS, type NamedLabel } from '../model.ts';
import { nameKey } from '../../facts/names.ts';
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { AnyNodeRecord } from './records.ts';


// One branch per label so that each uses its label scan; `$labels` switches branches off.
export const SEARCH_CYPHER = `CALL () {
  MATCH (n:Country) WHERE 'Country' IN $labels RETURN n
  UNION
  MATCH (n:Place) WHERE 'Place' IN $labels RETURN n
  UNION
  MATCH (n:Person) WHERE 'Person' IN $labels RETURN n
  UNION
  MATCH (n:Event) WHERE 'Event' IN $labels RETURN n
  UNION
  MATCH (n:Document) WHERE 'Document' IN $labels RETURN n
}
WITH n, coalesce(n.nameKeys, []) + [toLower(coalesce(n.title, n.name, ''))] AS keys
WITH n, CASE
    WHEN $key IN keys THEN 0
    WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1
    WHEN any(k IN keys WHERE k CONTAINS $key OR k CONTAINS $lower) THEN 2
    ELSE 3
  END AS rank
WHERE rank < 3
WITH n, rank ORDER BY rank, n.name, n.id
WITH collect(n{.*, labels: labels(n), searchRank: rank}) AS hits
RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS items`;

/** Nodes whose name or an alias contains `text`, best matches first. */
export function searchQuery(text: string, labels: readonly NamedLabel[], window: PageWindow): NamedQuery {
  return {
    name: 'search',
    cypher: SEARCH_CYPHER,
    params: {
      key: nameKey(text),
      lower: text.toLowerCase().trim(),
      labels: labels.filter((label) => (NAMED_LABELS as readonly string[]).includes(label)),
      offset: window.offset,
      limit: window.limit,
    },
  };
}

export async function searchNodes(
  reader: GraphReader,
  text: string,
  labels: readonly NamedLabel[],
  window: PageWindow,
): Promise<Slice<AnyNodeRecord>> {
  const [row] = await readRows<Slice<AnyNodeRecord>>(reader, searchQuery(text, labels, window));
  return row ?? { totalCount: 0, items: [] };
}
