/**
 * Ties between places (sister cities, friendship cities, sister states, twin towns, partnerships) and the year they
 * began: stated ("signed in 1973", "since 1969"), derived ("the 50th anniversary", "for 37 years", "30-year
 * friendship" as of the article's year), or the article's own year for a tie signed in the article's present.
 */
import type { SinceBasis, TieKind } from '../facts/types.ts';
import type { Doc, PersonMention, PlaceMention, PlaceRec, SentenceInfo } from './document.ts';
import { tieConfidence } from './confidence.ts';
import { placeWithin } from './document.ts';
import {
  ANNIVERSARY,
  ESTABLISH,
  KIND_RANK,
  NOW_OBSTACLES,
  NUM_WORDS,
  ORD_WORDS,
  STATED_YEAR,
  TIE_CUE as CUE,
  kindOf,
} from './cues/ties.ts';

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
  /** The pattern that found the pair (see `pairs`). */
  rule: string;
  confidence: number;
}

/** Places that can be an end of a tie: named, not countries, not adjectives of countries. */
function ends(info: SentenceInfo): PlaceMention[] {
  return info.places.filter((m) => m.place.kind !== 'country' && !m.qualifies);
}

/** Finds ties stated in the document, merged per pair of places. */
export function findTies(doc: Doc): Tie[] {
  const found: Tie[] = [];
  let lastTies: Tie[] = [];
  for (let n = 0; n < doc.sentences.length; n++) {
    const info = doc.sentences[n]!;
    const text = info.s.text;
    CUE.lastIndex = 0;
    const cues: RegExpExecArray[] = [];
    for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) cues.push(m);
    const here: Tie[] = [];
    if (cues.length) {
      for (const [a, b, cue, window, rule] of pairs(doc, n, info, cues)) {
        if (a.place === b.place || placeWithin(a.place, b.place) || placeWithin(b.place, a.place)) continue;
        if (planned(text, cue.index)) continue;
        // The most specific tie word around the pair: "sister city relationship between A and B" is a sister tie.
        const lo = Math.min(a.start, b.start, cue.index) - 60;
        const hi = Math.max(a.end, b.end) + 20;
        const kind = cues
          .filter((c) => c.index >= lo && c.index <= hi)
          .map((c) => kindOf(c[0]))
          .reduce((best, k) => (KIND_RANK[k] > KIND_RANK[best] ? k : best), kindOf(cue[0]));
        const since = window
          ? sinceOf(doc, info, window[0], window[1], cue.index, true)
          : sinceOf(
              doc,
              info,
              Math.max(0, Math.min(a.start, b.start, cue.index)),
              Math.max(a.end, b.end, cue.index + cue[0].length),
              cue.index,
            );
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
    if (
      !here.length &&
      lastTies.length === 1 &&
      new RegExp(
        "^(?:A|The|This|That|Their|Its|The two cities'?) (?:relationship|partnership|tie|friendship" +
          String.raw`|link)\b.*\b(?:began|started|dates? back to|was established|was formed|was signed)\b`,
        'i',
      ).test(text)
    ) {
      // "A relationship that began in 1986 after ..." continues the tie of the sentence before.
      const prev = lastTies[0]!;
      const since = sinceOf(doc, info, 0, info.s.text.length, 0);
      if (since.since !== null && prev.since === null)
        Object.assign(prev, { since: since.since, basis: since.basis, note: since.note });
    }
    found.push(...here);
    lastTies = here.length ? here : n > 0 && doc.sentences[n - 1]!.s.para === info.s.para ? lastTies : here;
  }
  return merge(found);
}

/** A tie only planned or hoped for is no tie: "a letter of intent to establish sister-state relations". */
function planned(text: string, cueAt: number): boolean {
  const before = text.slice(Math.max(0, cueAt - 50), cueAt);
  // "... a sister city relationship would be discussed later"
  if (
    new RegExp(
      String.raw`^[\w\s-]{0,40}?\b(?:would|will|could|may|might|is to|are to)\s+(?:be\s+)?(?:discussed|considered` +
        String.raw`|explored|studied|established|signed|formed)\b`,
      'i',
    ).test(text.slice(cueAt))
  )
    return true;
  return (
    new RegExp(
      String.raw`\b(?:intent|intention|plans?|planning|hopes?|hoping|aims?|wish(?:es)?|seeks?|seeking|explore` +
        '|exploring|consider(?:ing)?|discuss(?:ed|ing)?|proposed?|will' +
        String.raw`|would)\s+(?:to\s+)?(?:\w+\s+)?(?:establish|become|form|forge|build|sign` +
        String.raw`|set up)\s+(?:\w+\s+){0,2}$`,
      'i',
    ).test(before) || /\bletter of intent\b/i.test(before)
  );
}

/**
 * What may stand between two items of a list of partners: commas, "and", short modifiers ("second (B) and third
 * (C)"); not a phrase that describes the item before ("A the capital of the state of B", "A in B").
 */
function listGap(gap: string): boolean {
  // "B (52 years) and the English town of C": a parenthesis and a description of the next item are no obstacle.
  const g = gap
    .replace(/\([^)]*\)/g, ' ')
    .replace(
      /\b(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:town|city|municipality|village|county|province|region|state)\s+of\s*$/u,
      '',
    )
    .trim();
  return g.length <= 30 && !/\b(?:the|of|in|near|capital|which|who|where)\b/i.test(g);
}

