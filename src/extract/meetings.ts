/**
 * Meetings: who met whom, where and when. Each sentence is read by named passes in order, the first that finds
 * something claiming the sentence (`passes/meeting-*.ts`; the cue lists are in `cues/meetings.ts`):
 * - talks: people joined by a meeting verb, noun or passive ("A met B", "in a meeting with B", "talks were held
 *   between A and B", "A paid a courtesy call on B");
 * - hosts: a host receiving guests ("A received B", "A welcomed a delegation led by B", "A was received by B");
 * - signings: officials who signed an agreement together ("A and B signed", "signed by A and B");
 * - visits: officials visiting a place ("A visited X, invited by B", "a delegation headed by A travelled to X");
 * - joins: people who join a gathering told before ("accompanied by", "the delegation was headed by", "during the
 *   meeting, A said", "witnessed", "handed the delegation a cheque").
 * A gathering the text tells without naming anyone ("a delegation from X visited Y today", "the agreement was signed
 * on Monday at a ceremony") is kept until someone is named at it, and a later sentence that refers to it ("the
 * visiting delegation", "during the signing ceremony") adds its people to it. Then the article-level passes: ties
 * signed with both places' leaders named, dates from the text around a meeting, merging.
 * A planned, denied or habitual meeting is not one; visits told in quotes are not either.
 */
import { placeWithin, type Doc, type PersonRec, type PlaceRec, type SentenceInfo } from './document.ts';
import { EVENT_NOUNS, EVENT_REFERENCE, type EventKind } from './cues/meetings.ts';
import { meetingConfidence } from './confidence.ts';
import { frameOf, type Frame, namesGathering, unique } from './passes/meeting-frame.ts';
import {
  attachDates,
  compatibleDates,
  eventDays,
  dateAt,
  datedByArticle,
  sameDayDates,
} from './passes/meeting-dates.ts';
import { shiftDate } from './dates.ts';
import { mergeMeetings } from './passes/meeting-merge.ts';
import { talks } from './passes/meeting-talks.ts';
import { hosts } from './passes/meeting-hosts.ts';
import { signedTies, signings } from './passes/meeting-signings.ts';
import { visits } from './passes/meeting-visits.ts';
import { joins } from './passes/meeting-joins.ts';
import type { Tie } from './ties.ts';

export interface Meeting {
  participants: PersonRec[];
  date: string | null;
  place: PlaceRec | null;
  info: SentenceInfo;
  /**
   * The pass and pattern that found it: meeting-verb, meeting-noun, talks-held, courtesy-call, thanked-host (talks);
   * hosted, welcomed-delegation, hosted-visit (hosts); signing, signing-one, tie-signing (signings); visit,
   * invited-visit, led-delegation (visits); joint-act, at-gathering, handed-over (joins).
   */
  rule: string;
  /** What kind of gathering it was: later references ("the visit", "the signing ceremony") find it by kind. */
  kind: EventKind;
  /** Where the cue stands in its sentence. */
  cue: { start: number; end: number };
  /** True when the date is the article's, the text giving none. */
  datedByArticle?: boolean;
  /** The last sentence that told of it (a later reference is read within a few sentences of it). */
  lastTold?: number;
  /**
   * The party that came: a delegation's head, a guest, a visitor (another host receiving "the delegation" met them).
   */
  visitors?: PersonRec[];
  /** A meeting of its own although its sentence refers to a gathering ("B hosted a dinner for the delegation"). */
  own?: boolean;
  confidence: number;
}

/** What the passes share: the document and the meetings and gatherings found so far, in text order. */
export interface MeetingContext {
  doc: Doc;
  found: Meeting[];
}

/** A pass over one sentence: a meeting it found, `'joined'` when it added people to one found before, or null. */
export type SentencePass = (frame: Frame, ctx: MeetingContext) => Meeting | 'joined' | null;

/** The sentence passes, strongest first. */
const SENTENCE_PASSES: readonly SentencePass[] = [talks, hosts, signings, visits, joins];

