/**
 * Tie passes for ends the sentence does not name: "The two provinces have been sister regions since 1987", "The
 * cities signed ..." (the two places of that kind named just before), and officials who sign for their places
 * ("Louisville Mayor X and Quito Mayor Y signed a sister city agreement").
 */
import { CITY_WORDS, SIGNING_VERB, THE_TWO } from '../cues/ties.ts';
import type { PersonMention, PlaceMention } from '../document.ts';
import { endsOf, pair, type Pair, type TieSentence } from './tie-sentence.ts';

/**
 * "between the two cities", "The two provinces have been sister regions since 1987": the two places of that kind the
 * sentence names, or, when it names fewer, the ones the sentences just before named. More than two is ambiguous.
 */
export function theTwo(ts: TieSentence): Pair[] {
  const { doc, n, info } = ts;
  // "The cities signed ..." at the start of a sentence; "the two cities", "both provinces" anywhere.
  const m = THE_TWO.exec(info.s.text);
  if (!m || (m[1]!.toLowerCase() === 'the' && m.index !== 0)) return [];
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
