/**
 * Which Neo4j to use: the server NEO4J_URI names, or else the project's own local server (started if needed).
 */
import type { Driver } from 'neo4j-driver';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../config.ts';
import { openDriver } from './driver.ts';

export interface Connection {
  driver: Driver;
  config: Neo4jConfig;
  /** Neo4j Browser's address when the project runs its own server, else null (the server's owner knows it). */
  browserUrl: string | null;
}

export async function connectNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  const configured = neo4jConfigFromEnv(env);
  if (configured) return { driver: await openDriver(configured), config: configured, browserUrl: null };
  // Loaded only when needed: a user with their own server never touches the local launcher.
  const { ensureLocalNeo4j } = await import('../../tools/neo4j/local-neo4j.ts');
  const local = await ensureLocalNeo4j();
  const config: Neo4jConfig = { uri: local.uri, username: local.username, password: local.password, database: undefined };
  return { driver: await openDriver(config), config, browserUrl: local.browserUrl };
}
