/**
 * Exports the selected part of the graph to files in one format: the columns first (for the headers), then every
 * node, then every relationship between exported nodes, page by page.
 */
import { mkdir } from 'node:fs/promises';
import { EXPORT_PAGE_SIZE } from '../graph/limits.ts';
import type { GraphReader } from '../graph/queries/read.ts';
import { CsvWriter } from './formats/csv.ts';
import type { GraphWriter } from './formats/graph-writer.ts';
import { GraphmlWriter } from './formats/graphml.ts';
import { JsonWriter } from './formats/json.ts';
import { readColumns, readNodePages, readRelationshipPages } from './read-graph.ts';
import type { ExportSelection } from './selection.ts';

export const EXPORT_FORMATS = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

const WRITERS: Record<ExportFormat, (dir: string) => GraphWriter> = {
  graphml: (dir) => new GraphmlWriter(dir),
  csv: (dir) => new CsvWriter(dir),
  json: (dir) => new JsonWriter(dir),
};

export interface ExportOptions {
  format: ExportFormat;
  outDir: string;
  selection: ExportSelection;
  pageSize?: number;
}

export interface ExportReport {
  nodes: number;
  relationships: number;
  /** The files written, relative to the output folder. */
  files: readonly string[];
}

export async function exportGraph(reader: GraphReader, options: ExportOptions): Promise<ExportReport> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  await mkdir(options.outDir, { recursive: true });
  const writer = WRITERS[options.format](options.outDir);
  await writer.begin(await readColumns(reader, options.selection), options.selection);
  let nodes = 0;
  let relationships = 0;
  for await (const page of readNodePages(reader, options.selection, pageSize)) {
    await writer.writeNodes(page);
    nodes += page.length;
  }
  for await (const page of readRelationshipPages(reader, options.selection, pageSize)) {
    await writer.writeRelationships(page);
    relationships += page.length;
  }
  await writer.end();
  return { nodes, relationships, files: writer.files };
}
