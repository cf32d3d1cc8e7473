/**
 * Meetings: who met whom, where and when.
 * - an explicit meeting between named people ("A met (with) B", "A agreed with B", "A and B signed", "talks with");
 * - a host welcoming or receiving a delegation ("Mayor X welcomed a delegation from Y");
 * - a delegation headed by a named official travelling to a place;
 * - officials welcomed in, or invited to, a place ("Mayor X was warmly welcomed in Y");
 * - a tie signed in the article's present between two places whose officials the article names.
 * A planned or future visit is not a meeting; visits told in quotes or in passing ("who visited China") are not either.
 */
import type { Doc, PersonRec, PlaceRec, SentenceInfo } from './document.ts';
import { meetingConfidence } from './confidence.ts';
import {
  ACCOMPANIED,
  FUTURE,
  HOSTED_VISIT,
  INVITED_VISIT,
  LEAD_SENTENCES,
  LED_DELEGATION,
  MEET,
  PAST_MARK,
  SEQUENCE,
  TRAVEL,
  WELCOME_DELEGATION,
} from './cues/meetings.ts';
import { CITY_TITLES, DIVISION_TITLES, TITLE_HEADS } from './lexicon.ts';
import type { Tie } from './ties.ts';

export interface Meeting {
  participants: PersonRec[];
  date: string | null;
  place: PlaceRec | null;
  info: SentenceInfo;
  /**
   * The pattern that found it: meeting-verb, invited-visit, welcomed-delegation, led-delegation, hosted-visit,
   * tie-signing.
   */
  rule: string;
  /** True when the date is the article's, the text giving none. */
  datedByArticle?: boolean;
  confidence: number;
}

