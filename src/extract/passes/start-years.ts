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
  TIE_CUE,
} from '../cues/ties.ts';
import { ENDED, RESUMED, SUSPENDED } from '../cues/ends.ts';
import { ordinalValue } from '../cues/numbers.ts';
import type { Doc, SentenceInfo } from '../document.ts';
import type { Tie } from '../ties.ts';

export interface StartYear {
  since: number | null;
  basis: SinceBasis;
  note: string | null;
  /** True when the text reports the tie being signed or established in the article's present. */
  signedNow: boolean;
}

/** An end, a suspension or a restoration right before a year: not the year the tie began. */
const END_BEFORE = new RegExp(
  // ("dormant since 2015", "inactive since 2015": a state of the tie since then, not its start)
  `(?:${ENDED.source}|${SUSPENDED.source}|${RESUMED.source}|\\b(?:dormant|inactive|idle)\\b)[^.;,]{0,40}$`,
  'i',
);

/** A year, then how long after the tie's start it was: "in 2014, 53 years after it began". */
const YEARS_AFTER_START = new RegExp(
  String.raw`\b(1[89]\d\d|20\d\d)\b[^.;]{0,20}?,?\s+([\w-]+|\d+)\s+years\s+after\s+(?:it|the\s+[\w-]+)\s+` +
    String.raw`(?:began|started|was\s+(?:first\s+)?(?:signed|established|formed|founded|sealed))\b`,
  'i',
);

/** A relative clause that tells how long a tie lived, before its "since": "a link that had been in place since". */
const LIFE_BEFORE =
  /\b(?:that|which)\s+(?:had|has)\s+(?:been\s+(?:in\s+place|active|running|in\s+force)|existed|lasted|run|stood)\s+$/i;

/** An anniversary, then only "of ..." phrases up to the tie words: "the 30th anniversary of the signing of the". */
const ANNIVERSARY_CHAIN = new RegExp(
  `(?:${ANNIVERSARY.source})(?:\\s+of\\s+(?:the\\s+|their\\s+|its\\s+)?[A-Za-z-]+(?:\\s+[a-z-]+){0,3})+\\s*$`,
  'i',
);

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
  const start = exact ? from : Math.min(Math.max(0, from - 40), anniversaryBefore(whole, from));
  const text = exact ? whole.slice(from, to) : whole.slice(start, Math.min(whole.length, to + 80));
  const near = exact ? text : whole.slice(Math.max(0, from - 12), Math.min(whole.length, to + 80));
  const offset = start;
  // "In 2019 A and B celebrated 30 years of partnership": a fronted year is the day of the anniversary or duration,
  // which counts back from it.
  const fronted = exact ? null : FRONTED_YEAR.exec(whole.slice(0, from));
  if (fronted && doc.year !== null && Number(fronted[1]) <= doc.year) {
    const back = derivedYear(text, whole, Number(fronted[1]), exact);
    if (back) return back;
  }
  // "ended its partnership with B in 2014, 53 years after it began": counted back from the year the sentence gives.
  const after = exact ? null : YEARS_AFTER_START.exec(text);
  const afterYears = after ? durationYears(after[2]!, 'years') : null;
  if (after && afterYears && afterYears < 200)
    return {
      since: Number(after[1]) - afterYears,
      basis: 'derived',
      note: `derived from '${after[2]} years after' as of ${after[1]}`,
      signedNow: false,
    };
  const stated = statedYear(text, near, offset, anchor, doc.year);
  if (stated) return stated;
  // "It was in 1979 that A and B became twin towns": a cleft puts the year before the pair.
  const cleft = exact
    ? null
    : /\b(?:It|it)\s+was\s+(?:back\s+)?in\s+((?:\w+\s+)?(1[89]\d\d|20\d\d))\s+that\s+$/.exec(whole.slice(0, from));
  if (cleft && (doc.year === null || Number(cleft[2]) <= doc.year))
    return { since: Number(cleft[2]), basis: 'stated', note: `stated: 'in ${cleft[1]}'`, signedNow: false };
  // "B (1978)": a year in brackets after one partner of a list.
  const bracketed = exact ? /^\s*\((1[89]\d\d|20\d\d)\)/.exec(text) : null;
  if (bracketed && (doc.year === null || Number(bracketed[1]) <= doc.year))
    return { since: Number(bracketed[1]), basis: 'stated', note: `stated: '${bracketed[0].trim()}'`, signedNow: false };
  if (doc.year === null) return NONE;
  const derived = derivedYear(text, whole, doc.year, exact);
  if (derived) return derived;
  const now = signedNow(doc, info, whole, to);
  // "In 2001 the two cities, A and B, formalised their partnership": a year fronted before the pair dates the signing
  // the sentence tells, not the article's day.
  if (now && fronted && Number(fronted[1]) <= doc.year)
    return { since: Number(fronted[1]), basis: 'stated', note: `stated: '${fronted[0].trim()}'`, signedNow: false };
  return now ?? NONE;
}

