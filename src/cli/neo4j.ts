/**
 * `npm run neo4j -- start|stop|status|env`: manages the checkout's local Neo4j (the library is src/local-neo4j).
 * `env` prints shell exports of its connection, e.g. `eval "$(npm run -s neo4j -- env)"`.
 */
import { parseArgs } from 'node:util';
import { ensureLocalNeo4j, localNeo4jCredentials, localNeo4jStatus, stopLocalNeo4j } from '../local-neo4j/index.ts';
import { runCommand } from './run-command.ts';

const USAGE = `Usage: npm run neo4j -- <command>
  start    start the local Neo4j (downloads it on first use) or reuse the running one
  stop     stop it
  status   say whether it runs (exit code 3 when it does not)
  env      print export lines for NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD
Ports: NEO4J_LOCAL_BOLT_PORT (7687), NEO4J_LOCAL_HTTP_PORT (7474). Files: .neo4j/ in the checkout (NEO4J_LOCAL_HOME).`;

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const command = values.help ? 'help' : positionals[0];
  switch (command) {
    case 'start': {
      const neo4j = await ensureLocalNeo4j();
      console.log(`Neo4j ${neo4j.started ? 'started' : 'was already running'}.`);
      console.log(`  Bolt:     ${neo4j.uri}  (user ${neo4j.username}, password in .neo4j/credentials)`);
      console.log(`  Browser:  ${neo4j.browserUrl}`);
      console.log('  Stop it:  npm run neo4j -- stop');
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j();
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus();
      if (!status.running) {
        console.log(`Neo4j is not running (files in ${status.home}).`);
        return 3;
      }
      console.log(
        `Neo4j is running (pid ${status.pid}), ${status.answers ? 'answering' : 'NOT answering yet'} on ${status.uri}.`,
      );
      console.log(`  Browser:  ${status.browserUrl}`);
      console.log(`  Log:      ${status.logFile}`);
      return 0;
    }
    case 'env': {
      const credentials = localNeo4jCredentials();
      if (!credentials) {
        console.error('The local Neo4j has not been started yet: npm run neo4j -- start');
        return 1;
      }
      console.log(`export NEO4J_URI=${shellQuote(credentials.uri)}`);
      console.log(`export NEO4J_USERNAME=${shellQuote(credentials.username)}`);
      console.log(`export NEO4J_PASSWORD=${shellQuote(credentials.password)}`);
      return 0;
    }
    default:
      console.error(USAGE);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}

runCommand(main);