export function findMeetings(doc: Doc, ties: Tie[]): Meeting[] {
  const out: Meeting[] = [];
  for (const info of doc.sentences) {
    const text = info.s.text;
    const outside = info.people.filter((m) => !info.quotes.some(([a, b]) => m.start >= a && m.start < b));
    const persons = unique(outside.map((m) => m.person)).filter((p) => p.offices.length > 0);
    const place = placeOf(info);
    const meet = MEET.exec(text);
    // Future or planned: a modal before the verb ("will meet", "is scheduled to meet"), not one in a clause after it
    // ("met X, who said Jilin would send athletes").
    const futurish = FUTURE.test(meet ? text.slice(0, meet.index + meet[0].length) : text);
    // The day, else a month or year given after the meeting verb ("met in Tokyo in May 2018"); a year before it
    // belongs to something else ("since assuming office in 2016, ... a meeting with").
    // "has met X four times since they first met ... in March last year": the last meeting verb before the date governs
    // it.
    const partial = meet
      ? info.dates.find((d) => {
          if (d.relativeDays !== undefined || !/^\d{4}/.test(d.value) || d.start <= meet.index) return false;
          const lastVerb = text.slice(0, d.start).search(/\b(?:met|meet|meeting)\b(?!.*\b(?:met|meet|meeting)\b)/);
          return !/\bsince\b/i.test(text.slice(Math.max(meet.index, lastVerb), d.start));
        })
      : undefined;
    const date = info.day ?? partial?.value ?? null;
    if (meet && persons.length >= 2 && !futurish) {
      out.push({
        participants: persons,
        date,
        place: place ?? destination(info),
        info,
        rule: 'meeting-verb',
        confidence: meetingConfidence('meeting-verb', false),
      });
      continue;
    }
    // "X had a meeting with the new Consul General ... . ... Consul General Y said": the one met, named by title
    // in the sentence and by name in one of the next two.
    if (meet && persons.length === 1 && !futurish) {
      const other = namedLater(doc, info, text.slice(meet.index), persons[0]!);
      if (other) {
        out.push({
          participants: [persons[0]!, other],
          date,
          place: place ?? destination(info),
          info,
          rule: 'meeting-verb',
          confidence: meetingConfidence('meeting-verb', false) - 0.1,
        });
        continue;
      }
    }
    if (persons.length >= 2 && INVITED_VISIT.test(text) && !futurish) {
      out.push({
        participants: persons,
        date,
        place: destination(info) ?? place,
        info,
        rule: 'invited-visit',
        confidence: meetingConfidence('invited-visit', false),
      });
      continue;
    }
    const lastMeeting = out[out.length - 1];
    if (
      lastMeeting &&
      ACCOMPANIED.test(text) &&
      info.s.index - lastMeeting.info.s.index <= 2 &&
      persons.some((p) => lastMeeting.participants.includes(p))
    ) {
      for (const p of persons) if (!lastMeeting.participants.includes(p)) lastMeeting.participants.push(p);
      continue;
    }
    if (persons.length >= 1 && WELCOME_DELEGATION.test(text) && !futurish) {
      out.push({
        participants: persons,
        date,
        place: place ?? hostPlace(persons[0]!),
        info,
        rule: 'welcomed-delegation',
        confidence: meetingConfidence('welcomed-delegation', false),
      });
      continue;
    }
    // "The delegation was headed by Vice Mayor X" right after a host welcomed it: X was at that meeting.
    const last = out[out.length - 1];
    if (
      persons.length >= 1 &&
      LED_DELEGATION.test(text) &&
      !TRAVEL.test(text) &&
      last &&
      WELCOME_DELEGATION.test(last.info.s.text) &&
      info.s.index - last.info.s.index <= 2
    ) {
      for (const p of persons) if (!last.participants.includes(p)) last.participants.push(p);
      continue;
    }
    if (
      persons.length >= 1 &&
      LED_DELEGATION.test(text) &&
      (TRAVEL.test(text) || /\b(?:was|were) in\b/.test(text)) &&
      !futurish
    ) {
      out.push({
        participants: persons,
        date,
        place: destination(info) ?? place,
        info,
        rule: 'led-delegation',
        confidence: meetingConfidence('led-delegation', false),
      });
      continue;
    }
    if (persons.length >= 1 && HOSTED_VISIT.test(text) && !futurish && !/^(?:It|This|That)\b/.test(text)) {
      const m = HOSTED_VISIT.exec(text)!;
      // The people must be the ones welcomed: they come before the verb.
      const subjects = unique(outside.filter((x) => x.start < m.index).map((x) => x.person)).filter(
        (p) => p.offices.length > 0,
      );
      // "... was greeted at City Hall by Mayor Gavin Newsom": the host named after "by" met them.
      const by = /\bby\b/i.exec(text.slice(m.index));
      const hosts = by ? outside.filter((x) => x.start > m.index + by.index).map((x) => x.person) : [];
      if (subjects.length)
        out.push({
          participants: unique([...subjects, ...hosts]),
          date,
          place: destination(info) ?? place,
          info,
          rule: 'hosted-visit',
          confidence: meetingConfidence('hosted-visit', false),
        });
    }
  }
  // A tie signed in the article's present, with officials of both places named: they met to sign it.
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
    if (out.some((m) => m.participants.some((p) => sideA.includes(p)) && m.participants.some((p) => sideB.includes(p))))
      continue;
    const date = info.day ?? eventDay(doc, info) ?? (info.s.isTitle ? doc.date : null);
    out.push({
      participants: [...sideA, ...sideB],
      date,
      place: placeOf(info),
      info,
      rule: 'tie-signing',
      confidence: meetingConfidence('tie-signing', false),
    });
  }
  return mergeMeetings(attachDates(doc, out)).map((m) => datedByArticle(doc, m));
}

/**
 * A news lead reports what has just happened: a meeting it tells without a date is dated by the article (its
 * dateline), less surely. Later sentences often tell the background, so they are left undated. This comes after
 * merging, so that an undated mention of a meeting joins the dated one first.
 */
function datedByArticle(doc: Doc, m: Meeting): Meeting {
  if (
    m.date ||
    !doc.date ||
    m.info.s.isTitle ||
    m.info.dates.length > 0 ||
    m.info.s.index > LEAD_SENTENCES ||
    PAST_MARK.test(m.info.s.text)
  )
    return m;
  return { ...m, date: doc.date, datedByArticle: true, confidence: meetingConfidence(m.rule, true) };
}

/**
 * The person a meeting phrase names by title only ("with the Consul General"), named in one of the next two sentences.
 */
