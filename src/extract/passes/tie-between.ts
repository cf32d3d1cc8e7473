/**
 * Tie passes for pairs named together: "between A and B" (and lists of pairs, "between A and B, and C and D"),
 * "between the two cities" after the two are named, "the Ohio-Saitama sister-state relationship", "the sister cities
 * of A and B".
 */
import {
  BETWEEN_FIRST,
  BETWEEN_NEXT,
  BETWEEN_THE_TWO,
  CITY_WORDS,
  OWNER_PRONOUN,
  PAIR_AFTER,
  PAIR_AND,
  PAIRS_LISTED,
  PLURAL_TIE,
  TIE_UNITES,
} from '../cues/ties.ts';
import type { PlaceMention } from '../document.ts';
import { endsAfter, gapOf, nearestCue, pair, type Pair, type TieSentence } from './tie-sentence.ts';

/**
 * "A and B signed an agreement formalizing ties between the two cities, after A cancelled ...": the two places before
 * "the two cities", when exactly two of that kind stand there.
 */
export function betweenTheTwo(ts: TieSentence): Pair[] {
  const m = BETWEEN_THE_TWO.exec(ts.text);
  if (!m) return [];
  const cityWords = CITY_WORDS.test(m[1]!);
  const before = ts.ends.filter(
    (p) =>
      p.end <= m.index &&
      (cityWords ? ['city', 'town', 'municipality'].includes(p.place.kind) : !['city', 'town'].includes(p.place.kind)),
  );
  const distinct = before.filter((p, k) => before.findIndex((q) => q.place === p.place) === k);
  return distinct.length === 2
    ? [pair(distinct[0]!, distinct[1]!, nearestCue(ts.cues, m.index), 'between-the-two')]
    : [];
}

/**
 * "between A and B", "between A with B", "between A in Germany and B", "between A and B, and C and D"; and a tie that
 * "unites A with B" ("the twinning agreement that unites A with the town of B", "the friendship linking A and B").
 */
export function betweenPairs(ts: TieSentence): Pair[] {
  const out: Pair[] = [];
  const word = new RegExp(`\\bbetween\\s|${TIE_UNITES.source}`, 'gi');
  for (let bm = word.exec(ts.text); bm !== null; bm = word.exec(ts.text)) {
    const from = bm.index + bm[0].length;
    const first = endsAfter(ts, bm.index)[0];
    if (!first || first.start < from || !BETWEEN_FIRST.test(ts.text.slice(from, first.start).trim())) continue;
    const chain: PlaceMention[] = [first];
    let previous = first;
    for (const p of endsAfter(ts, first.end)) {
      const last = chain[chain.length - 1]!;
      // "between Gangnam District of Seoul and B": the city a district lies in qualifies it.
      if (previous === last && gapOf(ts, last, p) === 'of' && DISTRICT_KINDS.has(last.place.kind)) {
        previous = p;
        continue;
      }
      if (!BETWEEN_NEXT.test(gapOf(ts, previous, p))) break;
      chain.push(p);
      previous = p;
    }
    for (let k = 0; k + 1 < chain.length; k += 2)
      out.push(pair(chain[k]!, chain[k + 1]!, nearestCue(ts.cues, bm.index), 'between'));
    if (chain.length > 1) ts.covered = Math.max(ts.covered, chain[chain.length - 1]!.end);
  }
  return out;
}

/**
 * Pairs named after the tie, by the heads who signed it or as what they are: "The agreement was signed in 1994 by the
 * mayors of A and B", "As sister cities, A and B exchange students".
 */
