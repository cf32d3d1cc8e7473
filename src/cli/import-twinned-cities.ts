/**
 * `npm run import:twinned-cities [-- DIR]`: imports the Twinned Cities data set (default ../shared/data/twinned-cities)
 * into the graph: cities as places, links as ties of kind "twin", each pointing at its CSV row.
 */
import { parseArgs } from 'node:util';
import { connectNeo4j } from './connect-neo4j.ts';
import { ensureSchema } from '../graph/schema.ts';
import { seedPlan } from '../graph/seed.ts';
import { readTwinnedCities } from '../import/twinned-cities.ts';
import { runCommand } from './run-command.ts';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const dir = positionals[0] ?? '../shared/data/twinned-cities';
  const plans = await readTwinnedCities(dir);
  const { driver, config } = await connectNeo4j();
  try {
    await ensureSchema(driver, config.database);
    for (const [what, plan] of [['cities', plans.cities], ['links', plans.links]] as const) {
      const started = performance.now();
      const result = await seedPlan(driver, plan, { database: config.database });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        result.status === 'unchanged'
          ? `${what}: unchanged since the last import`
          : `${what}: ${plan.sentences.length} rows in ${seconds.toFixed(1)} s, +${result.nodesCreated}/-${result.nodesDeleted} nodes, +${result.relationshipsCreated}/-${result.relationshipsDeleted} relationships`,
      );
    }
    return 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
