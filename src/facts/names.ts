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

/**
 * Characters that no name, id or file name may contain, as the body of a regular-expression class: control
 * characters (C0, DEL, C1) and the bidirectional embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069).
 * They are invisible: two names that look the same would differ, and an override reorders what a reader sees.
 */
export const FORBIDDEN_NAME_CHARACTERS = '\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
const FORBIDDEN_NAME_CHARACTER = new RegExp(`[${FORBIDDEN_NAME_CHARACTERS}]`, 'u');

/** The first character of `text` that a name must not contain, described for a person; null when there is none. */
export function forbiddenNameCharacter(text: string): { index: number; description: string } | null {
  const match = FORBIDDEN_NAME_CHARACTER.exec(text);
  if (!match) return null;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = code >= 0x202a ? 'a bidirectional control character' : 'a control character';
  return { index: match.index, description: `${hex} (${kind})` };
}
