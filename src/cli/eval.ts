/**
 * `npm run eval -- <folder>`: extracts every NAME.txt that has a NAME.gold.json beside it and prints precision,
 * recall and F1 per fact type, since-year accuracy, relations F1 and per-article misses (the summary comes last).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFacts, toGold, type GoldFacts } from '../extract/index.ts';
import { formatReport, scoreArticle, scoreCorpus, type ArticleScore } from '../extract/evaluate.ts';
import { runCommand } from './run-command.ts';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run eval -- <folder with NAME.txt and NAME.gold.json files>\n');
    return 2;
  }
  const scores: ArticleScore[] = [];
  let failed = 0;
  for (const folder of positionals) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`${folder}: not a folder\n`);
      failed++;
      continue;
    }
    const names = readdirSync(folder)
      .filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.gold.json'))))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      try {
        const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')) as GoldFacts;
        const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
        const pred = toGold(extractFacts(text, { file: name }));
        scores.push(scoreArticle(name, pred, gold));
      } catch (e) {
        failed++;
        process.stderr.write(`${path}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
  }
  if (scores.length === 0) {
    process.stderr.write('no NAME.txt with a NAME.gold.json beside it was found\n');
    return 1;
  }
  process.stdout.write(`${formatReport(scoreCorpus(scores))}\n`);
  return failed ? 1 : 0;
}

runCommand(main);
