/**
 * Two projects: `unit` needs nothing but Node; `integration` runs against a real Neo4j that test/global-setup.ts finds
 * or starts (NEO4J_URI, else Docker, else the local server), so `npm run test:unit` never starts a database.
 */
import { defineConfig } from 'vitest/config';

// .ci/run sets this to check from the JSON report that the integration tests ran and none was skipped.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        test: {
          name: 'unit',
          // The extraction tests build the gazetteer once per file (about a second alone, several on a loaded 2-core
          // machine): the default 5 s would fail them for the machine's load, not for what they test.
          testTimeout: 30_000,
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '.neo4j/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'src/**/*.int.test.ts', 'tools/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', '.neo4j/**'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/integration/setup.ts'],
          // One shared database: files that seed or wipe it must not overlap.
          fileParallelism: false,
          // A guard against a hung test, not a speed check (speed lives in `npm run bench`): a test that seeds the
          // seed article and a made-up folder took over 30 s on a 2-core machine under load, and passed when given
          // the time.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
