/**
 * The seeding step shared by `npm run seed` and `npm start`: schema, then every document of the folders.
 */
import type { Driver } from 'neo4j-driver';
import type { Extractor } from '../facts/collect.ts';
import { ensureSchema } from '../graph/schema.ts';
import { seedFolder, type SeedReport } from '../graph/seed-folder.ts';

interface SeedOptions {
  documentsDir: string;
  factsDir: string;
  force: boolean;
  /** Remove articles seeded before whose files are gone (see seed-folder.ts). */
  prune?: boolean;
  /** Extract facts for documents without a facts file; false to require hand-made facts. */
  extract: boolean;
  database?: string;
}

async function loadExtractor(): Promise<Extractor> {
  const { extractFacts } = await import('../extract/index.ts');
  return (text, file) => extractFacts(text, { file });
}

/** Seeds and prints one line per document and a summary; returns the report (failures included). */
export async function runSeed(
  driver: Driver,
  options: SeedOptions,
  log: (line: string) => void = console.log,
): Promise<SeedReport> {
  await ensureSchema(driver, options.database);
  const report = await seedFolder(driver, {
    documentsDir: options.documentsDir,
    factsDir: options.factsDir,
    force: options.force,
    prune: options.prune,
    database: options.database,
    extract: options.extract ? await loadExtractor() : undefined,
  });
  for (const r of report.results) {
    const how = r.extracted ? 'extracted facts' : 'facts file';
    if (r.status === 'unchanged') log(`  unchanged  ${r.file}`);
    else if (r.status === 'removed') log(`  removed    ${r.documentId} (its file is gone)`);
    else log(`  seeded     ${r.file} (${how})`);
  }
  for (const f of report.failed) log(`  FAILED     ${f.message}`);
  if (report.stopped) log(`STOPPED    ${report.stopped}`);
  const seeded = report.results.filter((r) => r.status === 'seeded');
  const removed = report.results.filter((r) => r.status === 'removed').length;
  const { nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted } = report.counters;
  log(
    `${seeded.length} seeded, ${report.results.length - seeded.length - removed} unchanged, ${removed} ` +
      `removed, ${report.failed.length} failed: ` +
      `+${nodesCreated}/-${nodesDeleted} nodes, +${relationshipsCreated}/-${relationshipsDeleted} relationships.`,
  );
  return report;
}
