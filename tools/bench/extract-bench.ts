/**
 * `npm run bench:extract [-- <articles...>]`: articles per second for fact extraction on one core.
 * The gazetteer is built once before timing (a per-process start-up cost, reported apart). The headline figure is for
 * the seed article (about 2 KB, a typical news article); when other articles are given (or the shared development
 * corpus is beside the project), a second figure rotates through all of them. Each figure is given per second of wall
 * time and per second of this process's CPU time: on a machine shared with other work the CPU figure is the one that
 * says what one core does. The goal (at least 500 articles/s on one core) is printed beside them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFacts } from '../../src/extract/index.ts';
import { gazetteer } from '../../src/extract/gazetteer/index.ts';

const SEED = 'seed/documents/2019-11-24-xinhua-china-japan-local-exchanges.txt';
const DEV = '../shared/corpus/dev';
const SECONDS = 3;
const GOAL = 500;

function rate(articles: Array<{ file: string; text: string }>): { n: number; perSecond: number; perCpuSecond: number } {
  for (let i = 0; i < 30; i++) for (const a of articles) extractFacts(a.text, { file: a.file }); // warm-up for the JIT
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  let now = start;
  while (now - start < SECONDS * 1000) {
    for (const a of articles) extractFacts(a.text, { file: a.file });
    n += articles.length;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  return { n, perSecond: n / ((now - start) / 1000), perCpuSecond: n / ((used.user + used.system) / 1e6) };
}

function line(r: { perSecond: number; perCpuSecond: number }): string {
  return (
    `${r.perSecond.toFixed(0)} articles/s (wall), ${r.perCpuSecond.toFixed(0)} articles per CPU-second; ` +
    `goal >= ${GOAL}`
  );
}

const t0 = performance.now();
gazetteer();
console.log(`gazetteer start-up: ${((performance.now() - t0) / 1000).toFixed(2)} s (once per process)`);

const given = process.argv.slice(2);
const others = given.length
  ? given
  : existsSync(DEV)
    ? readdirSync(DEV)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(DEV, f))
    : [];
if (others.length) {
  const articles = others.map((p) => ({ file: basename(p), text: readFileSync(p, 'utf8') }));
  const mean = articles.reduce((s, a) => s + a.text.length, 0) / articles.length;
  const r = rate(articles);
  console.log(
    `${articles.length} articles in rotation (mean ${Math.round(mean).toLocaleString('en-US')} characters): ${line(r)}`,
  );
}
const seed = { file: basename(SEED), text: readFileSync(SEED, 'utf8') };
const r = rate([seed]);
console.log(
  `seed article (${seed.text.length.toLocaleString('en-US')} characters): ${r.n} extractions in ${SECONDS} s ` +
    `on one core`,
);
console.log(line(r));
