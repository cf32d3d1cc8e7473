/**
 * Serving the API until the command is stopped, shared by `npm start` and `npm run serve`.
 */
import type { Driver } from 'neo4j-driver';
import { listenApi } from '../api/listen.ts';
import { createServer } from '../api/yoga.ts';
import type { ApiConfig } from '../config.ts';
import { createJsonLogger } from '../log.ts';

// Closing the driver waits for Neo4j to answer; a frozen server must not keep the process from exiting.
const DRIVER_CLOSE_TIMEOUT_MS = 2_000;

interface ServeOptions {
  driver: Driver;
  database: string | undefined;
  api: ApiConfig;
  /** Aborted by the first SIGINT/SIGTERM (see runCommand). */
  stop: AbortSignal;
  /** Called once the API listens, with its endpoint's address. */
  onListening: (url: string) => void;
}

/**
 * Listens, serves until `stop` is aborted, then drains (requests in flight get up to the drain timeout, idle
 * keep-alive connections are closed at once) and closes the driver. The driver is closed on failure too.
 */
export async function serveUntilStopped(options: ServeOptions): Promise<number> {
  const { driver, stop, api } = options;
  try {
    const yoga = createServer({
      driver,
      database: options.database,
      readTimeoutMs: api.readTimeoutMs,
      logger: createJsonLogger(api.logLevel),
    });
    const running = await listenApi(yoga, api);
    options.onListening(running.url);
    if (!stop.aborted) await new Promise((resolve) => stop.addEventListener('abort', resolve, { once: true }));
    console.error(`${String(stop.reason)}: finishing the requests in flight (at most ${api.drainTimeoutMs} ms)...`);
    const cut = await running.close(api.drainTimeoutMs);
    if (cut > 0) console.error(`Cut ${cut} request(s) still running after ${api.drainTimeoutMs} ms.`);
    return 0;
  } finally {
    await Promise.race([
      driver.close(),
      new Promise((resolve) => setTimeout(resolve, DRIVER_CLOSE_TIMEOUT_MS).unref()),
    ]);
  }
}
