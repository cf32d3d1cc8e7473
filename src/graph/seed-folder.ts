/**
 * Seeds a folder of documents: collects each document's facts, plans it, writes it in its own transaction.
 * A document that fails (bad facts file, unreadable text) is reported and leaves the graph as it was for it.
 */
import type { Driver } from 'neo4j-driver';
import { collectDocuments, type Extractor, type FailedDocument } from '../facts/collect.ts';
import { planDocument } from './plan.ts';
import { seedPlan, type SeedResult } from './seed.ts';

export interface SeedReport {
  results: (SeedResult & { file: string; extracted: boolean })[];
  failed: FailedDocument[];
}

export async function seedFolder(
  driver: Driver,
  options: { documentsDir: string; factsDir: string; extract?: Extractor; force?: boolean; database?: string },
): Promise<SeedReport> {
  const { ready, failed } = await collectDocuments(options);
  const results: SeedReport['results'] = [];
  for (const doc of ready) {
    const plan = planDocument(doc.facts, doc.text, { factsText: doc.factsText, extracted: doc.extracted });
    try {
      const result = await seedPlan(driver, plan, { database: options.database, force: options.force });
      results.push({ ...result, file: doc.file, extracted: doc.extracted });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push({ file: doc.file, message: `${doc.file}: writing to Neo4j failed, nothing of it was written: ${message}` });
    }
  }
  return { results, failed };
}
