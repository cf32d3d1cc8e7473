/**
 * The GraphQL server, built but not started: `createServer(deps)` returns the yoga app, which `src/cli/serve.ts`
 * puts behind an HTTP server and tests call with `yoga.fetch(...)`. Besides /graphql (GraphiQL for browsers) it serves
 * the explorer page at /explore and the Neo4j Browser guide at /guide.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createRequestContext, type ApiContext, type ApiDeps } from './context.ts';
import { maskError } from './mask-error.ts';
import { useCypherCounter } from './plugins/use-cypher-counter.ts';
import { usePages } from './plugins/use-pages.ts';
import { useQueryBounds } from './plugins/use-query-bounds.ts';
import { useResultBudget } from './plugins/use-result-budget.ts';
import { buildSchema } from './schema.ts';

export const GRAPHQL_PATH = '/graphql';

/** What GraphiQL opens with: a place, its ties and where they are stated. */
const GRAPHIQL_DEFAULT_QUERY = `# Shizuoka Prefecture's partners, with the kind and start year of each tie and the sentence that states it.
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
}

export type ApiServer = YogaServerInstance<Record<string, unknown>, ApiContext>;

export function createServer(options: ServerOptions): ApiServer {
  const { driver, database, readTimeoutMs } = options;
  return createYoga<Record<string, unknown>, ApiContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: (options.graphiql ?? true) ? { title: 'City diplomacy graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    // GraphiQL's scripts and styles inlined from the installed package, so the page works offline (yoga's default
    // loads them from a CDN).
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError },
    context: () => createRequestContext({ driver, database, readTimeoutMs }),
    // usePages first: /explore and /guide answer before any GraphQL handling.
    plugins: [usePages(), ...useQueryBounds(), useResultBudget(), ...(options.exposeCypherCount ? [useCypherCounter()] : [])],
  });
}
