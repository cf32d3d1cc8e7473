/**
 * The GraphQL server, built but not started: `createServer(deps)` returns the yoga app, which `src/cli/serve.ts`
 * puts behind an HTTP server and tests call with `yoga.fetch(...)`. Besides /graphql (GraphiQL for browsers) it serves
 * the explorer page at /explore, the Neo4j Browser guide at /guide, /health (liveness) and /ready (readiness).
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { watchDatabaseAvailability, type DatabaseAvailability } from '../graph/availability.ts';
import { createRequestContext, type ApiContext, type ApiDeps } from './context.ts';
import { maskError } from './mask-error.ts';
import { silentLogger, type Logger } from '../log.ts';
import { useAccessLog } from './plugins/use-access-log.ts';
import { useCypherCounter } from './plugins/use-cypher-counter.ts';
import { useDatabaseAvailability } from './plugins/use-database-availability.ts';
import { usePages } from './plugins/use-pages.ts';
import { useQueryBounds } from './plugins/use-query-bounds.ts';
import { useReadiness } from './plugins/use-readiness.ts';
import { useResultBudget } from './plugins/use-result-budget.ts';
import { buildSchema } from './schema.ts';

export const GRAPHQL_PATH = '/graphql';

/** What GraphiQL opens with: a place, its ties and where they are stated. */
const GRAPHIQL_DEFAULT_QUERY =
  `# Shizuoka Prefecture's partners, with the kind and start year of each tie and ` +
  `the sentence that states it.
{
  place(name: "Shizuoka") {
    id
    name
    partners {
      edges {
        node { ... on Place { name countryCode } }
        partnership { kind since sinceBasis evidence { sentence document { title date } } }
      }
    }
  }
}
`;

export interface ServerOptions extends ApiDeps {
  /** Add `extensions.cypher` (count and names of the Cypher queries run) to every response. */
  exposeCypherCount?: boolean;
  /** Serve GraphiQL at the endpoint for browsers (default true). */
  graphiql?: boolean;
  /** Whether the database can be reached; default: a watcher of the driver. */
  availability?: DatabaseAvailability;
  /** Where access lines and errors go; default: nowhere (tests). */
  logger?: Logger;
}

export type ApiServer = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createServer(options: ServerOptions): ApiServer {
  const { driver, database, readTimeoutMs, onQuery } = options;
  const logger = options.logger ?? silentLogger;
  const availability =
    options.availability ??
    watchDatabaseAvailability(driver, {
      database,
      onChange: (available) =>
        logger[available ? 'info' : 'warn'](available ? 'database available' : 'database unavailable'),
    });
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql:
      (options.graphiql ?? true) ? { title: 'City diplomacy graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    // GraphiQL's scripts and styles inlined from the installed package, so the page works offline (yoga's default
    // loads them from a CDN).
    renderGraphiQL,
    landingPage: false,
    // Explicit, so that NODE_ENV=development changes nothing clients see: no stacks, hosts or queries in errors.
    maskedErrors: { maskError, isDev: false },
    context: () => createRequestContext({ driver, database, readTimeoutMs, onQuery }),
    // Yoga's own messages go through the same JSON lines; the access log already reports each error with its request.
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.debug(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.debug(args.map(String).join(' ')),
    },
    plugins: [
      useAccessLog(logger),
      // usePages next: /explore and /guide answer before any GraphQL handling.
      usePages(),
      useReadiness(availability),
      useDatabaseAvailability(availability),
      ...useQueryBounds(),
      useResultBudget(),
      ...(options.exposeCypherCount ? [useCypherCounter()] : []),
    ],
  });
}
