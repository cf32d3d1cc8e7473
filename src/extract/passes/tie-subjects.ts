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
import { gapOf, inQuote, pair, wordsBetween, type Pair, type TieSentence } from './tie-sentence.ts';

export function subjectPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const out: Pair[] = [];
  // "A and B have sister-city ties with C", "A and B Celebrate Decades of Friendship with Japanese Sister Cities":
  // the pair share a partner, they are not each other's.
  if (WITH_AFTER.test(ts.text.slice(c.index + c[0].length))) return [];
  const before = ts.ends.filter((p) => p.end <= c.index && !inQuote(ts.info, p.start));
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
    if (ts.info.s.isTitle && /^(?:and|,)?$/.test(gap) && HEADLINE_SIGN.test(verb) && verb.length < 30) {
      out.push(pair(a, b, c, 'headline-sign'));
      continue;
    }
    if (PAIR_AND.test(gap) && PAIR_VERB.test(verb) && !OWNERS_OF_TIES.test(verb) && verb.length < 70)
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
