/**
 * CSV node and relationship lists (RFC 4180 quoting) with the headers `neo4j-admin database import` reads:
 * `id:ID`, `:LABEL` (labels joined by `;`), `:START_ID`, `:END_ID`, `:TYPE`, and `key:type` for each property
 * (`since:long`), so the files load back into Neo4j as well as into pandas. Lists are cells of JSON text.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { PropertyColumn, PropertyKind } from '../property-types.ts';
import { propertyText } from '../property-types.ts';
import type { ExportColumns, ExportedNode, ExportedRelationship } from '../read-graph.ts';
import type { GraphWriter } from './graph-writer.ts';

const CSV_TYPES: Record<PropertyKind, string> = {
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  string: 'string',
  date: 'date',
  list: 'string',
};

/** One CSV cell: quoted when it holds a comma, a quote or a line break; null is an empty cell. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = propertyText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

export class CsvWriter implements GraphWriter {
  readonly files = ['nodes.csv', 'relationships.csv'];
  private nodesFile: FileHandle | null = null;
  private relationshipsFile: FileHandle | null = null;
  private nodeColumns: PropertyColumn[] = [];
  private relationshipColumns: PropertyColumn[] = [];

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async begin(columns: ExportColumns): Promise<void> {
    // The id is the :ID column itself; repeating it as a property would only make two columns of one value.
    this.nodeColumns = columns.node.filter((column) => column.key !== 'id');
    this.relationshipColumns = columns.relationship;
    const header = (column: PropertyColumn) => `${column.key}:${CSV_TYPES[column.kind]}`;
    this.nodesFile = await open(join(this.dir, this.files[0]!), 'w');
    this.relationshipsFile = await open(join(this.dir, this.files[1]!), 'w');
    await this.nodesFile.write(csvLine(['id:ID', ':LABEL', ...this.nodeColumns.map(header)]));
    await this.relationshipsFile.write(
      csvLine([':START_ID', ':END_ID', ':TYPE', ...this.relationshipColumns.map(header)]),
    );
  }

  async writeNodes(nodes: readonly ExportedNode[]): Promise<void> {
    const lines = nodes.map((node) =>
      csvLine([node.id, node.labels.join(';'), ...this.nodeColumns.map((column) => node.properties[column.key])]),
    );
    await this.nodesFile!.write(lines.join(''));
  }

  async writeRelationships(relationships: readonly ExportedRelationship[]): Promise<void> {
    const lines = relationships.map((r) =>
      csvLine([r.source, r.target, r.type, ...this.relationshipColumns.map((column) => r.properties[column.key])]),
    );
    await this.relationshipsFile!.write(lines.join(''));
  }

  async end(): Promise<void> {
    await this.nodesFile!.close();
    await this.relationshipsFile!.close();
    this.nodesFile = this.relationshipsFile = null;
  }
}
