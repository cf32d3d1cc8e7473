/**
 * Pass: hosts. A host receiving guests: "A received B", "A welcomed a delegation led by B", "A hosted a dinner for B",
 * "A welcomed the meeting" (A was at the gathering told before); and guests received, in the passive: "A was received
 * at the town hall by B", "A was warmly welcomed in X". The object must be people or a gathering ("received a cheque"
 * is no meeting). A host welcoming a delegation nobody in it is named of is a meeting of the host alone (the corpus
 * records such visits with the one official named); with no host named either, it is a gathering later sentences may
 * name people at ("The delegation was headed by ...").
 */
import { EVENT_NOUNS, HOST_VERBS, HOSTED_PASSIVE } from '../cues/meetings.ts';
import { compatibleDates, dateAt } from './meeting-dates.ts';
import {
  delegationHead,
  joinGathering,
  meetingOf,
  moreSpecific,
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
  hostPlace,
  namedObject,
  notHeld,
  officialsAfter,
  officialsBefore,
  placeOf,
  sidesOf,
  unique,
} from './meeting-frame.ts';

/** Nouns after a host verb that name a gathering, not people: "welcomed the meeting", "hosted the talks". */
const GATHERING_OBJECT = new RegExp(
  String.raw`^\s*(?:the|this|that|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(${Object.keys(EVENT_NOUNS)
    .filter((n) => !['delegation', 'visitors', 'guests'].includes(n))
    .join('|')})\b`,
  'i',
);

/**
 * A definite party of guests after a host verb: "the delegation", "the visitors", "our guests", "the group" (of the
 * visit told before), "them".
 */
const THE_GUESTS =
  /^\s*(?:(?:the|our|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:visitors|guests|delegates|delegation|group)\b|them\b)/i;

