/**
 * Tie passes for one place and a list of its partners: "A ... sister state agreement with B, C and D", "Nagoya is also
 * a sister city of A, B and C", "the twinning of Meaux with B (52 years) and the town of C (32 years)", "twinned with
 * B since 1957, and with C since 1986" (each part its own years), "A's sister cities include B and C", "A has three
 * sister cities. The other two are B and C".
 */
import {
  AND_WITH,
  HAS_PARTNERS,
  LISTED,
  LIST_START,
  OWNER_PRONOUN,
  MORE_WITH,
  OWN_DURATION,
  THE_OTHER,
  TIE_CUE,
  WITH_OR_OF,
} from '../cues/ties.ts';
import type { Doc, PlaceMention, PlaceRec, SentenceInfo } from '../document.ts';
import { isListItem, LIST_BULLET } from '../sentences.ts';
import {
  clauseEnd,
  endsAfter,
  endsOf,
  gapOf,
  listGap,
  nearestCue,
  pair,
  publisherMention,
  speakerOwner,
  endsByMentions,
  subjectEndsOf,
  type Pair,
  type TieSentence,
  referredSentence,
} from './tie-sentence.ts';

/** "A ... TIE with B, C and D", "A is a sister city of B, C and D", and "..., and with E" parts. */
export function withLists(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const { text } = ts;
  const out: Pair[] = [];
  const cueEnd = c.index + c[0].length;
  WITH_OR_OF.lastIndex = c.index;
  const wm = WITH_OR_OF.exec(text);
  if (!wm) return out;
  const at = wm.index + wm[0].length - (wm[1] ?? wm[2] ?? wm[3] ?? wm[4])!.length;
  if (at - cueEnd > 60 || /[.;]/.test(text.slice(cueEnd, at))) return out;
  // "A and B have a friendship agreement dating from 1990, and A is also partnered with C": a later tie word with its
  // own subject between this one and "with" owns the partner.
  if (ts.cues.some((o) => o.index > cueEnd && o.index < at) && ts.ends.some((p) => p.start > cueEnd && p.end < at))
    return out;
  // "the first new twinning since the link with C was signed": the "with" is the later tie word's.
  if (ts.cues.some((o) => o.index > cueEnd && o.index < at && SUBORDINATE_TIE.test(text.slice(cueEnd, o.index))))
    return out;
  // "the twinning of Meaux with B": the place right after "of" owns the tie.
  const ofOwner = ts.ends.find(
    (p) => p.end <= at && /^\s+of\s+$/.test(text.slice(cueEnd, p.start)) && /^\s+$/.test(text.slice(p.end, at)),
  );
  // "The friendship link with X was suspended" in a council's own minutes: the council's place.
  const subject =
    ofOwner ??
    subjectBefore(ts.ends, c.index, text) ??
    anaphorSubject(ts, c) ??
    anotherTie(ts, c) ??
    speakerOwner(ts, c.index, null) ??
    (DEFINITE_OWNERLESS.test(text.slice(0, c.index)) || clauseOpening(text, c.index) >= 0
      ? (publisherMention(ts) ?? impliedOwner(ts, c, at))
      : null);
  if (!subject) return out;
  let end = clauseEnd(text, at, false);
  // "with B and with the Polish city of C": the part after "and with" is read below, with its own years.
  const moreWith = MORE_WITH.exec(text.slice(at));
  if (moreWith) end = Math.min(end, at + moreWith.index);
  // A list goes on past ", and" when a place follows: "with A, Japan, B, China, and C, South Korea".
  const and = /^,?\s+and\s+/.exec(text.slice(end));
  const afterAnd = and && ts.ends.find((p) => p.start === end + and[0].length);
  // Not when that place opens a clause of its own: ", and C is twinned with D".
  if (afterAnd && !CLAUSE_VERB.test(text.slice(afterAnd.end))) end = clauseEnd(text, end + and[0].length, false);
  let previous: PlaceMention | null = null;
  // "A has sister city agreements with B in 1967 and C in 1994, and a friendship city agreement with D in 1983": a
  // later tie word whose owner stands before other partners has its own years and kind, from the cue on.
  const ownPart: [number, number] | undefined =
    subject.start >= 0 && subject.end <= c.index && ts.ends.some((p) => p.start > subject.end && p.end <= c.index)
      ? [c.index, partEndAfter(text, cueEnd)]
      : undefined;
  // "partnered with" and a bare "partnership" are said of firms too: the partner must follow "with" ("partnered with
  // the city of B"; not "a partnership with Lufthansa in Frankfurt"), and a partnership on a field is none ("a
  // partnership with B on marine research").
  const first = endsAfter(ts, at + 2)[0];
  const weak = /^partnered/i.test(c[0]) || /^partnerships?$/i.test(c[0]);
  if (weak && first && !PARTNER_RIGHT_AFTER.test(text.slice(at, first.start))) return out;
  if (/^partnerships?$/i.test(c[0]) && first && FIELD_AFTER.test(text.slice(first.end))) return out;
  for (const p of endsAfter(ts, at + 2)) {
    // A possessive is not a partner but describes one ("a sister city of Harbin's neighbour ..."), nor is a name
    // before a plural place word, which names a class of places ("links with Nordic towns").
    if (
      p.start >= end ||
      p.possessive ||
      CLASS_OF_PLACES.test(text.slice(p.end)) ||
      NEW_SUBJECT.test(text.slice(p.end))
    )
      break;
    // "B (California)": a place in brackets right after a partner is its qualifier.
    if (previous && BRACKETED.test(text.slice(previous.end, p.start))) continue;
    // "with the borough of B near C": a place after "near" locates the partner (one the gazetteer may not know).
    if (/\b(?:near|outside|close\s+to)\s+$/i.test(text.slice(Math.max(0, p.start - 12), p.start))) break;
    // "with the Washington State city of B", "with the Ohio town of B": the place describes the partner after it.
    if (!previous && DESCRIBES_NEXT.test(text.slice(p.end))) continue;
    // "with the German city of B and with C": a description and the name after its "of" are one partner.
    const described = previous && describedBy(ts, previous, p);
    // A list goes on through commas and "and" only: "with A, the capital of B" names one partner.
    if (previous && !described && !listGap(gapOf(ts, previous, p))) break;
    // "A is twinned with B, and C with D": a gapped clause of its own, C's tie with D, not A's with C.
    const gapped = /^\s+with\s+(?:the\s+)?/.exec(text.slice(p.end));
    const other = gapped && previous && ts.ends.find((q) => q.start === p.end + gapped[0].length);
    if (other) {
      if (other.place !== p.place) out.push(pair(p, other, c, 'with-list', [p.start, other.end]));
      previous = null;
      break;
    }
    previous = p;
    // "B (52 years) and C (32 years)": a duration right after a partner is that partner's.
    const own = OWN_DURATION.exec(text.slice(p.end));
    // "with B and with C, the latter since 1995": the year is C's alone.
    const latter = /,\s+the\s+latter\b/i.test(text.slice(p.end)) && ts.ends.some((q) => q.start > p.end);
    if (p !== subject && p.place !== subject.place)
      out.push(
        pair(
          subject,
          p,
          c,
          'with-list',
          own ? [p.end, p.end + own[0].length] : (ownPart ?? (latter ? [p.start, p.end] : undefined)),
        ),
      );
  }
  // "Both B and C are twinned with D", "B and C have signed friendship agreements with D": a coordinated subject
  // opening the sentence.
  // "with B in 1990 and C in 1995": a list whose items each carry a year (the clause ended at the first one).
  for (let last = previous; last; ) {
    // "with B (USA) in 1967 and C (New Zealand) in 1994": a country in brackets may stand before each year.
    const m = /^(?:\s*\([^()]*\))?\s+(?:in|since)\s+(?:\p{Lu}\p{L}+\s+)?\d{4},?\s+and\s+/u.exec(text.slice(last.end));
    const from: number = m ? last.end + m[0].length : -1;
    const next = m ? ts.ends.find((p) => p.start === from) : undefined;
    if (!next || next.place === subject.place) break;
    const year = /^(?:\s*\([^()]*\))?\s+(?:in|since)\s+(?:\p{Lu}\p{L}+\s+)?\d{4}/u.exec(text.slice(next.end));
    out.push(pair(subject, next, c, 'with-list', [next.start, year ? next.end + year[0].length : next.end]));
    last = next;
  }
  // "B, C and D are twinned with E": the whole list, opening the sentence.
  const cos: PlaceMention[] = [];
  for (let cur = subject; ; ) {
    const co = ts.ends.filter((p) => p.end <= cur.start).pop();
    if (!co || !/^(?:and)?$/.test(gapOf(ts, co, cur)) || !/^[\s,]*(?:and\s*)?$/.test(text.slice(co.end, cur.start)))
      break;
    cos.push(co);
    cur = co;
  }
  const head = cos[cos.length - 1];
  if (
    out.length &&
    head &&
    /^\s*(?:both\s+)?$/i.test(text.slice(0, head.start)) &&
    gapOf(ts, cos[0]!, subject) === 'and'
  )
    for (const co of cos)
      for (const o of [...out])
        if (o.a === subject && o.b.place !== co.place && co.place !== subject.place)
          out.push(pair(co, o.b, c, 'with-list', o.window));
  // "Besides B, A is also twinned with C": B is A's partner too.
  const besides = /^\s*(?:besides|apart from|aside from|in addition to|alongside)\s+$/i;
  const lead = ts.ends[0];
  if (out.length && lead && lead !== subject && besides.test(text.slice(0, lead.start)) && lead.end < subject.start)
    if (/^,\s*$/.test(text.slice(lead.end, subject.start)) && lead.place !== subject.place)
      out.push(pair(subject, lead, c, 'with-list', [lead.start, lead.end]));
  // "..., following C and D": earlier partners of the subject.
  if (out.length) out.push(...earlierPartners(ts, c, subject));
  // "... twinned with Riverside, California, since 1957, and with Rennes, France": each "with" its own years.
  for (let more = AND_WITH.exec(text.slice(end)); more; more = AND_WITH.exec(text.slice(end))) {
    if (ts.ends.some((p) => p.start >= end && p.start < end + more![0].length)) break;
    const from = end + more[0].length;
    end = clauseEnd(text, from, false);
    // This part's years run to the next "and with" or the end of the sentence: "and with B since 1986".
    const next = MORE_WITH.exec(text.slice(from));
    const partEnd = next ? from + next.index : text.length;
    for (const p of endsAfter(ts, from))
      if (p.start < end && p.place !== subject.place) out.push(pair(subject, p, c, 'and-with', [from, partEnd]));
  }
  return out;
}

