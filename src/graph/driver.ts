/**
 * The Neo4j driver, created once per process and handed to the services that need it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';

/**
 * Short waits, so that a request fails in about a second when Neo4j is down rather than after the driver's defaults
 * (30 s of retries, 60 s to get a connection): a read is retried for at most 1 s, a connection attempt gives up after
 * 3 s and waiting for a pooled connection after 5 s. Writes that need longer retries pass their own.
 */
const DRIVER_TIMEOUTS = {
  maxTransactionRetryTime: 1_000,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  // Test a pooled connection that sat idle for over a second before reusing it: after a Neo4j restart the pool is
  // full of dead ones. Not 0 (test every one): that sends a RESET and waits for its answer before every query, a
  // round trip of 0.5-0.7 ms on this machine, a third of a small read; a connection in steady use is alive, and
  // Neo4j cannot restart within a second.
  connectionLivenessCheckTimeout: 1_000,
};

/** A driver for the configured server, without contacting it (the API may start before Neo4j does). */
export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    // Integers come back as JavaScript numbers where they fit; every count and year here does.
    disableLosslessIntegers: true,
    userAgent: 'sister-city-graph',
    ...DRIVER_TIMEOUTS,
  });
}

/** Checks the server answers, with an error that says what to do when it does not. */
export async function verifyDriver(driver: Driver, config: Neo4jConfig): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot reach Neo4j at ${config.uri} as ${config.username}: ${reason}\n` +
        'Check NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or unset NEO4J_URI to let the project start its own ' +
        'local server.',
      { cause: error },
    );
  }
}

/** Opens a driver and checks the server answers; the driver is closed when it does not. */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = createDriver(config);
  try {
    await verifyDriver(driver, config);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}
