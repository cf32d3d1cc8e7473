/**
 * `npm run export -- --format graphml|csv|json --out DIR [--label L]... [--type T]... [--country CC]...`: writes the
 * whole graph, or the part the filters select, to files in DIR (graph.graphml, nodes.csv + relationships.csv, or
 * graph.json). Reads the Neo4j that NEO4J_URI names, else the project's local server.
 */
import { parseArgs } from 'node:util';
import { connectNeo4j } from './connect-neo4j.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../graph/model.ts';
import { EXPORT_FORMATS, exportGraph, isExportFormat } from '../export/export-graph.ts';
import { exportSelection } from '../export/selection.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} --out DIR [filters]

Writes the graph to DIR: graph.graphml (GraphML), nodes.csv + relationships.csv (neo4j-admin headers) or graph.json
(networkx node-link). Without filters, the whole graph.

filters (each may be repeated; relationships are kept only between exported nodes):
  --label L      only nodes with label L: ${NODE_LABELS.join(', ')}
  --type T       only relationships of type T: ${RELATIONSHIP_TYPES.join(', ')}
  --country CC   only what belongs to country CC (ISO code): its places, people and the country itself, ties,
                 meetings, offices and figures involving them, and the documents and sentences about them

It reads the Neo4j that NEO4J_URI names (with NEO4J_USERNAME, NEO4J_PASSWORD), else the project's local server.
Example: npm run export -- --format graphml --out exports/jp --country JP --label Place --label Partnership
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      label: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      country: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.format || !isExportFormat(values.format) || !values.out) {
    process.stderr.write(
      `${
        values.format && !isExportFormat(values.format)
          ? `Unknown format "${values.format}".\n`
          : 'Both --format and --out are needed.\n'
      }${USAGE}`,
    );
    return 2;
  }
  const selection = exportSelection({ labels: values.label, types: values.type, countries: values.country });
  const { driver, config } = await connectNeo4j();
  try {
    console.log(`Exporting from ${config.uri} as ${values.format} into ${values.out}...`);
    const report = await exportGraph(
      { driver, database: config.database },
      { format: values.format, outDir: values.out, selection },
    );
    console.log(`${report.nodes} nodes, ${report.relationships} relationships: ${report.files.join(', ')}`);
    return 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
