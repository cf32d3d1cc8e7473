import { beforeAll } from 'vitest';
import { gazetteer } from '../../../src/extract/gazetteer/index.ts';
import { extractArticle, extractFacts, toGold, type GoldFacts } from '../../../src/extract/index.ts';
import type { FactsFile } from '../../../src/facts/types.ts';

/** Facts of a made-up article: a header with the date, a neutral title, then the given paragraphs. */
export function factsOf(body: string, date = '2019-11-24'): FactsFile {
  return extractFacts(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' });
}

export function pairsOf(f: FactsFile): string[] {
  return f.partnerships.map((p) => [p.a, p.b].sort().join(' ~ ')).sort();
}

// The gazetteer is built on first use (seconds on a busy machine): build it before a file's first test is timed.
beforeAll(() => void gazetteer(), 120_000);

/** The gold shape of a made-up article, with what the facts format cannot hold yet (status, figures about places). */
export function goldOf(body: string, date = '2019-11-24'): GoldFacts {
  return toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
}
