/**
 * The start year of a tie, read from the words around it: stated ("since 1969", "signed in 1973"), derived from an
 * anniversary or a duration ("the 50th anniversary", "for 37 years", "30-year friendship", as of the article's year),
 * or the article's own year for a tie signed in its present ("were signed between ...").
 */
import type { SinceBasis } from '../../facts/types.ts';
import {
  ANNIVERSARY,
  DURATIONS,
  durationYears,
  ESTABLISH,
  NOT_OWN_ANNIVERSARY,
  NOW_OBSTACLES,
  STATED_YEAR,
} from '../cues/ties.ts';
import { ENDED, RESUMED, SUSPENDED } from '../cues/ends.ts';
import { ordinalValue } from '../cues/numbers.ts';
import type { Doc, SentenceInfo } from '../document.ts';

export interface StartYear {
  since: number | null;
  basis: SinceBasis;
  note: string | null;
  /** True when the text reports the tie being signed or established in the article's present. */
  signedNow: boolean;
}

/** An end, a suspension or a restoration right before a year: not the year the tie began. */
const END_BEFORE = new RegExp(`(?:${ENDED.source}|${SUSPENDED.source}|${RESUMED.source})[^.;,]{0,40}$`, 'i');

const NONE: StartYear = { since: null, basis: 'unknown', note: null, signedNow: false };

/**
 * The start year of a tie whose words lie in [from, to) of the sentence, the tie word at `anchor`. With `exact`, only
 * that window is read (a part of a list that has years of its own); else a little around it.
 */
export function startYear(
  doc: Doc,
  info: SentenceInfo,
  from: number,
  to: number,
  anchor: number,
  exact = false,
): StartYear {
  // Only the words around the tie count: "defense minister in 2007, ... sister state agreement" must not give 2007.
  const whole = info.s.text;
  const text = exact ? whole.slice(from, to) : whole.slice(Math.max(0, from - 40), Math.min(whole.length, to + 80));
  const near = exact ? text : whole.slice(Math.max(0, from - 12), Math.min(whole.length, to + 80));
  const offset = exact ? from : Math.max(0, from - 40);
  const stated = statedYear(text, near, offset, anchor, doc.year);
  if (stated) return stated;
  // "B (1978)": a year in brackets after one partner of a list.
  const bracketed = exact ? /^\s*\((1[89]\d\d|20\d\d)\)/.exec(text) : null;
  if (bracketed && (doc.year === null || Number(bracketed[1]) <= doc.year))
    return { since: Number(bracketed[1]), basis: 'stated', note: `stated: '${bracketed[0].trim()}'`, signedNow: false };
  if (doc.year === null) return NONE;
  return derivedYear(text, whole, doc.year, exact) ?? signedNow(doc, info, whole, to) ?? NONE;
}

/** Of several years near the tie, the one nearest the tie word: "who met X in 2015, said ... since 1957". */
function statedYear(text: string, near: string, offset: number, anchor: number, year: number | null): StartYear | null {
  let stated: RegExpExecArray | null = null;
  STATED_YEAR.lastIndex = 0;
  for (let m = STATED_YEAR.exec(text); m; m = STATED_YEAR.exec(text)) {
    // "ended in 2022", "suspended since 2015": the year of an end is no start.
    if (END_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (!stated || Math.abs(offset + m.index - anchor) < Math.abs(offset + stated.index - anchor)) stated = m;
  }
  if (!stated || !near.includes(stated[0])) return null;
  const y = Number(stated[1]);
  if (year !== null && y > year) return null;
  return { since: y, basis: 'stated', note: `stated: '${stated[0]}'`, signedNow: false };
}

/** "the 30th anniversary", "for 37 years", "40 years of partnership", "(52 years)", as of the article's year. */
function derivedYear(text: string, whole: string, year: number, exact: boolean): StartYear | null {
  const ann = ANNIVERSARY.exec(text);
  const annN = ann ? (ann[1] ? ordinalValue(ann[1]) : Number(ann[2])) : null;
  if (ann && annN && annN > 0 && annN < 200) {
    const rest = text.slice(ann.index + ann[0].length, ann.index + ann[0].length + 80);
    if (!NOT_OWN_ANNIVERSARY.test(rest)) {
      // "Next year, to celebrate the 30th anniversary": the anniversary falls in the year the sentence speaks of.
      const asOf = year + (/\bnext year\b/i.test(whole) ? 1 : /\blast year\b/i.test(whole) ? -1 : 0);
      return { since: asOf - annN, basis: 'derived', note: `derived from '${ann[0]}' as of ${asOf}`, signedNow: false };
    }
  }
  for (const re of exact ? DURATIONS : DURATIONS.slice(0, -1)) {
    const dur = re.exec(text);
    if (!dur) continue;
    const nYears = durationYears(dur[1]!, dur[2]!);
    if (nYears && nYears < 200)
      return {
        since: year - nYears,
        basis: 'derived',
        note: `derived from '${nYears} years' as of ${year}`,
        signedNow: false,
      };
    return null;
  }
  return null;
}

/**
 * Signed or established in the article's present ("were signed between ...", "Signs Sisterhood Agreement"). The verb
 * may stand well before the tie words ("the two mayors signed a memorandum on establishing ..."). Renewing or marking
 * an old tie does not start it.
 */
function signedNow(doc: Doc, info: SentenceInfo, whole: string, to: number): StartYear | null {
  const est = ESTABLISH.exec(whole.slice(0, Math.min(whole.length, to + 80)));
  if (!est || NOW_OBSTACLES.test(whole.slice(Math.max(0, est.index - 25), est.index)) || /\brenew/i.test(whole))
    return null;
  const d = info.day ?? doc.date;
  const y = d ? Number(d.slice(0, 4)) : doc.year!;
  return { since: y, basis: 'stated', note: `stated: '${est[0]}' in the article's present (${y})`, signedNow: true };
}
