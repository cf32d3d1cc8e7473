/**
 * Pass: joins. People who were at a gathering told before: companions ("X was accompanied by A and B", "along with"),
 * the head of a delegation named after it arrived ("The delegation was headed by A"), attendees and witnesses ("the
 * ceremony was attended by A and B", "A, who witnessed for her city", "A attended the reception"), people who handed
 * something over ("A handed the delegation a cheque", "delivered a cheque to A"), and people at a gathering the
 * sentence refers to ("During the meeting, A said", "At the signing ceremony, A and B ..."). With no gathering told
 * before, two or more officials named at one make a meeting of their own.
 */
import type { EventKind } from '../cues/meetings.ts';
import {
  ACCOMPANIED,
  ATTEND_VERBS,
  EVENT_NOUNS,
  HANDED_THINGS,
  HANDING,
  JOINT_ACTS,
  LED_BY,
  MEMBERS,
  PRESENT_SPEAKER,
  SIGNED_FOR,
} from '../cues/meetings.ts';
import type { PersonRec } from '../document.ts';
import {
  addVisitors,
  joinGathering,
  meetingOf,
  moreSpecific,
  referredGathering,
  type Meeting,
  type MeetingContext,
} from '../meetings.ts';
import { compatibleDates, dateAt } from './meeting-dates.ts';
import {
  cuesIn,
  destination,
  type Frame,
  habitual,
  namedObject,
  namesGathering,
  notHeld,
  placeOf,
  sidesOf,
  unique,
} from './meeting-frame.ts';

/** "Attending the talks were", "Participants in the meeting were": a gathering told by who attended it. */
const ATTENDED_GATHERING = new RegExp(
  String.raw`^(?:also\s+)?(?:attending|present\s+at|participants\s+(?:in|at))\s+the\s+(?:\w+\s+)?(?:meeting|talks` +
    String.raw`|ceremony|signing|reception|dinner|luncheon|session|dialogue|forum)\b`,
  'i',
);