/** Two ends, the cue that links them, and optionally the part of the sentence that speaks of this pair alone. */
type Pair = [PlaceMention, PlaceMention, RegExpExecArray, [number, number] | undefined, string];

/** Pairs of place mentions a tie cue links, with the cue that links them. */
function pairs(doc: Doc, n: number, info: SentenceInfo, cues: RegExpExecArray[]): Pair[] {
  const text = info.s.text;
  const places = ends(info);
  const out: Pair[] = [];
  const cue = cues[0]!;
  if (places.length === 0) {
    const two = theTwo(doc, n, info);
    return two ? [[two[0], two[1], cue, undefined, 'the-two']] : out;
  }
  // "A and B signed an agreement formalizing ties between the two cities, after A cancelled ...": the two places
  // before "the two cities", when exactly two of that kind stand there.
  const twoHere = new RegExp(
    String.raw`\bbetween (?:the two|both|these two) (cities|towns|municipalities|provinces|prefectures|states` +
      String.raw`|regions|counties)\b`,
    'i',
  ).exec(text);
  if (twoHere) {
    const cityWords = /^(?:cities|towns|municipalities)$/i.test(twoHere[1]!);
    const before = places.filter(
      (p) =>
        p.end <= twoHere.index &&
        (cityWords
          ? ['city', 'town', 'municipality'].includes(p.place.kind)
          : !['city', 'town'].includes(p.place.kind)),
    );
    const distinct = before.filter((p, k) => before.findIndex((q) => q.place === p.place) === k);
    if (distinct.length === 2)
      out.push([distinct[0]!, distinct[1]!, nearestCue(cues, twoHere.index), undefined, 'between-the-two']);
  }
  const after = (pos: number): PlaceMention[] => places.filter((p) => p.start >= pos);
  // The words between two ends, with qualifiers ("Wuhan, Hubei province") left out.
  const between = (from: number, to: number): string => {
    let g = text.slice(from, to);
    for (const q of info.places)
      if (q.qualifies && q.start >= from && q.end <= to) g = g.replace(text.slice(q.start, q.end), '');
    return g;
  };
  const gap = (a: PlaceMention, b: PlaceMention): string =>
    between(a.end, b.start)
      .replace(/[\s,]+/g, ' ')
      .trim();
  let covered = -1;

  // "between A and B" / "between A with B" / "between A and B, and C and D"
  const betweenWord = /\bbetween\b/gi;
  for (let bm = betweenWord.exec(text); bm !== null; bm = betweenWord.exec(text)) {
    const first = after(bm.index)[0];
    if (
      !first ||
      !/^(?:the\s+)?(?:cit(?:y|ies)|town|province|state|prefecture)?\s*(?:of\s+)?$/i.test(
        text.slice(bm.index + 8, first.start).trim(),
      )
    )
      continue;
    const chain = [first];
    for (const p of after(first.end)) {
      // "between A in Germany and B": a qualifier after an end leaves its "in" behind.
      if (
        !/^(?:in )?(?:and|with|and the (?:city|town|province|state|prefecture|county) of)$/i.test(
          gap(chain[chain.length - 1]!, p),
        )
      )
        break;
      chain.push(p);
    }
    for (let k = 0; k + 1 < chain.length; k += 2)
      out.push([chain[k]!, chain[k + 1]!, nearestCue(cues, bm.index), undefined, 'between']);
    if (chain.length > 1) covered = Math.max(covered, chain[chain.length - 1]!.end);
  }

  // "Ohio-Saitama sister-state relationship"
  for (let k = 0; k + 1 < places.length; k++) {
    const a = places[k]!;
    const b = places[k + 1]!;
    if (text.slice(a.end, b.start) === '-' && cues.some((c) => c.index >= b.end && c.index - b.end < 4))
      out.push([a, b, nearestCue(cues, b.end), undefined, 'hyphen-pair']);
  }

  for (const c of cues) {
    if (c.index < covered) continue;
    const cueEnd = c.index + c[0].length;
    // "A and B became sister cities", "Hunan and Tasmania ... had officially established sister province relationship"
    const beforeCue = places.filter((p) => p.end <= c.index && !inQuote(info, p.start));
    for (let k = 0; k + 1 < beforeCue.length; k++) {
      const a = beforeCue[k]!;
      const b = beforeCue[k + 1]!;
      const verb = between(b.end, c.index).replace(/^,\s*/, ' ');
      // "to make A and B sister cities": the verb stands before the pair.
      if (
        gap(a, b) === 'and' &&
        /^\s*$/.test(verb) &&
        /\b(?:make|makes|made|making|become|became|declared|named)\s+$/i.test(
          text.slice(Math.max(0, a.start - 12), a.start),
        )
      ) {
        out.push([a, b, c, undefined, 'made-pair']);
        continue;
      }
      // Headlines: "A and B sign sisterhood", "A, B sign sister cities agreement".
      const headlineGap = info.s.isTitle ? /^(?:and|,)?$/.test(gap(a, b)) : false;
      if (headlineGap && /^\s+(?:sign|signs|ink|inks|seal|seals)\b/i.test(verb) && verb.length < 30) {
        out.push([a, b, c, undefined, 'headline-sign']);
        continue;
      }
      if (
        gap(a, b) === 'and' &&
        new RegExp(
          String.raw`^(?:\s+of\s+\p{Lu}\p{L}+)?\s+(?:in (?:\p{Lu}\p{L}+ )?\d{4},? )?(?:have |has |had ` +
            '|officially |formally |also |then |now |long )*(?:(?:have|has|had|share|shares|enjoy|enjoys' +
            String.raw`|maintain|maintains) (?:a|an)\b|became|become|been|are|were|established|signed|formed|forged` +
            String.raw`|concluded|agreed to become|inked|launched|upgraded)\b`,
          'u',
        ).test(verb) &&
        verb.length < 70
      ) {
        out.push([a, b, c, undefined, 'pair-verb']);
      }
    }
    // "A ... TIE with B, C and D" / "Hokkaido's sister state agreement with Alberta"
    // "Nagoya is also a sister city of Los Angeles, Mexico City and Reims": "of" after a singular tie word lists too.
    const withM = /(?:sister|twin|partner|friendship)[- ](?:city|town|state|province|prefecture)\s+(of)\b|\b(with)\b/gi;
    withM.lastIndex = c.index;
    const wm = withM.exec(text);
    if (wm) wm.index += wm[0].length - (wm[1] ?? wm[2])!.length;
    if (wm && wm.index - cueEnd <= 60 && !/[.;]/.test(text.slice(cueEnd, wm.index))) {
      // "the twinning of Meaux with B": the place right after "of" owns the tie.
      const ofOwner = places.find(
        (p) =>
          p.end <= wm.index &&
          /^\s+of\s+$/.test(text.slice(cueEnd, p.start)) &&
          /^\s+$/.test(text.slice(p.end, wm.index)),
      );
      const subject = ofOwner ?? subjectBefore(places, c.index);
      if (subject) {
        let end = clauseEnd(text, wm.index, false);
        // A list goes on past ", and" when a place follows: "with A, Japan, B, China, and C, South Korea".
        const and = /^,?\s+and\s+/.exec(text.slice(end));
        if (and && places.some((p) => p.start === end + and[0].length))
          end = clauseEnd(text, end + and[0].length, false);
        let previous: PlaceMention | null = null;
        for (const p of after(wm.index + 2)) {
          // A possessive is not a partner but describes one ("a sister city of Harbin's neighbour ...").
          if (p.start >= end || p.possessive) break;
          // A list goes on through commas and "and" only: "with A, the capital of B" names one partner.
          if (previous && !listGap(gap(previous, p))) break;
          previous = p;
          // "B (52 years) and C (32 years)": a duration right after a partner is that partner's.
          const own = /^\s*\(\d{1,3} years?\)/.exec(text.slice(p.end));
          if (p !== subject && p.place !== subject.place)
            out.push(
              own
                ? [subject, p, c, [p.end, p.end + own[0].length], 'with-list']
                : [subject, p, c, undefined, 'with-list'],
            );
        }
        // "... twinned with Riverside, California, since 1957, and with Rennes, France": each "with" its own years.
        const MORE = /,?\s+and\s+(?:also\s+)?with\b/i;
        const AND_WITH = /^[^;]*?,?\s+and\s+(?:also\s+)?with\b/i;
        for (let more = AND_WITH.exec(text.slice(end)); more; more = AND_WITH.exec(text.slice(end))) {
          if (places.some((p) => p.start >= end && p.start < end + more![0].length)) break;
          const from = end + more[0].length;
          end = clauseEnd(text, from, false);
          // This part's years run to the next "and with" or the end of the sentence: "and with B since 1986".
          const next = MORE.exec(text.slice(from));
          const partEnd = next ? from + next.index : text.length;
          for (const p of after(from))
            if (p.start < end && p.place !== subject.place) out.push([subject, p, c, [from, partEnd], 'and-with']);
        }
      }
    }
    // "Seattle's sister city Kobe", "Kobe, a sister city of Seattle since 1957", "the sister cities of A and B"
    const rightAfter = after(cueEnd).find((p) => /^\s*(?:of\s+)?$/.test(text.slice(cueEnd, p.start)));
    const possBefore = places.find(
      (p) => p.possessive && /^\s*(?:\w+\s+)?$/.test(text.slice(p.end + 2, c.index)) && p.end <= c.index,
    );
    if (possBefore && rightAfter && possBefore.place !== rightAfter.place)
      out.push([possBefore, rightAfter, c, undefined, 'possessive']);
    const apposed = places
      .filter(
        (p) =>
          p.end <= c.index && /^,\s+(?:a|the|its|one of (?:its|the))\s+(?:\w+\s+)?$/i.test(between(p.end, c.index)),
      )
      .pop();
    // "Nanjing, the sister city St. Louis has had since 1979" names the owner right after the tie word, too.
    if (apposed && rightAfter && apposed.place !== rightAfter.place)
      out.push([apposed, rightAfter, c, undefined, 'apposition']);
    if (
      rightAfter &&
      /^\s*of\s+$/.test(text.slice(cueEnd, rightAfter.start)) &&
      /\b(?:cities|towns|states|provinces)$/i.test(c[0])
    ) {
      const second = after(rightAfter.end)[0];
      if (second && gap(rightAfter, second) === 'and') out.push([rightAfter, second, c, undefined, 'of-pair']);
    }
    // "its sister city Sapporo" / "Portland, his sister city"
    const poss = /\b(its|his|her|their)\s+(?:\w+\s+)?$/i.exec(text.slice(Math.max(0, c.index - 30), c.index));
    if (poss) {
      const right = after(cueEnd).find((p) => /^\s*(?:of\s+)?$/.test(text.slice(cueEnd, p.start)));
      const left = places.filter(
        (p) => p.end <= c.index && /^,\s*(?:,\s*)?(?:his|her|its|their)/i.test(between(p.end, c.index)),
      );
      const target = right ?? left[left.length - 1];
      if (target) {
        const owner = ownerOf(info, doc.sentences[n - 1], poss[1]!.toLowerCase(), target, c.index);
        if (owner) out.push([owner, target, c, undefined, 'pronoun-owner']);
      }
    }
  }
  if (out.length) return out;
  const signers = officialsWhoSigned(info, cue);
  if (signers) return [[signers[0], signers[1], cue, undefined, 'officials-signed']];
  const two = theTwo(doc, n, info);
  if (two) return [[two[0], two[1], cue, undefined, 'the-two']];
  // "A has three sister cities. The other two are B and C." / "A's sister cities include B and C"
  const listCue = new RegExp(
    String.raw`\b(?:sister|twin|friendship|partner) (?:cities|towns|states|provinces)\b[^.]*?\b(?:are|include` +
      String.raw`|includes|including)\b`,
    'i',
  ).exec(text);
  if (listCue) {
    const subject = places.find((p) => p.start < listCue.index);
    if (subject)
      for (const p of after(listCue.index + listCue[0].length)) out.push([subject, p, cue, undefined, 'list-include']);
    if (out.length) return out;
  }
  const next = doc.sentences[n + 1];
  if (
    /\bhas (?:\w+ )?(?:sister|twin|friendship|partner) (?:cities|towns|states|provinces)\b/i.test(text) &&
    next &&
    /^The other (?:\w+ )?(?:are|is|include)\b/i.test(next.s.text)
  ) {
    const subject = places[0]!;
    for (const p of ends(next)) out.push([subject, p, cue, undefined, 'list-the-other']);
  }
  return out;
}

