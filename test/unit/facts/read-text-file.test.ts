/** What the folder reader refuses to read, each with a message that names the file and says what to do. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8, InputFileError, readTextFileIn } from '../../../src/facts/read-text-file.ts';

let root: string;
let folder: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'read-text-file-'));
  folder = join(root, 'documents');
  mkdirSync(folder);
  writeFileSync(join(folder, 'plain.txt'), 'Ann Lee met Bo Chen in Riverton.\n');
  writeFileSync(join(root, 'outside.txt'), 'not part of the folder\n');
  mkdirSync(join(folder, 'folder.txt'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
  symlinkSync('plain.txt', join(folder, 'link-inside.txt'));
  symlinkSync(join(root, 'outside.txt'), join(folder, 'link-outside.txt'));
  symlinkSync('/etc/hostname', join(folder, 'link-system.txt'));
  symlinkSync('loop-b.txt', join(folder, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(folder, 'loop-b.txt'));
  symlinkSync('missing.txt', join(folder, 'dangling.txt'));
  symlinkSync('pipe.txt', join(folder, 'link-to-pipe.txt'));
  writeFileSync(
    join(folder, 'latin1.txt'),
    Buffer.concat([Buffer.from('first line\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
  );
  writeFileSync(join(folder, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Riverton\n')]));
  writeFileSync(join(folder, 'big.txt'), 'x'.repeat(2000));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(name: string, maxBytes = 1000): Promise<string> {
  const error = await readTextFileIn(folder, name, maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, name).toBeInstanceOf(InputFileError);
  const message = (error as Error).message;
  expect(message.startsWith(join(folder, name))).toBe(true);
  return message;
}

describe('readTextFileIn', () => {
  it('reads a regular UTF-8 file, and a link to one inside the folder', async () => {
    expect(await readTextFileIn(folder, 'plain.txt', 1000)).toBe('Ann Lee met Bo Chen in Riverton.\n');
    expect(await readTextFileIn(folder, 'link-inside.txt', 1000)).toBe('Ann Lee met Bo Chen in Riverton.\n');
  });

  it('drops a byte-order mark', async () => {
    expect(await readTextFileIn(folder, 'bom.txt', 1000)).toBe('Riverton\n');
  });

  it('refuses a FIFO without opening it (it would block for ever)', { timeout: 5000 }, async () => {
    expect(await refusal('pipe.txt')).toContain('is a FIFO (named pipe), not a regular file');
    expect(await refusal('link-to-pipe.txt')).toContain('a FIFO (named pipe), not a regular file');
  });

  it('refuses a folder', async () => {
    expect(await refusal('folder.txt')).toContain('is a folder, not a regular file');
  });

  it('refuses a symbolic link that leads out of the folder', async () => {
    expect(await refusal('link-outside.txt')).toMatch(
      /a symbolic link to .*outside\.txt, outside .*documents; only files inside the folder are read/,
    );
    expect(await refusal('link-system.txt')).toContain('outside');
  });

  it('names a symbolic link loop and a dangling link instead of failing with ELOOP or ENOENT', async () => {
    const loop = await refusal('loop-a.txt');
    expect(loop).toContain('a symbolic link that leads back to itself (a loop)');
    expect(loop).not.toContain('ELOOP');
    expect(await refusal('dangling.txt')).toContain('a symbolic link to a file that does not exist');
  });

  it('refuses a file over the size bound before reading it', async () => {
    expect(await refusal('big.txt', 1000)).toContain('too large (0.0 MB, at most 0.0 MB are read)');
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', async () => {
    const message = await refusal('latin1.txt');
    expect(message).toMatch(/latin1\.txt:2: not UTF-8 text \(byte 15 is not valid UTF-8\); save the file as UTF-8$/);
  });
});

describe('decodeUtf8', () => {
  it('finds a bad byte anywhere, and a character cut off at the end', () => {
    const line = (bytes: number[]) => {
      try {
        decodeUtf8('f.txt', Uint8Array.from(bytes));
        return 'decoded';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(line([0x61, 0x0a, 0x62, 0x0a, 0xff])).toBe(
      'f.txt:3: not UTF-8 text (byte 5 is not valid UTF-8); save the file as UTF-8',
    );
    expect(line([0x61, 0x0a, 0xe2, 0x82])).toContain('f.txt:2: not UTF-8 text (byte 3 ');
    expect(line([0xc0, 0x80])).toContain('f.txt:1:'); // an overlong NUL
    expect(line([0xed, 0xa0, 0x80])).toContain('f.txt:1:'); // a UTF-16 surrogate
    expect(line([0xe2, 0x82, 0xac, 0x0a])).toBe('decoded');
  });
});