export function namedAfterPairs(ts: TieSentence): Pair[] {
  const out: Pair[] = [];
  for (const re of [SIGNED_BY_HEADS, AS_TIES]) {
    const m = re.exec(ts.text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const [a, b] = endsAfter(ts, from);
    if (!a || !b || a.start !== from || !/^and$/.test(gapOf(ts, a, b)) || a.place === b.place) continue;
    out.push(pair(a, b, nearestCue(ts.cues, m.index), re === AS_TIES ? 'as-ties' : 'signed-by-heads'));
  }
  return out;
}

/** "signed (in 1994) by the mayors of ", "sealed by the governors of the ": the heads of the two places. */
const SIGNED_BY_HEADS = new RegExp(
  String.raw`\b(?:signed|sealed|concluded|inked|initialled|countersigned)\s+(?:[^,.;]{0,30}?\s+)?by\s+the\s+` +
    String.raw`(?:two\s+)?(?:mayors|governors|leaders|heads|presidents|chairmen|chairs|representatives)\s+of\s+` +
    String.raw`(?:the\s+)?(?:(?:cities|towns|provinces|prefectures|states|municipalities)\s+of\s+)?`,
  'i',
);

/** "As sister cities, ", "As twin towns, " opening the sentence: the pair follows. */
const AS_TIES = new RegExp(
  String.raw`^As\s+(?:sister|twin|twinned|partner|friendship)[- ]` +
    String.raw`(?:cities|towns|provinces|states|prefectures|regions|municipalities),\s+`,
  'i',
);

/** Kinds of places inside a city, whose city may follow after "of". */
const DISTRICT_KINDS = new Set(['district', 'ward', 'borough']);

/** "Ohio-Saitama sister-state relationship": two places joined by a hyphen right before a tie word. */
export function hyphenPairs(ts: TieSentence): Pair[] {
  const out: Pair[] = [];
  for (let k = 0; k + 1 < ts.ends.length; k++) {
    const a = ts.ends[k]!;
    const b = ts.ends[k + 1]!;
    if (/^[-–/]$/.test(ts.text.slice(a.end, b.start)) && ts.cues.some((c) => c.index >= b.end && c.index - b.end < 4))
      out.push(pair(a, b, nearestCue(ts.cues, b.end), 'hyphen-pair'));
  }
  return out;
}

/**
 * "the sister cities of A and B", "the twinning of A and B"; "twin towns A and B" (a plural tie word right before
 * the pair, when no owner stands before it: not "Perth's sister cities A and B").
 */
export function ofPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const cueEnd = c.index + c[0].length;
  const first = endsAfter(ts, cueEnd)[0];
  if (!first) return [];
  // "The sister state relationship of A and B dates back to 1980": the tie's noun after a kind, then "of".
  const nounOf = /^[\s-]*(?:relationship|relations|ties|agreement|partnership|link|accord|pact|charter)\s+of\s+$/i;
  const singular = !PLURAL_TIE.test(c[0]) && KIND_WORD.test(c[0]) && nounOf.test(ts.text.slice(cueEnd, first.start));
  if (!PLURAL_TIE.test(c[0]) && !singular) return [];
  const between = singular ? ' of ' : ts.text.slice(cueEnd, first.start);
  const owned =
    ts.ends.some((p) => p.possessive && p.end <= c.index && c.index - p.end < 20) ||
    OWNER_PRONOUN.test(ts.text.slice(Math.max(0, c.index - 30), c.index));
  // "The sister cities, A and B, held ...": the pair set off by commas.
  const apposed = /^,\s+$/.test(between) && !owned && /s$/i.test(c[0]);
  if (!/^\s*of\s+$/.test(between) && !(/^\s+$/.test(between) && !owned && /s$/i.test(c[0])) && !apposed) return [];
  const second = endsAfter(ts, first.end)[0];
  if (apposed && !(second && /^\s*,/.test(ts.text.slice(second.end)))) return [];
  // A headline joins the pair by a comma: "Sister cities A, B mark anniversary".
  const gap = second ? gapOf(ts, first, second) : null;
  return second && (gap === 'and' || (gap === '' && ts.info.s.isTitle)) ? [pair(first, second, c, 'of-pair')] : [];
}

/** A cue that names the kind of tie: "sister state", "twin town", "friendship city". */
const KIND_WORD = /^(?:sister|twin|friendship|twinning)\b/i;

/** "three more pairs of cities did the same: A and B; C and the city of D": pairs after a colon, one a part. */
export function listedPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  if (!PAIRS_LISTED.test(c[0])) return [];
  const colon = ts.text.indexOf(':', c.index);
  if (colon < 0) return [];
  const out: Pair[] = [];
  let from = colon + 1;
  for (const part of ts.text.slice(from).split(';')) {
    const to = from + part.length;
    const inPart = ts.ends.filter((p) => p.start >= from && p.end <= to);
    if (inPart.length >= 2 && PAIR_AND.test(gapOf(ts, inPart[0]!, inPart[1]!)))
      out.push(pair(inPart[0]!, inPart[1]!, c, 'pair-list', [from, to]));
    from = to + 1;
  }
  return out;
}

/**
 * "Hereford with Vierzon, Leominster with Liederbach and Ross with Betzdorf": pairs told as "A with B", two or more
 * of them joined by commas, "and" or semicolons, in a sentence with a tie word. One such pair alone is left to the
 * other passes ("the twinning of A with B"), as "A with B" is as often a visit or a match.
 */