/**
 * "Louisville Mayor Greg Fischer and Quito Mayor Augusto Barrera signed a sister city agreement": officials of two
 * places who sign a tie stand for their places.
 */
function officialsWhoSigned(info: SentenceInfo, cue: RegExpExecArray): [PlaceMention, PlaceMention] | null {
  const text = info.s.text;
  const verb = /\b(?:signed|signs|inked|concluded)\b/i.exec(text);
  if (!verb || verb.index > cue.index) return null;
  const before = info.people.filter((m) => m.end <= verb.index);
  if (before.length < 2) return null;
  const [p, q] = before.slice(-2) as [PersonMention, PersonMention];
  if (!/\b(?:and|with)\b/.test(text.slice(p.end, q.start))) return null;
  const placeOf = (m: PersonMention): PlaceMention | null => {
    const place = m.person.offices.find((o) => o.place && o.place.kind !== 'country')?.place;
    return place ? { start: m.start, end: m.end, place, adjective: false, qualifies: null, possessive: false } : null;
  };
  const a = placeOf(p);
  const b = placeOf(q);
  return a && b && a.place !== b.place ? [a, b] : null;
}

/**
 * "between the two cities", "The two provinces have been sister regions since 1987": the two places of that kind the
 * sentence names, or, when it names fewer, the ones the sentences just before named. More than two is ambiguous.
 */
