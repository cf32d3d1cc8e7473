/** Pass: one meeting told several times is one meeting. */
import type { PersonRec } from '../document.ts';
import type { Meeting } from '../meetings.ts';
import { PAST_MARK } from '../cues/meetings.ts';
import { compatibleDates } from './meeting-dates.ts';

/**
 * Meetings with the same people (one's participants within the other's) on compatible dates are one meeting; it keeps
 * the date that says more ("2022-09-09" over "2022-09"), the first place named, and the surer confidence.
 */
export function mergeMeetings(meetings: Meeting[]): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const within = (a: PersonRec[], b: PersonRec[]): boolean => a.every((p) => b.some((q) => samePerson(p, q)));
    // "X had previously met B": a meeting the text places before, undated, is not the dated one told now.
    const before = (a: Meeting, b: Meeting): boolean => !a.date && !!b.date && PAST_MARK.test(a.info.s.text);
    const candidates = out.filter(
      (o) =>
        ((within(m.participants, o.participants) || within(o.participants, m.participants)) &&
          compatibleDates(o.date, m.date) &&
          !before(m, o) &&
          !before(o, m)) ||
        sameSigning(o, m),
    );
    // "X arrived on Tuesday. Mayor B met the delegation on Wednesday. Both sides reviewed ...": an undated mention
    // is the meeting that shares most of its people (the later one on a tie), not the first one it fits.
    const shared = (o: Meeting): number =>
      o.participants.filter((p) => m.participants.some((q) => samePerson(p, q))).length;
    const same = candidates.reduce<Meeting | undefined>(
      (best, o) => (!best || shared(o) >= shared(best) ? o : best),
      undefined,
    );
    if (!same) {
      out.push({ ...m, participants: [...m.participants] });
      continue;
    }
    for (const p of m.participants) {
      const k = same.participants.findIndex((q) => samePerson(p, q));
      if (k < 0) same.participants.push(p);
      // The fuller record of one person ("Y" in a headline, "Z Y" in the text) names them.
      else if (p.words.length > same.participants[k]!.words.length) same.participants[k] = p;
    }
    if (m.date && (!same.date || m.date.length > same.date.length)) same.date = m.date;
    same.place ??= m.place;
    same.confidence = Math.max(same.confidence, m.confidence);
  }
  return out.filter((v) => !partOfTrip(v, out));
}

/**
 * One person, or two records of one person: a headline's surname alone ("Ambassador Y") and the full name the text
 * gives
 * ("Z Y"), with an office of the same title.
 */
function samePerson(a: PersonRec, b: PersonRec): boolean {
  if (a === b) return true;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  return (
    short.words.length === 1 &&
    long.words.length > 1 &&
    long.words[long.words.length - 1] === short.words[0] &&
    short.offices.some((o) => long.offices.some((l) => l.head === o.head))
  );
}

/**
 * An article tells one signing: a signing told again by one who signed ("X said he and his deputy Y were delighted to
 * sign"), on a compatible date, is the one told before.
 */
function sameSigning(a: Meeting, b: Meeting): boolean {
  return (
    a.kind === 'signing' &&
    b.kind === 'signing' &&
    compatibleDates(a.date, b.date) &&
    a.participants.some((p) => b.participants.includes(p))
  );
}

/**
 * A visit told with its visitors alone ("A arrived in X on Wednesday") and a meeting of theirs told a few sentences
 * later within the week ("On Thursday he met B") are one trip: the meeting, with its own day, stands for it.
 */
function partOfTrip(v: Meeting, all: Meeting[]): boolean {
  const rule = v.rule.split('+')[0]!;
  // "Mayor A welcomed a delegation from X this week. The visitors, led by B, met with A on Wednesday": a host's
  // welcome of a party not yet named, and the meeting with its head told next, are one gathering.
  const welcome = v.participants.length === 1 && rule === 'welcomed-delegation';
  if ((v.kind !== 'visit' && !welcome) || !v.date) return false;
  if (v.date.length < 10) return stayOverview(v, all, rule);
  // A host who received the visitors makes a meeting of its own ("The mayor hosted a dinner for the delegation on
  // Monday" before the signing on Tuesday), not the visitors' trip alone.
  if (!welcome && !VISIT_RULES.has(rule) && !v.participants.every((p) => v.visitors?.includes(p))) return false;
  const m = all.find(
    (o) =>
      o !== v &&
      o.participants.length > v.participants.length &&
      v.participants.every((p) => o.participants.includes(p)) &&
      Math.abs(o.info.s.index - v.info.s.index) <= 3 &&
      !!o.date &&
      o.date.length === 10 &&
      Math.abs(Date.parse(o.date) - Date.parse(v.date!)) <= 7 * 86_400_000,
  );
  if (m) m.place ??= v.place;
  return !!m;
}

/** Rules that tell a visit by its visitors alone. */
const VISIT_RULES = new Set(['visit', 'led-delegation', 'invited-visit']);

/**
 * A stay told as a whole by its month or week ("X spent four days in Y this week, paying courtesy calls on ...",
 * "X visited Y in May") and then day by day: the meetings its head held on dated days of that month, told after it,
 * stand for it (the corpus records the meetings, not the stay).
 */
function stayOverview(v: Meeting, all: Meeting[], rule: string): boolean {
  // A visit told by its party alone (its head and companions), not one with a host ("invited by B").
  if (rule !== 'visit' && rule !== 'led-delegation') return false;
  const head = v.visitors?.[0] ?? v.participants[0];
  if (!head) return false;
  return all.some(
    (o) =>
      o !== v &&
      o.participants.includes(head) &&
      o.participants.length >= 2 &&
      o.info.s.index > v.info.s.index &&
      !!o.date &&
      o.date.length === 10 &&
      o.date.startsWith(v.date!),
  );
}
