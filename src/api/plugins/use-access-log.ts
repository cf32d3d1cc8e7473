/**
 * One access log line per request: a request id (the client's `x-request-id` when it sends a sane one, else a new
 * UUID; returned in the response's `x-request-id` header), the operation's name, the duration, how many Cypher queries
 * it ran and its outcome. Each error a resolver threw is logged too, with the request id and its cause, since clients
 * only see a masked message. Probes of /health and /ready are logged at debug level, so they do not drown the rest.
 */
import { randomUUID } from 'node:crypto';
import { getOperationAST, type GraphQLFormattedError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../log.ts';
import type { ApiContext } from '../context.ts';
import { DATABASE_UNAVAILABLE } from '../mask-error.ts';

const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const PROBE_PATHS = new Set(['/health', '/ready']);

interface RequestRecord {
  id: string;
  started: number;
  operation?: string | undefined;
  context?: ApiContext;
  errors: readonly GraphQLFormattedError[];
}

/**
 * ok; rejected (a request refused before it ran: a bad document, a bound exceeded); database-unavailable;
 * graphql-errors (it ran and some fields failed); server-error.
 */
function outcomeOf(status: number, errors: readonly GraphQLFormattedError[]): string {
  if (errors.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE)) return 'database-unavailable';
  if (status >= 500) return 'server-error';
  if (status >= 400 || errors.some((error) => !error.path)) return 'rejected';
  return errors.length > 0 ? 'graphql-errors' : 'ok';
}

/** The cause chain of an error as text, for the log (never for the client). */
function causeOf(error: unknown): string {
  const parts: string[] = [];
  for (let cause = error; cause instanceof Error && parts.length < 5; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    parts.push(`${cause.name}${typeof code === 'string' ? ` ${code}` : ''}: ${cause.message}`);
  }
  return parts.join(' <- ');
}

export function useAccessLog(logger: Logger): Plugin<ApiContext> {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      const given = request.headers.get(REQUEST_ID_HEADER);
      records.set(request, {
        id: given && SANE_REQUEST_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        errors: [],
      });
    },
    onExecute({ args }) {
      const context = args.contextValue as ApiContext & { request: Request };
      const record = records.get(context.request);
      if (!record) return;
      record.context = context;
      const operation = getOperationAST(args.document, args.operationName);
      record.operation = operation?.name?.value ?? (operation ? `anonymous ${operation.operation}` : undefined);
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            if (!error.originalError) continue; // an error meant for the client (bad argument, over a limit)
            logger.error('resolver error', {
              requestId: record.id,
              path: error.path?.join('.'),
              message: error.message,
              cause: causeOf(error.originalError),
            });
          }
        },
      };
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record) return;
      // What the client gets (errors already masked), whether or not the request got as far as executing.
      for (const one of Array.isArray(result) ? result : [result]) {
        if (one && typeof one === 'object' && 'errors' in one && one.errors)
          record.errors = [...record.errors, ...one.errors];
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set(REQUEST_ID_HEADER, record.id);
      const path = new URL(request.url).pathname;
      const line = {
        requestId: record.id,
        method: request.method,
        path,
        status: response.status,
        operation: record.operation ?? null,
        durationMs: Math.round((performance.now() - record.started) * 10) / 10,
        cypherQueries: record.context?.cypherLog.length ?? 0,
        outcome: outcomeOf(response.status, record.errors),
      };
      if (PROBE_PATHS.has(path)) logger.debug('request', line);
      else logger.info('request', line);
    },
  };
}
