/**
 * Numbers as articles write them: digits with thousands separators ("1,300"), number words ("five", "twenty-five",
 * "one hundred twenty-two", "two dozen"), ordinals ("40th", "fortieth", "twenty-fifth") and the named anniversaries
 * ("silver", "golden"). Lexicon only: the passes read counts, durations and anniversaries with it.
 */

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
/** Anniversaries named by a material: "the golden anniversary", "a silver jubilee". */
const NAMED_ANNIVERSARIES: Readonly<Record<string, number>> = {
  silver: 25,
  pearl: 30,
  coral: 35,
  ruby: 40,
  sapphire: 45,
  golden: 50,
  gold: 50,
  emerald: 55,
  diamond: 60,
  platinum: 70,
};

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})`;
/**
 * A cardinal number in words: "five", "twenty-five", "one hundred twenty-two", "two dozen", "a dozen", "a thousand",
 * "two thousand five hundred".
 */
const WORDS = `${WORD}(?:[- ]${WORD})?`;
const UNDER_THOUSAND = String.raw`${WORDS}(?:\s+hundred(?:\s+(?:and\s+)?${WORDS})?)?`;
export const NUMBER_WORDS =
  String.raw`(?:(?:${UNDER_THOUSAND}|a)\s+thousand(?:\s+(?:and\s+)?${UNDER_THOUSAND})?` +
  String.raw`|${UNDER_THOUSAND}(?:\s+dozen)?|a\s+dozen|a\s+hundred)`;
/** A cheap first test for a sentence that may hold a cardinal: a digit, or one of the number words. */
export const MAY_HOLD_CARDINAL = new RegExp(String.raw`\d|\b(?:${WORD}|hundred|thousand|dozen)\b`, 'i');
/** A cardinal number in digits or words. */
export const CARDINAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS})`;
/** An ordinal in digits or words: "40th", "fortieth", "twenty-fifth". */
const TENS_WORD = `(?:${Object.keys(TENS).join('|')})`;
const ORDINAL_WORD = `(?:${Object.keys(ORDINAL_UNITS).join('|')})`;
export const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:${TENS_WORD}[- ])?${ORDINAL_WORD})`;
/** A named anniversary: "silver", "golden". */
export const NAMED_ANNIVERSARY = `(?:${Object.keys(NAMED_ANNIVERSARIES).join('|')})`;

/** The value of a cardinal written in digits or words, or null. */
export function cardinalValue(written: string): number | null {
  const s = written.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a') current = Math.max(current, 1);
    else if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = Math.max(1, current) * 100;
    else if (w === 'dozen') current = Math.max(1, current) * 12;
    else if (w === 'thousand') {
      total += Math.max(1, current) * 1000;
      current = 0;
    } else return null;
    any = true;
  }
  total += current;
  return any && total > 0 ? total : null;
}

/** The value of an ordinal ("40th", "twenty-fifth") or a named anniversary ("golden"), or null. */
export function ordinalValue(written: string): number | null {
  const s = written.trim().toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(s);
  if (digits) return Number(digits[1]);
  if (s in NAMED_ANNIVERSARIES) return NAMED_ANNIVERSARIES[s]!;
  const parts = s.split(/[\s-]+/);
  const last = ORDINAL_UNITS[parts[parts.length - 1]!];
  if (last === undefined) return null;
  if (parts.length === 1) return last;
  const tens = TENS[parts[0]!];
  return parts.length === 2 && tens !== undefined && last < 10 ? tens + last : null;
}
