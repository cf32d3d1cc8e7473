/**
 * `npm start`: the main job. A Neo4j (NEO4J_URI, or the project's own local server, started when needed), the graph
 * seeded from seed/, and the GraphQL API listening; prints where everything is.
 */
// First: sets NODE_ENV before any library reads it.
import './production-env.ts';
import { parseArgs } from 'node:util';
import { apiConfigFromEnv } from '../config.ts';
import { connectNeo4j } from './connect-neo4j.ts';
import { runCommand } from './run-command.ts';
import { runSeed } from './seed-command.ts';
import { serveUntilStopped } from './serve-api.ts';

async function main(stop: AbortSignal): Promise<number> {
  parseArgs({ options: {} }); // no options: an unknown one is an error, not ignored
  const api = apiConfigFromEnv();
  const { driver, config, browserUrl } = await connectNeo4j();
  console.log(`Neo4j: ${config.uri}`);
  const report = await runSeed(driver, {
    documentsDir: 'seed/documents',
    factsDir: 'seed/facts',
    force: false,
    extract: true,
    database: config.database,
  });
  if (report.failed.length > 0) console.warn('Some documents were not seeded (see above); serving the rest.');

  return serveUntilStopped({
    driver,
    database: config.database,
    api,
    stop,
    onListening: (url) => {
      const site = new URL('/', url).href;
      console.log(`\nGraphQL API and GraphiQL: ${url}`);
      console.log(`Explorer:                 ${site}explore`);
      console.log(`Browser guide:            :play ${site.replace('127.0.0.1', 'localhost')}guide (in Neo4j Browser)`);
      console.log(`Neo4j Bolt:               ${config.uri} (user ${config.username})`);
      if (browserUrl) console.log(`Neo4j Browser:            ${browserUrl}`);
      console.log('Stop the API with Ctrl-C; the local Neo4j keeps running until `npm run neo4j -- stop`.');
    },
  });
}

runCommand(main, { stoppable: true });
