/**
 * Which Neo4j a command uses: the server NEO4J_URI names, or else the project's own local server (started if needed).
 * The fallback is the commands' decision: the graph and API layers only ever get a driver.
 */
import type { Driver } from 'neo4j-driver';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../config.ts';
import { isDatabaseUnreachable } from '../graph/availability.ts';
import { createDriver, openDriver, verifyDriver } from '../graph/driver.ts';

export interface Connection {
  driver: Driver;
  config: Neo4jConfig;
  /** Neo4j Browser's address when the project runs its own server, else null (the server's owner knows it). */
  browserUrl: string | null;
}

interface ConnectOptions {
  /**
   * Go on when the server NEO4J_URI names cannot be reached now (the API starts and answers "database unavailable"
   * until it can); wrong credentials still fail.
   */
  allowUnreachable?: boolean;
}

export async function connectNeo4j(
  env: NodeJS.ProcessEnv = process.env,
  options: ConnectOptions = {},
): Promise<Connection> {
  const configured = neo4jConfigFromEnv(env);
  if (configured) {
    if (!options.allowUnreachable)
      return { driver: await openDriver(configured), config: configured, browserUrl: null };
    const driver = createDriver(configured);
    try {
      await verifyDriver(driver, configured);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) {
        await driver.close();
        throw error;
      }
      console.warn(
        `Neo4j at ${configured.uri} cannot be reached yet; requests get "database unavailable" until it can.`,
      );
    }
    return { driver, config: configured, browserUrl: null };
  }
  // Loaded only when needed: a user with their own server never touches the local runner.
  const { ensureLocalNeo4j } = await import('../local-neo4j/index.ts');
  const local = await ensureLocalNeo4j();
  const config: Neo4jConfig = {
    uri: local.uri,
    username: local.username,
    password: local.password,
    database: undefined,
  };
  return { driver: await openDriver(config), config, browserUrl: local.browserUrl };
}
