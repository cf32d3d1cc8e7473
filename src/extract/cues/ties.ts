/**
 * Cue lists for ties: the words that say a sentence speaks of a tie, of its kind, of its being established and of
 * the year it began. Lexicon only (parts of English); the passes in ../ties.ts join them to the places around them.
 */
import type { TieKind } from '../../facts/types.ts';

/** Words that say a sentence speaks of a tie: nouns, compounds and "years of friendship". */
export const TIE_CUE = new RegExp(
  [
    String.raw`\bsister[- ](?:cit(?:y|ies)|states?|provinces?|prefectures?|towns?|count(?:y|ies)|regions?` +
      String.raw`|relationships?|relations|ties?|agreements?|partnerships?|pacts?|programs?)\b`,
    String.raw`\bsisterhood\b`,
    String.raw`\bfriendship[- ](?:cit(?:y|ies)|relations(?:hips?)?|ties?|agreements?|provinces?|states?` +
      String.raw`|partnerships?|towns?|pacts?|accords?)\b`,
    String.raw`\bfriendly[- ](?:relations(?:hips?)?|ties?|cit(?:y|ies)|exchange relationship|provinces?)\b`,
    String.raw`\b(?:years?|decades?) of (?:friendship|partnership|sisterhood|twinning)\b`,
    String.raw`\b\d+-year (?:friendship|partnership|relationship)\b`,
    String.raw`\bfriendship (?:with|between)\b`,
    String.raw`\btwin(?:ned|ning)?[- ](?:cit(?:y|ies)|towns?|with)\b|\btwinned\b|\btwinning\b`,
    String.raw`\bpartnership\b|\bpartner cit(?:y|ies)\b`,
    String.raw`\b(?:relationship|relations|links?|ties?|bond)\s+(?:between|with)\b`,
    String.raw`\brelationship\b`,
  ].join('|'),
  'gi',
);

/** The kind of tie a cue names. */
export function kindOf(cue: string): TieKind {
  const c = cue.toLowerCase();
  if (c.includes('sister')) return 'sister';
  if (c.includes('twin')) return 'twin';
  if (c.includes('friend')) return 'friendship';
  return 'partnership';
}
/** Specificity of a kind: the most specific tie word around a pair wins. */
export const KIND_RANK: Record<TieKind, number> = { sister: 3, twin: 3, friendship: 2, partnership: 1 };

/** Verbs that establish a tie (in the article's present unless something says otherwise). */
export const ESTABLISH = new RegExp(
  String.raw`\b(?:signed|signs|sign|established|establishes|inked|formalized|formalised|forged|became|become` +
    String.raw`|upgraded?|launched|concluded|entered into)\b`,
  'i',
);
/** Words just before an establishing verb that move it out of the article's present ("since", "first", "years"). */
export const NOW_OBSTACLES = new RegExp(
  String.raw`\b(?:has(?! (?:just |now |officially |formally )?signed\b)|have(?! (?:just |now |officially ` +
    String.raw`|formally )?signed\b)|had been|will|would|plans?|to sign|to establish|first|since|ago|years?)\b`,
  'i',
);
/** A year stated for a tie's start: "since 1969", "signed in 1973", "in November 1984", "dating back to 1978". */
export const STATED_YEAR = new RegExp(
  String.raw`\b(?:since|in|began in|begun in|started in|signed in|established in|founded in|formed in` +
    String.raw`|dating back to|dates back to|back to|from)\s+(?:(?:early|late|mid)\s+)?(?:(?:January|February` +
    String.raw`|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd` +
    String.raw`|th)?,?\s+)?)?(1[89]\d\d|20\d\d)\b`,
  'gi',
);

/** Number words for durations ("for thirty years"). */
export const NUM_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
};
/** Ordinal words for anniversaries ("the fiftieth anniversary"). */
export const ORD_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  tenth: 10,
  fifteenth: 15,
  twentieth: 20,
  'twenty-fifth': 25,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
};

/**
 * Anniversaries of a tie: "the 30th anniversary", "its 50-year anniversary", "the fortieth anniversary", "the 45th
 * year".
 */
export const ANNIVERSARY = new RegExp(
  String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary|year)\b|\b(\d{1,3})[- ]year\s+anniversary\b` +
    String.raw`|\b([a-z]+(?:-[a-z]+)?)\s+anniversary\b`,
  'i',
);

/** A signing: "signed", "inked", "first signed", "was concluded". */
export const SIGNED = /\b(?:(first|originally|initially)\s+)?(?:signed|inked|concluded)\b/i;

/** What is signed when a tie is: an agreement, a memorandum, a pact. */
export const AGREEMENT_NOUN = /\b(?:agreements?|memorandum|memorandums|MoU|MOU|pacts?|accords?|charters?|protocols?)\b/;

/** A signing that is not the start of a tie: planned, or the renewal of an older one. */
export const NOT_A_START =
  /\b(?:will|would|to be signed|plans?|planned|expected|renew(?:ed|al|s)?|extend(?:ed|s)?|extension)\b/i;
