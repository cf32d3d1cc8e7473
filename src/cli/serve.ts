/**
 * `npm run serve`: the GraphQL API on the graph as it is (no seeding; `npm start` seeds first). Neo4j is the server
 * NEO4J_URI names, or the project's own local server, started when needed. PORT (default 4000) and HOST (default
 * 127.0.0.1) say where to listen.
 */
import { serveApi } from '../api/listen.ts';
import { apiPortFromEnv, readTimeoutMsFromEnv } from '../config.ts';
import { connectNeo4j } from './connect-neo4j.ts';

async function main(): Promise<void> {
  const port = apiPortFromEnv();
  const readTimeoutMs = readTimeoutMsFromEnv();
  const host = process.env.HOST ?? '127.0.0.1';
  const { driver, config } = await connectNeo4j();
  const url = await serveApi({ driver, database: config.database, readTimeoutMs, port, host });
  console.log(`Neo4j: ${config.uri}`);
  console.log(`GraphQL API and GraphiQL: ${url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
