/**
 * Whether the database can be reached, known without waiting: the API answers "database unavailable" at once while
 * it is down, instead of holding every request through the driver's connection attempts and retries.
 *
 * The state turns to "down" when a read fails because the server cannot be reached (or a readiness ping fails); while
 * down, a background ping every `probeIntervalMs` turns it back to "up" as soon as the server answers, so the API
 * recovers within about that interval of the database coming back, without a restart.
 */
import type { Driver } from 'neo4j-driver';

// Often enough that the API is back well within 2 s of Neo4j; a refused connection costs next to nothing to try.
const DEFAULT_PROBE_INTERVAL_MS = 250;

/** Errors that mean "the server cannot be reached now", as opposed to errors of the query itself. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'ServiceUnavailable' || code === 'SessionExpired') return true;
    if (code === 'Neo.TransientError.General.DatabaseUnavailable') return true;
    // The driver's pool gives this error no code of its own.
    if (cause.message.startsWith('Connection acquisition timed out')) return true;
  }
  return false;
}

export interface DatabaseAvailability {
  /** The last known state, without I/O. */
  isAvailable(): boolean;
  /** Pings the database now and updates the state (readiness checks). */
  check(): Promise<boolean>;
  /** Marks the database down when `error` says it cannot be reached; returns whether it did. */
  reportFailure(error: unknown): boolean;
  /** Stops the background ping. */
  close(): void;
}

export function watchDatabaseAvailability(
  driver: Driver,
  options: { database?: string | undefined; probeIntervalMs?: number; onChange?: (available: boolean) => void } = {},
): DatabaseAvailability {
  const interval = options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS;
  let available = true;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  // A query, not just a handshake: Bolt answers while the database itself is still starting or recovering.
  const ping = async (): Promise<boolean> => {
    try {
      await driver.executeQuery('RETURN 1', {}, { database: options.database, routing: 'READ' });
      return true;
    } catch {
      return false;
    }
  };
  const setAvailable = (now: boolean) => {
    if (now === available) return;
    available = now;
    options.onChange?.(now);
    if (!now) scheduleProbe();
  };
  const scheduleProbe = () => {
    if (timer || closed) return;
    timer = setTimeout(async () => {
      timer = undefined;
      const up = await ping();
      if (closed) return;
      if (up) setAvailable(true);
      else scheduleProbe();
    }, interval);
    timer.unref(); // never what keeps the process alive
  };

  return {
    isAvailable: () => available,
    async check() {
      const up = await ping();
      setAvailable(up);
      return up;
    },
    reportFailure(error) {
      if (!isDatabaseUnreachable(error)) return false;
      setAvailable(false);
      return true;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
