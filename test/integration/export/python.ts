/**
 * Runs a Python script of the notebook environment (.venv, or the interpreter PYTHON names) from a test. A missing
 * environment fails the test with the command that creates it: these tests never skip.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const SETUP = 'python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt';

export function notebookPython(): string {
  const python = process.env.PYTHON ?? join(PROJECT_ROOT, '.venv', 'bin', 'python');
  if (!existsSync(python)) {
    throw new Error(
      `The notebook environment's Python (${python}) is missing; create it with \`${SETUP}\`, or set PYTHON.`,
    );
  }
  return python;
}

/** Runs `script` with `args` (and extra environment) and returns its standard output; fails with its standard error. */
export async function runPython(script: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(notebookPython(), [script, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`${script} failed:\n${stderr}\n(The notebook environment is made with \`${SETUP}\`.)`);
  }
}
