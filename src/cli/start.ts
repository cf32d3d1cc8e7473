/**
 * `npm start`: the main job. A Neo4j (NEO4J_URI, or the project's own local server, started when needed), the graph
 * seeded from seed/, and the GraphQL API listening; prints where everything is.
 */
import { serveApi } from '../api/listen.ts';
import { apiPortFromEnv, readTimeoutMsFromEnv } from '../config.ts';
import { connectNeo4j } from './connect-neo4j.ts';
import { runSeed } from './seed-command.ts';

async function main(): Promise<void> {
  const port = apiPortFromEnv();
  const readTimeoutMs = readTimeoutMsFromEnv();
  const host = process.env.HOST ?? '127.0.0.1';
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

  const url = await serveApi({ driver, database: config.database, readTimeoutMs, port, host });
  console.log(`\nGraphQL API and GraphiQL: ${url}`);
  console.log(`Neo4j Bolt:               ${config.uri} (user ${config.username})`);
  if (browserUrl) console.log(`Neo4j Browser:            ${browserUrl}`);
  console.log('Stop the API with Ctrl-C; the local Neo4j keeps running until `npm run neo4j -- stop`.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
