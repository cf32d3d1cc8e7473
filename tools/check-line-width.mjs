// Fails when a source line is longer than the formatter's line width (biome.json), which the formatter cannot enforce
// on strings, regular expressions and comments. Prints file:line for each, so that an editor can jump there.
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
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.length > width) {
        long += 1;
        console.error(`${file}:${i + 1}: ${line.length} characters (the limit is ${width})`);
      }
    });
}
if (long > 0) {
  console.error(`${long} line(s) longer than ${width} characters: split them (strings with +, comments on two lines).`);
  process.exitCode = 1;
}
