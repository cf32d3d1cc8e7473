/**
 * JSON in networkx's node-link shape (`networkx.node_link_graph(data, edges="edges")` reads it as a MultiDiGraph):
 * `nodes` carry `id`, `labels` and their properties, `edges` carry `source`, `target`, `type` and their properties.
 * Written one page at a time, so the file is never built in memory. A float property that holds a whole number is
 * written `1.0`, so that a reader tells it from an integer as the graph does.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { PropertyColumn } from '../property-types.ts';
import type { ExportColumns, ExportedNode, ExportedRelationship } from '../read-graph.ts';
import type { ExportSelection } from '../selection.ts';
import { describeSelection, type GraphWriter } from './graph-writer.ts';

/** One exported item (a flat object of scalars and lists) as JSON, with whole numbers of the `floatKeys` as `n.0`. */
export function itemJson(item: Record<string, unknown>, floatKeys: ReadonlySet<string>): string {
  const members = Object.entries(item).map(([key, value]) => {
    const wholeFloat = floatKeys.has(key) && Number.isInteger(value) && Math.abs(value as number) < 1e21;
    return `${JSON.stringify(key)}:${wholeFloat ? (value as number).toFixed(1) : JSON.stringify(value)}`;
  });
  return `{${members.join(',')}}`;
}

function floatKeys(columns: readonly PropertyColumn[]): Set<string> {
  return new Set(columns.filter((column) => column.kind === 'float').map((column) => column.key));
}

export class JsonWriter implements GraphWriter {
  readonly files = ['graph.json'];
  private file: FileHandle | null = null;
  private section: 'nodes' | 'edges' = 'nodes';
  private empty = true;
  private nodeFloatKeys = new Set<string>();
  private relationshipFloatKeys = new Set<string>();

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async begin(columns: ExportColumns, selection: ExportSelection): Promise<void> {
    this.nodeFloatKeys = floatKeys(columns.node);
    this.relationshipFloatKeys = floatKeys(columns.relationship);
    this.file = await open(join(this.dir, this.files[0]!), 'w');
    const head = {
      directed: true,
      multigraph: true,
      graph: { exportOf: 'sister-city graph', ...describeSelection(selection) },
    };
    await this.file.write(`${JSON.stringify(head).slice(0, -1)},\n"nodes": [`);
  }

  private async writeItems(section: 'nodes' | 'edges', items: readonly string[]): Promise<void> {
    if (section !== this.section) {
      await this.file!.write('\n],\n"edges": [');
      this.section = section;
      this.empty = true;
    }
    if (!items.length) return;
    const text = items.map((item) => `\n${item}`).join(',');
    await this.file!.write(this.empty ? text : `,${text}`);
    this.empty = false;
  }

  async writeNodes(nodes: readonly ExportedNode[]): Promise<void> {
    await this.writeItems(
      'nodes',
      nodes.map((node) => itemJson({ ...node.properties, id: node.id, labels: node.labels }, this.nodeFloatKeys)),
    );
  }

  async writeRelationships(relationships: readonly ExportedRelationship[]): Promise<void> {
    await this.writeItems(
      'edges',
      relationships.map((r) =>
        itemJson({ ...r.properties, source: r.source, target: r.target, type: r.type }, this.relationshipFloatKeys),
      ),
    );
  }

  async end(): Promise<void> {
    await this.writeItems('edges', []);
    await this.file!.write('\n]}\n');
    await this.file!.close();
    this.file = null;
  }
}
