/**
 * Running the external programs the local server needs (java, mvn) and quoting their output in error messages.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';

/** Runs a program to completion; the error carries its stdout and stderr. */
export function run(
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

export const isMissingCommand = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** What a failed `run` printed, for an error message. */
export function outputOf(error: unknown): string {
  const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
  return stdout + stderr;
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function tailOfFile(file: string, lines: number): string {
  try {
    return tail(fs.readFileSync(file, 'utf8'), lines);
  } catch {
    return '';
  }
}
