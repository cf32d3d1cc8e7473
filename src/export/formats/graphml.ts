/**
 * GraphML (http://graphml.graphdrawing.org/), as yEd, Gephi, networkx (`read_graphml`) and igraph read it: one `<key>`
 * per property with its type (years are `long`, so they come back as integers), nodes with their `labels`
 * (`:Place`, as APOC writes them) and relationships as directed edges with their `type`.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { PropertyColumn, PropertyKind } from '../property-types.ts';
import { propertyText } from '../property-types.ts';
import type { ExportColumns, ExportedNode, ExportedRelationship } from '../read-graph.ts';
import type { ExportSelection } from '../selection.ts';
import { describeSelection, type GraphWriter } from './graph-writer.ts';

const GRAPHML_TYPES: Record<PropertyKind, string> = {
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  string: 'string',
  date: 'string',
  list: 'string',
};

/** XML text and attribute values: the five special characters escaped, and characters XML 1.0 forbids dropped. */
/** Characters XML 1.0 forbids (control characters but tab, newline, carriage return; U+FFFE, U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removes on purpose the characters XML cannot hold
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function keyElement(id: string, forWhat: 'node' | 'edge', column: PropertyColumn): string {
  return (
    `  <key id="${xmlEscape(id)}" for="${forWhat}" attr.name="${xmlEscape(column.key)}" ` +
    `attr.type="${GRAPHML_TYPES[column.kind]}"/>\n`
  );
}

function dataElements(prefix: string, properties: Record<string, unknown>): string {
  return Object.entries(properties)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `<data key="${xmlEscape(prefix + key)}">${xmlEscape(propertyText(value))}</data>`)
    .join('');
}

export class GraphmlWriter implements GraphWriter {
  readonly files = ['graph.graphml'];
  private file: FileHandle | null = null;

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async begin(columns: ExportColumns, selection: ExportSelection): Promise<void> {
    this.file = await open(join(this.dir, this.files[0]!), 'w');
    const keys = [
      keyElement('labels', 'node', { key: 'labels', kind: 'string' }),
      ...columns.node.map((column) => keyElement(`n_${column.key}`, 'node', column)),
      keyElement('type', 'edge', { key: 'type', kind: 'string' }),
      ...columns.relationship.map((column) => keyElement(`e_${column.key}`, 'edge', column)),
    ];
    await this.file.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
        `<!-- sister-city graph export: ${xmlEscape(JSON.stringify(describeSelection(selection)))} -->\n` +
        keys.join('') +
        '<graph id="G" edgedefault="directed">\n',
    );
  }

  async writeNodes(nodes: readonly ExportedNode[]): Promise<void> {
    const text = nodes.map(
      (node) =>
        `<node id="${xmlEscape(node.id)}"><data ` +
        `key="labels">${xmlEscape(node.labels.map((l) => `:${l}`).join(''))}</data>` +
        `${dataElements('n_', node.properties)}</node>\n`,
    );
    await this.file!.write(text.join(''));
  }

  async writeRelationships(relationships: readonly ExportedRelationship[]): Promise<void> {
    const text = relationships.map(
      (r) =>
        `<edge source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}"><data ` +
        `key="type">${xmlEscape(r.type)}</data>` +
        `${dataElements('e_', r.properties)}</edge>\n`,
    );
    await this.file!.write(text.join(''));
  }

  async end(): Promise<void> {
    await this.file!.write('</graph>\n</graphml>\n');
    await this.file!.close();
    this.file = null;
  }
}
