/**
 * Cue lists for ties: the words that say a sentence speaks of a tie, of its kind, of its being established and of
 * the year it began, and the small phrases that join a tie word to the places around it. Lexicon only (parts of
 * English); the passes in ../passes/tie-*.ts join them to the places of the sentence.
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

/**
 * Durations of a tie, as of the article's year: "for 37 years", "40 years of partnership", "30-year friendship", and,
 * for one partner of a list only, "B (52 years)".
 */
export const DURATIONS: readonly RegExp[] = [
  /\bfor\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?(\d{1,3}|[a-z]+)\s+years\b/i,
  new RegExp(
    String.raw`\b(\d{1,3}|[a-z]+)\s+years\s+of\s+(?:friendship|partnership|sisterhood|twinning|relations` +
      String.raw`|cooperation|exchanges?)\b`,
    'i',
  ),
  /\b(\d{1,3})-year\s+(?:friendship|partnership|relationship|sisterhood|ties?)\b/i,
  /^\s*\((\d{1,3}) years?\)/,
];

/** After an anniversary, words that make it a place's own ("the 40th anniversary of X district", "of its founding"). */
export const NOT_OWN_ANNIVERSARY = new RegExp(
  String.raw`^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’']*\s+)+(?:[Dd]istrict|[Cc]ity|[Cc]ounty|[Tt]own` +
    String.raw`|[Pp]rovince|[Ss]tate|[Pp]refecture)\b|^\s+of\s+(?:the\s+|its\s+)?(?:founding|establishment` +
    String.raw`|incorporation)\b`,
  'u',
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

/** "between the two cities": the two places named before it. */
export const BETWEEN_THE_TWO = new RegExp(
  String.raw`\bbetween (?:the two|both|these two) (cities|towns|municipalities|provinces|prefectures|states` +
    String.raw`|regions|counties)\b`,
  'i',
);
/** "The cities signed ..." at the start of a sentence; "the two cities", "both provinces" anywhere. */
export const THE_TWO = new RegExp(
  String.raw`\b(the two|both|these two|those two|the)\s+(cities|towns|municipalities|provinces|prefectures` +
    String.raw`|states|regions|counties)\b`,
  'i',
);
/** Words for towns (against divisions) in "the two cities". */
export const CITY_WORDS = /^(?:cities|towns|municipalities)$/i;

/** What may stand between "between" and its first place: "between the city of A". */
export const BETWEEN_FIRST = /^(?:the\s+)?(?:cit(?:y|ies)|town|province|state|prefecture)?\s*(?:of\s+)?$/i;
/** What joins the places of "between A and B" (a qualifier's "in" left behind: "between A in Germany and B"). */
export const BETWEEN_NEXT = /^(?:in )?(?:and|with|and the (?:city|town|province|state|prefecture|county) of)$/i;

/** A plural tie word that lists its pair after "of": "the sister cities of A and B". */
export const PLURAL_TIE = /\b(?:cities|towns|states|provinces)$/i;

/** "to make A and B sister cities": a verb before the pair. */
export const MAKE_BEFORE = /\b(?:make|makes|made|making|become|became|declared|named)\s+$/i;
/** Headlines: "A and B sign sisterhood". */
export const HEADLINE_SIGN = /^\s+(?:sign|signs|ink|inks|seal|seals)\b/i;
/** The verb between a pair and its tie word: "A and B became / have been / established ... sister cities". */
export const PAIR_VERB = new RegExp(
  String.raw`^(?:\s+of\s+\p{Lu}\p{L}+)?\s+(?:in (?:\p{Lu}\p{L}+ )?\d{4},? )?(?:have |has |had ` +
    '|officially |formally |also |then |now |long )*(?:(?:have|has|had|share|shares|enjoy|enjoys' +
    String.raw`|maintain|maintains) (?:a|an)\b|became|become|been|are|were|established|signed|formed|forged` +
    String.raw`|concluded|agreed to become|inked|launched|upgraded)\b`,
  'u',
);

/** A partner list after a tie word: "sister state agreement with B", "a sister city of B, C and D". */
export const WITH_OR_OF =
  /(?:sister|twin|partner|friendship)[- ](?:city|town|state|province|prefecture)\s+(of)\b|\b(with)\b/gi;
/** "B (52 years)": a duration right after a partner is that partner's. */
export const OWN_DURATION = /^\s*\(\d{1,3} years?\)/;
/** "..., and with B": a new part of a partner list, with its own years. */
export const AND_WITH = /^[^;]*?,?\s+and\s+(?:also\s+)?with\b/i;
export const MORE_WITH = /,?\s+and\s+(?:also\s+)?with\b/i;
/** "A's sister cities include B and C": the partners follow. */
export const LISTED = new RegExp(
  String.raw`\b(?:sister|twin|friendship|partner) (?:cities|towns|states|provinces)\b[^.]*?\b(?:are|include` +
    String.raw`|includes|including)\b`,
  'i',
);
/** "A has three sister cities." followed by "The other two are B and C." */
export const HAS_PARTNERS = /\bhas (?:\w+ )?(?:sister|twin|friendship|partner) (?:cities|towns|states|provinces)\b/i;
export const THE_OTHER = /^The other (?:\w+ )?(?:are|is|include)\b/i;

/** "Kobe, a sister city of Seattle", "Nanjing, the sister city St. Louis has had": an apposition before the cue. */
export const APPOSED = /^,\s+(?:a|the|its|one of (?:its|the))\s+(?:\w+\s+)?$/i;
/** "its sister city Sapporo", "his sister city": a possessive pronoun before the cue. */
export const OWNER_PRONOUN = /\b(its|his|her|their)\s+(?:\w+\s+)?$/i;

/** Officials who sign a tie for their places. */
export const SIGNING_VERB = /\b(?:signed|signs|inked|concluded)\b/i;

/** A tie told on in the next sentence: "A relationship that began in 1986 ..." gives the tie before its year. */
export const TIE_CONTINUED = new RegExp(
  "^(?:A|The|This|That|Their|Its|The two cities'?) (?:relationship|partnership|tie|friendship" +
    String.raw`|link)\b.*\b(?:began|started|dates? back to|was established|was formed|was signed)\b`,
  'i',
);

/** A tie only discussed for later: "a sister city relationship would be discussed later". */
export const PLANNED_AFTER = new RegExp(
  String.raw`^[\w\s-]{0,40}?\b(?:would|will|could|may|might|is to|are to)\s+(?:be\s+)?(?:discussed|considered` +
    String.raw`|explored|studied|established|signed|formed)\b`,
  'i',
);
/** A tie only planned or hoped for: "plan to become sister cities", "a letter of intent to establish". */
export const PLANNED_BEFORE = new RegExp(
  String.raw`\b(?:intent|intention|plans?|planning|hopes?|hoping|aims?|wish(?:es)?|seeks?|seeking|explore` +
    '|exploring|consider(?:ing)?|discuss(?:ed|ing)?|proposed?|will' +
    String.raw`|would)\s+(?:to\s+)?(?:\w+\s+)?(?:establish|become|form|forge|build|sign` +
    String.raw`|set up)\s+(?:\w+\s+){0,2}$`,
  'i',
);
export const LETTER_OF_INTENT = /\bletter of intent\b/i;
