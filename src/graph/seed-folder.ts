/**
 * Seeds a folder of documents: collects each document's facts, plans it, writes the plans in batches (seed.ts).
 * A document that fails (bad facts file, unreadable text) is reported and leaves the graph as it was for it.
 * With `prune`, documents seeded from a documents folder whose files are gone are removed, with what only they
 * supported; other collections (the Twinned Cities import) are never pruned.
 */
import { basename } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectDocuments, type Extractor, type FailedDocument } from '../facts/collect.ts';
import { documentId } from './model.ts';
import { planDocument } from './plan.ts';
import { readOnce, seedDocuments, type Counters, type SeedResult } from './seed.ts';

export interface SeedReport {
  results: (SeedResult & { extracted: boolean })[];
  failed: FailedDocument[];
  /** Set when seeding stopped early because Neo4j could not be reached. */
  stopped: string | null;
  counters: Counters;
}

/** Documents of the 'articles' collection in the graph: the ones a documents folder seeds. */
const ARTICLE_DOCUMENTS = `MATCH (d:Document {collection: 'articles'}) RETURN d.id AS id`;

export async function seedFolder(
  driver: Driver,
  options: {
    documentsDir: string;
    factsDir: string;
    extract?: Extractor;
    force?: boolean;
    prune?: boolean;
    database?: string;
    batchRows?: number;
  },
): Promise<SeedReport> {
  const { ready, failed } = await collectDocuments(options);
  const plans = ready.map((doc) =>
    planDocument(doc.facts, doc.text, { factsText: doc.factsText, extracted: doc.extracted }),
  );
  let removeDocumentIds: string[] = [];
  if (options.prune) {
    // A document whose files are still there but fail to load is kept as it was, not pruned.
    const present = new Set([
      ...ready.map((doc) => documentId(doc.file)),
      ...failed.map((f) => documentId(basename(f.file))),
    ]);
    const seeded = await readOnce(driver, options.database, ARTICLE_DOCUMENTS);
    removeDocumentIds = seeded.map((r) => r.get('id') as string).filter((id) => !present.has(id));
  }
  const report = await seedDocuments(driver, plans, {
    database: options.database,
    force: options.force,
    batchRows: options.batchRows,
    removeDocumentIds,
  });
  const extracted = new Map(ready.map((doc) => [doc.file, doc.extracted]));
  return {
    results: report.results.map((r) => ({ ...r, extracted: extracted.get(r.file) ?? false })),
    failed: [...failed, ...report.failed],
    stopped: report.stopped,
    counters: report.counters,
  };
}
