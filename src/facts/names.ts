/**
 * Name keys: the one way names are compared everywhere (graph lookups, fact references, evaluation).
 * A key is the name after Unicode folding (NFKC, then diacritics removed), lower-casing, and removing punctuation,
 * with runs of spaces collapsed: "Shizuoka-ken" -> "shizuoka ken", "Île-de-France" -> "ile de france".
 * CJK characters are kept as they are, so "静岡県" stays a key of its own.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL- and id-safe slug of a name: "Shizuoka Prefecture" -> "shizuoka-prefecture"; non-Latin scripts are kept. */
export function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}
