/**
 * Tie pass for a pair that is the subject of the tie: "A and B became sister cities", "Hunan and Tasmania ... had
 * officially established sister province relationship", "to make A and B sister cities", and headlines "A and B sign
 * sisterhood", "A, B sign sister cities agreement".
 */
import {
  OWNERS_OF_TIES,
  WITH_AFTER,
  HEADLINE_SIGN,
  PAIR_AND,
  MAKE_BEFORE,
  PAIR_APPOSED,
  PAIR_TIE,
  PAIR_VERB,
} from '../cues/ties.ts';
import { endsAfter, gapOf, inQuote, pair, wordsBetween, type Pair, type TieSentence } from './tie-sentence.ts';

export function subjectPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const out: Pair[] = [];
  // "A and B have sister-city ties with C", "A and B Mark Years of Friendship with Korean Sister Cities":
  // the pair share a partner, they are not each other's.
  if (WITH_AFTER.test(ts.text.slice(c.index + c[0].length)) || /\bwith$/i.test(c[0])) return [];
  // A pair inside a quote is the subject only of a tie word of the same quote ("'A and B have been twinned since
  // 1987,' said ..."): not of one the narrator tells after the quote closes.
  const quoteOf = (at: number) => ts.info.quotes.findIndex(([a, b]) => at >= a && at < b);
  const cueQuote = quoteOf(c.index);
  // "A and the Bavarian town of B": an adjective describes an end, it is none.
  const before = ts.ends.filter(
    (p) =>
      p.end <= c.index &&
      !p.adjective &&
      (!inQuote(ts.info, p.start) || (cueQuote >= 0 && quoteOf(p.start) === cueQuote)),
  );
  for (let k = 0; k + 1 < before.length; k++) {
    const a = before[k]!;
    const b = before[k + 1]!;
    const gap = gapOf(ts, a, b);
    // "Stockton and Foshan, China, officially become": the qualifier's commas are no obstacle.
    const verb = wordsBetween(ts, b.end, c.index)
      .replace(/^\s*\([^)]*\)/, '')
      .replace(/^[\s,]*,\s*/, ' ');
    // "to make A and B sister cities": the verb stands before the pair.
    if (
      PAIR_AND.test(gap) &&
      /^\s*$/.test(verb) &&
      MAKE_BEFORE.test(ts.text.slice(Math.max(0, a.start - 12), a.start))
    ) {
      out.push(pair(a, b, c, 'made-pair'));
      continue;
    }
    // "A, B sign ...", "A and B: 30 years of twinning"
    if (
      ts.info.s.isTitle &&
      /^(?:and|,)?$/.test(gap) &&
      (HEADLINE_SIGN.test(verb) || /^\s*[:–—]\s+(?:[\w-]+\s+){0,4}$/.test(verb)) &&
      verb.length < 30
    ) {
      out.push(pair(a, b, c, 'headline-sign'));
      continue;
    }
    // "A and B were joined by a new road, and the sister city festival ...": a new clause before the tie word; "A and
    // B are C's twin towns": another place before the tie word owns it.
    if (
      !ts.ends.some((p) => p.start >= b.end && p.end <= c.index && p.place !== a.place && p.place !== b.place) &&
      PAIR_AND.test(gap) &&
      PAIR_VERB.test(verb) &&
      !OWNERS_OF_TIES.test(verb) &&
      verb.length < 90 &&
      !/[,;]\s+(?:and|but|while|whereas)\s/.test(verb)
    )
      out.push(pair(a, b, c, 'pair-verb'));
    // "A and B, sister cities since 1986, ...", "A and B: twin towns since 1970".
    else if (
      (PAIR_AND.test(gap) || (ts.info.s.isTitle && gap === '')) &&
      PAIR_APPOSED.test(wordsBetween(ts, b.end, c.index)) &&
      PAIR_TIE.test(c[0])
    )
      out.push(pair(a, b, c, 'pair-apposition'));
  }
  return out;
}

