/** Word tokens of a sentence, with offsets into the sentence's (whitespace-collapsed) text. */

export interface Token {
  /** The word without a possessive "'s". */
  text: string;
  /** `text` lower-cased, full stops removed: "Gov." -> "gov". */
  lower: string;
  start: number;
  /** End of the word (before any possessive). */
  end: number;
  /** End including the possessive "'s", when there is one. */
  outerEnd: number;
  possessive: boolean;
  /** Starts with a capital letter, or is CJK. */
  cap: boolean;
}

// Hyphens join a word ("Wan-an", "sister-state") but not two capitalised names ("US-China", "Ohio-Saitama").
const WORD = /[\p{L}\p{N}]+(?:(?:['’.]|-(?!\p{Lu}))[\p{L}\p{N}]+)*\.?/gu;
// A full stop joins initials ("B.Tamir", "U.S.") and lower-case parts ("e.g"), not two words whose space was lost
// ("Mexico City.In Mexico City"): a word of two letters or more, a full stop, a capitalised word.
const LOST_SPACE = /[\p{L}\p{N}]{2}\.(?=\p{Lu}\p{Ll})/u;
const KEEP_DOT = new RegExp(
  String.raw`^(?:\p{L}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|gov|coun|sen|rep|lt|st|jr|sr|no|gen|col|capt|hon|amb` +
    String.raw`|assn|ft|mt|engr|atty)\.$`,
  'iu',
);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    const lost = word.includes('.') ? LOST_SPACE.exec(word) : null;
    if (lost) {
      word = word.slice(0, lost.index + 3);
      WORD.lastIndex = m.index + word.length;
    }
    // "a Zhang Wei-led delegation": the suffix is a word of its own, not part of the name.
    const led = /^\p{Lu}.*-(?:led|headed)$/u.test(word) ? word.lastIndexOf('-') : -1;
    if (led > 0) {
      word = word.slice(0, led);
      WORD.lastIndex = m.index + led + 1;
    }
    let end = m.index + word.length;
    if (word.endsWith('.') && !KEEP_DOT.test(word)) {
      word = word.slice(0, -1);
      end -= 1;
    }
    let outerEnd = end;
    let possessive = false;
    const poss = /['’]s$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (/s['’]$/.test(text.slice(m.index, end + 1)) && text[end] && /['’]/.test(text[end]!)) {
      outerEnd = end + 1;
      possessive = true;
    }
    const first = word.charAt(0);
    out.push({
      text: word,
      lower: word.toLowerCase().replace(/\./g, ''),
      start: m.index,
      end,
      outerEnd,
      possessive,
      cap:
        /\p{Lu}/u.test(first) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(first),
    });
  }
  return out;
}

/** True when nothing but a space (or a hyphen) separates two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '' || gap === '-';
}

/**
 * True for a headline in title case: no full stop at the end, no lower-case word of five letters or more (prose has
 * verbs and nouns in lower case; "with", "from" may stay small in titles), and several capitalised words. In such a
 * line every word is capitalised, so a capital tells nothing about names.
 */
export function isTitleCase(text: string, tokens: Token[]): boolean {
  if (/[.!?]["”’)]*$/.test(text)) return false;
  const words = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  return words.filter((t) => t.cap).length >= 3 && !words.some((t) => !t.cap && t.text.length >= 5);
}

/**
 * True when token k is capitalised by its position, not because it is a name: the sentence's first word, or the first
 * after an opening quote, a colon, a dash or a bracket ("Mobile phones were...", "“Reading it, ...").
 */
export function capitalisedByPosition(text: string, tokens: Token[], k: number): boolean {
  if (k === 0) return true;
  const gap = text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start);
  return /[:“"‘(—–]\s*$|\s-{1,2}\s+$/.test(gap);
}
