/**
 * The notebook's reusable module, notebooks/graph_frames.py, read against a seeded graph in the notebook
 * environment: years come out as integers and the helpers behind the figures give what the figures show.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../src/graph/schema.ts';
import { seedFolder } from '../../../src/graph/seed-folder.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';
import { runPython } from './python.ts';

let workDir: string;
let seen: {
  tieYears: [string, number][];
  sinceDtype: string;
  yearDtype: string;
  edgeYears: string[];
  matrix: { countries: string[]; cells: number[][]; dtype: string };
  outlines: { rings: number; maxLngStep: number };
};

beforeAll(async () => {
  const driver = await getTestDriver();
  await resetDatabase(driver);
  await ensureSchema(driver);
  workDir = await mkdtemp(join(tmpdir(), 'graph-frames-test-'));
  await mkdir(join(workDir, 'documents'));
  await mkdir(join(workDir, 'facts'));
  await writeFile(join(workDir, 'documents', 'towns.txt'), TOWN_DOCUMENT);
  await writeFile(join(workDir, 'facts', 'towns.facts.yaml'), townFactsYaml());
  for (const folders of [
    { documentsDir: 'seed/documents', factsDir: 'seed/facts' },
    { documentsDir: join(workDir, 'documents'), factsDir: join(workDir, 'facts') },
  ]) {
    expect((await seedFolder(driver, folders)).failed).toEqual([]);
  }
  const { uri, username, password } = testNeo4jConfig();
  const output = await runPython(join(import.meta.dirname, 'graph-frames-check.py'), [], {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
  });
  seen = JSON.parse(output) as typeof seen;
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('graph_frames', () => {
  it('gives tie and meeting years as integers, however the graph stored them', () => {
    expect(seen.tieYears).toEqual([
      ['int', 1982],
      ['int', 1994],
    ]);
    expect(seen.sinceDtype).toBe('Int64');
    expect(seen.yearDtype).toBe('Int64');
    expect(seen.edgeYears).toEqual(['int']);
  });

  it('counts ties per country pair in a symmetric integer matrix', () => {
    // Two ties: Riverton (GB) – Lakeside (DE) and Shizuoka (JP) – Zhejiang (CN); the top three countries by tie ends.
    expect(seen.matrix.countries).toHaveLength(3);
    expect(seen.matrix.dtype).toBe('int64');
    const cells = seen.matrix.cells;
    expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(2);
    for (const [i, row] of cells.entries()) for (const [j, n] of row.entries()) expect(n).toBe(cells[j]![i]);
  });

  it('draws the world from the bundled outlines, with no ring crossing the map at longitude 180', () => {
    expect(seen.outlines.rings).toBeGreaterThan(200);
    // Russia and Fiji cross longitude 180: unsplit, one step of their rings would jump across the whole map.
    expect(seen.outlines.maxLngStep).toBeLessThan(180);
  });
});
