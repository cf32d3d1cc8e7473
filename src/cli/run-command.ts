/**
 * The one entry style of every command: `runCommand(main)` runs main, exits with the number it returns, and prints an
 * error as its message alone (our errors say what to do; a stack trace would bury that).
 *
 * Commands that serve until stopped pass `{ stoppable: true }`: the first SIGINT or SIGTERM aborts the `stop` signal
 * main gets (main then shuts down in order and returns), a second one exits at once. Other commands keep Node's
 * default: a signal ends them.
 */
export function runCommand(main: (stop: AbortSignal) => Promise<number>, options: { stoppable?: boolean } = {}): void {
  const controller = new AbortController();
  if (options.stoppable) {
    const onSignal = (signal: NodeJS.Signals) => {
      if (controller.signal.aborted) {
        console.error(`${signal} again: exiting without waiting.`);
        process.exit(130);
      }
      controller.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  main(controller.signal).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