/** A host before the gathering attended: "A hosted / gave / held a reception". */
const HOSTED_GATHERING =
  /^\s*(?:[\w’'-]+\s+){0,3}?(?:hosted|held|gave|threw|organi[sz]ed|offered)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,2}?\w+$/i;

/**
 * A gathering named as attended: "The signing ceremony on Friday was attended by A and B", "in a ceremony presided over
 * by A and B", "officiated by", "graced by".
 */
const ATTENDED_BY = new RegExp(
  String.raw`\b(ceremony|meeting|talks|signing|reception|dinner|luncheon|banquet|forum|event|visit)\b[^.;]{0,60}?` +
    String.raw`\b(?:attended|presided\s+over|officiated|graced|witnessed)\s+by\b`,
  'i',
);
const ATTENDED_WORDS = ['attended', 'presided', 'officiated', 'graced', 'witnessed'];

/** A gathering the sentence is set at: "During the meeting", "At the ceremony", "after the talks". */
const AT_GATHERING = new RegExp(
  String.raw`\b(?:during|at|after|following|on\s+the\s+sidelines\s+of|on\s+the\s+occasion\s+of|in|throughout)\s+` +
    String.raw`(?:the|this|that|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(${Object.keys(EVENT_NOUNS).join('|')})\b`,
  'i',
);

/** A sentence opening at a meeting of its own: "At a meeting in Mombasa on Monday, A and B agreed ...". */
const AT_A_MEETING = new RegExp(
  String.raw`^\W*(?:At|During|In)\s+(?:an?\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(meeting|talks|ceremony` +
    String.raw`|(?:video|press|news)\s+conference|videoconference|video\s+call)\b` +
    String.raw`(?!\s+(?:room|hall|venue))`,
);
/** A gathering still to come: "At a meeting next week, A and B will discuss ...". */
const TIME_AHEAD = /\b(?:will|shall|is\s+to|are\s+to|next\s+(?:week|month|year)|tomorrow|upcoming)\b/i;

/** The gathering a verb of attending names: "attended a ceremony", "witnessed the signing". */
const GATHERING_AFTER = new RegExp(
  String.raw`^\s*(?:the|this|that|a|an)\s+(?:[\w’'-]+\s+){0,2}?(${Object.keys(EVENT_NOUNS).join('|')})\b`,
  'i',
);

/** "The talks took place on Tuesday", "The visit was on 3 May": the date of a gathering told before. */
const DATED_REFERENCE = new RegExp(
  String.raw`^(?:The|This|That|Their|His|Her)\s+(?:[\w’'-]+\s+){0,2}?(${Object.keys(EVENT_NOUNS).join('|')})\s+` +
    String.raw`(?:[\w’'-]+\s+){0,2}?(?:took\s+place|was\s+held|were\s+held|happened|was|were|came)\b`,
  'i',
);

/** What two did together on the way: "on a tour of the port", "on a visit to the plant". */
const ON_A_TOUR = /\bon\s+(?:an?|the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:tour|visit|walk|trip)\b/i;

/** Words before one spoken of: "spoke about B", "a tribute to B", "praised B". */
const SPOKEN_OF = new RegExp(
  String.raw`\b(?:about|regarding|concerning|praised|thanked|congratulated|paid\s+tribute\s+to|tribute\s+to)\s+` +
    String.raw`(?:[\w’'.-]+\s+){0,2}$`,
  'i',
);

/** "B told A": the verb, whose addressee stands right after it. */
const TOLD = /\btold\b/;
/** Words that put what one told another at a distance: a letter, a call, an interview. */
const AT_A_DISTANCE =
  /\b(?:letters?|wrote|written|e-?mails?|messages?|(?:tele)?phone|calls?|interviews?|newspapers?|radio|television)\b/i;

/** Offices whose holders speak for others: spokespeople, press and communication officers. */
const SOURCE_OFFICE = /\b(?:spokes(?:man|woman|person)|press|communications?|media|information|public\s+relations)\b/i;

export function joins(frame: Frame, ctx: MeetingContext): Meeting | 'joined' | null {
  const { text, info } = frame;
  const gathered = namesGathering(frame);
  const dated = gathered ? DATED_REFERENCE.exec(text) : null;
  if (dated) {
    const gathering = referredGathering(ctx, frame);
    const date = dateAt(info, { start: 0, end: dated[0].length });
    if (gathering && date && compatibleDates(gathering.date, date)) {
      gathering.date = moreSpecific(gathering.date, date);
      return 'joined';
    }
  }
  // "It took place in Olympia on Tuesday": the meeting the sentence before told.
  const itDated = /^(?:It|They)\s+(?:took\s+place|was\s+held|were\s+held)\b/.test(text)
    ? dateAt(info, { start: 0, end: 2 })
    : null;
  if (itDated) {
    const told = ctx.found.filter((m) => m.info.s.index === info.s.index - 1).pop();
    if (told && compatibleDates(told.date, itDated)) {
      told.date = moreSpecific(told.date, itDated);
      return 'joined';
    }
  }
  const people = unique(frame.officials.map((m) => m.person));
  if (!people.length) return null;
  const idx = info.s.index;
  const recent = (kinds: readonly EventKind[] | null, within: number): Meeting | undefined =>
    ctx.found
      .filter(
        (m) =>
          (!kinds || kinds.includes(m.kind)) && idx - (m.lastTold ?? m.info.s.index) <= within && m.info.s.index < idx,
      )
      .pop();

  // Companions: they were at the meeting of the one they came with, told a sentence or two before.
  const acc = cuesIn(frame, [[ACCOMPANIED, 'accompanied']])[0];
  if (acc) {
    const sides = sidesOf(frame, acc.start, acc.end);
    // "X was accompanied by A"; "The delegation was accompanied by A": the party told just before.
    const last =
      ctx.found
        .filter(
          (m) =>
            // Told a sentence or two before, or referred to since ("During the meeting, the Ambassador ...").
            idx - (m.lastTold ?? m.info.s.index) <= 2 &&
            m.info.s.index < idx &&
            m.participants.some((p) => sides.before.includes(p)),
        )
        .pop() ?? (sides.before.length ? null : referredGathering(ctx, frame, acc));
    if (last) {
      joinGathering(last, [...sides.before, ...sides.after], frame);
      return 'joined';
    }
    // "Governor A was accompanied by Mayor B on a tour of the port": with no gathering told before, the two went
    // together.
    if (sides.before.length && sides.after.length && ON_A_TOUR.test(sides.afterText) && !notHeld(frame, acc.end, sides))
      return meetingOf(frame, unique([...sides.before, ...sides.after]), 'joint-act', 'visit', acc, placeOf(info));
  }

  // "The delegation included A and B", "Also present were A and B": members of the party told just before.
  const members = cuesIn(frame, [[MEMBERS, 'members']])[0];
  if (members) {
    const gathering = referredGathering(ctx, frame) ?? recent(null, 2);
    const sides = sidesOf(frame, members.start, members.end);
    const named = unique([...sides.before, ...sides.after]);
    if (gathering && named.length) {
      joinGathering(gathering, named, frame);
      return 'joined';
    }
    // "Attending the talks on Friday were A, B and C": a gathering told only by who attended it.
    if (
      !gathering &&
      named.length >= 2 &&
      ATTENDED_GATHERING.test(frame.text.slice(members.start)) &&
      !notHeld(frame, members.end, sides)
    )
      return meetingOf(frame, named, 'attended-by', 'meeting', members, placeOf(info));
  }

  // The signers of a signing told just before, each clause naming some ("Signing for X was A; Y was represented by
  // B").
  const signers = cuesIn(frame, [[SIGNED_FOR, 'signed-for']]);
  const signing = signers.length ? recent(['signing'], 2) : undefined;
  if (signing) {
    const named = unique(
      signers.flatMap((c) => {
        const sides = sidesOf(frame, c.start, c.end);
        return [...sides.before, ...sides.after];
      }),
    );
    if (named.length) {
      joinGathering(signing, named, frame);
      return 'joined';
    }
  }

  // "A and B jointly unveiled a plaque": officials doing one thing together met. "A and B also attended": they were
  // at the meeting just told.
  for (const c of cuesIn(frame, [[JOINT_ACTS, 'joint-act']])) {
    const sides = sidesOf(frame, c.start, c.end);
    if (notHeld(frame, c.end, sides) || habitual(frame, c.start, sides.clauseEnd)) continue;
    // "A and B discussed the plan in separate interviews": each on their own.
    if (/\b(?:separate(?:ly)?|individually|respectively|each\s+(?:on|in)\b)/i.test(sides.afterText)) continue;
    // "A proposed meeting between A and B was discussed": the two name what was discussed, they did not do it.
    if (/\b(?:meeting|talks|visit|call|trip)\s+(?:between|with|of|by)\b/i.test(sides.beforeText)) continue;
    const bare = /^\s*(?:[.,;]|$|(?:as\s+well|too)\b)/i.test(sides.afterText);
    const also = bare || /\balso\s+$/i.test(sides.beforeText);
    const gathering = referredGathering(ctx, frame) ?? (also ? recent(null, 2) : undefined);
    if (gathering && sides.before.length) {
      joinGathering(gathering, sides.before, frame);
      return 'joined';
    }
    // "A attended the opening ceremony on June 21 with Council President B": the one named after "with" did it too.
    const along =
      sides.before.length === 1
        ? frame.officials.filter(
            (m) =>
              m.start > c.end &&
              m.start < sides.clauseEnd &&
              sides.after.includes(m.person) &&
              /\b(?:with|alongside)\s+(?:(?:the|his|her|their)\s+)?(?:[\w’'.-]+\s+){0,5}$/i.test(
                frame.text.slice(c.end, m.start),
              ) &&
              !/\b(?:with|alongside)\b[^,;]*\b(?:with|alongside)\b/i.test(frame.text.slice(c.end, m.start)),
          )
        : [];
    if (sides.before.length < 2 && !along.length) continue;
    return meetingOf(
      frame,
      unique([...sides.before, ...along.map((m) => m.person)]),
      'joint-act',
      'meeting',
      c,
      placeOf(info) ?? destination(info, c.end),
    );
  }

  // "The delegation was headed by Vice Mayor X" right after it arrived or was welcomed.
  const led = cuesIn(frame, [[LED_BY, 'led-by']])[0];
  if (led && /\b(?:delegation|delegates|mission|group|visitors)\b/i.test(text.slice(0, led.start))) {
    const gathering = referredGathering(ctx, frame, undefined, ['visit']) ?? recent(['visit'], 3);
    if (gathering) {
      const heads = sidesOf(frame, led.start, led.end).after;
      joinGathering(gathering, heads, frame);
      addVisitors(gathering, heads);
      return 'joined';
    }
  }

  // "The signing ceremony on Friday was attended by A and B".
  const attendedBy = ATTENDED_WORDS.some((w) => frame.words.has(w)) ? ATTENDED_BY.exec(text) : null;
  if (attendedBy) {
    const cue = { start: attendedBy.index, end: attendedBy.index + attendedBy[0].length };
    const at = sidesOf(frame, cue.start, cue.end).after;
    const kinds = EVENT_NOUNS[attendedBy[1]!.toLowerCase()] ?? ['meeting'];
    const gathering = referredGathering(ctx, frame, undefined, kinds);
    if (gathering && at.length) {
      joinGathering(gathering, at, frame);
      return 'joined';
    }
    // "A hosted a reception on Tuesday attended by B and C": the host was at it too.
    const host = frame.officials.filter(
      (m) => m.end <= cue.start && HOSTED_GATHERING.test(text.slice(m.end, cue.start + attendedBy[1]!.length)),
    );
    const all = unique([...host.map((m) => m.person), ...at]);
    if (at.length >= 2 || (at.length && host.length))
      return meetingOf(frame, all, 'at-gathering', kinds[0]!, cue, placeOf(info));
  }

  // Attending or witnessing: "A witnessed the signing", "A, who witnessed for her city", "A attended the reception".
  for (const c of cuesIn(frame, [[ATTEND_VERBS, 'attended']])) {
    const sides = sidesOf(frame, c.start, c.end);
    // "A witnessed ...", or in the passive "Witnessed in Glasgow by A".
    const by = /^[^.;]{0,40}?\bby\b/i.exec(sides.afterText);
    const who = sides.before.length
      ? sides.before
      : by
        ? frame.officials
            .filter((m) => m.start >= c.end + by[0].length && m.start < sides.clauseEnd)
            .map((m) => m.person)
        : [];
    if (!who.length) continue;
    const witnessed = /^witness/i.test(text.slice(c.start, c.end));
    const gathering = witnessed
      ? (referredGathering(ctx, frame, undefined, ['signing']) ?? ctx.found.filter((m) => m.kind === 'signing').pop())
      : /^\s*(?:the|this|that)\b/i.test(sides.afterText) && referredGathering(ctx, frame);
    if (gathering) {
      joinGathering(gathering, who, frame);
      return 'joined';
    }
    // "A and B attended a ceremony at City Hall": two officials at one gathering met there.
    const noun = GATHERING_AFTER.exec(sides.afterText);
    if (noun && who.length >= 2)
      return meetingOf(
        frame,
        who,
        'at-gathering',
        EVENT_NOUNS[noun[1]!.toLowerCase()]?.[0] ?? 'meeting',
        c,
        placeOf(info),
      );
  }

  // Handing something over: both were there ("A handed the delegation a cheque", "delivered a cheque to A").
  const hand = cuesIn(frame, [[HANDING, 'handed-over']])[0];
  // The thing may stand inside the cue ("received the key to the city from A").
  if (hand && HANDED_THINGS.test(text.slice(hand.start, hand.end + 80))) {
    const sides = sidesOf(frame, hand.start, hand.end);
    const who: PersonRec[] = unique([...sides.before, ...sides.after]);
    const gathering = referredGathering(ctx, frame, undefined, ['visit']) ?? recent(['visit'], 4);
    if (gathering && who.length) {
      joinGathering(gathering, who, frame);
      return 'joined';
    }
    if (who.length >= 2) return meetingOf(frame, who, 'handed-over', 'meeting', hand, placeOf(info));
  }

  // "Vice Mayor A visited X on Monday. Mayor B told her that the city valued the tie": one who speaks to someone of a
  // gathering told just before, face to face (no letter, call or interview), was at it.
  const told = frame.words.has('told') && !AT_A_DISTANCE.test(text) ? TOLD.exec(text) : null;
  if (told && !info.quotes.some(([a, b]) => told.index >= a && told.index < b)) {
    const cue = { start: told.index, end: told.index + told[0].length };
    const sides = sidesOf(frame, cue.start, cue.end);
    const addressee = namedObject(frame, cue.end, sides)
      ? frame.officials.find((m) => m.start >= cue.end && sides.after.includes(m.person))?.person
      : undefined;
    const gathering =
      addressee && sides.before.length === 1 && !notHeld(frame, cue.end, sides)
        ? ctx.found
            .filter(
              (m) =>
                idx - (m.lastTold ?? m.info.s.index) <= 2 &&
                m.info.s.index < idx &&
                [addressee, ...sides.before].some((p) => m.participants.includes(p)),
            )
            .pop()
        : undefined;
    if (gathering && addressee && compatibleDates(gathering.date, dateAt(info, cue))) {
      joinGathering(gathering, [...sides.before, addressee], frame);
      return 'joined';
    }
  }

  // A speaker whose words put them at the gathering: "“This is the first time we met,” said A".
  // Spokespeople and press officers speak about gatherings as sources, not as parties.
  const speakers = people.filter((p) => !p.offices.some((o) => SOURCE_OFFICE.test(o.title)));
  const quoted = info.quotes.some(([a, b]) => PRESENT_SPEAKER.test(text.slice(a, b)));
  if (quoted && speakers.length) {
    const gathering = recent(null, 6);
    if (gathering) {
      joinGathering(gathering, speakers, frame);
      return 'joined';
    }
  }

  // At a gathering the sentence refers to: "During the meeting, A said ...", "In a remark during the signing ceremony,
  // the mayor, A, said ...".
  const at =
    gathered || frame.words.has('conference') || frame.words.has('videoconference')
      ? (AT_GATHERING.exec(text) ?? AT_A_MEETING.exec(text))
      : null;
  if (at && !info.quotes.some(([a, b]) => at.index >= a && at.index < b)) {
    const cue = { start: at.index, end: at.index + at[0].length };
    const gathering = referredGathering(ctx, frame);
    if (gathering) {
      joinGathering(gathering, people, frame);
      return 'joined';
    }
    const kinds = EVENT_NOUNS[at[1]!.toLowerCase()] ?? ['meeting'];
    // "A spoke about B at the council meeting": one spoken of was not there.
    const present = unique(
      frame.officials
        .filter((m) => !SPOKEN_OF.test(text.slice(Math.max(0, m.start - 40), m.start)))
        .map((m) => m.person),
    );
    if (present.length >= 2 && !TIME_AHEAD.test(text))
      return meetingOf(frame, present, 'at-gathering', kinds[0]!, cue, placeOf(info));
  }
  return null;
}
