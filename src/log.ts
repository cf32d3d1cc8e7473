/**
 * Structured logs: one JSON object per line on stderr (stdout stays for what commands print), with `time`, `level`,
 * `msg` and the fields of the event, so that a log shipper or `jq` can read them.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

/** A logger that writes events at `level` and above as JSON lines. */
export function createJsonLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at =
    (eventLevel: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: Fields = {}) => {
      if (LOG_LEVELS.indexOf(eventLevel) < threshold) return;
      write(`${JSON.stringify({ time: new Date().toISOString(), level: eventLevel, msg, ...fields })}\n`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Logs nothing: the default of servers built in tests. */
export const silentLogger: Logger = createJsonLogger('silent');
