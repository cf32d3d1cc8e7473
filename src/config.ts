/**
 * Configuration, read and checked once at start. Environment variable names are the ones Neo4j's own tools use.
 */
export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The Neo4j server named by NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or null when unset. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI="${uri}" is not a Neo4j address; use e.g. neo4j://localhost:7687 or bolt://localhost:7687, or unset it to start a local server.`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of that server.');
  }
  return { uri, username: env.NEO4J_USERNAME?.trim() || 'neo4j', password, database: env.NEO4J_DATABASE?.trim() || undefined };
}

/** Port the GraphQL server listens on (PORT, default 4000). */
export function apiPortFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT ?? '4000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT="${raw}" is not a TCP port number (1-65535).`);
  }
  return port;
}