function namedLater(doc: Doc, info: SentenceInfo, afterVerb: string, met: PersonRec): PersonRec | null {
  const m = /^\S+(?:\s+with)?\s+(?:the\s+)?((?:[\w’'-]+\s+){0,4}?)([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b/.exec(afterVerb);
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

/**
 * A meeting sentence without a date takes the day of a visit by the same people told nearby ("came to X on Monday").
 */
function attachDates(doc: Doc, meetings: Meeting[]): Meeting[] {
  for (const m of meetings) {
    if (m.date) continue;
    const idx = m.info.s.index;
    for (let k = Math.max(0, idx - 1); k < Math.min(doc.sentences.length, idx + 3); k++) {
      const other = doc.sentences[k]!;
      if (!other.day || other === m.info) continue;
      const who = other.people.map((x) => x.person);
      if (
        m.participants.some((p) => who.includes(p)) &&
        (TRAVEL.test(other.s.text) || MEET.test(other.s.text)) &&
        !FUTURE.test(other.s.text)
      ) {
        m.date = other.day;
        break;
      }
    }
    if (!m.date) {
      // "Choi also met ...": a meeting of someone who met others a sentence or two before is on the same trip.
      const earlier = meetings.find(
        (o) =>
          o !== m &&
          o.date &&
          o.info.s.index < m.info.s.index &&
          m.info.s.index - o.info.s.index <= 3 &&
          o.participants.some((p) => m.participants.includes(p)),
      );
      if (earlier && /\balso\b/i.test(m.info.s.text)) m.date = earlier.date;
    }
    if (!m.date && SEQUENCE.test(m.info.s.text)) {
      // "After this, A and B signed ...": the same trip as the meeting told just before.
      const before = meetings
        .filter((o) => o !== m && o.date && !o.info.s.isTitle && o.info.s.index < m.info.s.index)
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
  }
  return meetings;
}

/** Meetings with the same people (one's participants within the other's) on compatible dates are one meeting. */
function mergeMeetings(meetings: Meeting[]): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const same = out.find(
      (o) =>
        (m.participants.every((p) => o.participants.includes(p)) ||
          o.participants.every((p) => m.participants.includes(p))) &&
        (!o.date || !m.date || o.date === m.date),
    );
    if (!same) {
      out.push({ ...m, participants: [...m.participants] });
      continue;
    }
    for (const p of m.participants) if (!same.participants.includes(p)) same.participants.push(p);
    same.date ??= m.date;
    same.place ??= m.place;
    same.confidence = Math.max(same.confidence, m.confidence);
  }
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Where a sentence's meeting happens: "in X", "at X", or a place after "to". */
function placeOf(info: SentenceInfo): PlaceRec | null {
  const text = info.s.text;
  for (const m of info.places) {
    if (m.adjective || m.qualifies) continue;
    if (/\b(?:in|at)\s+(?:in\s+)?$/i.test(text.slice(Math.max(0, m.start - 7), m.start))) return m.place;
  }
  return null;
}

function destination(info: SentenceInfo): PlaceRec | null {
  const text = info.s.text;
  for (const m of info.places) {
    if (m.adjective || m.qualifies || m.place.kind === 'country') continue;
    if (/\b(?:to|in|at|in in|visited|visiting)\s+$/i.test(text.slice(Math.max(0, m.start - 9), m.start)))
      return m.place;
  }
  return null;
}

function hostPlace(p: PersonRec): PlaceRec | null {
  return p.offices.find((o) => o.place && o.place.kind !== 'country')?.place ?? null;
}

/** "At the conference": the day of the gathering of that name told earlier in the article. */
function eventDay(doc: Doc, info: SentenceInfo): string | null {
  const ref = /\b(?:at|during)\s+the\s+(conference|summit|forum|ceremony|meeting|festival|expo|event|talks)\b/i.exec(
    info.s.text,
  );
  if (!ref) return null;
  const noun = ref[1]!.toLowerCase();
  const idx = info.s.index;
  for (let k = idx - 1; k >= 0; k--) {
    const s = doc.sentences[k]!;
    if (s.day && new RegExp(`\\b${noun}\\b`, 'i').test(s.s.text)) return s.day;
  }
  return null;
}
