/**
 * `npm run bench:extract [-- <article> [seconds]]`: articles per second for fact extraction on one core.
 * The gazetteer is built once before timing (a per-process start-up cost); the figure is for extraction alone, on the
 * seed article (about 2.5 KB, a typical news article) unless another article is given.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractFacts } from '../../src/extract/index.ts';
import { gazetteer } from '../../src/extract/gazetteer/index.ts';

const path = process.argv[2] ?? 'seed/documents/2019-11-24-xinhua-china-japan-local-exchanges.txt';
const seconds = Number(process.argv[3] ?? 3);
const text = readFileSync(path, 'utf8');
const file = basename(path);

const t0 = performance.now();
gazetteer();
const startup = performance.now() - t0;

for (let i = 0; i < 50; i++) extractFacts(text, { file }); // warm-up: let the JIT settle
let n = 0;
const start = performance.now();
let now = start;
while (now - start < seconds * 1000) {
  for (let i = 0; i < 20; i++) extractFacts(text, { file });
  n += 20;
  now = performance.now();
}
const rate = n / ((now - start) / 1000);
console.log(`gazetteer start-up: ${(startup / 1000).toFixed(2)} s (once per process)`);
console.log(`article: ${file} (${text.length.toLocaleString('en-US')} characters)`);
console.log(`extraction: ${n} articles in ${((now - start) / 1000).toFixed(2)} s on one core`);
console.log(`${rate.toFixed(0)} articles/s`);
