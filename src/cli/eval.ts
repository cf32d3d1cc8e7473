/**
 * `npm run eval -- [--held-out-misses] [--calibration] <folder>`: extracts every NAME.txt that has a NAME.gold.json
 * beside it and scores it. The articles are split by a fixed rule (`isHeldOut`: every fourth by sorted file name) into
 * a tuning part, whose misses are printed to find failure patterns, and a held-out part, which is only scored: its
 * misses are printed only with --held-out-misses, so that nobody tunes the rules on it by accident. A folder holding a
 * file named SCORED-ONLY is held out as a whole (the made-up corpus in test/fixtures/made-up-corpus). The report gives
 * precision, recall and F1 per fact type, since- and until-year accuracy and relations F1 for the tuning part, the
 * held-out part and overall (the overall one-line summary comes last); --calibration adds, per part, the predicted
 * facts bucketed by confidence with the precision observed in each bucket.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle, toGold, type GoldFacts } from '../extract/index.ts';
import {
  formatCalibration,
  formatReport,
  isHeldOut,
  scoreArticle,
  scoreCorpus,
  type ArticleScore,
} from '../extract/evaluate.ts';
import { runCommand } from './run-command.ts';

const USAGE =
  `usage: npm run eval -- [--held-out-misses] [--calibration] <folder with NAME.txt and ` +
  `NAME.gold.json files>
  --held-out-misses  also print the misses of the held-out part (every fourth article; normally only scored)
  --calibration      print, per part, facts by confidence bucket with the precision observed in each`;

/** A file of this name in a folder makes every article of it held out: scored, its misses never printed. */
const SCORED_ONLY_MARKER = 'SCORED-ONLY';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'held-out-misses': { type: 'boolean', default: false },
      calibration: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const tuning: ArticleScore[] = [];
  const heldOut: ArticleScore[] = [];
  let failed = 0;
  for (const folder of positionals) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      process.stderr.write(`${folder}: not a folder\n`);
      failed++;
      continue;
    }
    // A folder with a SCORED-ONLY file is a measure only (test/fixtures/made-up-corpus): all of it is held out.
    const scoredOnly = existsSync(join(folder, SCORED_ONLY_MARKER));
    const names = readdirSync(folder)
      .filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.gold.json'))))
      .sort();
    names.forEach((name, index) => {
      const path = join(folder, name);
      try {
        const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')) as GoldFacts;
        const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
        const pred = toGold(extractArticle(text, { file: name }));
        (scoredOnly || isHeldOut(index) ? heldOut : tuning).push(scoreArticle(name, pred, gold));
      } catch (e) {
        failed++;
        process.stderr.write(`${path}: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    });
  }
  const all = [...tuning, ...heldOut];
  if (all.length === 0) {
    process.stderr.write('no NAME.txt with a NAME.gold.json beside it was found\n');
    return 1;
  }
  const out: string[] = [];
  if (tuning.length) out.push(formatReport(scoreCorpus(tuning), { title: 'tuning part', misses: true }), '');
  if (heldOut.length) {
    out.push(
      formatReport(scoreCorpus(heldOut), { title: 'held-out part (scored only)', misses: values['held-out-misses'] }),
      '',
    );
  }
  if (values.calibration) {
    if (tuning.length)
      out.push(
        formatCalibration(
          'tuning part',
          tuning.flatMap((a) => a.judged),
        ),
      );
    if (heldOut.length)
      out.push(
        formatCalibration(
          'held-out part',
          heldOut.flatMap((a) => a.judged),
        ),
      );
    out.push('');
  }
  out.push(formatReport(scoreCorpus(all), { title: 'overall', misses: false }));
  process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

runCommand(main);