export function findMeetings(doc: Doc, ties: Tie[]): Meeting[] {
  const ctx: MeetingContext = { doc, found: [] };
  for (const info of doc.sentences) {
    const frame = guestReference(ctx, frameOf(doc, info));
    // The first pass that names people claims the sentence; a gathering nobody is named at is kept only when no
    // later pass names anyone ("..., where a memorandum was signed" after "Mayor X was in Y").
    let current: Frame | null = frame;
    while (current) {
      const found = readSentence(ctx, current);
      // "On Monday, A met B; on Tuesday, she met C": a clause after a semicolon may tell a meeting of its own.
      current = found ? clauseAfter(current, found.cue.end) : null;
    }
  }
  signedTies(ctx, ties);
  // An undated mention joins the dated meeting it tells again before the text around it dates it (the paragraph's day
  // may be another day of the visit); the rest are dated, merged again, and a lead without a date takes the article's.
  const told = eventDays(
    doc,
    attachDates(
      doc,
      mergeMeetings(
        sameDayDates(
          doc,
          ctx.found.filter((m) => m.participants.length > 0),
        ),
      ),
    ),
  );
  return mergeMeetings(told).map((m) => datedByArticle(doc, m));
}

/**
 * Runs the sentence passes over a frame: the first that names people claims it; a gathering nobody is named at is kept
 * only when no later pass names anyone ("..., where a memorandum was signed" after "Mayor X was in Y"). Returns the
 * meeting found with people, if any.
 */
function readSentence(ctx: MeetingContext, frame: Frame): Meeting | null {
  let unnamed: Meeting | null = null;
  for (const pass of SENTENCE_PASSES) {
    const found = pass(frame, ctx);
    if (!found) continue;
    if (found !== 'joined' && !found.participants.length) {
      unnamed ??= found;
      continue;
    }
    if (found === 'joined') return null;
    record(ctx, frame, found);
    return found;
  }
  if (unnamed) record(ctx, frame, unnamed);
  return null;
}

/**
 * The clause after the first semicolon past a meeting's cue (outside quotes and brackets), as a frame of its own: the
 * words before it blanked (offsets kept), its officials only, and a "he"/"she" opening it standing for the subject of
 * the clause before ("On Monday, A met B; on Tuesday, she met C"). Null when there is none.
 */
function clauseAfter(frame: Frame, from: number): Frame | null {
  const { text, info } = frame;
  let at = text.indexOf(';', from);
  while (at >= 0 && (info.quotes.some(([a, b]) => at >= a && at < b) || depth(text, at) > 0))
    at = text.indexOf(';', at + 1);
  if (at < 0) return null;
  const start = at + 1;
  const officials = frame.officials.filter((o) => o.start >= start);
  const pronoun = /\b(?:he|she)\b/.exec(text.slice(start));
  const subject = frame.officials.find((o) => o.end <= at);
  if (pronoun && subject) {
    const p = start + pronoun.index;
    if (!officials.some((o) => o.start <= p))
      officials.unshift({ start: p, end: p + pronoun[0].length, person: subject.person });
  }
  if (!officials.length) return null;
  return {
    ...frame,
    text: ' '.repeat(start) + text.slice(start),
    officials,
    relatives: frame.relatives.filter(([a]) => a >= start),
  };
}

