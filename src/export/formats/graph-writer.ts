/**
 * What every export format implements: it is told the property columns, then gets nodes and relationships page by
 * page (all nodes first), and finishes its files. Formats write as they go, so memory stays at one page.
 */
import type { ExportColumns, ExportedNode, ExportedRelationship } from '../read-graph.ts';
import type { ExportSelection } from '../selection.ts';

export interface GraphWriter {
  /** The files this writer produces, relative to the output folder. */
  readonly files: readonly string[];
  begin(columns: ExportColumns, selection: ExportSelection): Promise<void>;
  writeNodes(nodes: readonly ExportedNode[]): Promise<void>;
  writeRelationships(relationships: readonly ExportedRelationship[]): Promise<void>;
  end(): Promise<void>;
}

/** A description of the selection for a file's header: which labels, types and countries it holds. */
export function describeSelection(selection: ExportSelection): Record<string, readonly string[]> {
  return { labels: selection.labels, relationshipTypes: selection.types, countries: selection.countries };
}
