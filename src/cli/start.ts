/**
 * `npm start`: the main job. A Neo4j (NEO4J_URI, or the project's own local server, started when needed), the graph
 * seeded from seed/, and the GraphQL API listening; prints where everything is.
 */
import { createServer as createHttpServer } from 'node:http';
import { apiPortFromEnv } from '../config.ts';
import { createServer } from '../api/yoga.ts';
import { connectNeo4j } from '../graph/connect.ts';
import { runSeed } from './seed-command.ts';

async function main(): Promise<void> {
  const port = apiPortFromEnv();
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
  if (report.failed.length > 0) console.warn(`Some documents were not seeded (see above); serving the rest.`);

  const yoga = createServer({ driver, database: config.database });
  const server = createHttpServer(yoga);
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there or set PORT to another port.` : error.message,
    );
    await driver.close();
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`\nGraphQL API and GraphiQL: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${yoga.graphqlEndpoint}`);
    console.log(`Neo4j Bolt:               ${config.uri} (user ${config.username})`);
    if (browserUrl) console.log(`Neo4j Browser:            ${browserUrl}`);
    console.log('Stop the API with Ctrl-C; the local Neo4j keeps running until `npm run neo4j -- stop`.');
  });

  const shutdown = () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
