/**
 * Reads one input file of a folder (a document, a facts file) as UTF-8 text, refusing what the seeder must not read:
 * anything but a regular file (a FIFO would block the seeder for ever, a device would never end), a symbolic link
 * that leads out of the folder (a link to a system file was seeded as a document), a link loop, a file too large to
 * handle, and bytes that are not UTF-8 (a Latin-1 file would leave garbled names in the graph for good).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

/** A file the seeder refuses to read; the message names it and says what to do. */
export class InputFileError extends Error {
  override name = 'InputFileError';
}

/**
 * Reads `folder/name` as UTF-8 text; throws InputFileError when it is not a regular UTF-8 file of at most `maxBytes`.
 */
export async function readTextFileIn(folder: string, name: string, maxBytes: number): Promise<string> {
  const path = join(folder, name);
  const target = await regularFileInside(folder, path);
  // O_NONBLOCK: should the file be swapped for a FIFO after the checks, opening it still returns at once, and the
  // fstat below refuses it. O_NOFOLLOW: the path was resolved already, a link put in its place is refused.
  const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(
    (error: unknown) => {
      throw new InputFileError(
        `${path}: cannot be opened (${codeOf(error) ?? String(error)}); check that it is a readable file`,
      );
    },
  );
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputFileError(`${path}: ${notRegular(info)}`);
    checkSize(path, info.size, maxBytes);
    const bytes = await handle.readFile();
    checkSize(path, bytes.length, maxBytes);
    return decodeUtf8(path, bytes);
  } finally {
    await handle.close();
  }
}

/** The real path of `path`, once it is known to be a regular file whose real location is inside `folder`. */
async function regularFileInside(folder: string, path: string): Promise<string> {
  // lstat, not stat: it never opens the file or follows a link, so neither a FIFO nor a link loop can block it.
  const own = await lstat(path);
  if (!own.isSymbolicLink()) {
    if (!own.isFile()) throw new InputFileError(`${path}: ${notRegular(own)}`);
    return path;
  }
  let target: string;
  try {
    target = await realpath(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ELOOP') {
      throw new InputFileError(
        `${path}: a symbolic link that leads back to itself (a loop); point it at a file or remove it`,
      );
    }
    if (code === 'ENOENT') {
      throw new InputFileError(`${path}: a symbolic link to a file that does not exist; fix the link or remove it`);
    }
    throw error;
  }
  const inside = relative(await realpath(folder), target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    const problem = [
      `a symbolic link to ${target}, outside ${folder};`,
      'only files inside the folder are read: copy the file in',
    ].join(' ');
    throw new InputFileError(`${path}: ${problem}`);
  }
  const info = await stat(target);
  if (!info.isFile()) throw new InputFileError(`${path}: a symbolic link to ${target}, which ${notRegular(info)}`);
  return target;
}

function notRegular(info: Stats): string {
  const kind = info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a FIFO (named pipe)'
      : info.isSocket()
        ? 'a socket'
        : info.isBlockDevice() || info.isCharacterDevice()
          ? 'a device'
          : 'not a file';
  return `is ${kind}, not a regular file; only regular files are read: move it out of the folder`;
}

function checkSize(path: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    throw new InputFileError(
      `${path}: too large (${mb(size)}, at most ${mb(maxBytes)} are read); split it into smaller files`,
    );
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, which must be UTF-8 (a byte-order mark is dropped); the error names the first bad line. */
export function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    throw new InputFileError(
      `${path}:${line}: not UTF-8 text (byte ${at + 1} is not valid UTF-8); save the file as UTF-8`,
    );
  }
}

/**
 * The offset of the first byte that makes `bytes` invalid UTF-8. A streaming decoder refuses a prefix as soon as it
 * holds a bad byte, so a binary search finds the shortest refused prefix; when the byte it ends on follows a character
 * left incomplete (Latin-1 "é" then a space), the culprit is that character's first byte. When no prefix is refused,
 * the text ends in the middle of a character.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  // The incomplete character, if that is the fault, ends just before `end`.
  let end = bytes.length;
  if (!decodes(bytes, true)) {
    let low = 0;
    let high = bytes.length;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (decodes(bytes.subarray(0, middle), true)) low = middle;
      else high = middle;
    }
    if (decodes(bytes.subarray(0, high - 1), false)) return high - 1;
    end = high - 1;
  }
  let lead = end - 1;
  while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