function theTwo(doc: Doc, n: number, info: SentenceInfo): [PlaceMention, PlaceMention] | null {
  // "The cities signed ..." at the start of a sentence; "the two cities", "both provinces" anywhere.
  const m = new RegExp(
    String.raw`\b(the two|both|these two|those two|the)\s+(cities|towns|municipalities|provinces|prefectures` +
      String.raw`|states|regions|counties)\b`,
    'i',
  ).exec(info.s.text);
  if (!m || (m[1]!.toLowerCase() === 'the' && m.index !== 0)) return null;
  const cityWords = /^(?:cities|towns|municipalities)$/i.test(m[2]!);
  const fits = (p: PlaceMention): boolean =>
    cityWords
      ? ['city', 'town', 'municipality'].includes(p.place.kind)
      : !['city', 'town', 'country'].includes(p.place.kind);
  const picked: PlaceMention[] = [];
  for (let k = n; k >= Math.max(0, n - 2); k--) {
    const s = doc.sentences[k]!;
    if (s.s.isTitle) break;
    for (const p of ends(s)) if (fits(p) && !picked.some((q) => q.place === p.place)) picked.push(p);
    if (picked.length >= 2) break;
  }
  if (picked.length !== 2) return null;
  // Mentions from an earlier sentence stand at the cue for the year window of this one.
  const here = (p: PlaceMention): PlaceMention =>
    info.places.includes(p) ? p : { ...p, start: m.index, end: m.index + m[0].length };
  return [here(picked[0]!), here(picked[1]!)];
}

