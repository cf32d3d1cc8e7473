/**
 * `npm run serve`: the GraphQL API on the graph as it is (no seeding; `npm start` seeds first). Neo4j is the server
 * NEO4J_URI names, or the project's own local server, started when needed. PORT (default 4000) and HOST (default
 * 127.0.0.1) say where to listen.
 */
// First: sets NODE_ENV before any library reads it.
import './production-env.ts';
import { parseArgs } from 'node:util';
import { apiConfigFromEnv } from '../config.ts';
import { connectNeo4j } from './connect-neo4j.ts';
import { runCommand } from './run-command.ts';
import { serveUntilStopped } from './serve-api.ts';

async function main(stop: AbortSignal): Promise<number> {
  parseArgs({ options: {} }); // no options: an unknown one is an error, not ignored
  const api = apiConfigFromEnv();
  const { driver, config } = await connectNeo4j(process.env, { allowUnreachable: true });
  return serveUntilStopped({
    driver,
    database: config.database,
    api,
    stop,
    onListening: (url) => {
      console.log(`Neo4j: ${config.uri}`);
      console.log(`GraphQL API and GraphiQL: ${url}`);
    },
  });
}

runCommand(main, { stoppable: true });
