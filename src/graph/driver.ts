/**
 * The Neo4j driver, created once per process and handed to the services that need it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';

/** Opens a driver and checks the server answers, with an error that says what to do when it does not. */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    // Integers come back as JavaScript numbers where they fit; every count and year here does.
    disableLosslessIntegers: true,
    userAgent: 'sister-city-graph',
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot reach Neo4j at ${config.uri} as ${config.username}: ${reason}\n` +
        'Check NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or unset NEO4J_URI to let the project start its own local server.',
    );
  }
  return driver;
}
