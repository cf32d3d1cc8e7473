/**
 * Cue lists for the end of a tie: verbs and phrases that end or suspend one, and words that deny or only plan it.
 * Lexicon only; passes/end-years.ts joins them to the ties whose places stand around them.
 */

/**
 * A tie ended: "cancelled", "scrapped", "severed", "terminated", "cut ties", "revoked", "dissolved", "lapsed",
 * "expired", "end its ...".
 */
export const ENDED = new RegExp(
  String.raw`\b(?:cancel(?:l?ed|s|l?ing)?|scrap(?:ped|s|ping)?|sever(?:ed|s|ing)?|terminat(?:ed|es|e|ing)` +
    '|end(?:ed|s|ing)?|put an end to|cut (?:off )?(?:its |their |all )?(?:ties|links|relations)|broke off|break off' +
    '|revok(?:ed|es|e|ing)|laps(?:ed|es|e|ing)|expir(?:ed|es|e|ing)|dissolv(?:ed|es|e|ing)|annul(?:led|s)?' +
    '|rescind(?:ed|s)?|withdr(?:ew|awn' +
    String.raw`|aws?) from|pull(?:ed|s)? out of)\b`,
  'i',
);

/** A tie suspended (it may resume): "suspended", "froze", "put on hold". */
export const SUSPENDED =
  /\b(?:suspend(?:ed|s|ing)?|froze|frozen|freez(?:e|es|ing)|put (?:[\w-]+\s+){0,3}on (?:hold|ice)|halt(?:ed|s)?)\b/i;

/** A tie taken up again: "restored", "resumed", "revived". An end told with it is over. */
export const RESUMED = /\b(?:restor|resum|reviv|reinstat|reactivat)(?:ed|es|e|ing)\b/i;
/** A resumption denied: "has not been revived", "was never restored", "no plans to resume". */
export const NOT_RESUMED = new RegExp(
  String.raw`\b(?:not|never|no\s+plans?\s+to|yet\s+to\s+be)\s+(?:(?:been|be|yet|ever)\s+)*` +
    String.raw`(?:restor|resum|reviv|reinstat|reactivat)(?:ed|es|e|ing)\b`,
  'i',
);

/** A tie taken up again, not one whose resumption is denied ("lapsed in 1998 and has not been revived"). */
export function resumed(text: string): boolean {
  return RESUMED.test(text) && !NOT_RESUMED.test(text);
}

/** A year right after the end cue: "frozen after 2022", "suspended since 2015", "ended in March 2022". */
export const YEAR_AFTER_CUE = new RegExp(
  String.raw`^\s+(?:(?:in|since|after|from|on)\s+)?(?:(?:early|late|mid)\s+)?(?:(?:January|February|March|April|May` +
    String.raw`|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?` +
    String.raw`(1[89]\d\d|20\d\d)\b`,
  'i',
);

/**
 * A sentence that refers to a tie told before without naming its places: "The partnership was suspended in 2014",
 * "the council voted to suspend the relationship", "A later suspended the accord".
 */
export const TIE_REFERENCE = new RegExp(
  String.raw`\b(?:the|this|their|its|our)\s+(?:(?:sister[- ]city|twin[- ]town|twinning|friendship|partnership` +
    String.raw`|town)\s+)?` +
    String.raw`(?:relationship|partnership|tie|ties|friendship|link|links|twinning|jumelage|agreement|arrangement` +
    String.raw`|accord|pact|charter|memorandum)\b`,
  'i',
);

/** What an end cue must be about (before or after it): the tie itself, not an exchange programme of the two places. */
export const TIE_OBJECT = new RegExp(
  // not a body named after the tie: "the twinning committee was dissolved"
  String.raw`\b(?:sister|twin|twinning(?!\s+(?:committee|association|society|club|group))|twinned|friendship` +
    String.raw`|partnership|agreement|pact|ties|relationship` +
    String.raw`|relations|arrangements?|links?|accord|memorandum|hermanamientos?|gemellaggio|jumelage)\b`,
  'i',
);

/** The tie's noun right before a participle that ends it: "(official contacts frozen in 2022)", "ties suspended". */
export const TIE_NOUN_BEFORE =
  /\b(?:contacts|exchanges|ties|relations|links|twinning|partnership|relationship|agreement|friendship)\s+$/i;

/** Words before an end cue that deny it or make it only planned: "no city has cut ties", "is considering ending". */
export const NOT_ENDED = new RegExp(
  String.raw`\b(?:no|not|never|nor|n't|without|refus\w*|declin\w*|rather than|consider\w*|call(?:s|ed)? (?:on` +
    String.raw`|for)|urg\w*|propos\w*|may|might|could|should|whether|if)\b[^.;]*$`,
  'i',
);

/** A year stated with the end: "in 2018", "in October 2019". */
export const END_YEAR = new RegExp(
  String.raw`\b(?:in|on)\s+(?:(?:early|late|mid)\s+)?(?:(?:January|February|March|April|May|June|July|August` +
    String.raw`|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(1[89]\d\d|20\d\d)\b`,
  'i',
);

/** A year relative to the article's: "last year" is the year before, "this year" the article's. */
export const RELATIVE_YEAR = /\b(last|this|previous|past) year\b/i;

/**
 * A tie told with its last year: "a partner city of B until 2022", "sister cities from 1990 until 2014", "twinned
 * from 1968 to 2022", "partners between 1975 and 2014".
 */
export const UNTIL_YEAR = new RegExp(
  String.raw`\b(?:sister|twin|twinned|twinning|partner|partners|partnership|friendship)\b[^.;()]{0,40}?` +
    String.raw`\b(?:until|till|(?<=\b(?:from|between)\s+(?:1[89]\d\d|20\d\d)\s+)(?:to|and))\s+(1[89]\d\d|20\d\d)\b`,
  'i',
);
