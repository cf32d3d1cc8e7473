/**
 * Pass: visits. An official who went somewhere met the people there: "A visited X, invited by B", "A came to X on
 * Monday", "a delegation headed by A travelled to X", "A was in X this week to meet ...", "during his visit to X, A
 * toured ...", "A has returned from X". The visitors stand before the verb; hosts after "invited by", "hosted by",
 * "where he was greeted ... by". A visit needs a destination or a host; a visit counted or habitual ("has visited
 * China five times") is none. A delegation nobody in it is named of is a gathering later sentences may name people at.
 */
import { LED_BY, VISIT_BY, VISIT_VERBS } from '../cues/meetings.ts';
import type { PlaceRec } from '../document.ts';
import { meetingOf, type Meeting, type MeetingContext } from '../meetings.ts';
import {
  background,
  cuesIn,
  destination,
  type Frame,
  habitual,
  namedObject,
  notHeld,
  officialsBefore,
  placeOf,
  plannedAfter,
  sidesOf,
  unique,
} from './meeting-frame.ts';

/** Hosts of a visit, named after these words: "invited by", "at the invitation of", "where he was greeted ... by". */
const HOSTED_BY = new RegExp(
  String.raw`\b(?:(?:invited|hosted|received|welcomed|greeted|met)\s+(?:[\w’'-]+\s+){0,5}?by|at\s+the\s+invitation` +
    String.raw`\s+of|(?:as\s+)?(?:the\s+)?guests?\s+of)\b`,
  'gi',
);

/** A visit told as a noun, with what happened during it: "during his visit to X", "on the sidelines of her trip". */
const DURING_VISIT = new RegExp(
  String.raw`\b(?:during|on|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|after|following)\s+` +
    String.raw`(?:his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour|stay)\s+(?:to|in)\b`,
  'i',
);

export function visits(frame: Frame, _ctx: MeetingContext): Meeting | null {
  const { text } = frame;
  for (const c of cuesIn(frame, [[VISIT_VERBS, 'visit']])) {
    const sides = sidesOf(frame, c.start, c.end);
    if (notHeld(frame, c.end, sides) || habitual(frame, c.start, sides.clauseEnd) || background(sides)) continue;
    // "X, who is visiting Y this week, ...": a visit going on that describes the visitor; the main clause tells the
    // event.
    if (
      /^(?:is|are)\b/i.test(text.slice(c.start, c.end)) &&
      frame.relatives.some(([a, b]) => c.start >= a && c.start < b)
    )
      continue;
    const hostsNamed = hostsAfter(frame, c.end);
    const place = visited(frame, c.end, sides.clauseEnd);
    // "was in the Chinese capital", "came to the German town": a destination told by description, with a word that
    // says whose (not "was in the city centre").
    const here =
      /^\s*(?:[Hh]ere|[Tt]here|the\s+(?:[A-Z][\w’'-]+\s+){1,2}(?:capital|city|town|port|village|island))\b/.test(
        sides.afterText,
      );
    if (!place && !here && !hostsNamed.length && !namedObject(frame, c.end, sides)) continue;
    const visitors = sides.before;
    const object = namedObject(frame, c.end, sides) ? sides.after : [];
    const rule =
      LED_BY.test(sides.beforeText) || /\bdelegation\b/i.test(text.slice(c.start, c.end))
        ? 'led-delegation'
        : hostsNamed.length
          ? 'invited-visit'
          : 'visit';
    if (!visitors.length) {
      // "A delegation from X visited Y today": a gathering of people not named yet, or one with its hosts named.
      if (!officialsBefore(frame, sides)) continue;
      return meetingOf(frame, unique([...hostsNamed, ...object]), rule, 'visit', c, place ?? placeOf(frame.info));
    }
    const m = meetingOf(
      frame,
      unique([...visitors, ...object, ...hostsNamed]),
      rule,
      'visit',
      c,
      place ?? placeOf(frame.info),
    );
    return { ...m, visitors: unique([...(m.visitors ?? []), ...visitors]) };
  }
  // "The three-day visit of Mayor A to X": the visitor right after "of" / "by", the place after "to".
  for (const c of cuesIn(frame, [[VISIT_BY, 'visit']])) {
    const visitor = frame.officials.find(
      (m) => m.start >= c.end && /^\s*(?:[\w’'.-]+\s+){0,3}$/.test(text.slice(c.end, m.start)),
    );
    if (!visitor) continue;
    const sides = sidesOf(frame, c.start, c.end);
    const to = /^[^,;]*?\bto\s+/i.exec(text.slice(visitor.end, sides.clauseEnd));
    const place = to ? visited(frame, visitor.end + to.index + to[0].length, sides.clauseEnd) : null;
    if (place && !notHeld(frame, c.end, sides) && !plannedAfter(frame, c.end, sides))
      return meetingOf(frame, [visitor.person], 'visit', 'visit', c, place);
  }
  const during = ['visit', 'trip', 'tour', 'stay'].some((w) => frame.words.has(w)) ? DURING_VISIT.exec(text) : null;
  if (during && !frame.info.quotes.some(([a, b]) => during.index >= a && during.index < b)) {
    const cue = { start: during.index, end: during.index + during[0].length };
    const sides = sidesOf(frame, cue.start, cue.end);
    const place = visited(frame, cue.end, sides.clauseEnd);
    const people = unique(
      frame.officials
        .filter((m) => !frame.relatives.some(([a, b]) => m.start >= a && m.start < b))
        .map((m) => m.person),
    );
    if (place && people.length && !notHeld(frame, cue.end, sides))
      return meetingOf(frame, people, 'visit', 'visit', cue, place);
  }
  return null;
}

/** The officials named as a visit's hosts after the cue. */
function hostsAfter(frame: Frame, from: number): Meeting['participants'] {
  const re = new RegExp(HOSTED_BY.source, 'gi');
  re.lastIndex = from;
  const m = re.exec(frame.text);
  if (!m) return [];
  const end = frame.text.slice(m.index).search(/[;]|,\s+(?:and|but|while)\b/);
  const stop = end < 0 ? frame.text.length : m.index + end;
  return unique(frame.officials.filter((p) => p.start >= m.index + m[0].length && p.start < stop).map((p) => p.person));
}

/** The place a visit went to: the first place named after the cue in its clause (a country too: "came to Mexico"). */
function visited(frame: Frame, from: number, until: number): PlaceRec | null {
  const m = frame.info.places.find((p) => p.start >= from && p.start < until && !p.adjective && !p.qualifies);
  if (!m) return null;
  // Close to the verb: "visited Kofu", "came to the city of Kofu", not a place in a later phrase of the clause.
  return /^[\s\w’'-]{0,30}$/.test(frame.text.slice(from, m.start)) ? m.place : destination(frame.info, from);
}
