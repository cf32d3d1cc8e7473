/**
 * Sentences with offsets. Rules read `text` (whitespace runs collapsed to one space, so that hard-wrapped lines read
 * as one sentence); evidence is cut from the original with `map`, so it is always an exact substring of the file.
 */

export interface Sentence {
  /** Position in the document, 0-based, the title first. */
  index: number;
  /** Paragraph number: sentences of one paragraph share it. */
  para: number;
  /** Whitespace-collapsed text. */
  text: string;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is `end`. */
  map: number[];
  /** True for the article's title line. */
  isTitle: boolean;
}

/** The mark that opens a line of a bulleted or numbered list: "- B, Country - 1962", "• B", "3. B". */
export const LIST_BULLET = /^\s*(?:[-–—•*·▪►■]|\d{1,2}[.)])\s+/;

/**
 * A list's line without a bullet, as lists copied from web pages often are (their flags and bullets dropped): a name,
 * its country or division after a comma, and a year or a short note ("B, Country (1966)", "B, Country – since 1951").
 */
const ITEM_NAME =
  String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|da|do|dos|das|di|la|le|von|van|am|an|der|sur)\s+)?` +
  String.raw`\p{Lu}[\p{L}'’.-]*){0,3}`;
const UNMARKED_ITEM = new RegExp(
  String.raw`^\s*${ITEM_NAME},\s+(?:the\s+)?${ITEM_NAME}` +
    String.raw`(?:\s*\((?:since\s+)?\d{4}\)|\s+[–—-]\s+[^.!?]{0,40})?\s*$`,
  'u',
);

/** Whether a line is an item of a list: bulleted or numbered, or a place line without a mark. */
export function isListItem(line: string): boolean {
  return LIST_BULLET.test(line) || UNMARKED_ITEM.test(line);
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gov govs sen rep coun cllr st mt ft lt col gen capt sgt supt jr sr inc co ltd corp dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est fig vol pres amb hon rev messrs ' +
    'engr atty smt lic mtra mtro arq sra srta dott dra ing ir drs drg dipl mgr bc judr mudr phdr rndr paeddr ' +
    // Mongolian initials of two letters ("Ts. Batbayar", "Kh. Battulga").
    'ts kh sh ch zh dz'
  ).split(' '),
);

/** Splits `text.slice(from, to)` into sentences. `firstIndex` numbers them on from a previous call. */
export function splitSentences(text: string, from: number, to: number, firstIndex = 0, firstPara = 0): Sentence[] {
  const blocks = blocksOf(text, from, to);
  const out: Sentence[] = [];
  let para = firstPara;
  for (const [bs, be] of blocks) {
    let s = bs;
    // (an encyclopedia's reference marks after the stop belong to the sentence: "... in 1998.[11] Proposals ...")
    const re = /[.!?]+["”’')\]]*(?:\[(?:\d{1,3}|[a-z][a-z ]{0,20})\])*(?=\s+)/g;
    re.lastIndex = bs;
    const chunk = text.slice(0, be);
    for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
      const stop = m.index + m[0].length;
      if (stop >= be) break;
      if (!endsSentence(text, m.index, stop, be)) continue;
      push(out, text, s, stop, firstIndex + out.length, para);
      s = stop;
    }
    push(out, text, s, be, firstIndex + out.length, para);
    para++;
  }
  return out;
}

function endsSentence(text: string, dot: number, stop: number, blockEnd: number): boolean {
  if (text[dot] === '.') {
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
    const word = before.replace(/\./g, '').toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    // Initials and dotted abbreviations: "J. Brightman", "U.S.", "D.C." are not ends... unless a capitalised
    // sentence clearly follows a dotted country abbreviation; we keep them joined, which is the safer error.
    if (/^\p{Lu}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) return false;
  }
  // The next sentence starts with a capital, a digit or an opening quote.
  const next = /\S/.exec(text.slice(stop, Math.min(blockEnd, stop + 10)));
  if (!next) return false;
  const c = next[0];
  return /[\p{Lu}\d"“‘'(\p{Lo}]/u.test(c);
}

function push(out: Sentence[], text: string, s: number, e: number, index: number, para: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  let norm = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = s; i < e; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        norm += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      norm += ch;
      map.push(i);
      inSpace = false;
    }
  }
  map.push(e);
  out.push({ index, para, text: norm, start: s, end: e, map, isTitle: false });
}

/**
 * Paragraph blocks. A line break ends a block, except in hard-wrapped text (most lines long and without final
 * punctuation), where a long line that does not end a sentence runs on into the next one, unless either line is an
 * item of a bulleted or numbered list.
 */
function blocksOf(text: string, from: number, to: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const e = Math.min(to, m.index + m[0].length);
    if (/\S/.test(m[0])) lines.push([m.index, e]);
  }
  const open = (l: [number, number]): boolean => !/[.!?:;"”’)\]]\s*$/.test(text.slice(l[0], l[1]));
  const long = (l: [number, number]): boolean => text.slice(l[0], l[1]).trim().length >= 40;
  const bullet = (l: [number, number]): boolean => LIST_BULLET.test(text.slice(l[0], l[1]));
  const candidates = lines.filter(long);
  // Print-archive text is wrapped at a fixed width (about 60-80 characters); web paragraphs run much longer.
  const lengths = candidates.map((l) => l[1] - l[0]).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const hardWrapped =
    candidates.length >= 4 && median <= 100 && candidates.filter(open).length / candidates.length >= 0.4;
  const blocks: Array<[number, number]> = [];
  for (const l of lines) {
    const last = blocks[blocks.length - 1];
    const prevLine = last ? ([lastLineStart(text, last), last[1]] as [number, number]) : null;
    // A bulleted line ("- B, Country - 1962", "• B") is an item of its own: a list is no wrapped paragraph.
    if (hardWrapped && last && prevLine && long(prevLine) && open(prevLine) && !bullet(l) && !bullet(prevLine))
      last[1] = l[1];
    else blocks.push([l[0], l[1]]);
  }
  return blocks;
}

function lastLineStart(text: string, block: [number, number]): number {
  const i = text.lastIndexOf('\n', block[1] - 1);
  return i < block[0] ? block[0] : i + 1;
}
