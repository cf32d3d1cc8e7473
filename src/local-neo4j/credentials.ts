/**
 * The local server's credentials: a random password made on first run, saved 0600 in <home>/credentials and set with
 * Neo4j's admin tool before the first start.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { outputOf, run, tail } from './exec.ts';
import type { LocalNeo4jPaths } from './paths.ts';

const USERNAME = 'neo4j';

export interface Credentials {
  username: string;
  password: string;
}

export function readCredentials(paths: LocalNeo4jPaths): Credentials | null {
  if (!fs.existsSync(paths.credentialsFile)) return null;
  const parsed = JSON.parse(fs.readFileSync(paths.credentialsFile, 'utf8')) as Partial<Credentials>;
  if (typeof parsed.password !== 'string' || !parsed.password) {
    throw new LocalNeo4jError(`${paths.credentialsFile} holds no password; delete it and ${paths.data} to start anew.`);
  }
  return { username: parsed.username || USERNAME, password: parsed.password };
}

/**
 * A random password in hex: Neo4j's admin tool takes the password as a command-line argument, and one that begins
 * with '-' (one base64url password in 64 did) is read as an option, so the first start failed with "Missing required
 * parameter: '<password>'".
 */
export function newPassword(): string {
  return randomBytes(18).toString('hex');
}

/**
 * The credentials, made on first run: a random password (loopback-only server, but a random one keeps a copied-around
 * default out of any other Neo4j), set before the first start.
 */
export async function ensureCredentials(paths: LocalNeo4jPaths, log: (message: string) => void): Promise<Credentials> {
  const initialized = fs.existsSync(paths.systemDatabase);
  let credentials = readCredentials(paths);
  if (credentials && initialized) return credentials;
  if (!credentials) {
    if (initialized) {
      throw new LocalNeo4jError(
        `${paths.data} holds a database whose password is no longer in ${paths.credentialsFile}. ` +
          `Delete ${paths.data} (the local graph is lost; run the seed again) to start anew.`,
      );
    }
    credentials = { username: USERNAME, password: newPassword() };
    fs.writeFileSync(paths.credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  }
  log('Setting the initial password (first run)...');
  try {
    await run(
      'java',
      [
        '-cp',
        `${paths.lib}${path.sep}*`,
        'org.neo4j.cli.AdminTool',
        'dbms',
        'set-initial-password',
        credentials.password,
      ],
      { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    );
  } catch (error) {
    throw new LocalNeo4jError(`Setting the local Neo4j's initial password failed:\n${tail(outputOf(error), 30)}`);
  }
  return credentials;
}