export function withPairs(ts: TieSentence): Pair[] {
  const { text, ends } = ts;
  if (ends.length < 4) return [];
  const found: Array<[PlaceMention, PlaceMention]> = [];
  for (let k = 0; k + 1 < ends.length; k++) {
    const a = ends[k]!;
    const b = ends[k + 1]!;
    if (!/^\s+with\s+$/.test(text.slice(a.end, b.start))) continue;
    const last = found[found.length - 1];
    // each pair right after the one before: ", ", " and ", "; "
    if (last && !/^\s*(?:,|;|,?\s+and)\s+$/.test(text.slice(last[1].end, a.start))) break;
    found.push([a, b]);
    k++;
  }
  if (found.length < 2) return [];
  const cue = nearestCue(ts.cues, found[0]![0].start);
  return found.filter(([a, b]) => a.place !== b.place).map(([a, b]) => pair(a, b, cue, 'with-pairs', [a.start, b.end]));
}

/**
 * "A has been linked with B through a twinning charter", "A sister-city agreement links A with B", "The charter has
 * linked A and B since 1990": the verb of linking joins the pair of a sentence that names the tie.
 */
export function linkedPairs(ts: TieSentence): Pair[] {
  const { text, ends } = ts;
  if (ends.length < 2 || !/\blink(?:s|ed)\b/i.test(text)) return [];
  const out: Pair[] = [];
  for (let k = 0; k + 1 < ends.length; k++) {
    const a = ends[k]!;
    const b = ends[k + 1]!;
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 30), a.start);
    // "A has been linked with B", "A is linked to B"; "links A with B", "has linked A and B".
    // The tie links them, not a road: "A sister-city agreement links A with B" (the tie word the subject, in the
    // clause), "A has been linked with B through a twinning charter" (the means after the pair).
    const passive = LINKED_GAP.test(gap);
    const active = /^\s+(?:with|and|to)\s+(?:the\s+(?:city|town)\s+of\s+)?$/i.test(gap) && LINKS_BEFORE.test(before);
    const cue = active
      ? ts.cues.find((c) => c.index < a.start && !/[,;.]/.test(text.slice(c.index, a.start)))
      : passive
        ? ts.cues.find(
            (c) =>
              c.index > b.end &&
              !/[,;]/.test(text.slice(b.end, c.index)) &&
              MEANS_BEFORE_CUE.test(text.slice(b.end, c.index)),
          )
        : undefined;
    if (cue && a.place !== b.place) {
      out.push(pair(a, b, cue, 'linked'));
      k++;
    }
  }
  return out;
}

/** Between the pair of "A has (officially) been linked with B". */
const LINKED_GAP = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|is|are|was|were|been|also|officially|formally|first|now)\s+)*linked\s+` +
    String.raw`(?:with|to)\s+(?:the\s+(?:city|town)\s+of\s+)?$`,
  'i',
);
/** Between the second place and the tie word of "linked with B through a twinning charter". */
const MEANS_BEFORE_CUE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:through|by|under|via|as|in)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?$/i;
/** Before the first place of "links A with B", "has linked A and B". */
const LINKS_BEFORE = /\b(?:links|linked|linking)\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;

/** "the sister-city agreement signed by A and B in 1990": the pair after the tie word and a participle. */
/** A verb of making or keeping a tie after the pair of a relative clause: "entered into", "signed", "have kept". */
const RELATIVE_VERB = new RegExp(
  String.raw`^\s+(?:(?:have|has|had)\s+(?:\w+\s+)?)?(?:entered|signed|established|formed|forged|concluded|sealed` +
    String.raw`|launched|inked|formali[sz]ed|kept|maintained|nurtured|enjoyed|shared|renewed|celebrated|share|enjoy` +
    String.raw`|maintain)\b`,
  'i',
);

export function pairAfter(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const cueEnd = c.index + c[0].length;
  const first = endsAfter(ts, cueEnd)[0];
  if (!first || !PAIR_AFTER.test(ts.text.slice(cueEnd, first.start))) return [];
  const second = endsAfter(ts, first.end)[0];
  if (!second || !PAIR_AND.test(gapOf(ts, first, second))) return [];
  // A relative clause's pair must act on the tie: "which A and B entered into / signed / have kept".
  if (
    /\b(?:which|that)\s+$/i.test(ts.text.slice(c.index, first.start)) &&
    !RELATIVE_VERB.test(ts.text.slice(second.end))
  )
    return [];
  return [pair(first, second, c, 'pair-after')];
}
