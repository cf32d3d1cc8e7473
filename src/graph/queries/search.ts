/**
 * Search by name fragment over the named nodes (countries, places, people, events, documents), served by one
 * full-text index per label (`src/graph/schema.ts`), so that its cost follows the number of matches, not the graph.
 *
 * The index holds each node's folded name keys (`src/facts/names.ts`) and its name or title, analysed by
 * `standard-no-stop-words`: it splits on Unicode word boundaries (CJK ideographs one by one, Hangul and Latin by word)
 * and keeps stop words, since "The Hague" and "Ho Chi Minh" are names, not prose. The fragment is folded the same way
 * and every word of it must begin a word of the name ("shizu" finds Shizuoka, "local level" the document titled
 * "...local-level exchanges..."). Exact keys rank first, then names starting with the fragment, then the rest.
 */
import { nameKey } from '../../facts/names.ts';
import { NAMED_LABELS, type NamedLabel } from '../model.ts';
import { readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { AnyNodeRecord } from './records.ts';
import { shapedProjection, withIdentity, type PropertyChoice } from './shaped.ts';

/** The full-text index over one label's names, as `ensureSchema` creates it. */
export function searchIndexName(label: NamedLabel): string {
  return `search_${label.toLowerCase()}`;
}

/** Index statements for `ensureSchema`: one full-text index per searchable label. */
export const SEARCH_INDEX_STATEMENTS: readonly string[] = NAMED_LABELS.map(
  (label) =>
    `CREATE FULLTEXT INDEX ${searchIndexName(label)} IF NOT EXISTS FOR (n:${label}) ON EACH [n.nameKeys, ` +
    `n.name, n.title] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', ` +
    `\`fulltext.eventually_consistent\`: false } }`,
);

/**
 * Matches counted per label: a one-letter fragment matches most of a large graph, and ranking them all would cost as
 * much as the label scan the index is there to avoid. `totalCount` is then "at least" this many.
 */
export const MAX_SEARCH_MATCHES_PER_LABEL = 1000;

/** Letters the standard tokenizer splits one by one (Han, Hiragana): a fragment of them is matched as a phrase. */
const SPLIT_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}]/u;

/**
 * The Lucene query for a fragment: each word of it, folded, as a prefix (`shizu*`), all required; words in scripts
 * the tokenizer splits per character go in as phrases. Folding removes every Lucene operator character, and
 * lower-casing turns AND/OR/NOT into plain words, so user text cannot change the query's structure. Null when the
 * fragment has no letter or digit.
 */
export function searchLuceneQuery(text: string): string | null {
  const words = nameKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => (SPLIT_SCRIPTS.test(word) ? `+"${word}"` : `+${word}*`)).join(' ');
}

// One branch per label, each its own index; `$labels` switches branches off before their index is queried.
const branches = NAMED_LABELS.map(
  (label) => `  WITH 1 AS one WHERE '${label}' IN $labels
  CALL db.index.fulltext.queryNodes('${searchIndexName(label)}', $lucene, {limit: $matchLimit}) YIELD node
  RETURN node AS n`,
).join('\n  UNION\n');

/** The search, each hit projected with the properties chosen (every one for `all`) and its rank. */
export const searchCypher = (properties: PropertyChoice) => `CALL () {
${branches}
}
WITH n, coalesce(n.nameKeys, []) + [toLower(coalesce(n.title, n.name, ''))] AS keys
WITH n, CASE
    WHEN $key IN keys THEN 0
    WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 1
    ELSE 2
  END AS rank
ORDER BY rank, n.name, n.id
WITH collect(${shapedProjection('n', withIdentity(properties), ['searchRank: rank'])}) AS hits
RETURN size(hits) AS totalCount, hits[$offset..$offset + $limit] AS items`;

/** Nodes whose name or an alias contains `text`, best matches first, with the properties chosen. */
export function searchQuery(
  text: string,
  labels: readonly NamedLabel[],
  window: PageWindow,
  properties: PropertyChoice = 'all',
): NamedQuery {
  return {
    name: 'search',
    cypher: searchCypher(properties),
    params: {
      lucene: searchLuceneQuery(text) ?? '',
      key: nameKey(text),
      labels: labels.filter((label) => (NAMED_LABELS as readonly string[]).includes(label)),
      matchLimit: MAX_SEARCH_MATCHES_PER_LABEL,
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
  properties?: PropertyChoice,
): Promise<Slice<AnyNodeRecord>> {
  const [row] = await readRows<Slice<AnyNodeRecord>>(reader, searchQuery(text, labels, window, properties));
  return row ?? { totalCount: 0, items: [] };
}
