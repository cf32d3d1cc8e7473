/**
 * Article files: the ` date YYYY-MM-DD <title>` header line, an optional `Source:... Published: ...` line, the
 * paragraphs, and an optional last `URL: ...` line (see ../shared/corpus/README.md). Plain text without a header is
 * accepted too; its date is then unknown unless the caller gives one.
 */

/** Unusable input: the message says what is wrong (the caller adds the file name). */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

export interface ParsedArticle {
  /** The full text the offsets below point into. */
  text: string;
  date: string | null;
  title: string;
  source: string | null;
  /** The `Published:` date, YYYY-MM-DD, when the source line gives one. */
  published: string | null;
  url: string | null;
  /** True when the first line is a ` date ...` header. */
  hasHeader: boolean;
  /** Where the title is in `text` (the header's title, or the first line of plain text). */
  titleStart: number;
  /** The paragraphs, `text.slice(bodyStart, bodyEnd)`. */
  body: string;
  bodyStart: number;
  bodyEnd: number;
}

/** Articles longer than this are refused: news articles are a few KB, and rules scan sentences many times. */
export const MAX_ARTICLE_CHARS = 1_000_000;

const HEADER = /^[ \t]*date[ \t]+(\S*)[ \t]*(.*)$/;
const SOURCE = /^Source:\s*(.*?)\s+Published:\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b.*$/;
const URL_LINE = /^URL:\s*(\S+)\s*$/;

/** Parses the header and locates the body; throws ArticleError for empty, binary or over-long input or a bad header. */
export function parseArticle(text: string, options: { date?: string | null } = {}): ParsedArticle {
  if (text.length === 0 || !/\S/.test(text)) throw new ArticleError('empty file: no text to read');
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(
      `too large: ${text.length.toLocaleString('en-US')} characters (limit ` +
        `${MAX_ARTICLE_CHARS.toLocaleString('en-US')}); split it into articles`,
    );
  }
  if (text.includes('\u0000') || controlRatio(text) > 0.01) {
    throw new ArticleError('binary data, not text: give a UTF-8 article');
  }
  if (text.includes('\uFFFD'))
    throw new ArticleError('not valid UTF-8 text (has U+FFFD replacement characters): convert it to UTF-8');
  const given = options.date ?? null;
  if (given !== null && !isIsoDate(given))
    throw new ArticleError(`the given date '${given}' is not a valid YYYY-MM-DD date`);

  const lines = splitLines(text);
  let i = 0;
  let date: string | null = null;
  let title = '';
  let titleStart = 0;
  let hasHeader = false;
  const first = lines[0];
  const firstMatch = first ? HEADER.exec(first.text) : null;
  if (first && firstMatch) {
    hasHeader = true;
    const d = firstMatch[1] ?? '';
    if (!isIsoDate(d)) throw new ArticleError(`broken header: '${d}' in the first line is not a YYYY-MM-DD date`);
    date = d;
    title = (firstMatch[2] ?? '').trim();
    titleStart = first.start + first.text.indexOf(title);
    i = 1;
  } else if (first && /^\s*date\b/i.test(first.text)) {
    throw new ArticleError("broken header: the first line starts with 'date' but is not ' date YYYY-MM-DD <title>'");
  }
  date ??= given;

  let source: string | null = null;
  let published: string | null = null;
  // The source line, when present, is the first non-blank line after the header.
  let j = i;
  while (j < lines.length && !/\S/.test(lines[j]!.text)) j++;
  const sourceMatch = lines[j] ? SOURCE.exec(lines[j]!.text) : null;
  if (sourceMatch) {
    source = sourceMatch[1]!.trim() || null;
    const p = `${sourceMatch[2]}-${sourceMatch[3]!.padStart(2, '0')}-${sourceMatch[4]!.padStart(2, '0')}`;
    published = isIsoDate(p) ? p : null;
    i = j + 1;
  } else if (lines[j] && /^Source:/.test(lines[j]!.text)) {
    const m = /^Source:\s*(.*)$/.exec(lines[j]!.text);
    source = m?.[1]?.trim() || null;
    i = j + 1;
  }
  date ??= hasHeader ? null : published;

  let end = lines.length;
  let url: string | null = null;
  let k = end - 1;
  while (k >= i && !/\S/.test(lines[k]!.text)) k--;
  const urlMatch = k >= i ? URL_LINE.exec(lines[k]!.text) : null;
  if (urlMatch) {
    url = urlMatch[1]!;
    end = k;
  }
  const bodyStart = i < lines.length ? lines[i]!.start : text.length;
  const bodyEnd = end < lines.length ? lines[end]!.start : text.length;

  if (!title) {
    // Plain text: the first non-blank line stands as the title.
    const line = lines.slice(i, end).find((l) => /\S/.test(l.text));
    if (!line) throw new ArticleError(hasHeader ? 'the header has no title and there is no text' : 'no text');
    const trimmed = line.text.trim();
    title = trimmed.length > 200 ? `${trimmed.slice(0, 197)}...` : trimmed;
    titleStart = line.start + line.text.indexOf(trimmed);
  }
  const body = text.slice(bodyStart, bodyEnd);
  if (!/\p{L}/u.test(body) && !hasHeader) throw new ArticleError('no words in the text');
  return { text, date, title, source, published, url, hasHeader, titleStart, body, bodyStart, bodyEnd };
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') break;
    out.push({ text: m[0].replace(/[\r\n]+$/, ''), start: m.index });
  }
  return out;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) n++;
  }
  return n / sample.length;
}
