/** The seed folder reader: one bad file is reported with what to do, and never stops (or hangs) the others. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDocuments } from '../../../src/facts/collect.ts';
import { TOWN_DOCUMENT, townFactsYaml } from '../../fixtures/facts.ts';

let root: string;
const documentsDir = () => join(root, 'documents');
const factsDir = () => join(root, 'facts');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'collect-'));
  mkdirSync(documentsDir());
  mkdirSync(factsDir());
  writeFileSync(join(documentsDir(), 'towns.txt'), TOWN_DOCUMENT);
  writeFileSync(join(factsDir(), 'towns.facts.yaml'), townFactsYaml());
  execFileSync('mkfifo', [join(documentsDir(), 'pipe.txt')]);
  writeFileSync(join(documentsDir(), 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(documentsDir(), 'evil\u202Etxt.md'), 'Some text.\n');
  writeFileSync(join(documentsDir(), 'linked.txt'), TOWN_DOCUMENT.replaceAll('towns', 'linked'));
  writeFileSync(join(root, 'elsewhere.yaml'), townFactsYaml({ file: 'linked.txt' }));
  symlinkSync(join(root, 'elsewhere.yaml'), join(factsDir(), 'linked.facts.yaml'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectDocuments', () => {
  it('reads the good document and reports each refused file by name', { timeout: 10_000 }, async () => {
    const { ready, failed } = await collectDocuments({ documentsDir: documentsDir(), factsDir: factsDir() });
    expect(ready.map((doc) => doc.file)).toEqual(['towns.txt']);
    const messages = Object.fromEntries(failed.map((f) => [f.file.slice(root.length + 1), f.message]));
    expect(Object.keys(messages).sort()).toEqual([
      'documents/evil\u202Etxt.md',
      'documents/latin1.txt',
      'documents/linked.txt',
      'documents/pipe.txt',
    ]);
    expect(messages['documents/pipe.txt']).toContain('is a FIFO (named pipe), not a regular file');
    expect(messages['documents/latin1.txt']).toContain('latin1.txt:1: not UTF-8 text');
    expect(messages['documents/evil\u202Etxt.md']).toContain(
      'the file name contains U+202E (a bidirectional control character)',
    );
    expect(messages['documents/linked.txt']).toMatch(
      /linked\.facts\.yaml: a symbolic link to .*elsewhere\.yaml, outside/,
    );
  });
});
