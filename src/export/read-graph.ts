/**
 * Reads the selected part of the graph for an export: the property columns first, then nodes and relationships as
 * async streams of pages, so that a large graph is never held in memory whole.
 */
import { EXPORT_PAGE_SIZE } from '../graph/limits.ts';
import { readRows, type GraphReader } from '../graph/queries/read.ts';
import { propertyColumns, type PropertyColumn } from './property-types.ts';
import {
  nodePropertyTypesQuery,
  nodesPageQuery,
  relationshipPropertyTypesQuery,
  relationshipsPageQuery,
  type RelationshipCursor,
} from './queries.ts';
import type { ExportSelection } from './selection.ts';

export interface ExportedNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportedRelationship {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

/** The property keys of the selected nodes and relationships, with one kind each, for the files' headers. */
export interface ExportColumns {
  node: PropertyColumn[];
  relationship: PropertyColumn[];
}

/** A property key with the Cypher types (`valueType`) its values have, as the property-types queries return it. */
interface KeyTypes {
  key: string;
  types: string[];
}

export async function readColumns(reader: GraphReader, selection: ExportSelection): Promise<ExportColumns> {
  const nodeRows: KeyTypes[] = [];
  for (const label of selection.labels)
    nodeRows.push(...(await readRows<KeyTypes>(reader, nodePropertyTypesQuery(label, selection))));
  const relationshipRows = await readRows<KeyTypes>(reader, relationshipPropertyTypesQuery(selection));
  return { node: propertyColumns(nodeRows), relationship: propertyColumns(relationshipRows) };
}

/** The selected nodes, label by label in the model's order, each label in id order, one page at a time. */
export async function* readNodePages(
  reader: GraphReader,
  selection: ExportSelection,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportedNode[]> {
  for (const label of selection.labels) {
    let afterId: string | null = null;
    for (;;) {
      const page: ExportedNode[] = await readRows<ExportedNode>(
        reader,
        nodesPageQuery(label, selection, afterId, pageSize),
      );
      if (page.length) yield page;
      if (page.length < pageSize) break;
      afterId = page.at(-1)!.id;
    }
  }
}

/** The selected relationships between selected nodes, grouped by the label of their start node, one page at a time. */
export async function* readRelationshipPages(
  reader: GraphReader,
  selection: ExportSelection,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportedRelationship[]> {
  for (const label of selection.labels) {
    let after: RelationshipCursor | null = null;
    for (;;) {
      const query = relationshipsPageQuery(label, selection, after, pageSize);
      const rows: (ExportedRelationship & { elementId: string })[] = await readRows(reader, query);
      if (rows.length) yield rows.map(({ elementId: _, ...relationship }) => relationship);
      if (rows.length < pageSize) break;
      const last = rows.at(-1)!;
      after = { startId: last.source, elementId: last.elementId };
    }
  }
}
