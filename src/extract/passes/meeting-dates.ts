/**
 * Pass: the date of each meeting. From its own sentence first (the day the sentence is about, else a month or year
 * near the cue: "met in Tokyo in May 2018", "Last month, X visited"), then from the text around it: a visit by the same
 * people told nearby ("came to X on Monday"), "X also met" (the meeting just before), "After this," (the last dated
 * meeting), the day the paragraph is about; last, for a meeting in the article's lead, the article's own date.
 */
import type { Doc, SentenceInfo } from '../document.ts';
import {
  ATTEND_VERBS,
  LEAD_SENTENCES,
  MEET_VERBS,
  PAST_MARK,
  PLANNED,
  SEQUENCE,
  VISIT_VERBS,
} from '../cues/meetings.ts';
import { meetingConfidence } from '../confidence.ts';
import type { Meeting } from '../meetings.ts';

/**
 * The date a sentence gives the meeting whose cue stands at `cue`: a day stated in the sentence (the one after the cue
 * first), else a month or year after the cue ("met in May 2018"; not past "since": "has met X four times since they
 * first met in March last year" takes the date of the last meeting verb before it), else one that opens the sentence
 * ("In March 2019, ...", "Last month, ..."). A year inside the sentence before the cue belongs to something else
 * ("since assuming office in 2016, ... held talks").
 */
