// Fails when a source line is longer than the formatter's line width (biome.json), which the formatter cannot enforce
// on strings, regular expressions and comments. Prints file:line for each, so that an editor can jump there.
// Inline snapshots are left out, like src/api/generated/: vitest writes them, and they hold a query's text line for
// line as the database receives it (the source that builds the query is within the width).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { formatter } = JSON.parse(readFileSync('biome.json', 'utf8'));
const width = formatter.lineWidth;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.js', '*.mjs'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && !file.startsWith('src/api/generated/'));
let long = 0;
for (const file of files) {
  let inSnapshot = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.includes('toMatchInlineSnapshot(`')) inSnapshot = true;
      if (!inSnapshot && line.length > width) {
        long += 1;
        console.error(`${file}:${i + 1}: ${line.length} characters (the limit is ${width})`);
      }
      if (inSnapshot && /^\s*`\)/.test(line)) inSnapshot = false;
    });
}
if (long > 0) {
  console.error(`${long} line(s) longer than ${width} characters: split them (strings with +, comments on two lines).`);
  process.exitCode = 1;
}
