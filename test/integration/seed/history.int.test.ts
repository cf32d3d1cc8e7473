/**
 * The graph is a function of the current files: after any sequence of edits, additions and deletions, seeding the
 * folder (with pruning) gives the same graph as a fresh seed of it, whatever the batch size.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { random } from '../../../tools/bench/random.ts';
import { RandomFolder } from '../../fixtures/random-folder.ts';
import { countryPairCounts, snapshotGraph } from '../graph-snapshot.ts';
import { getTestDriver, resetDatabase } from '../neo4j.ts';

const STEPS = 30;
/** Steps between comparisons: the graph carries several steps of history into each comparison. */
const COMPARE_EVERY = 3;

let driver: Driver;
let dir: string;

beforeAll(async () => {
  driver = await getTestDriver();
  await ensureSchema(driver);
  await resetDatabase(driver);
  dir = await mkdtemp(join(tmpdir(), 'history-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('seeding after a random sequence of edits', () => {
  it('gives the same graph as a fresh seed of the same files', { timeout: 900_000 }, async () => {
    const folder = new RandomFolder(dir, random(20261202));
    const seed = (batchRows: number) =>
      seedFolder(driver, {
        documentsDir: join(dir, 'documents'),
        factsDir: join(dir, 'facts'),
        prune: true,
        batchRows,
      });
    const steps: string[] = [];
    for (let step = 1; step <= STEPS; step++) {
      steps.push(await folder.apply());
      // One document per transaction here, batches across documents in the fresh seed: both must agree.
      const report = await seed(0);
      expect(report.failed, steps.join(', ')).toEqual([]);
      // The counts of ties between countries follow every edit and deletion, not only a fresh seed.
      const pairs = await countryPairCounts(driver);
      expect(pairs.kept, steps.join(', ')).toEqual(pairs.counted);
      if (step % COMPARE_EVERY !== 0) continue;

      const afterHistory = await snapshotGraph(driver);
      await resetDatabase(driver);
      expect((await seed(5000)).failed).toEqual([]);
      // The fresh graph equals the one with history, so the next steps go on from an equal graph.
      expect(await snapshotGraph(driver), `after: ${steps.join(', ')}`).toEqual(afterHistory);
    }
    expect(steps.filter((s) => s.startsWith('delete')).length).toBeGreaterThan(2);
    expect(steps.filter((s) => s.startsWith('edit')).length).toBeGreaterThan(8);
  });
});
