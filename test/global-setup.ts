/**
 * Finds the Neo4j the integration tests run against, once per run, and provides its connection as `inject('neo4j')`:
 * NEO4J_URI when set (CI sets it to the local server it started), else a testcontainers Neo4j when a Docker engine
 * answers, else the checkout's local server (src/local-neo4j). Integration tests never skip: without a Neo4j, this
 * fails.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { neo4jConfigFromEnv } from '../src/config.ts';
import { openDriver } from '../src/graph/driver.ts';
import { ensureLocalNeo4j } from '../src/local-neo4j/index.ts';

/** Docker image of the testcontainers path: the same 5.26 LTS line as the local server and docker-compose.yml. */
const NEO4J_IMAGE = 'neo4j:5.26-community';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | null;
  source: 'NEO4J_URI' | 'docker' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

type Found = { neo4j: TestNeo4j; teardown?: () => Promise<void> };

async function fromDocker(): Promise<Found | null> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return null; // no Docker engine here: fall through to the local server
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(randomBytes(12).toString('hex')).start();
  return {
    neo4j: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database: null,
      source: 'docker',
    },
    teardown: async () => {
      await container.stop();
    },
  };
}

async function findNeo4j(): Promise<Found> {
  const env = neo4jConfigFromEnv();
  if (env) {
    return { neo4j: { ...env, database: env.database ?? null, source: 'NEO4J_URI' } };
  }
  let dockerFailure = '';
  try {
    const docker = await fromDocker();
    if (docker) return docker;
  } catch (error) {
    // An engine that answers but cannot run the image (offline, no disk): the local server may still do.
    dockerFailure = `Docker answered but the ${NEO4J_IMAGE} container did not start: ${(error as Error).message}\n`;
    console.warn(`[neo4j] ${dockerFailure}[neo4j] Trying the local server instead.`);
  }
  try {
    const local = await ensureLocalNeo4j();
    if (local.started) {
      console.log('[neo4j] The local Neo4j keeps running for the next test run; stop it with: npm run neo4j -- stop');
    }
    return {
      neo4j: { uri: local.uri, username: local.username, password: local.password, database: null, source: 'local' },
    };
  } catch (error) {
    throw new Error(
      'Integration tests need a Neo4j and none could be had: NEO4J_URI is unset, Docker gave none, and the local ' +
        `server did not start.\n${dockerFailure}` +
        `Local server: ${error instanceof Error ? error.message : String(error)}\n` +
        'Set NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, start Docker, or fix the above; ' +
        'unit tests alone: npm run test:unit',
      { cause: error },
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const found = await findNeo4j();
  const { neo4j } = found;
  // Fail here, once, with a readable message rather than in every test file.
  try {
    const driver = await openDriver({ ...neo4j, database: neo4j.database ?? undefined });
    await driver.close();
  } catch (error) {
    await found.teardown?.();
    throw error;
  }
  console.log(`[neo4j] Integration tests use ${neo4j.uri} (${neo4j.source}).`);
  project.provide('neo4j', neo4j);
  return async () => {
    await found.teardown?.();
  };
}
