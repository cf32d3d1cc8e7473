/**
 * Cue lists for figures about places: what is counted (tie nouns, or plain place nouns after a tie word), the words
 * that qualify a number, and the verbs that give a place its count ("has", "counts", "has established").
 */

/** A number as written: "88", "1,300". */
export const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;

/** Words that qualify a number, as the gold writes them. */
export const QUALIFIER_WORDS: Array<[RegExp, string]> = [
  [/^more than$/i, 'more than'],
  [/^(?:over|upwards of|in excess of)$/i, 'over'],
  [/^(?:about|around|approximately|some|roughly|close to)$/i, 'about'],
  [/^(?:nearly|almost)$/i, 'nearly'],
  [/^at least$/i, 'at least'],
];
export const QUALIFIER =
  '(more than|over|upwards of|in excess of|about|around|approximately|some|roughly|close to|nearly|almost|at least)?';

/** What a tie figure counts: "sister cities", "pairs of friendship cities", "twinnings", "friendship city ties". */
export const TIE_NOUN =
  String.raw`(?:pairs of\s+)?(?:(?:international|foreign|overseas|official|formal)\s+)?(?:(?:sister|friendship` +
  '|friendly|twin(?:ned)?|partner)[- ](?:cit(?:y|ies)|towns?|provinces?|states?|regions?|prefectures?' +
  '|municipalit(?:y|ies)|relationships?|ties|agreements?|partnerships?|links|pairs' +
  String.raw`|arrangements)(?:\s+(?:ties|pairs|relationships|partnerships|agreements))?` +
  String.raw`|sister provinces \(states\)|twinnings|twin towns|partnerships|pairs)`;

/** Places counted after a tie word: "friendship with 317 provinces/states/cities", "ties with 35 countries". */
export const PLACE_NOUN =
  String.raw`(?:(?:foreign|overseas|international)\s+)?(?:cities|towns|provinces|states|regions|prefectures` +
  String.raw`|municipalities|countries|counties)(?:\/(?:cities|towns|provinces|states|regions|countries))*`;

/** Words just before a counted place noun that make it a tie figure. */
export const TIE_BEFORE = new RegExp(
  String.raw`\b(?:friendship|friendly|sister|twin(?:ning|ned)?|partner(?:ship)?s?|ties|relations(?:hips?)?` +
    String.raw`|links|exchange mechanisms)\b[^.;]{0,30}\bwith\s*$`,
  'i',
);

/** Verbs that give a place its count, between the place and the number. */
export const HAS = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:now\s+|currently\s+|already\s+|also\s+|so far\s+|to date\s+)*(?:has|have|had` +
    String.raw`|counts?|counted|boasts?|maintains?|holds?|enjoys?)\b(?:\s+(?:now|already|also|so far|established` +
    String.raw`|formed|signed|set up|built|forged|developed|concluded|been))*(?:\s+(?:friendship|friendly|sister` +
    String.raw`|twinning|partnership|ties|relations(?:hips)?)(?:\s+(?:relations(?:hips)?|ties` +
    String.raw`|agreements))?\s+with)?\s*(?:a total of\s+)?$`,
  'i',
);

/** "among them", "between them", "together": the places listed before share the figure. */
export const SHARED = /^\s+(?:among|between)\s+them(?:selves)?\b|^\s+(?:together|combined|in total)\b/i;
