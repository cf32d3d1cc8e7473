/**
 * Pass: signings. Officials who sign an agreement together met to sign it: "A and B signed a memorandum", "A inked a
 * pact with B", "the MoU was signed by A and B", "The two signed ...". One signer named is a meeting when the text
 * says with whom or where ("signed the agreement with his counterpart", "during her visit to X"); none named ("The
 * agreement was signed on Monday at a ceremony") is a gathering later sentences may name people at ("during the
 * signing ceremony, the mayor said"). A tie signed in the article's present with the leaders of both places named
 * anywhere in the article is a meeting of those leaders (`signedTies`).
 */
import { SIGN_VERBS, SIGNED_PAPERS, VISIT_NOUNS } from '../cues/meetings.ts';
import type { PersonRec, PlaceRec } from '../document.ts';
import { CITY_TITLES, DIVISION_TITLES } from '../lexicon.ts';
import { meetingOf, referredGathering, type Meeting, type MeetingContext } from '../meetings.ts';
import type { Tie } from '../ties.ts';
import {
  cuesIn,
  destination,
  type Frame,
  notHeld,
  officialsIn,
  PAIR_SUBJECT,
  placeOf,
  sidesOf,
  unique,
} from './meeting-frame.ts';
import { pairTold } from './meeting-talks.ts';
import { meetingConfidence } from '../confidence.ts';

/** One signer with a counterpart or a place after "with": "signed an agreement with his counterpart", "with Quito". */
const WITH_COUNTERPART = new RegExp(
  String.raw`\bwith\s+(?:(?:the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?` +
    String.raw`(?:counterparts?|mayors?|governors?|officials|delegation|\p{Lu})`,
  'u',
);

/** Places as the pair that signed: "The two cities signed", "Both towns signed". */
const PLACES_SUBJECT = new RegExp(
  String.raw`\b(?:the\s+two|both)\s+(?:cities|towns|municipalities|capitals|provinces|prefectures|states|regions` +
    String.raw`|counties)\b[^,;]{0,30}$`,
  'i',
);

/** A year stated in the frame's sentence that is before the article's. */
function pastYear(frame: Frame, ctx: MeetingContext): boolean {
  const year = ctx.doc.year;
  return year !== null && frame.info.dates.some((d) => /^\d{4}/.test(d.value) && Number(d.value.slice(0, 4)) < year);
}

/** "in 1989, when then-Mayor A": a clause of when, its subject named with a past office. */
const THEN_SIGNER = /\b(\d{4}),?\s+when\s+(?:the\s+)?then[-\s][^,;]{0,60}$/i;

export function signings(frame: Frame, ctx: MeetingContext): Meeting | null {
  for (const c of cuesIn(frame, [[SIGN_VERBS, 'signing']])) {
    const sides = sidesOf(frame, c.start, c.end);
    if (notHeld(frame, c.end, sides)) continue;
    // "The signing was witnessed by A and B": the noun names a signing told before, whose witnesses the joins pass
    // adds to it.
    if (
      /^signing$/i.test(frame.text.slice(c.start, c.end)) &&
      /\b(?:the|this|that|their|its)\s+$/i.test(sides.beforeText) &&
      /^\s+(?:ceremony\s+)?(?:was|were)\s+(?:also\s+)?(?:witnessed|attended)\s+by\b/i.test(sides.afterText) &&
      referredGathering(ctx, frame, undefined, ['signing'])
    )
      continue;
    const passive = /\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$/i.test(sides.beforeText);
    const paper = SIGNED_PAPERS.test(passive ? sides.beforeText : sides.afterText.slice(0, 80));
    const by = passive ? /\bby\b/i.exec(sides.afterText) : null;
    const signers = passive
      ? by
        ? sides.after.filter((p) => frame.officials.some((m) => m.person === p && m.start > c.end + by.index))
        : []
      : sides.before.length || !PAIR_SUBJECT.test(sides.beforeText)
        ? sides.before
        : pairTold(ctx, frame);
    // "The two cities signed a sister-city protocol in 2012": places that signed in a year before the article's are
    // the tie's background, not the officials just told meeting again.
    if (!passive && !sides.before.length && PLACES_SUBJECT.test(sides.beforeText) && pastYear(frame, ctx)) continue;
    const people = unique(passive ? signers : [...signers, ...sides.after]);
    const place = placeOf(frame.info) ?? destination(frame.info);
    if (people.length >= 2) return meetingOf(frame, people, 'signing', 'signing', c, place);
    if (!paper) continue;
    // "The city first reached overseas in 1989, when then-Mayor A signed an agreement with B": one signer of a past
    // office, in a clause of when a year long gone: the tie's history told in passing.
    const then = people.length === 1 ? THEN_SIGNER.exec(sides.beforeText) : null;
    if (then && ctx.doc.year !== null && Number(then[1]) < ctx.doc.year) continue;
    if (people.length === 1) {
      // "signed by Mayor A and the Governor of X": the other signer unnamed.
      const told =
        VISIT_NOUNS.test(frame.text) ||
        WITH_COUNTERPART.test(sides.afterText) ||
        officialsIn(frame, c.end, sides.clauseEnd) ||
        referredGathering(ctx, frame, c);
      if (told) return meetingOf(frame, people, 'signing-one', 'signing', c, place);
      continue;
    }
    return meetingOf(frame, [], 'signing', 'signing', c, place);
  }
  return null;
}

/** A tie signed in the article's present, with officials of both places named: they met to sign it. */
export function signedTies(ctx: MeetingContext, ties: Tie[]): void {
  const { doc, found } = ctx;
  for (const t of ties) {
    const info = t.signedIn;
    if (!info || !/\bsign(?:ed|s|ing)?\b/i.test(info.s.text)) continue;
    if (info.people.length > 0) continue;
    // The places' own leaders (mayors, governors), not every official with an office there.
    const leads = (p: PersonRec, place: PlaceRec): boolean =>
      p.offices.some(
        (o) => o.place === place && (CITY_TITLES.has(o.head) || DIVISION_TITLES.has(o.head) || o.head === 'provost'),
      );
    const sideA = doc.people.filter((p) => leads(p, t.a));
    const sideB = doc.people.filter((p) => leads(p, t.b));
    if (!sideA.length || !sideB.length) continue;
    // A meeting of the two sides the text tells itself is that signing.
    const both = (m: Meeting): boolean =>
      m.participants.some((p) => sideA.includes(p)) && m.participants.some((p) => sideB.includes(p));
    if (found.some(both)) continue;
    const date = info.day ?? eventDay(ctx, info) ?? (info.s.isTitle ? doc.date : null);
    found.push({
      participants: [...sideA, ...sideB],
      date,
      place: placeOf(info),
      info,
      rule: 'tie-signing',
      kind: 'signing',
      cue: { start: 0, end: 0 },
      confidence: meetingConfidence('tie-signing', false),
    });
  }
}

/** "At the conference": the day of the gathering of that name told earlier in the article. */
function eventDay(ctx: MeetingContext, info: Meeting['info']): string | null {
  const ref = /\b(?:at|during)\s+the\s+(conference|summit|forum|ceremony|meeting|festival|expo|event|talks)\b/i.exec(
    info.s.text,
  );
  if (!ref) return null;
  const noun = ref[1]!.toLowerCase();
  for (let k = info.s.index - 1; k >= 0; k--) {
    const s = ctx.doc.sentences[k]!;
    if (s.day && new RegExp(`\\b${noun}\\b`, 'i').test(s.s.text)) return s.day;
  }
  return null;
}
