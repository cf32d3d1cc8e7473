/**
 * Pass: talks. People joined by a verb, noun or passive of meeting: "A met (with) B", "A and B held talks", "A agreed
 * with B", "in a meeting with B, A said", "talks were held between A and B", "A paid a courtesy call on B". The subject
 * and the object are the participants; when only one of them is named, the other side must name officials the text
 * leaves unnamed ("met a delegation from X", "talks with officials of X") or be named by title and then by name in the
 * next sentences ("a meeting with the new Consul General ... Consul General Y said").
 */
import {
  CALL_ON,
  CAPTION_WITH,
  HELD_PASSIVE,
  MEET_TOGETHER,
  MEET_VERBS,
  MEETING_NOUNS,
  THANKED_HOST,
} from '../cues/meetings.ts';
import type { Doc, PersonRec, SentenceInfo } from '../document.ts';
import { TITLE_HEADS } from '../lexicon.ts';
import {
  delegationHead,
  meetingOf,
  ongoingVisit,
  partyOf,
  referredGathering,
  type Meeting,
  type MeetingContext,
} from '../meetings.ts';
import {
  cuesIn,
  destination,
  type Frame,
  habitual,
  notHeld,
  officialsAfter,
  officialsBefore,
  PAIR_SUBJECT,
  placeOf,
  plannedAfter,
  sidesOf,
  unique,
} from './meeting-frame.ts';

/** The cue lists of talks, each with the rule it reports. */
export const TALK_CUES = [
  [MEET_VERBS, 'meeting-verb'],
  [MEET_TOGETHER, 'meeting-verb'],
  [MEETING_NOUNS, 'meeting-noun'],
  [HELD_PASSIVE, 'talks-held'],
  [CALL_ON, 'courtesy-call'],
  [THANKED_HOST, 'thanked-host'],
  [CAPTION_WITH, 'caption'],
] as const;

export function talks(frame: Frame, ctx: MeetingContext): Meeting | null {
  const cues = cuesIn(frame, TALK_CUES);
  for (let i = 0; i < cues.length; i++) {
    const found = cues[i]!;
    // "A thanked B for the warm welcome": B stands inside the cue; the verb alone joins them.
    const c = found.rule === 'thanked-host' ? { ...found, end: found.start + 'thanked'.length } : found;
    const sides = sidesOf(frame, c.start, c.end);
    if (notHeld(frame, c.end, sides) || (c.rule === 'meeting-noun' && plannedAfter(frame, c.end, sides))) continue;
    // "has met X four times since they first met ...": the count belongs to the cue before the next one.
    if (habitual(frame, c.start, Math.min(cues[i + 1]?.start ?? sides.clauseEnd, sides.clauseEnd))) continue;
    const before = sides.before.length || !PAIR_SUBJECT.test(sides.beforeText) ? sides.before : pairTold(ctx, frame);
    // "A meeting between A and B was held ...": the people stand inside the passive's cue, after its noun.
    const inside =
      c.rule === 'talks-held'
        ? frame.officials.filter((m) => m.start > c.start && m.end <= c.end).map((m) => m.person)
        : [];
    const people = unique([...before, ...inside, ...sides.after, ...mainSubject(frame, c)]);
    const place = placeOf(frame.info) ?? destination(frame.info);
    if (people.length >= 2) {
      const m = meetingOf(frame, people, c.rule, 'meeting', c, place);
      // A guest calling on a host is the visitor.
      return c.rule === 'courtesy-call' ? { ...m, visitors: unique([...(m.visitors ?? []), ...before]) } : m;
    }
    if (people.length === 1) {
      // "On Thursday, the delegation met Vice Mayor X": the heads of the party told before met X, that day.
      if (!before.length && (PARTY_SUBJECT.test(sides.beforeText) || VISIT_SUBJECT.test(sides.beforeText))) {
        const party = referredGathering(ctx, frame, c, ['visit']) ?? ongoingVisit(ctx, frame);
        const head = party ? null : delegationHead(ctx.doc, frame.info);
        const heads = (party ? partyOf(party) : head ? [head] : []).filter((p) => !people.includes(p));
        if (heads.length) {
          const m = meetingOf(frame, [...heads, ...people], c.rule, 'meeting', c, place);
          return { ...m, visitors: heads, own: true };
        }
      }
      // "Party Secretary X met with the delegation": the party told before, as the object, is its heads.
      if (before.length === 1 && !sides.after.length && PARTY_OBJECT.test(frame.text.slice(c.end))) {
        const party = referredGathering(ctx, frame, c, ['visit']) ?? ongoingVisit(ctx, frame);
        const head = party ? null : delegationHead(ctx.doc, frame.info);
        const heads = (party ? partyOf(party) : head ? [head] : []).filter((p) => !people.includes(p));
        if (heads.length) {
          const m = meetingOf(frame, [...people, ...heads], c.rule, 'meeting', c, place);
          return { ...m, visitors: heads, own: true };
        }
      }
      const other = namedLater(ctx.doc, frame.info, frame.text.slice(c.end), people[0]!);
      if (other) {
        const m = meetingOf(frame, [people[0]!, other], c.rule, 'meeting', c, place);
        return { ...m, confidence: m.confidence - 0.1 };
      }
      // One official with a party the text leaves unnamed ("the delegation met Mayor X") is a meeting when it adds to
      // a gathering told before; alone ("X met a delegation from Y") it is too often a courtesy the article only
      // mentions.
      const unnamed = before.length ? officialsAfter(frame, sides) : officialsBefore(frame, sides);
      if (unnamed && referredGathering(ctx, frame, c)) return meetingOf(frame, people, c.rule, 'meeting', c, place);
      continue;
    }
    // Nobody named: a gathering a later sentence may name people at ("Officials of both cities met online in May",
    // "A ceremony was held at City Hall on Monday").
    if (c.rule === 'talks-held' || officialsBefore(frame, sides) || officialsAfter(frame, sides))
      return meetingOf(frame, [], c.rule, 'meeting', c, place);
  }
  return null;
}

