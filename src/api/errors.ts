/**
 * What clients see of errors. Masking is explicit, not left to NODE_ENV: an unexpected error becomes "Unexpected
 * error." with no stack, host or query in it, whatever the environment; errors meant for clients (bad arguments, over
 * a limit) pass as they are; and "the database cannot be reached" gets a message and code of its own, so that a client
 * knows to retry rather than to change its request.
 */
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isDatabaseUnreachable } from '../graph/availability.ts';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

export function databaseUnavailableError(path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError('Database unavailable: the graph database cannot be reached right now; retry in a few seconds.', {
    path,
    extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
  });
}

/** Yoga's `maskError`, with development details never added and unreachable-database errors named as such. */
export function maskApiError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original && isDatabaseUnreachable(original)) {
    return databaseUnavailableError(error instanceof GraphQLError ? error.path : undefined);
  }
  return maskError(error, message, false);
}
