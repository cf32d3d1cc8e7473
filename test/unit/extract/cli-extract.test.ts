import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The CLI runs TypeScript directly, which needs the project's Node 24.
const node = existsSync(join(root, 'node_modules/.bin/node')) ? join(root, 'node_modules/.bin/node') : process.execPath;
const cli = join(root, 'src/cli/extract.ts');
const GOOD =
  ' date 2019-11-24 Mayors meet\n\nMayor Ken Ito of Sapporo, ' +
  'Japan, met Portland Mayor Tom Hill in Portland on Sunday.\n';

const folders: string[] = [];
/** A fresh folder for one test, removed after the file's tests. */
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  return spawnSync(node, [cli, ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run extract', () => {
  it('reports each bad file by name, goes on with the others, and exits 1 at the end', { timeout: 60_000 }, () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'a-good.txt'), GOOD);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from(' date 2019-11-24 Caf\xe9\n\nLe caf\xe9.\n', 'latin1'));
    writeFileSync(join(dir, 'e-header.txt'), ' date 24/11/2019 Bad header\n\nText.\n');
    writeFileSync(
      join(dir, 'f-huge.txt'),
      ` date 2019-11-24 Huge\n\n${'The mayor met the governor. '.repeat(200_000)}`,
    );
    writeFileSync(join(dir, 'g-good.txt'), GOOD);
    const out = join(dir, 'out');
    const r = run(['--out', out, dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/b-empty\.txt: empty file/);
    expect(r.stderr).toMatch(/c-binary\.txt: binary data/);
    expect(r.stderr).toMatch(/d-latin1\.txt: not valid UTF-8/);
    expect(r.stderr).toMatch(/e-header\.txt: broken header/);
    expect(r.stderr).toMatch(/f-huge\.txt: too large/);
    expect(existsSync(join(out, 'a-good.facts.yaml'))).toBe(true);
    expect(existsSync(join(out, 'g-good.facts.yaml'))).toBe(true);
    expect(readFileSync(join(out, 'a-good.facts.yaml'), 'utf8')).toContain('reviewed: false');
  });

  it('--json prints one gold-shaped line per article with its file name; --date dates headerless text', {
    timeout: 60_000,
  }, () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'one.txt'), GOOD);
    writeFileSync(
      join(dir, 'two.txt'),
      'Mayor Tom Hill of Portland met Mayor Ken Ito of Sapporo in Portland on Sunday.\n',
    );
    const lines = execFileSync(
      node,
      [cli, '--json', '--date', '2019-11-24', join(dir, 'one.txt'), join(dir, 'two.txt')],
      { cwd: root, encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; document: { date: string }; meetings: Array<{ date: string }> });
    expect(lines.map((l) => l.file)).toEqual(['one.txt', 'two.txt']);
    expect(lines[1]!.document.date).toBe('2019-11-24');
    expect(lines[1]!.meetings[0]!.date).toBe('2019-11-24');
  });

  it('never overwrites a reviewed facts file', { timeout: 60_000 }, () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'one.txt'), GOOD);
    const reviewed = 'document:\n  file: one.txt\n  reviewed: true\n';
    writeFileSync(join(dir, 'one.facts.yaml'), reviewed);
    const r = run([join(dir, 'one.txt')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/kept .*one\.facts\.yaml, a reviewed facts file/);
    expect(readFileSync(join(dir, 'one.facts.yaml'), 'utf8')).toBe(reviewed);
  });

  it('writes into a facts/ folder beside a documents/ folder by default', { timeout: 60_000 }, () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'documents'));
    mkdirSync(join(dir, 'facts'));
    writeFileSync(join(dir, 'documents', 'one.txt'), GOOD);
    expect(run([join(dir, 'documents')]).status).toBe(0);
    expect(existsSync(join(dir, 'facts', 'one.facts.yaml'))).toBe(true);
  });
});
