/**
 * What clients see of errors. Masking is explicit, not left to NODE_ENV: an unexpected error becomes "Unexpected
 * error." with no stack, host or query in it, whatever the environment; errors meant for clients (bad arguments, over
 * a limit) pass as they are; a read that Neo4j stopped at its timeout says so and what to do (code READ_TIMEOUT); and
 * "the database cannot be reached" gets a message and code of its own (DATABASE_UNAVAILABLE), so that a client knows
 * to retry rather than to change its request.
 */
import { createGraphQLError, maskError as maskUnexpected, type MaskError } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { isDatabaseUnreachable } from '../graph/availability.ts';
import { ReadTimeoutError } from '../graph/queries/read.ts';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

export function databaseUnavailableError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(
    'Database unavailable: the graph database cannot be reached right now; retry in a few seconds.',
    {
      path,
      extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
    },
  );
}

/** Yoga's masking, with development details never added (isDev is ignored) and the two errors above named. */
export const maskError: MaskError = (error, message) => {
  // Duck-typed: the error may come from another copy of graphql-js than this module's.
  const { originalError: cause, nodes, path } = (error ?? {}) as Partial<GraphQLError>;
  if (cause instanceof ReadTimeoutError) {
    return createGraphQLError(cause.message, { nodes, path, extensions: { code: 'READ_TIMEOUT' } });
  }
  if (isDatabaseUnreachable(cause ?? error)) return databaseUnavailableError(path);
  return maskUnexpected(error, message, false);
};
