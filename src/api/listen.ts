/**
 * Puts the GraphQL app behind an HTTP server. Starting and stopping the process is the commands' business (src/cli):
 * this module only listens, and closes by draining.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiServer } from './yoga.ts';

interface RunningApi {
  /** The GraphQL endpoint (GraphiQL for browsers). */
  url: string;
  /**
   * Stops accepting connections, lets the requests in flight finish for up to `deadlineMs`, closing each keep-alive
   * connection as soon as it is idle, then closes whatever is left. Resolves to the number of connections cut.
   */
  close(deadlineMs: number): Promise<number>;
}

/** JSON bodies read here at most; a longer one, or one of unknown length, goes to yoga as the stream it is. */
const READ_AHEAD_MAX_BYTES = 1 << 20;
const DECLARED_LENGTH = /^\d+$/;

/** Content types yoga reads as a JSON body (its `isContentTypeMatch`: the first type given, parameters allowed). */
function isJsonContentType(header: string | undefined): boolean {
  const type = header?.split(',')[0];
  return ['application/json', 'application/graphql+json'].some((json) => type === json || type?.startsWith(`${json};`));
}

/**
 * Reads a POST body of declared length before yoga sees the request, and hands a JSON one over parsed, as a body
 * parser in front of yoga does (its server adapter takes `request.body` when one is set). Otherwise yoga would read
 * the body through a fetch Request: a stream pipeline, a TransformStream counting the bytes against its size limit,
 * an AbortController and its DOMException at the end; about a fifth of what a small query costs this process. The
 * body is the same: a body that does not parse, or does not parse to an object with fields, is handed over as its
 * text, and yoga answers it as before; a body over the limit is never read here (yoga still refuses one over its
 * own limit by its Content-Length).
 */
function withBodyRead(request: IncomingMessage, response: ServerResponse, handOver: () => void): void {
  const length = request.headers['content-length'];
  if (
    request.method !== 'POST' ||
    !isJsonContentType(request.headers['content-type']) ||
    length === undefined ||
    !DECLARED_LENGTH.test(length) ||
    Number(length) > READ_AHEAD_MAX_BYTES ||
    request.headers['transfer-encoding'] !== undefined
  ) {
    handOver();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.once('error', () => response.destroy());
  request.once('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object' && Object.keys(parsed).length > 0) body = parsed;
    } catch {
      // yoga parses the text itself and answers with its own error
    }
    // An empty body stays unset: the adapter then reads the (ended, empty) stream, as it would have.
    if (text !== '') (request as IncomingMessage & { body?: unknown }).body = body;
    handOver();
  });
}

/** Listens on host:port; fails with a message that says what to do when the port is taken. */
export function listenApi(yoga: ApiServer, address: { port: number; host: string }): Promise<RunningApi> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  const server = createHttpServer((request, response) => {
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // The connection of a keep-alive client is idle now: while draining it is closed rather than kept.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    if (draining) response.setHeader('connection', 'close');
    withBodyRead(request, response, () => void yoga(request, response));
  });
  const close = (deadlineMs: number) =>
    new Promise<number>((resolve) => {
      draining = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      let cut = 0;
      const deadline = setTimeout(() => {
        cut = inFlight.size;
        server.closeAllConnections();
      }, deadlineMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve(cut);
      });
      server.closeIdleConnections();
    });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${address.port} is in use: stop what runs there or set PORT to another port.`
            : `The API could not listen on ${address.host}:${address.port}: ${error.message}`,
        ),
      );
    });
    server.listen(address.port, address.host, () => {
      const shownHost = address.host === '0.0.0.0' ? 'localhost' : address.host;
      const { port } = server.address() as AddressInfo; // the one chosen when asked for port 0
      resolve({ url: `http://${shownHost}:${port}${yoga.graphqlEndpoint}`, close });
    });
  });
}