/**
 * A tie told before its subject, in a phrase that opens the sentence: "Twinned since 1990, A and B hold ...", "Sister
 * cities for 30 years, A and B ...", "Twinned with B since 1990, A hosts ..." (the subject after the comma owns it).
 */
export function frontedPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const { text } = ts;
  // "With B as its twin town since 1968, A has hosted ...": the partner before the tie word, the owner after the comma.
  const withAs = WITH_AS.exec(text.slice(0, c.index));
  // (a bare "partner" is said of projects and firms too: "With Bonn as its partner, A applied for funds")
  if (withAs && !/^(?:partners?|partnerships?|relationship|relations|links?|ties?)$/i.test(c[0])) {
    const partner = ts.ends.find((p) => p.start === withAs[1]!.length);
    const comma = text.indexOf(',', c.index + c[0].length);
    const owner = comma > 0 && !/[.;:]/.test(text.slice(c.index, comma)) ? endsAfter(ts, comma + 1)[0] : undefined;
    if (!partner || !owner || partner.place === owner.place) return [];
    if (!/^\s*(?:the\s+(?:city|town)\s+of\s+)?$/i.test(wordsBetween(ts, comma + 1, owner.start))) return [];
    return [pair(owner, partner, c, 'fronted', [0, comma])];
  }
  if (!FRONTED_BEFORE.test(text.slice(0, c.index))) return [];
  const comma = text.indexOf(',', c.index + c[0].length);
  if (comma < 0 || /[.;:]/.test(text.slice(c.index, comma))) return [];
  const inPhrase = ts.ends.filter((p) => p.start > c.index && p.end <= comma);
  const after = endsAfter(ts, comma + 1);
  const first = after[0];
  if (
    !first ||
    !/^\s*(?:the\s+(?:cities|towns|provinces|states|prefectures)\s+of\s+)?$/i.test(
      wordsBetween(ts, comma + 1, first.start),
    )
  )
    return [];
  const window: [number, number] = [0, comma];
  // "Twinned with B since 1990, A ...": the partner is in the phrase, the subject after it.
  if (inPhrase.length)
    return /^\s+(?:with|to)\s+$/i.test(text.slice(c.index + c[0].length, inPhrase[0]!.start)) ||
      /(?:with|to)$/i.test(c[0])
      ? inPhrase.filter((p) => p.place !== first.place).map((p) => pair(first, p, c, 'fronted', window))
      : [];
  // "Since establishing a partnership with Siemens in 1985, A and B ...": a tie with a third party is not the pair's.
  if (/^\s+with\b/i.test(text.slice(c.index + c[0].length)) || /with$/i.test(c[0])) return [];
  const second = after[1];
  // "Under the sister city agreement signed in 1990, A and B ...": any tie word after such a preposition.
  const under = !/^\s*(?:[\w-]+\s+)?$/.test(text.slice(0, c.index));
  return (PAIR_TIE.test(c[0]) || under) && second && PAIR_AND.test(gapOf(ts, first, second))
    ? [pair(first, second, c, 'fronted', window)]
    : [];
}

/** "With B as its twin town": the partner's name and "as its" before the tie word, opening the sentence. */
const WITH_AS =
  /^(\W*With\s+(?:the\s+(?:city|town)\s+of\s+)?)\p{Lu}[^,;.]{0,40}?\s+as\s+(?:its|their|a|an)\s+(?:[\w-]+\s+)?$/u;

/** What may stand before a tie word opening a sentence: "Officially twinned since ...", "Long-time sister cities". */
const FRONTED_BEFORE = new RegExp(
  String.raw`^\s*(?:(?:officially|formally|long|long-time|longtime|now|both)\s+` +
    String.raw`|(?:under|through|thanks to|as part of)\s+(?:the|their|a|an)\s+(?:[\w-]+\s+)?` +
    // "Since establishing friendly relations in 1985, A and B ...", "Ever since signing their twinning charter, ..."
    String.raw`|(?:ever\s+)?since\s+(?:establishing|signing|concluding|forging|becoming)\s+` +
    String.raw`(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?)?$`,
  'i',
);