/** A year opening the sentence and standing before the pair: "In 2001 the two cities, ...", "Back in 1987, A ...". */
const FRONTED_YEAR =
  /^(?:(?:Back|Already|It\s+was)\s+)?in\s+(?:\w+\s+)?(1[89]\d\d|20\d\d)\b,?(?![^,;.]*\b(?:19|20)\d\d\b)/i;

/**
 * Where an anniversary joined to the tie words by a chain of "of" phrases begins ("the 10th anniversary of the
 * conclusion of the friendship agreement between A and B"), or `from` when there is none.
 */
function anniversaryBefore(whole: string, from: number): number {
  const lead = whole.slice(Math.max(0, from - 120), from);
  const m = ANNIVERSARY_CHAIN.exec(lead);
  return m ? Math.max(0, from - 120) + m.index : from;
}

/** Of several years near the tie, the one nearest the tie word: "who met X in 2015, said ... since 1957". */
function statedYear(text: string, near: string, offset: number, anchor: number, year: number | null): StartYear | null {
  let stated: RegExpExecArray | null = null;
  // "A's twinning with B was signed in 1995; the twinning with C dates from 1964": a year across a semicolon from the
  // tie word is another clause's, taken only when its own clause states none.
  const across = (m: RegExpExecArray): boolean => {
    const at = offset + m.index;
    const [lo, hi] = at < anchor ? [m.index, anchor - offset] : [anchor - offset, m.index];
    return text.slice(Math.max(0, lo), Math.max(0, hi)).includes(';');
  };
  STATED_YEAR.lastIndex = 0;
  for (let m = STATED_YEAR.exec(text); m; m = STATED_YEAR.exec(text)) {
    // "ended in 2022", "suspended since 2015": the year of an end is no start; but "ending a link that had been in
    // place since 1975" tells the tie's life.
    const lead = text.slice(Math.max(0, m.index - 50), m.index);
    if (END_BEFORE.test(lead) && !LIFE_BEFORE.test(lead)) continue;
    if (
      !stated ||
      (across(stated) && !across(m)) ||
      (across(stated) === across(m) && Math.abs(offset + m.index - anchor) < Math.abs(offset + stated.index - anchor))
    )
      stated = m;
  }
  if (!stated || !near.includes(stated[0])) return null;
  const y = Number(stated[1]);
  if (year !== null && y > year) return null;
  return { since: y, basis: 'stated', note: `stated: '${stated[0]}'`, signedNow: false };
}

