/**
 * Ties between places (sister cities, friendship cities, sister states, twin towns, partnerships) and the year they
 * began. A sentence with a tie cue (cues/ties.ts) is read by the tie passes (passes/tie-*.ts), each of which finds
 * pairs of places in one structure and names its rule; the start year is read around each pair
 * (passes/start-years.ts); mentions of one pair are merged.
 */
import type { SinceBasis, TieKind } from '../facts/types.ts';
import type { Doc, PlaceRec, SentenceInfo } from './document.ts';
import { tieConfidence } from './confidence.ts';
import { placeWithin } from './document.ts';
import { stripGeneric } from './gazetteer/index.ts';
import { nameKey } from '../facts/names.ts';
import {
  DENIED_BEFORE,
  FIELD_BEFORE,
  KIND_RANK,
  LETTER_OF_INTENT,
  PLANNED_AFTER,
  PLANNED_BEFORE,
  POSSESSIVE_PARTNER,
  REFUSED_BEFORE,
  TIE_ANNIVERSARY,
  TIE_CONTINUED,
  TIE_CUE as CUE,
  WEAK_CUE,
  kindOf,
} from './cues/ties.ts';
import { startYear } from './passes/start-years.ts';
import { associationVisits } from './passes/tie-associations.ts';
import {
  betweenPairs,
  betweenTheTwo,
  hyphenPairs,
  listedPairs,
  namedAfterPairs,
  ofPairs,
  pairAfter,
  withPairs,
  linkedPairs,
} from './passes/tie-between.ts';
import { articlePair, officialsWhoSigned, theTieBefore, theTwo } from './passes/tie-coreference.ts';
import {
  appositionPairs,
  asTiePairs,
  bareOwnerPairs,
  possessivePairs,
  pronounOwnerPairs,
} from './passes/tie-owners.ts';
import {
  countryBracketPartners,
  headingListPartner,
  heldPartners,
  listedPartners,
  withLists,
  withWhichPairs,
} from './passes/tie-partner-lists.ts';
import { type Pair, type TieSentence, tieSentence } from './passes/tie-sentence.ts';
import { frontedPairs, subjectPairs } from './passes/tie-subjects.ts';

export interface Tie {
  a: PlaceRec;
  b: PlaceRec;
  kind: TieKind;
  since: number | null;
  basis: SinceBasis;
  note: string | null;
  info: SentenceInfo;
  /** True when the text reports the tie being signed or established in the article's present. */
  signedNow: boolean;
  /** The sentence that reports the signing, when one does. */
  signedIn: SentenceInfo | null;
  /** The pass that found the pair (see `pairsOf`). */
  rule: string;
  confidence: number;
}

/** The tie cues of a sentence, in order: tie words, not a partnership on a field ("research partnership"). */
function tieCues(text: string): RegExpExecArray[] {
  CUE.lastIndex = 0;
  const cues: RegExpExecArray[] = [];
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text))
    if (!WEAK_CUE.test(m[0]) || !FIELD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) cues.push(m);
  if (text.includes('partner') || text.includes('twin')) {
    POSSESSIVE_PARTNER.lastIndex = 0;
    for (let m = POSSESSIVE_PARTNER.exec(text); m !== null; m = POSSESSIVE_PARTNER.exec(text))
      if (!cues.some((c) => c.index <= m!.index && c.index + c[0].length > m!.index)) cues.push(m);
    cues.sort((a, b) => a.index - b.index);
  }
  return cues;
}

