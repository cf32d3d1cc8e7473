/** One line per check: PASS/FAIL, its name and its figure. */
export interface CheckResult {
  name: string;
  ok: boolean;
  figure: string;
}

export function printCheck(result: CheckResult): void {
  process.stdout.write(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(52)}  ${result.figure}\n`);
}
