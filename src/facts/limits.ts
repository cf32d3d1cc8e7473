/**
 * Bounds on what the seeder reads: file sizes, facts per file, lengths of names and texts. They are far above what a
 * news article needs (the seed article's facts file is 4 kB with a dozen facts) and far below what hurts: a 50 MB
 * facts file of 200,000 places drove the seeder to 3 GB and froze Neo4j. The facts schema (`facts-schema.ts`) states
 * the per-file ones as `maxLength`/`maxItems`, so editors show them too; the folder reader applies the file sizes.
 */

/** A facts file larger than this is refused before it is read. */
export const MAX_FACTS_FILE_BYTES = 2_000_000;
/** A document larger than this is refused before it is read: a million characters, at up to four bytes each. */
export const MAX_DOCUMENT_BYTES = 4_000_000;

/** The most entries of each list of a facts file. */
export const MAX_FACTS = {
  places: 2000,
  people: 2000,
  partnerships: 2000,
  meetings: 2000,
  events: 500,
  countryFigures: 500,
} as const;
/** The most aliases of one place or person, offices of one person, people of one meeting or event. */
export const MAX_ALIASES = 100;
export const MAX_OFFICES = 50;
export const MAX_ATTENDEES = 500;

/**
 * Names become ids, name keys and index entries. Neo4j refuses an index key over about 8 kB (at write time, with an
 * element id and no line), so names are cut well below: no place or person name needs more than 500 characters.
 */
export const MAX_NAME_LENGTH = 500;
/** A document's title. */
export const MAX_TITLE_LENGTH = 1000;
/** A quoted evidence sentence. */
export const MAX_SENTENCE_LENGTH = 10_000;
/** Free texts: a source, a URL, a note. */
export const MAX_TEXT_LENGTH = 2000;
/** A file name: most file systems allow 255 bytes. */
export const MAX_FILE_NAME_LENGTH = 255;