/** "the 30th anniversary", "for 37 years", "40 years of partnership", "(52 years)", as of the article's year. */
function derivedYear(text: string, whole: string, year: number, exact: boolean): StartYear | null {
  // "Next year, to celebrate the 30th anniversary", "Next year A and B will celebrate 60 years as sister cities": the
  // anniversary or the duration falls in the year the sentence speaks of.
  // ("next spring": a season named "next" lies in the coming year, as seasons are named "this" within their year.)
  const asOf =
    year +
    (/\bnext (?:year|spring|summer|autumn|fall|winter)\b/i.test(whole) ? 1 : /\blast year\b/i.test(whole) ? -1 : 0);
  const ann = ANNIVERSARY.exec(text);
  const annN = ann ? (ann[1] ? ordinalValue(ann[1]) : Number(ann[2])) : null;
  if (ann && annN && annN > 0 && annN < 200) {
    const rest = text.slice(ann.index + ann[0].length, ann.index + ann[0].length + 80);
    if (!NOT_OWN_ANNIVERSARY.test(rest)) {
      return { since: asOf - annN, basis: 'derived', note: `derived from '${ann[0]}' as of ${asOf}`, signedNow: false };
    }
  }
  for (const re of exact ? DURATIONS : DURATIONS.slice(0, -1)) {
    const dur = re.exec(text);
    if (!dur) continue;
    const nYears = durationYears(dur[1]!, dur[2]!);
    // ("30 years ago" counts from the article's year whatever year the sentence speaks of.)
    const from = /\bago\b/i.test(dur[0]) ? year : asOf;
    if (nYears && nYears < 200)
      return {
        since: from - nYears,
        basis: 'derived',
        note: `derived from '${nYears} years' as of ${from}`,
        signedNow: false,
      };
    return null;
  }
  return null;
}

/**
 * Signed or established in the article's present ("were signed between ...", "Signs Twinning Charter"). The verb
 * may stand well before the tie words ("the two mayors signed a memorandum on establishing ..."). Renewing or marking
 * an old tie does not start it.
 */
function signedNow(doc: Doc, info: SentenceInfo, whole: string, to: number): StartYear | null {
  const est = ESTABLISH.exec(whole.slice(0, Math.min(whole.length, to + 80)));
  if (!est || NOW_OBSTACLES.test(whole.slice(Math.max(0, est.index - 25), est.index)) || /\brenew/i.test(whole))
    return null;
  // "ties with B, established in 2002, and with C": a verb with a past year of its own is another tie's start.
  const own = PAST_YEAR_AFTER.exec(whole.slice(est.index + est[0].length));
  if (own && doc.year !== null && Number(own[1]) < doc.year) return null;
  const d = info.day ?? doc.date;
  const y = d ? Number(d.slice(0, 4)) : doc.year!;
  return { since: y, basis: 'stated', note: `stated: '${est[0]}' in the article's present (${y})`, signedNow: true };
}

/**
 * A year right after an establishing verb: "established in 2002", "signed in May 1995", "signed on 3 May 1995",
 * "established 1961".
 */
const PAST_YEAR_AFTER = /^\s+(?:(?:in|on)\s+(?:[\w,]+\s+){0,3}?)?(1[89]\d\d|20\d\d)\b/;

/** A start told with its verb ("since 2001", "was established in 2016", "was sealed ... in April 1968"), not "in". */
const YEAR_APART = new RegExp(
  String.raw`\b(?:since|(?:was|were|been)\s+(?:first\s+|officially\s+)?(?:established|signed|concluded|sealed` +
    String.raw`|formali[sz]ed|founded|forged|set up)(?:\s[^,.;]{0,80}?)?\s+in(?:\s+\p{Lu}\p{Ll}+)?)` +
    String.raw`\s+(1[89]\d\d|20\d\d)\b`,
  'u',
);

/**
 * A year stated apart from the sentence that found the tie: a later sentence (or one in quotes, which no tie pass
 * reads) names both places of a tie without a year and a tie word with a stated year: "A and B, where many firms
 * are located, have grown closer since the friendship city relationship was established in 2016".
 */
export function applyStatedYearsApart(doc: Doc, ties: Tie[]): void {
  if (!ties.some((t) => t.since === null)) return;
  for (const info of doc.sentences) {
    const text = info.s.text;
    TIE_CUE.lastIndex = 0;
    const cue = TIE_CUE.exec(text);
    if (!cue) continue;
    const named = new Set(info.places.map((m) => m.place));
    const tie = ties.find((t) => t.since === null && named.has(t.a) && named.has(t.b));
    // A sentence whose own ties took years of their own gave each its year: "with A since 1957, and with B".
    if (!tie || ties.some((t) => t.info === info && t.since !== null)) continue;
    const m = YEAR_APART.exec(text);
    if (!m || END_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    const y = Number(m[1]);
    if (doc.year !== null && y > doc.year) continue;
    Object.assign(tie, { since: y, basis: 'stated', note: `stated: '${m[0]}'` });
  }
}