/** Finds ties stated in the document, merged per pair of places. */
export function findTies(doc: Doc): Tie[] {
  const found: Tie[] = [];
  let lastTies: Tie[] = [];
  for (let n = 0; n < doc.sentences.length; n++) {
    const info = doc.sentences[n]!;
    const text = info.s.text;
    const cues = tieCues(text);
    const here: Tie[] = [];
    if (cues.length) {
      for (const { a, b, cue, window, rule } of pairsOf(tieSentence(doc, n, cues))) {
        // A definite tie word right after a tie was told refers to that tie, not to the places named since.
        if (rule === 'the-tie-before' && lastTies.length) continue;
        if (a.place === b.place || placeWithin(a.place, b.place) || placeWithin(b.place, a.place)) continue;
        if (planned(text, cue.index)) continue;
        // The most specific tie word around the pair: "sister city relationship between A and B" is a sister tie.
        // A part of its own ("..., and a friendship city agreement with D") looks from its cue on.
        const lo = window && window[0] === cue.index ? cue.index : Math.min(a.start, b.start, cue.index) - 60;
        const hi = Math.max(a.end, b.end) + 20;
        const kind = cues
          .filter((c) => c.index >= lo && c.index <= hi)
          .map((c) => kindOf(c[0]))
          .reduce((best, k) => (KIND_RANK[k] > KIND_RANK[best] ? k : best), kindOf(cue[0]));
        let since = window
          ? startYear(doc, info, window[0], window[1], cue.index, true)
          : startYear(
              doc,
              info,
              Math.max(0, Math.min(a.start, b.start, cue.index)),
              pastApposition(text, Math.max(a.end, b.end, cue.index + cue[0].length)),
              cue.index,
            );
        // Earlier partners ("..., following C and D") were not signed with the tie the sentence reports.
        // The other partners of "A has three sister cities. The other two are B and C" are told in the next sentence:
        // the years of this one are not theirs.
        if ((rule === 'earlier-partners' && since.signedNow) || rule === 'list-the-other')
          since = { ...since, since: null, basis: 'unknown', note: null, signedNow: false };
        here.push({
          a: a.place,
          b: b.place,
          kind,
          ...since,
          signedIn: since.signedNow ? info : null,
          info,
          rule,
          confidence: tieConfidence(rule, kind === 'partnership' && !/partnership/i.test(cue[0])),
        });
      }
    }
    const listed = here.length ? null : headingListPartner(doc, n);
    if (listed) {
      // "OUR SISTER CITIES" over "- B, Country - since 1956": the line's years are the partner's.
      const found = startYear(doc, info, 0, text.length, listed.partner.start, true);
      // "- B (Country) - 1962": a list line's first year is its start.
      const bare = /\b(1[89]\d\d|20\d\d)\b/.exec(text.slice(listed.partner.end));
      const since =
        found.since === null && bare
          ? { ...found, since: Number(bare[1]), basis: 'stated' as const, note: `stated: '${bare[0]}' in a list` }
          : found;
      here.push({
        a: listed.owner.place,
        b: listed.partner.place,
        kind: kindOf(listed.heading),
        ...since,
        signedIn: null,
        info,
        rule: 'heading-list',
        confidence: tieConfidence('heading-list', false),
      });
    }
    // One pair told before (found by one pass or several: "A has suspended its twinning with B" is read twice).
    const onePair =
      lastTies.length > 0 &&
      lastTies.every(
        (t) => (t.a === lastTies[0]!.a && t.b === lastTies[0]!.b) || (t.a === lastTies[0]!.b && t.b === lastTies[0]!.a),
      );
    if (!here.length && onePair && (TIE_CONTINUED.test(text) || TIE_ANNIVERSARY.test(text))) {
      // "A relationship that began in 1986 after ...", "This year marks the 50th anniversary of the link": the tie of
      // the sentence before.
      const since = startYear(doc, info, 0, info.s.text.length, 0);
      for (const prev of lastTies)
        if (since.since !== null && prev.since === null)
          Object.assign(prev, { since: since.since, basis: since.basis, note: since.note });
    }
    found.push(...here);
    lastTies = here.length ? here : n > 0 && doc.sentences[n - 1]!.s.para === info.s.para ? lastTies : here;
  }
  return merge(found);
}

/** Passes that read the pairs of each tie cue, in order. */
const PER_CUE: ReadonlyArray<(ts: TieSentence, c: RegExpExecArray) => Pair[]> = [
  subjectPairs,
  frontedPairs,
  withLists,
  withWhichPairs,
  countryBracketPartners,
  possessivePairs,
  appositionPairs,
  ofPairs,
  pronounOwnerPairs,
  bareOwnerPairs,
  asTiePairs,
  listedPairs,
  pairAfter,
  associationVisits,
];
/** Passes tried, in order, when the ones above found nothing: the first that finds pairs wins. */
const FALLBACKS: ReadonlyArray<(ts: TieSentence) => Pair[]> = [officialsWhoSigned, theTwo, theTieBefore, articlePair];

