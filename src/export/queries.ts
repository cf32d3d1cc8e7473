/**
 * The Cypher an export runs: the property keys and their types (so that file headers can be written first), then
 * nodes and relationships in pages. Pages are keyset pages on the unique `id` (which every label's constraint
 * indexes, so a page is an index seek, not a scan from the start as SKIP would be). Labels and types come from the
 * selection, which only holds allow-listed names; every value is a parameter.
 */
import type { NamedQuery } from '../graph/queries/read.ts';
import type { NodeLabel } from '../graph/model.ts';
import { labelledNodeFilter, nodeFilter, type ExportSelection } from './selection.ts';

/** Where the previous page of relationships stopped: its last start node, and its last relationship from that node. */
export interface RelationshipCursor {
  startId: string;
  elementId: string;
}

/** The property keys of one label's nodes, each with the Cypher types (`valueType`) its values have. */
export function nodePropertyTypesQuery(label: NodeLabel, selection: ExportSelection): NamedQuery {
  return {
    name: `exportNodePropertyTypes${label}`,
    cypher: `MATCH (n:${label}) WHERE ${labelledNodeFilter('n', label, selection)}
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types ORDER BY key`,
    params: { labels: selection.labels, countries: selection.countries },
  };
}

/** The property keys of the selected relationships, each with the Cypher types its values have. */
export function relationshipPropertyTypesQuery(selection: ExportSelection): NamedQuery {
  return {
    name: 'exportRelationshipPropertyTypes',
    cypher: `MATCH ()-[r:${selection.types.join('|')}]->()
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types ORDER BY key`,
    params: {},
  };
}

/** One page of one label's nodes after `afterId` (null: from the start), in id order. */
export function nodesPageQuery(
  label: NodeLabel,
  selection: ExportSelection,
  afterId: string | null,
  pageSize: number,
): NamedQuery {
  return {
    name: `exportNodes${label}`,
    cypher: `MATCH (n:${label}) WHERE n.id > $afterId AND ${labelledNodeFilter('n', label, selection)}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id LIMIT $pageSize`,
    params: { afterId: afterId ?? '', pageSize, labels: selection.labels, countries: selection.countries },
  };
}

/**
 * One page of the selected relationships that start at a node of `label`, between two selected nodes, in the order
 * (start id, element id) after `after`. The element id only orders the relationships of one start node, within
 * one export.
 */
export function relationshipsPageQuery(
  label: NodeLabel,
  selection: ExportSelection,
  after: RelationshipCursor | null,
  pageSize: number,
): NamedQuery {
  return {
    name: `exportRelationshipsFrom${label}`,
    cypher: `MATCH (a:${label}) WHERE a.id >= $afterId AND ${labelledNodeFilter('a', label, selection)}
MATCH (a)-[r:${selection.types.join('|')}]->(b)
WHERE (a.id > $afterId OR elementId(r) > $afterElementId) AND ${nodeFilter('b', selection)}
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties, elementId(r) AS elementId
ORDER BY a.id, elementId(r) LIMIT $pageSize`,
    params: {
      afterId: after?.startId ?? '',
      afterElementId: after?.elementId ?? '',
      pageSize,
      labels: selection.labels,
      countries: selection.countries,
    },
  };
}