export function dateAt(info: SentenceInfo, cue: { start: number; end: number }): string | null {
  const text = info.s.text;
  const days = info.dates.filter((d) => d.day && d.relativeDays === undefined);
  const dayAfter = days.find((d) => d.start >= cue.end && !/[;]/.test(text.slice(cue.end, d.start)));
  if (dayAfter && days.length > 1) return dayAfter.value;
  // "A met B on Monday; on Tuesday, she met C": a clause after a semicolon that gives its own day.
  const semicolon = text.lastIndexOf(';', cue.start);
  const own = semicolon < 0 ? undefined : days.find((d) => d.start > semicolon && d.start < cue.start);
  if (own) return own.value;
  if (info.day) return info.day;
  const after = info.dates.find((d) => {
    if (d.relativeDays !== undefined || !/^\d{4}/.test(d.value) || d.start < cue.start) return false;
    // "reviewed the relationship, established in 2007": the year of a tie's start, not of the meeting.
    if (START_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) return false;
    const lastVerb = text.slice(0, d.start).search(/\b(?:met|meet|meeting)\b(?!.*\b(?:met|meet|meeting)\b)/);
    return !/\bsince\b/i.test(text.slice(Math.max(cue.start, lastVerb), d.start));
  });
  if (after) return after.value;
  // "visited Kobe in 1965 and met Mayor X", "visited Kobe in April, meeting Mayor X": the date of the verb this one is
  // coordinated with.
  const coordinated = info.dates.filter(
    (d) =>
      d.relativeDays === undefined &&
      /^\d{4}/.test(d.value) &&
      d.end <= cue.start &&
      // "visited Tacoma last week, where he met Mayor X": a clause of where or when the visit was.
      COORDINATED.test(text.slice(d.end, cue.start)) &&
      // Not a date of a relative clause: "X, who served as minister in 2007, arrived in Y".
      !/\b(?:who|whom|whose|which)\b/i.test(text.slice(0, d.start)),
  )[0];
  if (coordinated) return coordinated.value;
  const opening = info.dates.find(
    (d) =>
      d.relativeDays === undefined &&
      /^\d{4}/.test(d.value) &&
      d.end <= cue.start &&
      (/^(?:\W*(?:\p{Lu}[\p{L}\s,.'’-]{0,40}?,\s+)?(?:on|in|during|last|earlier|early|late|back in)?\s*)$/iu.test(
        text.slice(0, d.start),
      ) ||
        // "During his visit to Tacoma last week, Mayor X met ...", "While in Kobe on Monday, X ...": the date ends
        // an opening phrase of the visit, closed by a comma.
        (/^\W*(?:During|While|On|At|In)\b[^,;]{0,60}$/.test(text.slice(0, d.start)) &&
          !/\b(?:since|after|before|until)\b/i.test(text.slice(0, d.start)) &&
          /^\s*,/.test(text.slice(d.end))) ||
        // "The visit of Governor A to X last week included talks with B": the date of the visit that is the
        // sentence's subject.
        (VISIT_SUBJECT.test(text.slice(0, d.start)) &&
          !/\b(?:since|after|before|until)\b/i.test(text.slice(0, d.start)))),
  );
  return opening?.value ?? null;
}

/** Words that make the year after them a tie's or a body's start: "established in 2007", "dating from 1990". */
const START_BEFORE = new RegExp(
  String.raw`\b(?:established|founded|formed|twinned|inaugurated|began|begun|started` +
    String.raw`|dat(?:ing|es|ed)(?:\s+back)?|since)\s+(?:(?:in|from|to)\s+)?$`,
  'i',
);

/** A sentence whose subject is a visit: "The visit of Mayor A to X", "Her three-day trip to X". */
const VISIT_SUBJECT = new RegExp(
  String.raw`^\W*(?:The|His|Her|Their|This|That)\s+(?:[\w’'-]+\s+){0,2}?(?:visit|trip|tour|stay|mission)\s+` +
    String.raw`(?:of|by|to|in)\b[^,;]{0,80}$`,
);

/**
 * What stands between a verb's date and a meeting cue coordinated with it: "and", "then", ", where he", "for the
 * festival, where she was", "dates from 1988, when Mayor X first".
 */
const COORDINATED = new RegExp(
  String.raw`^\s*,?\s*(?:(?:and|then)\s+|(?:[^,;:“”"]{0,60},\s*)?(?:where|when)\s+` +
    String.raw`(?:(?:he|she|they|the\s+\w+|\p{Lu}[\p{L}.-]+)\s+){0,4}(?:was\s+|were\s+)?)?` +
    String.raw`(?:(?:also|first|later|then|finally)\s+)?$`,
  'iu',
);

/** A part of the day told before: "in the afternoon", "later that day", "that evening". */
const SAME_DAY =
  /\b(?:in the (?:afternoon|evening)|later (?:that|the same) day|(?:that|the same) (?:afternoon|evening|night|day))\b/i;

/** Two dates that may be the same day: equal, one a part of the other ("2022-09" and "2022-09-09"), or one unknown. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/**
 * "On Monday morning, A met B. Mayor C held talks with B in the afternoon.": a meeting told with a part of the day and
 * no date is on the day of the sentence just before, not the day the visit began (dated before meetings merge, so
 * that it is not taken for the visit's first day).
 */
export function sameDayDates(doc: Doc, meetings: Meeting[]): Meeting[] {
  for (const m of meetings) {
    if (m.date || !SAME_DAY.test(m.info.s.text)) continue;
    const before = doc.sentences[m.info.s.index - 1];
    if (before?.day && !before.s.isTitle) m.date = before.day;
  }
  return meetings;
}

/** A meeting sentence without a date takes one from the text around it. */
export function attachDates(doc: Doc, meetings: Meeting[]): Meeting[] {
  for (const m of meetings) {
    if (m.date) continue;
    const idx = m.info.s.index;
    // Under a dated heading, the text before the heading tells another day.
    const heading = headingOf(doc, m.info);
    const under = (k: number): boolean => !heading || k > heading.s.index;
    // A visit or meeting of the same people, or one they took part in, told a few sentences before or two after.
    for (let k = Math.max(0, idx - 3); k < Math.min(doc.sentences.length, idx + 3); k++) {
      const other = doc.sentences[k]!;
      if (!other.day || other === m.info || !under(k)) continue;
      const who = other.people.map((x) => x.person);
      if (
        m.participants.some((p) => who.includes(p)) &&
        (VISIT_VERBS.test(other.s.text) || MEET_VERBS.test(other.s.text) || ATTEND_VERBS.test(other.s.text)) &&
        !PLANNED.test(other.s.text)
      ) {
        m.date = other.day;
        break;
      }
    }
    if (!m.date && /\b(?:also|later)\b/i.test(m.info.s.text)) {
      // "Choi also met ...", "Kato later met with B": a meeting of someone who met others a sentence or two before is
      // on the same trip.
      const earlier = meetings.find(
        (o) =>
          o !== m &&
          o.date &&
          o.info.s.index < idx &&
          under(o.info.s.index) &&
          idx - o.info.s.index <= 3 &&
          o.participants.some((p) => m.participants.includes(p)),
      );
      if (earlier) m.date = earlier.date;
    }
    if (!m.date && m.info.dates.length === 0 && !PAST_MARK.test(m.info.s.text)) {
      // "Mayor A led a delegation to X on Tuesday. ... (paragraphs on) ... A also held talks with C": a meeting of a
      // visitor, told later with no date of its own, is on that visit (its first day, the day the text gives).
      const trip = meetings
        .filter(
          (o) =>
            o !== m &&
            o.kind === 'visit' &&
            o.date &&
            o.info.s.index < idx &&
            under(o.info.s.index) &&
            (o.visitors ?? o.participants).some((p) => m.participants.includes(p)),
        )
        .pop();
      if (trip && /\b(?:also|during\s+(?:the|his|her|their)\s+(?:visit|stay|trip))\b/i.test(m.info.s.text))
        m.date = trip.date;
    }
    if (!m.date && SEQUENCE.test(m.info.s.text)) {
      // "After this, A and B signed ...": the same trip as the meeting told just before.
      const before = meetings
        .filter((o) => o !== m && o.date && !o.info.s.isTitle && o.info.s.index < idx && under(o.info.s.index))
        .pop();
      if (before) m.date = before.date;
    }
    if (!m.date) {
      // Otherwise the day the paragraph is about, when a sentence before gives one, or the day of the sentence just
      // before, across a paragraph break ("The agreement was extended on Monday. X and Y signed ...").
      for (let k = idx - 1; k >= 0; k--) {
        const other = doc.sentences[k]!;
        if (other.s.para !== m.info.s.para && k < idx - 1) break;
        if (other.day) {
          m.date = other.day;
          break;
        }
      }
    }
    // A report told day by day under dated headings ("Day 2 - Tuesday", "Wednesday, 14 May"): the heading above.
    if (!m.date && heading) m.date = heading.day;
  }
  return meetings;
}

/**
 * "The two met privately before the ceremony": a meeting told by its time beside a gathering ("before the ceremony",
 * "after the signing", "on the sidelines of the forum") is on that gathering's day, the day of the sentence a few
 * before that tells it ("... an agreement signed at the college on Tuesday"). Only a date the meeting's own is
 * compatible with is made more specific.
 */
export function eventDays(doc: Doc, meetings: Meeting[]): Meeting[] {
  for (const m of meetings) {
    if (m.date && m.date.length >= 10) continue;
    const from = m.info.s.index;
    const to = Math.max(from, m.lastTold ?? from);
    for (let k = from; k <= to; k++) {
      const info = doc.sentences[k]!;
      const r = BESIDE_EVENT.exec(info.s.text);
      if (!r || info.quotes.some(([a, b]) => r.index >= a && r.index < b)) continue;
      const noun = r[1]!.toLowerCase();
      const tells =
        noun === 'ceremony' || noun === 'signing'
          ? /\b(?:signed|signing|ceremony)\b/i
          : new RegExp(`\\b${noun}\\b`, 'i');
      for (let j = k - 1; j >= Math.max(0, from - 5); j--) {
        const other = doc.sentences[j]!;
        if (!other.day || other.s.isTitle || !tells.test(other.s.text)) continue;
        if (compatibleDates(m.date, other.day)) m.date = other.day;
        break;
      }
      break;
    }
  }
  return meetings;
}

const BESIDE_EVENT = new RegExp(
  String.raw`\b(?:before|after|ahead\s+of|following|on\s+the\s+(?:sidelines|margins?)\s+of)\s+the\s+` +
    String.raw`(?:[\w-]+\s+)?(ceremony|signing|dinner|banquet|reception|luncheon|forum|conference|summit|festival)\b`,
  'i',
);

/**
 * The day of the heading the sentence stands under: the nearest paragraph before it that is only a day's label ("Day
 * 1 - Monday, Sept. 16", "Tuesday, 12 March", "Day 3: Wednesday"), with no dated paragraph of the text between them.
 */
function headingOf(doc: Doc, info: SentenceInfo): SentenceInfo | null {
  for (let k = info.s.index - 1; k >= Math.max(0, info.s.index - 15); k--) {
    const other = doc.sentences[k]!;
    if (other.s.isTitle) return null;
    if (isHeading(doc, other)) return other;
    if (other.day && other.s.para !== info.s.para) return null;
  }
  return null;
}

/** A paragraph of one short line that holds a day and nothing else but a label ("Day 2", "Stop 3"). */
function isHeading(doc: Doc, info: SentenceInfo): boolean {
  const text = info.s.text;
  if (!info.day || text.length > 48) return false;
  const alone = (k: number): boolean => doc.sentences[k]?.s.para !== info.s.para;
  if (!alone(info.s.index - 1) || !alone(info.s.index + 1)) return false;
  let rest = text;
  for (const d of [...info.dates].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  return HEADING_LABEL.test(rest);
}

const HEADING_LABEL = new RegExp(
  String.raw`^[\s\-–—:,.()|]*(?:(?:day|stop|leg|part)\s+(?:\d+|one|two|three|four|five|six|seven)[\s\-–—:,.()|]*)?` +
    String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening)` +
    String.raw`[\s\-–—:,.()|]*){0,2}$`,
  'i',
);

/**
 * A news lead reports what has just happened: a meeting it tells without a date is dated by the article (its
 * dateline), less surely. Later sentences often tell the background, so they are left undated. This comes after
 * merging, so that an undated mention of a meeting joins the dated one first.
 */
export function datedByArticle(doc: Doc, m: Meeting): Meeting {
  // Minutes tell what happened at the meeting they record, on its day (the document's): not only in their lead.
  const minutes = MINUTES.test(doc.article.title);
  if (
    m.date ||
    !doc.date ||
    m.info.s.isTitle ||
    m.info.dates.length > 0 ||
    (m.info.s.index > LEAD_SENTENCES && !minutes) ||
    PAST_MARK.test(m.info.s.text)
  )
    return m;
  return { ...m, date: doc.date, datedByArticle: true, confidence: meetingConfidence(m.rule, true) };
}

/** A title that says the document is the minutes of a meeting. */
const MINUTES = /\bminutes\b/i;
