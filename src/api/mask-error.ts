/**
 * What a client sees of an error raised while resolving: yoga's masking ("Unexpected error.") for anything
 * unexpected, except a read that Neo4j stopped at its timeout, which says so and what to do (code READ_TIMEOUT).
 */
import { createGraphQLError, maskError as maskUnexpected, type MaskError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { ReadTimeoutError } from '../graph/queries/read.ts';

export const maskError: MaskError = (error, message, isDev) => {
  const cause = (error as Partial<GraphQLError> | null)?.originalError;
  if (cause instanceof ReadTimeoutError) {
    const { nodes, path } = error as GraphQLError;
    return createGraphQLError(cause.message, { nodes, path, extensions: { code: 'READ_TIMEOUT' } });
  }
  return maskUnexpected(error, message, isDev);
};