/** Pairs of place mentions the tie cues of a sentence link, each with its cue and rule. */
export function pairsOf(ts: TieSentence): Pair[] {
  if (ts.ends.length === 0) {
    const two = theTwo(ts);
    if (two.length) return two;
    const before = theTieBefore(ts);
    return before.length ? before : articlePair(ts);
  }
  const out = [
    ...betweenTheTwo(ts),
    ...betweenPairs(ts),
    ...hyphenPairs(ts),
    ...withPairs(ts),
    ...linkedPairs(ts),
    ...namedAfterPairs(ts),
  ];
  for (const c of ts.cues) {
    if (c.index < ts.covered) continue;
    for (const pass of PER_CUE) out.push(...pass(ts, c));
  }
  out.push(...listedPartners(ts), ...heldPartners(ts));
  if (out.length) return out;
  for (const pass of FALLBACKS) {
    const found = pass(ts);
    if (found.length) return found;
  }
  return out;
}

/**
 * Past an apposition after the pair and before its verb: "twinning with B, a town chosen for its history, was agreed
 * in 1981" (the years told after it are the tie's).
 */
function pastApposition(text: string, to: number): number {
  const m = /^,\s+(?:a|an|the)\s+[^,;.()]{0,160}?,\s+(?=(?:was|were|is|are|has|have|had)\b)/i.exec(text.slice(to));
  return m ? to + m[0].length : to;
}

/** A tie only planned or hoped for is no tie: "a letter of intent to establish sister-state relations". */
function planned(text: string, cueAt: number): boolean {
  const before = text.slice(Math.max(0, cueAt - 50), cueAt);
  return (
    PLANNED_AFTER.test(text.slice(cueAt)) ||
    PLANNED_BEFORE.test(before) ||
    LETTER_OF_INTENT.test(before) ||
    REFUSED_BEFORE.test(before) ||
    DENIED_BEFORE.test(before)
  );
}

const BASIS_RANK: Record<SinceBasis, number> = { stated: 3, derived: 2, unknown: 0 };

function sinceRank(t: Tie): number {
  return t.signedNow ? 1 : BASIS_RANK[t.basis];
}

/**
 * One tie per pair of places: the most specific kind, the best-founded year, the first evidence. A partner named once
 * as a city and once as the division of the same name around it ("the city of Nagano", "Nagano Prefectural
 * Government") is one partner: the first reading stands.
 */
function merge(ties: Tie[]): Tie[] {
  const byPair = new Map<string, Tie>();
  for (const t of ties) {
    const key = [t.a.name, t.b.name].sort().join('\u0000');
    const prev = byPair.get(key) ?? [...byPair.values()].find((p) => samePartner(p, t));
    if (!prev) {
      byPair.set(key, { ...t });
      continue;
    }
    if (KIND_RANK[t.kind] > KIND_RANK[prev.kind]) prev.kind = t.kind;
    // An explicit year beats a derived one, which beats "signed in the article's present".
    if (sinceRank(t) > sinceRank(prev)) {
      prev.since = t.since;
      prev.basis = t.basis;
      prev.note = t.note;
      prev.signedNow = t.signedNow;
    }
    prev.signedIn ??= t.signedIn;
    prev.confidence = Math.max(prev.confidence, t.confidence);
  }
  return [...byPair.values()];
}

/** Two ties of one place with a city and the division of the same name that holds it. */
function samePartner(p: Tie, t: Tie): boolean {
  const other = (x: Tie, end: PlaceRec): PlaceRec | null => (x.a === end ? x.b : x.b === end ? x.a : null);
  for (const end of [p.a, p.b]) {
    const o1 = end === p.a ? p.b : p.a;
    const o2 = other(t, end);
    if (
      o2 &&
      o1 !== o2 &&
      (placeWithin(o1, o2) || placeWithin(o2, o1)) &&
      nameKey(stripGeneric(o1.name)) === nameKey(stripGeneric(o2.name))
    )
      return true;
  }
  return false;
}