/**
 * "the ... sister city agreement with B", "the City's ... with B", "The town is also twinned with B": a tie word
 * naming no owner before it.
 */
const DEFINITE_OWNERLESS = new RegExp(
  String.raw`\b(?:the|our)\s+(?:(?:city|town|municipality|prefecture|province|state|county)['’]s\s+)?` +
    String.raw`(?:[\w-]+\s+){0,2}(?:also\s+)?$`,
  'i',
);

/**
 * A place's body followed by a verb starts a clause of its own: "with B and Bath City Council is considering ...".
 */
const NEW_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:City|Town|County|Borough|District|Municipal|Metropolitan)\s+)?(?:Council|Government|Mayor` +
    String.raw`|Assembly|officials)\s+(?:is|are|was|were|has|have|had|will|would|said|says|voted|decided|also)\b`,
);

/** A partner right after "with": "with B", "with the city of B", "with the German town of B". */
const PARTNER_RIGHT_AFTER = new RegExp(
  String.raw`^with\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:city|town|municipality|village|commune|district|region` +
    String.raw`|province|prefecture|county|state) of\s+)?$`,
  'iu',
);

/** A field after a partnership's partner: "on marine research", "in the field of health", "to develop tourism". */
const FIELD_AFTER = new RegExp(
  String.raw`^\s+(?:on\s+(?!the\s+(?:sidelines|occasion|eve|day|margins)\b)[a-z]|in\s+the\s+(?:fields?|areas?)\s+of\b` +
    String.raw`|to\s+(?:develop|promote|boost|improve|expand|support|tackle)\b|covering\b)`,
);

/** A verb right after a place: the place is a clause's subject, no item of a list ("..., and C is twinned"). */
const CLAUSE_VERB =
  /^\s+(?:is|are|was|were|has|have|had|will|would|became|becomes|signed|established|also|later|then)\b/i;

/** A division before the kind of the partner it holds: "Washington State city of", "Ohio town of". */
const DESCRIBES_NEXT =
  /^\s+(?:(?:State|Province|Prefecture|County|Region)\s+)?(?:city|town|village|municipality|port|borough)\s+of\s/;

/** An opening bracket, or a qualifier's comma inside one, between a partner and a place: "B (California" */
const BRACKETED = /^\s*\((?:[^()]*,\s*)?$/;

/** A plural place word after a name: "Nordic towns", "Japanese cities" name a class of places, not one. */
const CLASS_OF_PLACES =
  /^\s+(?:towns|cities|municipalities|provinces|states|prefectures|regions|communities|villages)\b/i;

/** A description ("the German city") whose place is named right after its "of". */
function describedBy(ts: TieSentence, description: PlaceMention, p: PlaceMention): boolean {
  return (
    /\b(?:city|town|municipality|village|county|province|region|state|prefecture)$/i.test(
      ts.text.slice(description.start, description.end),
    ) && /^\s+of\s+$/.test(ts.text.slice(description.end, p.start))
  );
}

/**
 * "A's sister cities include B and C", "The partner towns of A are B and C", "Its twin towns are B and C" (the place
 * the sentence before is about), "A has six sister cities: B, C, ..."; "A has three sister cities. The other two are
 * B and C."
 */
export function listedPartners(ts: TieSentence): Pair[] {
  const out: Pair[] = [];
  const cue = ts.cues[0]!;
  // "The sister cities are B (1996) and C (2002), and the friendship cities are D (2019)": each list its own part.
  const lists = new RegExp(LISTED.source, 'gi');
  for (let listCue = lists.exec(ts.text); listCue; listCue = lists.exec(ts.text)) {
    const listAt = listCue.index + listCue[0].length;
    const tieEnd = listAt - listCue[1]!.length;
    const before = ts.text.slice(0, listCue.index);
    const subject =
      // "The partner towns of A are ...": the owner right after the tie word.
      ts.ends.find((p) => p.start >= tieEnd && p.end <= listAt && /^\s+of\s+$/.test(ts.text.slice(tieEnd, p.start))) ??
      ts.ends.filter((p) => p.end <= listCue!.index).pop() ??
      (OWNER_PRONOUN.test(before) ? pronounOwner(ts) : undefined) ??
      // "A now has three sister cities. The sister cities are B and C": the place that has them.
      (/^\s*(?:The|the)\s+(?:\w+\s+)?$|(?:,\s*and|;)\s+the\s+(?:\w+\s+)?$/.test(before) ? holderBefore(ts) : undefined);
    const first = endsAfter(ts, listAt)[0];
    if (subject && first && LIST_START.test(ts.text.slice(listAt, first.start))) {
      // "are: A, Country; B, Country; and C, Country": a list goes on past a semicolon when a place follows.
      let end = clauseEnd(ts.text, listAt, true);
      for (
        let semi = /^;\s+(?:and\s+)?/.exec(ts.text.slice(end));
        semi;
        semi = /^;\s+(?:and\s+)?/.exec(ts.text.slice(end))
      ) {
        const next = end + semi[0].length;
        if (!ts.ends.some((p) => p.start === next)) break;
        end = clauseEnd(ts.text, next, true);
      }
      let previous: PlaceMention | null = null;
      for (const p of endsAfter(ts, listAt)) {
        if (p.start >= end) break;
        // "Pasadena (California), Hidalgo (Texas)": a place in brackets right after a partner is its qualifier.
        if (previous && BRACKETED.test(ts.text.slice(previous.end, p.start))) continue;
        if (previous && !listGap(gapOf(ts, previous, p))) break;
        previous = p;
        // "B (1987), C (1994)": a year or duration right after a partner (or its country: "B, Japan (1996)") is that
        // partner's.
        const itemEnd = Math.max(p.end, ...ts.info.places.filter((q) => q.qualifies === p.place).map((q) => q.end));
        const own = OWN_DURATION.exec(ts.text.slice(itemEnd));
        if (p.place !== subject.place)
          out.push(pair(subject, p, cue, 'list-include', own ? [itemEnd, itemEnd + own[0].length] : undefined));
      }
    }
  }
  if (out.length) return out;
  const next = ts.doc.sentences[ts.n + 1];
  if (HAS_PARTNERS.test(ts.text) && next && THE_OTHER.test(next.s.text) && ts.ends.length) {
    const subject = holderIn(ts.info) ?? ts.ends[0]!;
    for (const p of endsOf(next)) out.push(pair(subject, p, cue, 'list-the-other'));
  }
  return out;
}

/** The place that "has three sister cities" in a sentence: the one right before the verb. */
function holderIn(info: SentenceInfo): PlaceMention | undefined {
  const has = HAS_PARTNERS.exec(info.s.text);
  // (Of "A and B became sister cities, one of five such partnerships the city maintains", A is the holder: the first.)
  return has && /^has\b/i.test(has[0])
    ? endsOf(info)
        .filter((p) => p.end <= has.index)
        .pop()
    : undefined;
}

/** The holder of partners the sentence before names ("A now has three sister cities."), in its paragraph. */
function holderBefore(ts: TieSentence): PlaceMention | undefined {
  const previous = ts.doc.sentences[ts.n - 1];
  if (!previous || previous.s.isTitle || previous.s.para !== ts.info.s.para) return undefined;
  const holder = holderIn(previous);
  return holder && { ...holder, start: 0, end: 0 };
}

/** The place "its" or "their" refers to at the start of a sentence: the first place of the sentence before. */
function pronounOwner(ts: TieSentence): PlaceMention | undefined {
  const previous = ts.doc.sentences[ts.n - 1];
  return previous && !previous.s.isTitle ? subjectEndsOf(previous)[0] : undefined;
}

/**
 * The place a tie cue belongs to: a possessive ("Tokyo's"), an adjective ("Californian"), or the nearest place before
 * it.
 */
function subjectBefore(places: PlaceMention[], pos: number, text: string): PlaceMention | null {
  const before = places.filter((p) => p.end <= pos);
  if (!before.length) return null;
  const poss = before.filter((p) => p.possessive);
  if (poss.length && pos - poss[poss.length - 1]!.end < 40) return poss[poss.length - 1]!;
  const last = before[before.length - 1]!;
  const earlier = before[before.length - 2];
  // "A's twinning with B had lapsed, but the link with C ...", "the link with B ..., and the friendship with C": the
  // partner of a tie told before in another clause is not the owner of the next; that tie's owner is, if named.
  // So is the last of a list of partners: "A is twinned with B and C; the link with B was suspended".
  let head = before.length - 1;
  // "with B (USA) in 1967 and C (New Zealand) in 1994, and ...": items may carry a bracket and a year.
  while (head > 0 && LIST_ITEM_GAP.test(text.slice(before[head - 1]!.end, before[head]!.start))) head--;
  const first = before[head]!;
  // "a twinning with B near C, and in 1997 the partnership with D followed": a place inside the "with" phrase of a tie
  // in an earlier clause ("near C", "in C") is not the owner of the next either.
  if (CLAUSE_JOIN.test(text.slice(last.end, pos))) {
    const withAt = text.slice(0, first.start).search(/\bwith\b(?![\s\S]*\bwith\b)/i);
    if (
      withAt >= 0 &&
      !CLAUSE_JOIN.test(text.slice(withAt, first.start)) &&
      !/[.;]/.test(text.slice(withAt, first.start))
    )
      return before.filter((p) => p.end <= withAt && !PARTNER_BEFORE.test(text.slice(0, p.start))).pop() ?? null;
  }
  if (
    PARTNER_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) &&
    (CLAUSE_JOIN.test(text.slice(last.end, pos)) || SUBORDINATE_TIE.test(text.slice(last.end, pos)))
  ) {
    const owner = before.filter((p) => p.end <= first.start && !PARTNER_BEFORE.test(text.slice(0, p.start))).pop();
    return owner ?? null;
  }
  // "A, the birthplace of X, is also twinned with B", "A, like X, is twinned with B": a name inside an apposition is
  // not the subject.
  if (
    earlier &&
    /^,\s+(?:the|a|an|its|home to|like|unlike)\s+[^,;.]*$/i.test(text.slice(earlier.end, last.start)) &&
    /^[^,;.]*,\s+(?:\w+\s+){0,3}?(?:is|was|has|have|had|are|were)\b/.test(text.slice(last.end, pos))
  )
    return earlier;
  // "A has a second twin town, B in C, and a friendship link with D": the object coordinated with an earlier one of
  // "has" belongs to the subject of "has".
  // ("... with B in 1989 and a friendship agreement with C": the comma may be missing.)
  if (/^[^.;]*(?:,\s+|\s+)and\s+(?:also\s+)?(?:a|an)\s+[^,.;]*$/i.test(text.slice(last.end, pos))) {
    const holder = before.find((p) => p !== last && HOLDS.test(text.slice(p.end, last.start)));
    if (holder) return holder;
  }
  // "A is twinned with B and has friendship ties with C": a second verb of the same subject; B, the object of the
  // first, is not the subject of the second.
  if (
    /^\s+and\s+(?:also\s+)?(?:has|have|had|maintains|enjoys|keeps|signed|is|was)\b[^,.;]*$/i.test(
      text.slice(last.end, pos),
    )
  ) {
    const first = before[0]!;
    if (
      first !== last &&
      /\bwith\b/i.test(text.slice(first.end, last.start)) &&
      !/\bwith\s+$/i.test(text.slice(0, first.start))
    )
      return first;
  }
  return last;
}

/** "with B", "with the French town of B": a place that is the partner after "with". */
const PARTNER_BEFORE = new RegExp(
  String.raw`\bwith\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:city|town|municipality|village|commune|district|region` +
    String.raw`|province|prefecture|county|state)\s+of\s+)?$`,
  'iu',
);

/** Where the part of a sentence that a tie word opens ends: the next ";" or ", and", else the sentence's end. */
function partEndAfter(text: string, from: number): number {
  const stop = /;|,\s+and\s+/.exec(text.slice(from));
  return stop ? from + stop.index : text.length;
}

/** Between two items of a list of partners: a comma or "and", after the item's bracket and year if any. */
const LIST_ITEM_GAP = /^(?:\s*\([^()]*\))?(?:\s+(?:in|since)\s+(?:\p{Lu}\p{L}+\s+)?\d{4})?\s*(?:,|,?\s*and)\s*$/u;

/**
 * A subordinate clause opening with a definite tie word: "to twin with B, the first since the link with C was signed"
 * (C is no partner of B).
 */
const SUBORDINATE_TIE = /\b(?:since|before|after|until|when|while|whereas)\s+the\s+(?:[\w-]+\s+){0,2}$/i;

/** A new clause between a partner and the next tie word: "..., but", "..., and that", "; ", "while", "whereas". */
const CLAUSE_JOIN = /(?:;|,\s*(?:and|but)\b|\bbut\b|\bwhile\b|\bwhereas\b)/i;

/** "A has a ..., B": the subject of "has" and a noun phrase up to the next place. */
const HOLDS =
  /^\s+(?:also\s+)?(?:has|have|had|maintains|holds|keeps|signed|concluded|established)\s+(?:a|an|one)\s+[^.;]*$/i;

/** "A has a second twin town, B": an apposition to a tie noun held by the subject. */
const HAS_A_TIE = new RegExp(
  String.raw`^\s+(?:also\s+)?(?:has|have|had)\s+(?:also\s+)?(?:a|an|one)\s+(?:(?:second|third|fourth|new|further|` +
    String.raw`other|younger|older|oldest|first)\s+)?(?:sister|twin|partner|friendship)[- ](?:city|town|municipality` +
    String.raw`|province|state|prefecture|region)\s*,\s+$`,
  'i',
);

/**
 * Other ways a place holds its partners: "A, which also counts B and C among its sister cities" and "A has a second
 * twin town, B".
 */
export function heldPartners(ts: TieSentence): Pair[] {
  const out: Pair[] = [];
  const { text } = ts;
  const counts = COUNTS_AMONG.exec(text);
  if (counts) {
    const subject = subjectBefore(ts.ends, counts.index, text);
    const from = counts.index + counts[0].indexOf(counts[1]!);
    const to = from + counts[1]!.length;
    if (subject)
      for (const p of ts.ends)
        if (p.start >= from && p.end <= to && p.place !== subject.place)
          out.push(pair(subject, p, nearestCue(ts.cues, to), 'list-include'));
  }
  for (const p of ts.ends) {
    const holder = ts.ends.find((q) => q.end <= p.start && HAS_A_TIE.test(text.slice(q.end, p.start)));
    if (holder && holder.place !== p.place) out.push(pair(holder, p, nearestCue(ts.cues, p.start), 'list-include'));
  }
  return out;
}

/** "counts B and C among its sister cities": group 1 is the list. */
const COUNTS_AMONG = new RegExp(
  String.raw`\bcounts?\s+((?:[^.;](?!\bamong\b))*?[^.;])\s+among\s+(?:its|their|his|her)\s+(?:\w+\s+)?` +
    String.raw`(?:sister|twin|partner|friendship)[- ]?(?:cities|towns|municipalities|provinces|states|prefectures` +
    String.raw`|regions|partners)\b`,
  'i',
);

/**
 * The owner of "The sister city relationship with B ..." that names none before it: the one place of another country
 * than B the sentence names after the list's clause ("..., Omaha Mayor Jo Finn said"), else the one the sentence
 * before (in its paragraph) names.
 */
function impliedOwner(ts: TieSentence, c: RegExpExecArray, at: number): PlaceMention | null {
  const partner = endsAfter(ts, at)[0];
  if (!partner?.place.country) return null;
  const foreign = (ms: PlaceMention[]): PlaceMention[] =>
    ms
      .filter((p) => p.place.country && p.place.country !== partner.place.country)
      .filter((p, k, all) => all.findIndex((q) => q.place === p.place) === k);
  // Past the list: "with B and C" names partners, not the owner.
  const after = endsAfter(ts, partner.end);
  let k = 0;
  for (let prev = partner; k < after.length && /^(?:and|or)?$/.test(gapOf(ts, prev, after[k]!)); k++) prev = after[k]!;
  // Not another tie's partner: "the link with B ..., and the friendship with C".
  const here = foreign(
    after.slice(k).filter((p) => !PARTNER_BEFORE.test(ts.text.slice(Math.max(0, p.start - 40), p.start))),
  );
  if (here.length) return here.length === 1 ? here[0]! : null;
  const previous = ts.doc.sentences[ts.n - 1];
  const before = previous && !previous.s.isTitle && previous.s.para === ts.info.s.para ? foreign(endsOf(previous)) : [];
  if (before.length === 1) return { ...before[0]!, start: c.index, end: c.index + c[0].length };
  // "the City Council suspended the partnership with B": the town the article is about; so in a clause that opens
  // with the tie ("An earlier twinning with B was agreed in 1981", "and in 1997 the partnership with B followed").
  const opening = clauseOpening(ts.text, c.index);
  const home = HOME_BODY.test(ts.text.slice(0, c.index)) || opening >= 0 ? homePlace(ts.doc) : null;
  // Not a partner of the list itself: "the twinning with B and C".
  const listed = [partner, ...after.slice(0, k)].some((p) => p.place === home);
  const start = opening >= 0 ? opening : c.index;
  return home && !listed && home.country && home.country !== partner.place.country
    ? { start, end: c.index + c[0].length, place: home, adjective: false, qualifies: null, possessive: false }
    : null;
}

/**
 * Where a clause that opens with the tie word and names no owner starts ("An earlier twinning with B ...", "..., and
 * in 1997 the partnership with B followed", "Already since 1978 there exists a town twinning with B"), else -1: its
 * fronted time dates the tie.
 */
function clauseOpening(text: string, cueAt: number): number {
  const clause = text
    .slice(0, cueAt)
    .split(/;|,\s*(?:and|but)\s+/i)
    .pop()!;
  return OWNERLESS_OPENING.test(clause) ? cueAt - clause.length : -1;
}

const OWNERLESS_OPENING = new RegExp(
  String.raw`^\s*(?:(?:already\s+)?(?:since|in|by|from)\s+(?:the\s+)?\d{4}s?\s*,?\s+)?` +
    String.raw`(?:there\s+(?:exists?|is|was|has\s+been)\s+(?:an?|the)|the)\s+(?:[\w-]+\s+){0,2}$`,
  'i',
);

/** The town's own body or the town itself, named by its kind: "the City Council", "the city", "the Town Hall". */
const HOME_BODY = new RegExp(
  String.raw`\b(?:the|our)\s+(?:(?:city|town|municipal|borough|county)\s+` +
    String.raw`(?:council|hall|assembly|government|administration)|city|town)\b`,
  'i',
);

/** The place an article is about: the one named most often (not a country), when one clearly is. */
export function homePlace(doc: Doc): PlaceRec | null {
  const counts = endsByMentions(doc);
  // A local paper's place line ("GÜTERSLOH. When the buses ...", "KIEL – The council ..."): its own town, even when the
  // partner it writes about is named more often.
  const local = doc.sentences
    .filter((s) => !s.s.isTitle && LOCAL_DATELINE.test(s.s.text))
    .map((s) => s.places.find((m) => m.start === 0 && m.place.kind !== 'country'))[0];
  if (local && (counts.find(([place]) => place === local.place)?.[1] ?? 0) >= 3) return local.place;
  const [first, second] = counts;
  // ... and that the title or the lead names.
  const lead = doc.sentences.filter(
    (s) => s.s.isTitle || s.s.para <= 1 || s === doc.sentences.find((t) => !t.s.isTitle),
  );
  return first &&
    first[1] >= 3 &&
    (!second || first[1] > second[1]) &&
    lead.some((s) => s.places.some((m) => m.place === first[0]))
    ? first[0]
    : null;
}

/** A place line in capitals with no date, opening a paragraph: "GÜTERSLOH. ", "KIEL – ", "BAD HOMBURG (dpa) – ". */
const LOCAL_DATELINE = /^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,2}(?:\s\([^)]*\))?(?:\.|\s[-–—])(?:\s|$)/u;

/** A line announcing a list: "These are:", "They include:", "They are as follows:". */
const LIST_FOLLOWS = /^(?:These|They|Those)\s+(?:are|include)(?:\s+as\s+follows)?\s*:$/i;

/** A heading over a list of partners: "Our sister cities at a glance", "Twin towns of A", "A's partner cities:". */
const LIST_HEADING = new RegExp(
  String.raw`\b(?:sister|twin|partner|friendship|twinned)[- ](?:cities|towns|municipalities|communities|states` +
    String.raw`|provinces|prefectures|regions|counties|partners)\b|\btwinnings\b|\bpartnerships\b` +
    // "A is twinned with:", "A has friendship agreements with:", "... relationships with the following cities:"
    String.raw`|\b(?:twinned|partnered|paired|ties|links|relations|relationships?|agreements?|partnerships?)\s+with` +
    String.raw`(?:\s+the\s+following(?:\s+[\p{L}-]+)?)?\s*:\s*$`,
  'iu',
);
/** A line that is a place's name alone: a sub-heading of a list of partners ("A" over its bullets). */
function placeLine(info: SentenceInfo): PlaceMention | null {
  const ends = endsOf(info);
  const text = info.s.text.trim().replace(/[:.]$/, '');
  return ends.length === 1 && ends[0]!.start <= 1 && ends[0]!.end >= text.length - 1 ? ends[0]! : null;
}

/**
 * A bulleted line under a heading that names a place's partners ("OUR SISTER CITIES AT A GLANCE", "Twin towns of A:"):
 * the place the line opens with is a partner of the place the heading names, else of the place whose council or
 * association publishes the text. The line's own words date it ("- B, Country - since 1956").
 */
export function headingListPartner(
  doc: Doc,
  n: number,
): { owner: PlaceMention; partner: PlaceMention; heading: string } | null {
  const info = doc.sentences[n]!;
  if (!isListItem(info.s.text)) return null;
  const mark = LIST_BULLET.exec(info.s.text)?.[0].length ?? 0;
  let k = n - 1;
  while (k >= 0 && isListItem(doc.sentences[k]!.s.text) && n - k <= 40) k--;
  let heading = doc.sentences[k];
  // A heading is short; a sentence introducing the lines may be longer if it ends with a colon ("The City of A has
  // formal sister city relationships with the following cities:").
  const maxLength = heading?.s.text.endsWith(':') ? 160 : 80;
  if (!heading || heading.s.isTitle || heading.s.text.length > maxLength || /[.!?]$/.test(heading.s.text)) return null;
  let cue = LIST_HEADING.exec(heading.s.text);
  // "... confirmed the partnerships of A with the other cities. These are:": the sentence before the colon tells
  // whose partners the lines are.
  const before = doc.sentences[k - 1];
  if (!cue && LIST_FOLLOWS.test(heading.s.text) && before && !before.s.isTitle) {
    cue = LIST_HEADING.exec(before.s.text);
    heading = before;
  }
  // "Twin towns and sister cities / A / - B, Country (1966)": a place's name as a sub-heading, under a heading (or
  // the article's title) that names partners, a few lines up.
  const subheading = cue ? null : placeLine(heading);
  if (subheading) {
    for (let up = k - 1; up >= 0 && k - up <= 15 && !cue; up--) cue = LIST_HEADING.exec(doc.sentences[up]!.s.text);
  }
  if (!cue) return null;
  const ts = { doc, n, info, text: info.s.text, cues: [], ends: endsOf(info), covered: -1 };
  const owner: PlaceMention | null =
    subheading ??
    endsOf(heading)[0] ??
    (/\bour\b|^\s*(?:sister|twin|partner|friendship)/i.test(heading.s.text) ? publisherMention(ts) : null);
  // The partner opens the line: "- B, Country - since 1956", "- The city of B (1987)".
  const partner = ts.ends.find((p) => p.start - mark <= 16);
  if (!owner || !partner || partner.place === owner.place) return null;
  return { owner, partner, heading: cue[0] };
}

/**
 * "B is the third region with which A has concluded a friendship agreement, following C (1998) and D (2011)": the
 * place after "with which" owns the tie, the subject before it is its partner, and the places after "following" /
 * "after" are earlier partners of the same owner, each with the year in brackets after it.
 */
export function withWhichPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const { text } = ts;
  const rel = /\b(?:with|to)\s+which\s+$/i;
  const owner = ts.ends.find(
    (p) =>
      p.end <= c.index &&
      rel.test(text.slice(Math.max(0, p.start - 20), p.start)) &&
      /^[^,.;]{0,60}$/.test(text.slice(p.end, c.index)),
  );
  if (!owner) return [];
  const relAt = text.slice(0, owner.start).search(/\b(?:with|to)\s+which\s+$/i);
  const partner = ts.ends.filter((p) => p.end <= relAt).pop();
  const out: Pair[] = [];
  if (partner && partner.place !== owner.place && COPULA_ORDINAL.test(text.slice(partner.end, relAt)))
    out.push(pair(owner, partner, c, 'with-which'));
  out.push(...earlierPartners(ts, c, owner));
  return out;
}

/**
 * ", following C (1998) and D (2011)" after a tie of `owner`: earlier partners of the same owner, each with the year
 * in brackets after it.
 */
export function earlierPartners(ts: TieSentence, c: RegExpExecArray, owner: PlaceMention): Pair[] {
  const { text } = ts;
  const cueEnd = c.index + c[0].length;
  const earlier = EARLIER_PARTNERS.exec(text.slice(cueEnd));
  if (!earlier) return [];
  const out: Pair[] = [];
  const from = cueEnd + earlier.index + earlier[0].length;
  let previous: PlaceMention | null = null;
  for (const p of endsAfter(ts, from)) {
    if (previous ? !listGap(gapOf(ts, previous, p)) : p.start - from > 20) break;
    previous = p;
    // "C of China (1998)": the year in brackets after the partner's qualifier.
    // "C of the Republic of Korea (2011)": a country in its formal style qualifies it too.
    const country = ts.info.places.find(
      (q) =>
        q.place.kind === 'country' &&
        q.start > p.end &&
        q.start - p.end < 50 &&
        /^\s+(?:of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+(?:of\s+(?:the\s+)?)?){0,3}$/u.test(
          text.slice(p.end, q.start),
        ),
    );
    const end = Math.max(
      p.end,
      country?.end ?? 0,
      ...ts.info.places.filter((q) => q.qualifies === p.place).map((q) => q.end),
    );
    const own = OWN_DURATION.exec(text.slice(end));
    if (p.place !== owner.place)
      // Only the year in brackets after it is this partner's: the tie's own year is not.
      out.push(pair(owner, p, c, 'earlier-partners', own ? [end, end + own[0].length] : [p.start, p.end]));
  }
  return out;
}

/** "B is the third (overseas) region ": a copula and an ordinal description before "with which". */
const COPULA_ORDINAL = /^\s+(?:is|was|has become|became|becomes)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,4}$/i;
/** Earlier partners of the same owner after the tie: ", following B and C", ", after B", ", joining B and C". */
const EARLIER_PARTNERS =
  /^[^.;]{0,60}?,\s+(?:following|after|joining|alongside|besides|in addition to|(?:later\s+)?followed\s+by)\s+/i;

/**
 * "A has twin towns in Finland (B) and Poland (C, D)": the partners in brackets after the countries of a plural tie
 * word's "in".
 */
export function countryBracketPartners(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const { text } = ts;
  const cueEnd = c.index + c[0].length;
  if (!/s$/i.test(c[0]) || !/^\s+in\s+/i.test(text.slice(cueEnd))) return [];
  const subject = subjectBefore(ts.ends, c.index, text);
  if (!subject) return [];
  const end = clauseEnd(text, cueEnd, true);
  const out: Pair[] = [];
  for (const country of ts.info.places.filter((m) => m.place.kind === 'country' && m.start > cueEnd && m.end < end)) {
    const open = /^\s*\(/.exec(text.slice(country.end));
    if (!open) continue;
    const close = text.indexOf(')', country.end);
    for (const p of ts.ends)
      if (p.start > country.end && p.end <= close && p.place !== subject.place)
        out.push(pair(subject, p, c, 'with-list'));
  }
  return out;
}

/** A sentence opening with the place it is about named by a word: "The city has been twinned with B", "It is ...". */
/**
 * "A is twinned with B and C. A third link, with D, lapsed in 2009": a further tie named by its rank, with no owner
 * before it, is one more of the place the sentence before, in its paragraph, opens with and ties.
 */
function anotherTie(ts: TieSentence, c: RegExpExecArray): PlaceMention | null {
  if (ts.ends.some((p) => p.end <= c.index) || !FURTHER_TIE.test(ts.text.slice(0, c.index))) return null;
  const previous = ts.doc.sentences[ts.n - 1];
  if (!previous || previous.s.isTitle) return null;
  TIE_CUE.lastIndex = 0;
  if (!TIE_CUE.test(previous.s.text)) return null;
  const first = endsOf(previous)[0];
  const samePara = previous.s.para === ts.info.s.para;
  const opens =
    samePara && first && /^\W*(?:the\s+(?:city|town)\s+of\s+)?$/i.test(previous.s.text.slice(0, first.start));
  // "Since 2007 the borough has also held a friendship agreement with B. [...] An earlier twinning with C ...": the
  // tie before had no place of its own as subject (or was told in the paragraph before), so the place the article
  // is about holds both.
  const place = opens ? first.place : homePlace(ts.doc);
  if (!place || ts.ends.some((p) => p.place === place && !p.possessive)) return null;
  return { start: c.index, end: c.index, place, adjective: false, qualifies: null, possessive: false };
}

/** "A third link", "Another partnership", "A further twinning", "The other tie": opening the sentence. */
const FURTHER_TIE = new RegExp(
  String.raw`^\W*(?:(?:a|an)\s+(?:second|third|fourth|fifth|sixth|further|newer|older|earlier|later)|another` +
    String.raw`|the\s+(?:other|second|third|fourth|fifth|sixth|oldest|newest|youngest))\s+(?:[\w-]+\s+)?$`,
  'i',
);

const ANAPHOR_SUBJECT = new RegExp(
  // "Since 2007 the borough has ...", "Today the city has ...": a fronted time before the subject.
  String.raw`^(?:(?:(?:Since|In|By|From)\s+(?:the\s+)?\d{4}s?|Today|Now|Currently|Meanwhile|Already|Also|Besides` +
    String.raw`|In\s+addition|Over\s+the\s+years)\s*,?\s+)?` +
    String.raw`(?:(?:[Tt]he|This|Our)\s+(?:[\w-]+\s+)?(city|town|municipality|village|borough|capital` +
    String.raw`|prefecture|province|state|county|region)|(It))\b`,
);

/**
 * "Kiel lies on the coast. The city has been twinned with B since 1990.": the place the sentence before opens with
 * (of the kind the word names: a town for "the city", a division for "the province"), in the same paragraph.
 */
function anaphorSubject(ts: TieSentence, c: RegExpExecArray): PlaceMention | null {
  const m = ANAPHOR_SUBJECT.exec(ts.text);
  if (!m || ts.ends.some((p) => p.end <= c.index) || /[.;,]/.test(ts.text.slice(m[0].length, c.index))) return null;
  const town = m[1] && /^(?:city|town|municipality|village|borough|capital)$/.test(m[1]);
  const fits = (p: PlaceMention): boolean =>
    !m[1] ||
    (town ? ['city', 'town', 'municipality'].includes(p.place.kind) : !['city', 'town'].includes(p.place.kind));
  // The sentence before, in the paragraph, opens with the place ("Kiel lies on the coast."), past sentences that open
  // with a reference to it themselves.
  const previous = ts.doc.sentences[referredSentence(ts.doc, ts.n)];
  const before =
    previous && !previous.s.isTitle && previous.s.para === ts.info.s.para ? subjectEndsOf(previous)[0] : undefined;
  // The mention spans the anaphor with any fronted time ("Since 2007 the borough"), which dates the tie.
  const at = (place: PlaceRec): PlaceMention => ({
    start: m.index,
    end: m.index + m[0].length,
    place,
    adjective: false,
    qualifies: null,
    possessive: false,
  });
  if (
    before &&
    fits(before) &&
    /^(?:the\s+(?:city|town|port)\s+of\s+)?$/i.test(previous!.s.text.slice(0, before.start))
  )
    return at(before.place);
  // Else, "the city" with no place of that kind just before it: the place the article is about, when the sentence
  // before names no other place of that kind ("Kiel lies on the coast. ... The city also has a friendship agreement").
  if (!m[1] || (before && fits(before))) return null;
  const home = homePlace(ts.doc);
  const homeMention = home && at(home);
  // Not when the sentence names that place as a partner may be ("the twinning with B and A"); a possessive ("many of
  // A's residents") is no partner.
  return homeMention && fits(homeMention) && !ts.ends.some((p) => p.place === home && !p.possessive)
    ? homeMention
    : null;
}
