/**
 * Runs a command's main function: its number is the exit code, and an error is printed as its message alone
 * (our errors say what to do; a stack trace would bury that).
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
