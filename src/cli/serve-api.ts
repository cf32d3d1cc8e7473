/**
 * Serving the API until the command is stopped, shared by `npm start` and `npm run serve`.
 */
import type { Driver } from 'neo4j-driver';
import { listenApi } from '../api/listen.ts';
import type { ApiAddress } from '../config.ts';

interface ServeOptions {
  driver: Driver;
  database: string | undefined;
  address: ApiAddress;
  /** Aborted by the first SIGINT/SIGTERM (see runCommand). */
  stop: AbortSignal;
  /** Called once the API listens, with its endpoint's address. */
  onListening: (url: string) => void;
}

/** Listens, serves until `stop` is aborted, then closes the API and the driver. The driver is closed on failure too. */
export async function serveUntilStopped(options: ServeOptions): Promise<number> {
  const { driver, stop } = options;
  try {
    const api = await listenApi({ driver, database: options.database, ...options.address });
    options.onListening(api.url);
    if (!stop.aborted) await new Promise((resolve) => stop.addEventListener('abort', resolve, { once: true }));
    await api.close();
    return 0;
  } finally {
    await driver.close();
  }
}
