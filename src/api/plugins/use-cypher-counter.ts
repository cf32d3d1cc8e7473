/**
 * Reports how many Cypher queries a request ran, in the response's `extensions.cypher` (`count` and the query
 * `names`). Tests use it to check that a request costs a bounded number of queries whatever the length of its lists;
 * operators can turn it on to see what a slow request did.
 */
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context.ts';

export function useCypherCounter(): Plugin<ApiContext> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result || 'errors' in result)) return; // a stream, which this schema never returns
          const log = (args.contextValue as ApiContext).cypherLog;
          setResult({
            ...result,
            extensions: { ...result.extensions, cypher: { count: log.length, names: log.map((query) => query.name) } },
          });
        },
      };
    },
  };
}
