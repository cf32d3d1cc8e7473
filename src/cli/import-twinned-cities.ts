/**
 * `npm run import:twinned-cities [-- DIR] [--force]`: imports the Twinned Cities data set (default
 * ../shared/data/twinned-cities) into the graph: cities as places, links as ties of kind "twin", each pointing at the
 * row of its file that states it. Writes in batches, so any size of the files fits the server's memory.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connectNeo4j } from './connect-neo4j.ts';
import { ensureSchema } from '../graph/schema.ts';
import { CITIES_HEADER, LINKS_HEADER, planTwinnedCities } from '../import/twinned-cities.ts';
import { importTwinnedCities, type ImportPhase } from '../import/twinned-cities-import.ts';
import { progressBar } from './progress.ts';
import { runCommand } from './run-command.ts';

const DEFAULT_DIR = '../shared/data/twinned-cities';

const USAGE = `Usage: npm run import:twinned-cities -- [DIR] [--force]
  DIR      folder holding cities.csv and links.csv          default: ${DEFAULT_DIR}
  --force  write again even when the files are unchanged since the last import

Imports into the Neo4j that NEO4J_URI names, or else the project's local server (started if needed).`;

/** What to do when the files are not there: where they are expected and what they look like. */
function missingData(dir: string): string {
  return [
    `No Twinned Cities data in ${resolve(dir)}: expected cities.csv and links.csv there.`,
    `  cities.csv: header "${CITIES_HEADER.join(',')}", one row per city, e.g.`,
    '              Q100,Exampleton,12.5,41.9,Examplia,EX,Europe   (id is a Wikidata id, countrycd a two-letter code)',
    `  links.csv:  header "${LINKS_HEADER.join(',')}", one row per twinning link between two ids of cities.csv, e.g.`,
    '              Q100,Q200',
    'The data set is TidyTuesday 2026-05-12 "Twinned Cities" (Wikidata P190); give its folder as DIR.',
  ].join('\n');
}

const PHASES: Record<ImportPhase, string> = { cities: 'cities ', links: 'links  ', cleanup: 'cleanup' };

async function main(): Promise<number> {
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(`Give one folder, not ${parsed.positionals.length}.\n${USAGE}`);
    return 2;
  }
  const dir = parsed.positionals[0] ?? DEFAULT_DIR;
  if (!existsSync(join(dir, 'cities.csv')) || !existsSync(join(dir, 'links.csv'))) {
    console.error(missingData(dir));
    return 1;
  }
  const [citiesText, linksText] = await Promise.all([
    readFile(join(dir, 'cities.csv'), 'utf8'),
    readFile(join(dir, 'links.csv'), 'utf8'),
  ]);
  const plan = planTwinnedCities(citiesText, linksText, dir);

  const { driver, config } = await connectNeo4j();
  const bar = progressBar();
  try {
    console.log(
      `Importing ${plan.cities.length.toLocaleString('en-US')} cities ` +
        `and ${plan.linkCount.toLocaleString('en-US')} links from ${dir} into ${config.uri}` +
        `${config.database ? ` (database ${config.database})` : ''}`,
    );
    await ensureSchema(driver, config.database);
    const started = performance.now();
    const result = await importTwinnedCities(driver, plan, {
      database: config.database,
      force: parsed.values.force,
      onProgress: ({ phase, done, total }) => bar.update(PHASES[phase], done, total),
    });
    bar.finish();
    const seconds = (performance.now() - started) / 1000;
    if (result.status === 'unchanged') {
      console.log('Unchanged since the last import: nothing to do (--force writes again).');
    } else {
      const rows = result.cities + result.links;
      console.log(
        `Imported ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s ` +
          `(${Math.round(rows / seconds).toLocaleString('en-US')} rows/s): ` +
          `+${result.nodesCreated}/-${result.nodesDeleted} nodes, ` +
          `+${result.relationshipsCreated}/-${result.relationshipsDeleted} relationships.`,
      );
    }
    return 0;
  } finally {
    bar.finish();
    await driver.close();
  }
}

runCommand(main);
