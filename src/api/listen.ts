/**
 * Puts the GraphQL app behind an HTTP server. Starting and stopping the process is the commands' business (src/cli):
 * this module only listens, and closes by draining.
 */
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
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
    void yoga(request, response);
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