function nearestCue(cues: RegExpExecArray[], pos: number): RegExpExecArray {
  let best = cues[0]!;
  for (const c of cues) if (Math.abs(c.index - pos) < Math.abs(best.index - pos)) best = c;
  return best;
}

/** End of the clause that starts at `pos`: a full stop, a semicolon, or a comma before a verb-ish word. */
function clauseEnd(text: string, pos: number, allowCommas: boolean): number {
  const rest = text.slice(pos);
  const stop = allowCommas
    ? /[;.!?](?:\s|$)|,\s+(?:which|who|while|but|as|when|where|saying|adding)\b/
    : new RegExp(
        String.raw`[;.!?](?:\s|$)|,\s+(?:which|who|while|but|as|when|where|saying|adding|he|she|they|and)\b` +
          String.raw`|\s+(?:for|in|since)\s+\d`,
        '',
      );
  const m = stop.exec(rest);
  return m ? pos + m.index : text.length;
}

/**
 * The place a tie cue belongs to: a possessive ("Tokyo's"), an adjective ("Californian"), or the nearest place before
 * it.
 */
function subjectBefore(places: PlaceMention[], pos: number): PlaceMention | null {
  const before = places.filter((p) => p.end <= pos);
  if (!before.length) return null;
  const poss = before.filter((p) => p.possessive);
  if (poss.length && pos - poss[poss.length - 1]!.end < 40) return poss[poss.length - 1]!;
  return before[before.length - 1]!;
}

