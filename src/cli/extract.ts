/**
 * `npm run extract -- [--out DIR] [--date YYYY-MM-DD] <files or folders>`: writes NAME.facts.yaml per article, for a
 * person to review (into --out, else documents/ -> facts/ beside it, else beside the article; a reviewed file is never
 * overwritten).
 * `npm run extract -- --json <files or folders>`: prints one JSON object per article (gold shape, JSON Lines).
 * A file that cannot be read gives `<file>: <what is wrong>` on stderr; the others go on; the exit code is 1 at the
 * end.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle, toGold } from '../extract/index.ts';
import { MAX_ARTICLE_CHARS } from '../extract/article.ts';
import { factsToYaml, isReviewedFactsFile } from '../extract/facts-yaml.ts';
import { runCommand } from './run-command.ts';

const USAGE = `usage: npm run extract -- [--json] [--out DIR] [--date YYYY-MM-DD] <files or folders>
  (default)  write NAME.facts.yaml for review: into --out DIR; else, for articles in a documents/ folder with a
             facts/ folder beside it (seed/documents), into that facts/ folder; else beside each NAME.txt
  --json     print one JSON object per article (gold shape, JSON Lines) to stdout instead
  --date     the date of articles that have no header line
Folders are read for *.txt files (not *.gold.json or facts files), sorted by name.`;

/** The article files named by the arguments: files as given, folders' *.txt files sorted. */
function articleFiles(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    if (!existsSync(a)) {
      missing.push(a);
      continue;
    }
    if (statSync(a).isDirectory()) {
      for (const f of readdirSync(a).sort()) {
        const p = join(a, f);
        if (f.endsWith('.txt') && statSync(p).isFile()) files.push(p);
      }
    } else files.push(a);
  }
  return { files, missing };
}

/** Reads an article as UTF-8 text, with a clear error for binary, non-UTF-8 or over-long files. */
function readArticle(path: string): string {
  const bytes = readFileSync(path);
  // Reject before decoding: a 5 MB file need not be decoded to be refused.
  if (bytes.length > MAX_ARTICLE_CHARS * 4)
    throw new Error(
      `too large: ${(bytes.length / 1e6).toFixed(1)} MB; an article is at most ` +
        `${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters`,
    );
  if (bytes.includes(0)) throw new Error('binary data, not text: give a UTF-8 article');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text: convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)');
  }
}

/**
 * Where a facts file goes without --out: the project's layout keeps articles in `documents/` and their facts in a
 * `facts/` folder beside it (seed/documents -> seed/facts), where the seeder reads them; elsewhere, beside the article.
 */
function defaultOutDir(file: string): string {
  const dir = dirname(file);
  const facts = join(dirname(dir), 'facts');
  return basename(dir) === 'documents' && existsSync(facts) && statSync(facts).isDirectory() ? facts : dir;
}

async function main(): Promise<number> {
  const parse = () =>
    parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    process.stderr.write(`--date ${values.date}: not a YYYY-MM-DD date\n`);
    return 2;
  }
  const { files, missing } = articleFiles(positionals);
  let failed = missing.length;
  for (const m of missing) process.stderr.write(`${m}: no such file or folder\n`);
  if (values.out && !values.json) mkdirSync(values.out, { recursive: true });
  let written = 0;
  for (const file of files) {
    try {
      const text = readArticle(file);
      const extraction = extractArticle(text, { file: basename(file), date: values.date ?? null });
      const facts = extraction.facts;
      if (values.json) {
        process.stdout.write(`${JSON.stringify(toGold(extraction))}\n`);
        continue;
      }
      const target = join(values.out ?? defaultOutDir(file), `${basename(file).replace(/\.txt$/, '')}.facts.yaml`);
      if (existsSync(target) && isReviewedFactsFile(readFileSync(target, 'utf8'))) {
        process.stderr.write(`${file}: kept ${target}, a reviewed facts file (a person's work wins over extraction)\n`);
        continue;
      }
      writeFileSync(target, factsToYaml(facts));
      written++;
    } catch (e) {
      failed++;
      process.stderr.write(`${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  if (!values.json)
    process.stderr.write(`extracted ${written} of ${files.length} article(s)${failed ? `; ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}

runCommand(main);