/** How many brackets are open at a position. */
function depth(text: string, at: number): number {
  const before = text.slice(0, at);
  return (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
}

/**
 * "the guest", "the Lao guest", "the visitor": the one head of the party that came to the meeting or visit told in
 * the last few sentences ("the visiting governor" is read as a title). The frame's officials gain that person at the
 * noun.
 */
function guestReference(ctx: MeetingContext, frame: Frame): Frame {
  const m = frame.words.has('guest') || frame.words.has('visitor') ? GUEST.exec(frame.text) : null;
  if (!m || frame.info.quotes.some(([a, b]) => m.index >= a && m.index < b)) return frame;
  if (frame.officials.some((o) => o.start < m.index + m[0].length && o.end > m.index)) return frame;
  const idx = frame.info.s.index;
  // "the Chilean visitor": the one at a gathering told in the last few sentences who holds an office in that country.
  const adjective = frame.info.places.find((p) => p.adjective && p.start >= m.index && p.end <= m.index + m[0].length);
  const country = adjective?.place.country;
  const word = adjective ? frame.info.s.text.slice(adjective.start, adjective.end) : '';
  // By office, or by the adjective written just before the name where it was introduced ("the Alcalde of the Chilean
  // port of X, Sr. Y").
  const introduced = (p: PersonRec): boolean => {
    const info = ctx.doc.sentences[p.sentence.index];
    const at = info?.people.find((x) => x.person === p);
    return !!at && !!word && info!.s.text.slice(Math.max(0, at.start - 80), at.start).includes(word);
  };
  const from = (p: PersonRec): boolean =>
    p.country === country || p.offices.some((o) => !!o.place && o.place.country === country) || introduced(p);
  const of = country
    ? unique(
        ctx.found
          .filter((x) => x.info.s.index < idx && idx - (x.lastTold ?? x.info.s.index) <= 6)
          .flatMap((x) => x.participants.filter(from)),
      )
    : [];
  const last = ctx.found
    .filter((x) => x.info.s.index < idx && idx - (x.lastTold ?? x.info.s.index) <= 3 && partyOf(x).length > 0)
    .pop();
  const party = of.length === 1 ? of : last ? partyOf(last) : [];
  if (party.length !== 1) return frame;
  const officials = [...frame.officials, { start: m.index, end: m.index + m[0].length, person: party[0]! }];
  return { ...frame, officials: officials.sort((a, b) => a.start - b.start) };
}

/** "the guest", "the Lao guest", "the visitor" (one person; "the guests" are the party). */
const GUEST = /\bthe\s+(?:(?:visiting|foreign|\p{Lu}[\p{L}-]+)\s+)?(?:guest|visitor)\b(?![’']?s\b)/u;

/** A new meeting, with the confidence of the rule that found it. */
export function meetingOf(
  frame: Frame,
  participants: PersonRec[],
  rule: string,
  kind: EventKind,
  cue: { start: number; end: number },
  place: PlaceRec | null,
): Meeting {
  return {
    participants: [...new Set(participants)],
    date: dateAt(frame.info, cue),
    place,
    info: frame.info,
    rule,
    kind,
    cue,
    visitors: ledBy(frame),
    confidence: meetingConfidence(rule, false),
  };
}

/**
 * The officials a sentence names as heads of a party: "a delegation led by X" (and those joined to X by "and": "headed
 * by Mayor X and General Manager Y"), "visiting Mayor X".
 */
function ledBy(frame: Frame): PersonRec[] {
  const out: PersonRec[] = [];
  const by = /\b(?:led|headed)\s+by\s+/i.exec(frame.text);
  let last = -1;
  for (const m of frame.officials) {
    const gap = last >= 0 ? frame.text.slice(last, m.start) : '';
    const first = by && last < 0 && m.start >= by.index && m.start - (by.index + by[0].length) <= 40;
    const joined = last >= 0 && /^(?:,[^,;]{0,80})?,?\s+(?:and|&)\s+(?:[\w’'.-]+\s+){0,6}$/i.test(gap);
    const visiting = /\bvisiting\s+(?:[\w’'.-]+\s+){0,3}$/i.test(frame.text.slice(Math.max(0, m.start - 40), m.start));
    if (first || joined || visiting) {
      if (!out.includes(m.person)) out.push(m.person);
      if (first || joined) last = m.end;
    }
  }
  // "X arrived in Y on Sunday at the head of a delegation": the sentence's subject heads it.
  const head = AT_THE_HEAD.exec(frame.text);
  const subject = head ? frame.officials.find((m) => m.end <= head.index) : undefined;
  if (subject && !out.includes(subject.person)) out.push(subject.person);
  return out;
}

const AT_THE_HEAD =
  /\bat\s+the\s+head\s+of\s+(?:an?|the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:delegation|mission|group)\b/i;

/**
 * Records what a sentence pass found. A sentence that refers to a gathering told before ("During the visit, ...",
 * "the visiting delegation") adds its people to it; a gathering told again without names ("The agreement was signed on
 * Monday" after "X and Y signed an agreement") is the same one.
 */
function record(ctx: MeetingContext, frame: Frame, m: Meeting): void {
  const earlier = m.own
    ? null
    : (referredGathering(ctx, frame, m.cue) ??
      (m.participants.length ? signedThere(ctx, frame, m) : sameGathering(ctx, m)));
  // A meeting with a day of its own is not folded into an undated one of other people ("The delegation ... were in
  // Honolulu from February 25" after "Minister A welcomed the delegation" in Washington): it may be another leg.
  const otherLeg =
    (!!m.date && !!earlier && !earlier.date && earlier.participants.length > 0) ||
    // Or at another place: "During her visit to X the following day, she met ..." after a call in Y.
    (!!earlier && otherPlace(earlier.place, m.place));
  if (earlier && !otherLeg && compatibleDates(earlier.date, m.date)) {
    joinGathering(earlier, m.participants, frame);
    addVisitors(earlier, m.visitors ?? []);
    // What the guests did next ("On Saturday the guests toured the castle") does not date the visit; a meeting
    // named at it does ("During the visit, A met B on Tuesday").
    if (m.participants.length) earlier.date = moreSpecific(earlier.date, m.date);
    earlier.place ??= m.place;
    return;
  }
  ctx.found.push(m);
}

/**
 * "On this occasion, A City and B City signed a memorandum. The MOU was signed by C and D.": the document told signed
 * at a gathering in the sentence before, signed by its signers, is signed at that gathering.
 */
function signedThere(ctx: MeetingContext, frame: Frame, m: Meeting): Meeting | null {
  const idx = frame.info.s.index;
  const before = ctx.doc.sentences[idx - 1];
  if (m.kind !== 'signing' || !before || before.s.para !== frame.info.s.para) return null;
  if (!DOCUMENT_SIGNED_BY.test(frame.text) || !/\bsign(?:ed|s|ing)?\b/i.test(before.s.text)) return null;
  return ctx.found.filter((x) => (x.lastTold ?? x.info.s.index) === idx - 1 && x.participants.length > 0).pop() ?? null;
}

const DOCUMENT_SIGNED_BY = new RegExp(
  String.raw`^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:MOU|MoU|memorandum|agreement|accord|charter|protocol` +
    String.raw`|document|letter\s+of\s+intent)s?\s+(?:was|were)\s+(?:\w+ly\s+)?signed\s+by\b`,
  'i',
);

/** Two places neither of which lies within the other. */
function otherPlace(a: PlaceRec | null, b: PlaceRec | null): boolean {
  return !!a && !!b && a !== b && !placeWithin(a, b) && !placeWithin(b, a);
}

/** Adds heads of the party that came to a meeting. */
export function addVisitors(m: Meeting, people: PersonRec[]): void {
  const visitors = m.visitors ?? [];
  for (const p of people) if (!visitors.includes(p)) visitors.push(p);
  m.visitors = visitors;
}

/** Adds people to a meeting found before, told again in `frame`'s sentence. */
export function joinGathering(m: Meeting, people: PersonRec[], frame: Frame): void {
  for (const p of people) if (!m.participants.includes(p)) m.participants.push(p);
  m.lastTold = Math.max(m.lastTold ?? m.info.s.index, frame.info.s.index);
}

/**
 * The gathering a sentence refers to with a definite noun ("during the meeting", "at the signing ceremony", "the
 * delegation", "his visit"): the last one found in an earlier sentence whose kind the noun may stand for. The cue's own
 * words ("the meeting with X") are no reference.
 */
export function referredGathering(
  ctx: MeetingContext,
  frame: Frame,
  cue?: { start: number; end: number },
  kinds?: readonly EventKind[],
): Meeting | null {
  const re = EVENT_REFERENCE;
  re.lastIndex = namesGathering(frame) ? 0 : frame.text.length;
  for (let r = re.exec(frame.text); r !== null; r = re.exec(frame.text)) {
    const at = r.index;
    if (cue && at < cue.end && at + r[0].length > cue.start) continue;
    if (frame.info.quotes.some(([a, b]) => at >= a && at < b)) continue;
    const nounKinds = EVENT_NOUNS[r[1]!.toLowerCase()] ?? [];
    // A sentence that dates itself otherwise ("at the anniversary dinner on Saturday" after a signing in 1990) tells
    // another gathering; a gathering long past is referred to only right after it is told.
    const idx = frame.info.s.index;
    const fits = (m: Meeting): boolean =>
      m.info.s.index < idx &&
      idx - (m.lastTold ?? m.info.s.index) <=
        (m.date && ctx.doc.year && Number(m.date.slice(0, 4)) < ctx.doc.year ? 2 : 10) &&
      (nounKinds.includes(m.kind) || (nounKinds.includes('visit') && !!m.visitors?.length)) &&
      (!kinds || kinds.includes(m.kind) || (kinds.includes('visit') && !!m.visitors?.length));
    const hit = ctx.found.filter(fits).pop();
    if (hit && compatibleDates(hit.date, dateAt(frame.info, { start: at, end: at + r[0].length }))) {
      re.lastIndex = 0;
      return hit;
    }
  }
  return null;
}

/** An earlier gathering of the same kind told without names on a compatible date: the text telling it again. */
function sameGathering(ctx: MeetingContext, m: Meeting): Meeting | null {
  const last = ctx.found.filter((o) => o.kind === m.kind).pop();
  return last && compatibleDates(last.date, m.date) ? last : null;
}

/** Of two compatible dates, the one that says more. */
export function moreSpecific(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

/**
 * A party's visit told just before that may still go on: "X arrived on Sunday at the head of a delegation. The mayor
 * hosted a dinner for the delegation on Monday" (a later day of the same stay, up to a week on).
 */
export function ongoingVisit(ctx: MeetingContext, frame: Frame): Meeting | null {
  const idx = frame.info.s.index;
  const day = frame.info.day;
  const visit = ctx.found
    .filter((m) => m.kind === 'visit' && partyOf(m).length > 0 && idx - m.info.s.index <= 3 && m.info.s.index < idx)
    .pop();
  if (!visit) return null;
  if (!visit.date || !day || visit.date.length < 10) return visit;
  return visit.date <= day && shiftDate(visit.date, 7) >= day ? visit : null;
}

/** The people who came on a visit: its heads, or, for a visit told by its visitors alone, its participants. */
export function partyOf(m: Meeting): PersonRec[] {
  if (m.visitors?.length) return m.visitors;
  return /^(?:visit|led-delegation|invited-visit)\b/.test(m.rule) ? m.participants : [];
}

/**
 * The head of a delegation a sentence or few before names without a visit of its own ("Mayor X, who led a delegation
 * of twelve, said ..."): "X led/headed a delegation", "a delegation led/headed by X", "X ... at the head of a
 * delegation".
 */
export function delegationHead(doc: Doc, info: SentenceInfo): PersonRec | null {
  for (let k = info.s.index - 1; k >= Math.max(0, info.s.index - 4); k--) {
    const s = doc.sentences[k]!;
    const people = s.people.filter((m) => m.person.offices.length > 0);
    const led = LED_A_DELEGATION.exec(s.s.text);
    if (led) {
      const subject = people.filter((m) => m.end <= led.index).pop();
      if (subject) return subject.person;
    }
    const by = DELEGATION_LED_BY.exec(s.s.text);
    if (by) {
      const agent = people.find((m) => m.start >= by.index + by[0].length);
      if (agent) return agent.person;
    }
  }
  return null;
}

const LED_A_DELEGATION = new RegExp(
  String.raw`\b(?:led|headed|leads|heads|leading|heading|at\s+the\s+head\s+of)\s+(?:an?|the|his|her|their)\s+` +
    String.raw`(?:[\w’'-]+\s+){0,3}?delegation\b`,
  'i',
);
const DELEGATION_LED_BY = /\b(?:delegation|group|visitors)\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+/i;