function ownerOf(
  info: SentenceInfo,
  previous: SentenceInfo | undefined,
  pronoun: string,
  target: PlaceMention,
  pos: number,
): PlaceMention | null {
  if (pronoun === 'his' || pronoun === 'her') {
    const person = [...info.people].reverse().find((m) => m.start < pos);
    const office = person?.person.offices.find((o) => o.place && o.place.kind !== 'country');
    if (office?.place) {
      const m = info.places.find((p) => p.place === office.place);
      return m ?? { start: -1, end: -1, place: office.place, adjective: false, qualifies: null, possessive: false };
    }
  }
  // "its": the place the sentence, or else the sentence before, is about.
  return (
    ends(info).find((p) => p !== target && p.start < pos) ??
    (previous ? (ends(previous).find((p) => p.place !== target.place) ?? null) : null)
  );
}

function inQuote(info: SentenceInfo, pos: number): boolean {
  return info.quotes.some(([a, b]) => pos >= a && pos < b);
}

/** The start year of a tie stated in this sentence, and how it is known. */
function sinceOf(
  doc: Doc,
  info: SentenceInfo,
  from: number,
  to: number,
  anchor: number,
  exact = false,
): Pick<Tie, 'since' | 'basis' | 'note' | 'signedNow'> {
  // Only the words around the tie count: "defense minister in 2007, ... sister state agreement" must not give 2007.
  const whole = info.s.text;
  const text = exact ? whole.slice(from, to) : whole.slice(Math.max(0, from - 40), Math.min(whole.length, to + 80));
  const near = exact ? text : whole.slice(Math.max(0, from - 12), Math.min(whole.length, to + 80));
  const year = doc.year;
  // Of several years near the tie, the one nearest the tie word: "who met X in 2015, said ... sister cities since
  // 1957".
  const offset = exact ? from : Math.max(0, from - 40);
  let stated: RegExpExecArray | null = null;
  STATED_YEAR.lastIndex = 0;
  for (let m = STATED_YEAR.exec(text); m; m = STATED_YEAR.exec(text)) {
    if (!stated || Math.abs(offset + m.index - anchor) < Math.abs(offset + stated.index - anchor)) stated = m;
  }
  if (stated && near.includes(stated[0])) {
    const y = Number(stated[1]);
    if (year === null || y <= year)
      return { since: y, basis: 'stated', note: `stated: '${stated[0]}'`, signedNow: false };
  }
  if (year !== null) {
    const ann = ANNIVERSARY.exec(text);
    const annN = ann
      ? ann[1]
        ? Number(ann[1])
        : ann[2]
          ? Number(ann[2])
          : (ORD_WORDS[ann[3]!.toLowerCase()] ?? null)
      : null;
    if (ann && annN && annN > 0 && annN < 200) {
      const rest = text.slice(ann.index + ann[0].length, ann.index + ann[0].length + 80);
      if (
        !new RegExp(
          String.raw`^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’']*\s+)+(?:[Dd]istrict|[Cc]ity|[Cc]ounty|[Tt]own` +
            String.raw`|[Pp]rovince|[Ss]tate|[Pp]refecture)\b|^\s+of\s+(?:the\s+|its\s+)?(?:founding|establishment` +
            String.raw`|incorporation)\b`,
          'u',
        ).test(rest)
      ) {
        // "Next year, to celebrate the 30th anniversary": the anniversary falls in the year the sentence speaks of.
        const asOf = year + (/\bnext year\b/i.test(whole) ? 1 : /\blast year\b/i.test(whole) ? -1 : 0);
        return {
          since: asOf - annN,
          basis: 'derived',
          note: `derived from '${ann[0]}' as of ${asOf}`,
          signedNow: false,
        };
      }
    }
    const dur =
      /\bfor\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?(\d{1,3}|[a-z]+)\s+years\b/i.exec(text) ??
      new RegExp(
        String.raw`\b(\d{1,3}|[a-z]+)\s+years\s+of\s+(?:friendship|partnership|sisterhood|twinning|relations` +
          String.raw`|cooperation|exchanges?)\b`,
        'i',
      ).exec(text) ??
      /\b(\d{1,3})-year\s+(?:friendship|partnership|relationship|sisterhood|ties?)\b/i.exec(text) ??
      (exact ? /^\s*\((\d{1,3}) years?\)/.exec(text) : null);
    if (dur) {
      const w = dur[1]!;
      const nYears = /^\d+$/.test(w) ? Number(w) : (NUM_WORDS[w.toLowerCase()] ?? null);
      if (nYears && nYears < 200) {
        return {
          since: year - nYears,
          basis: 'derived',
          note: `derived from '${nYears} years' as of ${year}`,
          signedNow: false,
        };
      }
    }
    // Signed or established in the article's present ("were signed between ...", "Signs Sisterhood Agreement").
    // The verb may stand well before the tie words ("the two mayors signed a memorandum on establishing ...").
    const est = ESTABLISH.exec(whole.slice(0, Math.min(whole.length, to + 80)));
    // Renewing or marking an old tie does not start it.
    if (est && !NOW_OBSTACLES.test(whole.slice(Math.max(0, est.index - 25), est.index)) && !/\brenew/i.test(whole)) {
      const d = info.day ?? doc.date;
      const y = d ? Number(d.slice(0, 4)) : year;
      return {
        since: y,
        basis: 'stated',
        note: `stated: '${est[0]}' in the article's present (${y})`,
        signedNow: true,
      };
    }
  }
  return { since: null, basis: 'unknown', note: null, signedNow: false };
}

const BASIS_RANK: Record<SinceBasis, number> = { stated: 3, derived: 2, unknown: 0 };

function sinceRank(t: Tie): number {
  return t.signedNow ? 1 : BASIS_RANK[t.basis];
}

/** One tie per pair of places: the most specific kind, the best-founded year, the first evidence. */
function merge(ties: Tie[]): Tie[] {
  const byPair = new Map<string, Tie>();
  for (const t of ties) {
    const key = [t.a.name, t.b.name].sort().join('\u0000');
    const prev = byPair.get(key);
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
