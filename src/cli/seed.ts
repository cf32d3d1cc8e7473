/**
 * `npm run seed [-- --documents DIR --facts DIR --force --prune --no-extract]`: seeds the graph from seed/ (or the
 * folders given). Exits 1 when any document failed; the others are seeded all the same.
 */
import { parseArgs } from 'node:util';
import { connectNeo4j } from './connect-neo4j.ts';
import { runSeed } from './seed-command.ts';
import { runCommand } from './run-command.ts';

const USAGE =
  `Usage: npm run seed -- [--documents seed/documents] [--facts seed/facts] [--force] [--prune] ` +
  `[--no-extract]
  --documents DIR  folder of articles (.txt)                         default: seed/documents
  --facts DIR      folder of facts files (NAME.facts.yaml)           default: seed/facts
  --force          rewrite documents even when unchanged since the last seeding
  --prune          remove articles seeded before whose files are gone, with what only they supported
  --no-extract     fail documents that have no facts file instead of extracting their facts`;

async function main(): Promise<number> {
  const parse = () =>
    parseArgs({
      options: {
        documents: { type: 'string', default: 'seed/documents' },
        facts: { type: 'string', default: 'seed/facts' },
        force: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        'no-extract': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { driver, config } = await connectNeo4j();
  try {
    console.log(`Seeding ${args.documents} into ${config.uri}`);
    const report = await runSeed(driver, {
      documentsDir: args.documents,
      factsDir: args.facts,
      force: args.force,
      prune: args.prune,
      extract: !args['no-extract'],
      database: config.database,
    });
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
