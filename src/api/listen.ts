/**
 * Puts the GraphQL app behind an HTTP server: shared by `npm start` and `npm run serve`.
 */
import { createServer as createHttpServer } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { ApiDeps } from './context.ts';
import { createServer } from './yoga.ts';

type ListenOptions = ApiDeps & { port: number; host: string };

export interface RunningApi {
  /** The GraphQL endpoint (GraphiQL for browsers). */
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port; fails with a message that says what to do when the port is taken. */
export function listenApi(options: ListenOptions): Promise<RunningApi> {
  const yoga = createServer({ driver: options.driver, database: options.database, readTimeoutMs: options.readTimeoutMs });
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

/**
 * Serves until Ctrl-C or a stop signal, then closes the API and the driver; returns the endpoint's address. When
 * listening fails, the driver is closed before the error goes on.
 */
export async function serveApi(options: ListenOptions): Promise<string> {
  let api: RunningApi;
  try {
    api = await listenApi(options);
  } catch (error) {
    await options.driver.close();
    throw error;
  }
  closeOnSignal(api, options.driver);
  return api.url;
}

/** Closes the API and the driver on Ctrl-C or a stop signal, then exits. */
function closeOnSignal(api: RunningApi, driver: Driver): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void api
      .close()
      .then(() => driver.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