/**
 * "After meeting B on Monday, A told reporters ...", "Meeting B on Monday, A said", "Speaking at a joint news
 * conference with B, A said": a fronted phrase's subject is the main clause's, the first official after the comma
 * that closes it (a reporting verb after that subject does not cut it off).
 */
function mainSubject(frame: Frame, c: { start: number; end: number }): PersonRec[] {
  if (!FRONTED.test(frame.text.slice(0, c.start))) return [];
  const comma = frame.text.indexOf(',', c.end);
  if (comma < 0) return [];
  const subject = frame.officials.find((m) => m.start > comma);
  return subject && /^,\s*(?:[\w’'.-]+\s+){0,4}$/.test(frame.text.slice(comma, subject.start)) ? [subject.person] : [];
}

/** What opens a sentence before its fronted cue: "After", "Speaking at a joint", "At a", "" ("Meeting B, ..."). */
const FRONTED = new RegExp(
  String.raw`^\W*(?:(?:After|While|Following)\s+|(?:Speaking|Appearing)\s+(?:at|during|after|in)\s+[^,;]{0,30}?` +
    String.raw`|(?:At|In|During)\s+(?:an?|the|their)\s+[^,;]{0,30}?)?$`,
  'i',
);

/** A party as the object, right after the cue: "met with the delegation", "received the visiting delegation". */
const PARTY_OBJECT = new RegExp(
  String.raw`^\s*(?:with\s+)?(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:delegation|visitors|guests|delegates` +
    String.raw`|mission)\b(?!\s+(?:from|of|led|headed)\b)`,
  'i',
);

/** A party as the subject: "the delegation", "the visitors", "the Kigoma delegation". */
const PARTY_SUBJECT = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:delegation|visitors|guests|delegates|mission)\s+` +
    String.raw`(?:[\w’',-]+\s+){0,14}?$`,
  'i',
);

/** A visit as the subject of what it held: "The visit included talks with B", "Her trip featured a meeting with". */
const VISIT_SUBJECT = new RegExp(
  String.raw`\b(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour|stay|itinerary|programme` +
    String.raw`|program|schedule)\s+(?:also\s+)?(?:included|includes|featured|involved|comprised)\s+` +
    String.raw`(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?$`,
  'i',
);

/** "The two signed ...", "They met ...": the people of the meeting just told, or the two the sentence before names. */
export function pairTold(ctx: MeetingContext, frame: Frame): PersonRec[] {
  const idx = frame.info.s.index;
  const last = ctx.found.filter((m) => m.participants.length >= 2 && idx - m.info.s.index <= 2).pop();
  if (last) return last.participants;
  const prev = ctx.doc.sentences[idx - 1];
  const named = unique((prev?.people ?? []).filter((m) => m.person.offices.length > 0).map((m) => m.person));
  if (named.length === 2) return named;
  // "The two mayors held talks": the last two holders of that office named, a few sentences back.
  const office = /\b(?:the\s+two|both)\s+(mayors|governors)\b/i.exec(frame.text)?.[1]?.toLowerCase().slice(0, -1);
  if (!office) return [];
  const holders: PersonRec[] = [];
  for (let k = idx - 1; k >= Math.max(0, idx - 4) && holders.length < 3; k--) {
    const people = [...ctx.doc.sentences[k]!.people].reverse().map((m) => m.person);
    for (const p of people)
      if (!holders.includes(p) && p.offices.some((o) => o.head === office && !/\b(?:deputy|vice)\b/i.test(o.title)))
        holders.push(p);
  }
  return holders.length === 2 ? holders.reverse() : [];
}

/**
 * The person a meeting phrase names by title only ("with the Consul General"), named in one of the next two sentences.
 */
function namedLater(doc: Doc, info: SentenceInfo, afterCue: string, met: PersonRec): PersonRec | null {
  const m = /^\s*(?:the\s+)?((?:[\w’'-]+\s+){0,4}?)([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b/.exec(afterCue);
  if (!m) return null;
  const head = m[2]!
    .toLowerCase()
    .split(/[ -]/)
    .find((w) => TITLE_HEADS.has(w));
  if (!head) return null;
  for (let k = info.s.index + 1; k <= info.s.index + 2 && k < doc.sentences.length; k++) {
    const hit = doc.sentences[k]!.people.map((x) => x.person).find(
      (p) => p !== met && p.offices.some((o) => o.title.toLowerCase().includes(head)),
    );
    if (hit) return hit;
  }
  return null;
}