export function hosts(frame: Frame, ctx: MeetingContext): Meeting | 'joined' | null {
  for (const c of cuesIn(frame, [[HOST_VERBS, 'hosted']])) {
    const sides = sidesOf(frame, c.start, c.end);
    // "the hosts", "a welcoming speech": nouns, not the verb.
    if (/\b(?:the|our|their|a|an)\s+$/i.test(sides.beforeText) || notHeld(frame, c.end, sides)) continue;
    if (GATHERING_OBJECT.test(sides.afterText)) {
      const gathering = referredGathering(ctx, frame);
      if (gathering && sides.before.length) {
        joinGathering(gathering, sides.before, frame);
        return 'joined';
      }
      continue;
    }
    // "hosted a lunch for the visitors", "received the delegation": the guests of the visit told before. Another host
    // receiving them met their heads (a meeting of its own); the host of that visit only tells it again.
    // "received the delegation of X led by B": a party introduced with its head named is told here, not referred to.
    const introduced = sides.after.length > 0 && /\b(?:led|headed)\s+by\b/i.test(sides.afterText);
    const guests =
      THE_GUESTS.test(sides.afterText) && !introduced
        ? (referredGathering(ctx, frame, undefined, ['visit']) ?? ongoingVisit(ctx, frame))
        : null;
    // "The group was led by Deputy Mayor A. Council leader B welcomed the delegation on May 9": no gathering was told,
    // but the party's head was.
    const head = !guests && THE_GUESTS.test(sides.afterText) ? delegationHead(ctx.doc, frame.info) : null;
    if (head && sides.before.length && !sides.before.includes(head)) {
      const m = meetingOf(frame, [...sides.before, head], 'hosted', 'visit', c, placeOf(frame.info));
      return { ...m, visitors: [head], own: true };
    }
    if (guests && sides.before.length) {
      const heads = (guests.visitors ?? []).filter((p) => !sides.before.includes(p));
      if (heads.length && !sides.before.some((p) => guests.participants.includes(p))) {
        const m = meetingOf(
          frame,
          [...sides.before, ...heads],
          'hosted',
          'visit',
          c,
          placeOf(frame.info) ?? guests.place,
        );
        return { ...m, date: m.date ?? guests.date, visitors: heads, own: true };
      }
      joinGathering(guests, sides.before, frame);
      return 'joined';
    }
    // "A called at City Hall on Sunday, where Mayor B welcomed her": the guest is the one the sentence began with.
    // "... took us to X, where Mayor B hosted us for lunch": in a first-person report, the narrator.
    if (/^\s*(?:her|him|them|us|me)\b/i.test(sides.afterText) && sides.before.length >= 2) {
      const host = sides.before[sides.before.length - 1]!;
      const m = meetingOf(frame, sides.before, 'hosted', 'visit', c, placeOf(frame.info) ?? hostPlace(host));
      return { ...m, visitors: unique([...(m.visitors ?? []), ...sides.before.slice(0, -1)]) };
    }
    const group = officialsAfter(frame, sides);
    if (!group && !namedObject(frame, c.end, sides)) continue;
    const people = unique([...sides.before, ...sides.after]);
    const place = placeOf(frame.info) ?? (sides.before[0] ? hostPlace(sides.before[0]) : null);
    // Nobody named: keep the gathering when its guests are a delegation or officials.
    if (!people.length && !group) continue;
    const m = meetingOf(
      frame,
      people,
      group && !sides.after.length ? 'welcomed-delegation' : 'hosted',
      'visit',
      c,
      place,
    );
    return sides.after.length ? { ...m, visitors: unique([...(m.visitors ?? []), ...sides.after]) } : m;
  }
  for (const c of cuesIn(frame, [[HOSTED_PASSIVE, 'hosted-visit']])) {
    const sides = sidesOf(frame, c.start, c.end);
    if (/^\s*(?:It|This|That)\b/.test(sides.beforeText) || notHeld(frame, c.end, sides)) continue;
    // The guests stand before the verb; the host, if named, after "by".
    const by = /\bof\s*$/i.test(frame.text.slice(c.start, c.end)) ? { index: 0 } : /\bby\b/i.exec(sides.afterText);
    const byAt = by ? c.end + by.index : Number.POSITIVE_INFINITY;
    const hostsNamed = unique(
      frame.officials.filter((m) => m.start > byAt && m.start < sides.clauseEnd).map((m) => m.person),
    );
    const guests = sides.before;
    // "They were welcomed by B", "The visitors were received by B": the party of the visit told before.
    const party = guests.length
      ? null
      : /\b(?:they|the\s+(?:visitors|guests|group|party|delegation|delegates))\s+(?:\w+\s+)?$/i.test(sides.beforeText)
        ? (ctx.found.filter((m) => m.kind === 'visit' && frame.info.s.index - m.info.s.index <= 2).pop() ??
          // "A accompanied a delegation headed by B on a visit to X. The delegation was received by C.": the
          // gathering of the delegation told just before, whatever its kind.
          (/\bthe\s+delegation\s+(?:\w+\s+)?$/i.test(sides.beforeText)
            ? ctx.found
                .filter((m) => frame.info.s.index - m.info.s.index === 1 && /\bdelegation\b/i.test(m.info.s.text))
                .pop()
            : undefined))
        : null;
    if (!guests.length && !party && !officialsBefore(frame, sides)) continue;
    const place = destination(frame.info, c.end) ?? placeOf(frame.info) ?? destination(frame.info);
    // "He was warmly welcomed" alone says too little: a host, a place or a day is named.
    if (!hostsNamed.length && !place && !frame.info.day && !/\bby\b/i.test(sides.afterText)) continue;
    if (party && hostsNamed.length) {
      const day = dateAt(frame.info, c);
      // "X arrived in Y on Monday for a three-day visit. On Tuesday the delegation was received by B": a later day of
      // the stay is a meeting of its own, on its day, not the visit's first day.
      const heads = partyOf(party).filter((p) => !hostsNamed.includes(p));
      if (!compatibleDates(party.date, day) && heads.length) {
        const m = meetingOf(frame, [...heads, ...hostsNamed], 'hosted-visit', 'visit', c, place ?? party.place);
        return { ...m, visitors: heads, own: true };
      }
      joinGathering(party, hostsNamed, frame);
      // "The visitors were received by B on Wednesday": the day of a visit told by its week or month.
      if (compatibleDates(party.date, day)) party.date = moreSpecific(party.date, day);
      return 'joined';
    }
    const m = meetingOf(frame, [...guests, ...hostsNamed], 'hosted-visit', 'visit', c, place);
    return { ...m, visitors: unique([...(m.visitors ?? []), ...guests]) };
  }
  return null;
}
