/**
 * Puts the GraphQL app behind an HTTP server. Starting and stopping the process is the commands' business (src/cli):
 * this module only listens and closes.
 */
import { createServer as createHttpServer } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createServer } from './yoga.ts';

interface RunningApi {
  /** The GraphQL endpoint (GraphiQL for browsers). */
  url: string;
  /** Stops accepting connections and waits for the open ones to end. */
  close(): Promise<void>;
}

/** Listens on host:port; fails with a message that says what to do when the port is taken. */
export function listenApi(options: { driver: Driver; database?: string; port: number; host: string }): Promise<RunningApi> {
  const yoga = createServer({ driver: options.driver, database: options.database });
  const server = createHttpServer(yoga);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${options.port} is in use: stop what runs there or set PORT to another port.`
            : `The API could not listen on ${options.host}:${options.port}: ${error.message}`,
        ),
      );
    });
    server.listen(options.port, options.host, () => {
      const shownHost = options.host === '0.0.0.0' ? 'localhost' : options.host;
      resolve({
        url: `http://${shownHost}:${options.port}${yoga.graphqlEndpoint}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
