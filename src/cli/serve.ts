/**
 * `npm run serve`: the GraphQL API on the graph as it is (no seeding; `npm start` seeds first). Neo4j is the server
 * NEO4J_URI names, or the project's own local server, started when needed. PORT (default 4000) and HOST (default
 * 127.0.0.1) say where to listen.
 */
import { createServer as createHttpServer } from 'node:http';
import { apiPortFromEnv } from '../config.ts';
import { createServer } from '../api/yoga.ts';
import { connectNeo4j } from '../graph/connect.ts';

async function main(): Promise<void> {
  const port = apiPortFromEnv();
  const host = process.env.HOST ?? '127.0.0.1';
  const { driver, config } = await connectNeo4j();
  const yoga = createServer({ driver, database: config.database });
  const server = createHttpServer(yoga);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    server.close();
    void driver.close().then(() => process.exit(0));
  };
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there or set PORT to another port.` : error.message,
    );
    void driver.close().then(() => process.exit(1));
  });
  server.listen(port, host, () => {
    console.log(`Neo4j: ${config.uri}`);
    console.log(`GraphQL API and GraphiQL: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${yoga.graphqlEndpoint}`);
  });
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
