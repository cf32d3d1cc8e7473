/**
 * Tie passes for ends the sentence does not name: "The two provinces have been sister regions since 1987", "The
 * cities signed ..." (the two places of that kind named just before), and officials who sign for their places
 * ("Louisville Mayor X and Quito Mayor Y signed a sister city agreement").
 */
import {
  CITY_WORDS,
  DEFINITE_TIE_BEFORE,
  SIGNING_VERB,
  THE_TWO,
  THEY_TIE,
  TIE_BODY_AFTER,
  WEAK_CUE,
} from '../cues/ties.ts';
import type { PersonMention, PlaceMention, PlaceRec } from '../document.ts';
import { endsByMentions, endsOf, pair, type Pair, type TieSentence } from './tie-sentence.ts';

/**
 * "between the two cities", "The two provinces have been sister regions since 1987": the two places of that kind the
 * sentence names, or, when it names fewer, the ones the sentences just before named. More than two is ambiguous.
 */
export function theTwo(ts: TieSentence): Pair[] {
  const { doc, n, info } = ts;
  if (THEY_TIE.test(info.s.text)) return theyTwo(ts);
  // "The cities signed ..." at the start of a sentence; "the two cities", "both provinces" anywhere.
  const m = THE_TWO.exec(info.s.text);
  // "the cities' relationship" anywhere: a possessive names the two as owners of the tie.
  const owners = !!m && /^['’]/.test(info.s.text.slice(m.index + m[0].length));
  // "their cities' twinning" (after "The mayors of A and B") as "the cities'": a possessive only.
  if (!m || (/^(?:the|their)$/i.test(m[1]!) && (m.index !== 0 || /^their$/i.test(m[1]!)) && !owners)) return [];
  const cityWords = CITY_WORDS.test(m[2]!);
  // "the two sides" may be places of any kind but countries.
  const anyKind = /^sides$/i.test(m[2]!);
  const fits = (p: PlaceMention): boolean =>
    anyKind
      ? p.place.kind !== 'country'
      : cityWords
        ? ['city', 'town', 'municipality'].includes(p.place.kind)
        : !['city', 'town', 'country'].includes(p.place.kind);
  const picked: PlaceMention[] = [];
  for (let k = n; k >= Math.max(0, n - 2); k--) {
    const s = doc.sentences[k]!;
    if (s.s.isTitle) break;
    for (const p of endsOf(s)) if (fits(p) && !picked.some((q) => q.place === p.place)) picked.push(p);
    if (picked.length >= 2) break;
  }
  if (picked.length !== 2) return [];
  // Mentions from an earlier sentence stand at the cue for the year window of this one.
  const here = (p: PlaceMention): PlaceMention =>
    info.places.includes(p) ? p : { ...p, start: m.index, end: m.index + m[0].length };
  return [pair(here(picked[0]!), here(picked[1]!), ts.cues[0]!, 'the-two')];
}

/**
 * "The mayors of A and B met on Monday. They have been sister cities since 1982.": the two places, of two countries,
 * the sentence before names in the same paragraph, when it names no other and this one names none.
 */
function theyTwo(ts: TieSentence): Pair[] {
  const { doc, n, info } = ts;
  const prev = doc.sentences[n - 1];
  if (ts.ends.length || !prev || prev.s.isTitle || prev.s.para !== info.s.para) return [];
  const named = endsOf(prev).filter((p, k, all) => all.findIndex((q) => q.place === p.place) === k);
  if (named.length !== 2) return [];
  const [a, b] = named as [PlaceMention, PlaceMention];
  if (!a.place.country || !b.place.country || a.place.country === b.place.country) return [];
  const cue = ts.cues[0]!;
  const here = (p: PlaceMention): PlaceMention => ({ ...p, start: cue.index, end: cue.index + cue[0].length });
  return [pair(here(a), here(b), cue, 'the-two')];
}

/**
 * "Louisville Mayor Greg Fischer and Quito Mayor Augusto Barrera signed a sister city agreement": officials of two
 * places who sign a tie stand for their places.
 */
export function officialsWhoSigned(ts: TieSentence): Pair[] {
  const { text, info } = ts;
  const cue = ts.cues[0]!;
  const verb = SIGNING_VERB.exec(text);
  if (!verb || verb.index > cue.index) return [];
  const before = info.people.filter((m) => m.end <= verb.index);
  if (before.length < 2) return [];
  const [p, q] = before.slice(-2) as [PersonMention, PersonMention];
  if (!/\b(?:and|with)\b/.test(text.slice(p.end, q.start))) return [];
  const placeOf = (m: PersonMention): PlaceMention | null => {
    const place = m.person.offices.find((o) => o.place && o.place.kind !== 'country')?.place;
    return place ? { start: m.start, end: m.end, place, adjective: false, qualifies: null, possessive: false } : null;
  };
  const a = placeOf(p);
  const b = placeOf(q);
  return a && b && a.place !== b.place ? [pair(a, b, cue, 'officials-signed')] : [];
}

/**
 * "Mayor A of X led a delegation to Y. The visit marked the 25th anniversary of the sister city relationship.": a tie
 * told with a definite tie word ("the / their / this sister city relationship", "the twinning") in a sentence that
 * names at most one place is the tie of the two places just named, when exactly two stand there (this sentence and
 * up to two before it, in one paragraph) and they lie in different countries (a tie across a border; two places of
 * one country named before are more often a host and a venue).
 */
export function theTieBefore(ts: TieSentence): Pair[] {
  const { doc, n, info } = ts;
  const cue = ts.cues.find(
    (c) =>
      !WEAK_CUE.test(c[0]) &&
      // a bare "partnership" is as often of firms, schools or crime
      !/^partnerships?$/i.test(c[0]) &&
      DEFINITE_TIE_BEFORE.test(ts.text.slice(Math.max(0, c.index - 40), c.index)) &&
      !TIE_BODY_AFTER.test(ts.text.slice(c.index + c[0].length)),
  );
  if (!cue || ts.ends.length > 1) return [];
  const picked: PlaceMention[] = [];
  for (let k = n; k >= Math.max(0, n - 2); k--) {
    const s = doc.sentences[k]!;
    if (s.s.isTitle || (k < n && s.s.para !== info.s.para)) break;
    for (const p of [...endsOf(s)].reverse()) if (!picked.some((q) => q.place === p.place)) picked.push(p);
    if (picked.length >= 2) break;
  }
  if (picked.length !== 2) return [];
  const [a, b] = picked as [PlaceMention, PlaceMention];
  if (!a.place.country || !b.place.country || a.place.country === b.place.country) return [];
  const here = (p: PlaceMention): PlaceMention =>
    info.places.includes(p) ? p : { ...p, start: cue.index, end: cue.index + cue[0].length };
  return [pair(here(b), here(a), cue, 'the-tie-before')];
}

/**
 * "The partnership, signed in 1987, grew out of a chance meeting ...": a paragraph that opens with a definite tie word
 * and its start, in a feature about one pair, tells the tie of that pair: the two places the article names most
 * (each at least twice, no third that often), of two countries, when the sentence names neither of them nor any
 * place before its tie word, and the paragraph has no sentence before it.
 */
export function articlePair(ts: TieSentence): Pair[] {
  const { doc, n, info, text } = ts;
  const previous = doc.sentences[n - 1];
  if (previous && !previous.s.isTitle && previous.s.para === info.s.para) return [];
  const m = OPENING_TIE.exec(text);
  if (!m) return [];
  const cue = ts.cues.find((c) => c.index < m[0].length);
  if (!cue || ts.ends.some((p) => p.start < m[0].length)) return [];
  const [first, second, third] = endsByMentions(doc);
  if (!first || !second || second[1] < 2 || (third && third[1] >= second[1])) return [];
  const [a, b] = [first[0], second[0]];
  if (!a.country || !b.country || a.country === b.country) return [];
  if (ts.ends.some((p) => p.place === a || p.place === b)) return [];
  const at = (place: PlaceRec): PlaceMention => ({
    start: cue.index,
    end: cue.index + cue[0].length,
    place,
    adjective: false,
    qualifies: null,
    possessive: false,
  });
  return [pair(at(a), at(b), cue, 'article-pair')];
}

/** A paragraph opening with a definite tie word and its start: "The partnership, signed in 1987,", "The link began". */
const OPENING_TIE = new RegExp(
  String.raw`^(?:The|Their|This)\s+(?:(?:sister[- ]city|sister[- ]state|twinning|twin[- ]town|friendship|town)\s+)?` +
    String.raw`(?:partnership|twinning|link|relationship|friendship|charter|tie|agreement)` +
    String.raw`(?:,\s+(?:first\s+|officially\s+|formally\s+)?` +
    String.raw`(?:signed|established|formed|forged|sealed|formali[sz]ed)\s+in` +
    String.raw`|\s+(?:began|started|dates\s+(?:back\s+)?(?:to|from)|was\s+(?:first\s+|officially\s+|formally\s+)?` +
    String.raw`(?:signed|established|formed|forged|sealed|formali[sz]ed)\s+in))\s+(?:\w+\s+)?(?:1[89]\d\d|20\d\d)\b`,
);
