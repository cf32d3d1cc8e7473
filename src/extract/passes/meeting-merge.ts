/** Pass: one meeting told several times is one meeting. */
import type { Meeting } from '../meetings.ts';
import { compatibleDates } from './meeting-dates.ts';

/**
 * Meetings with the same people (one's participants within the other's) on compatible dates are one meeting; it keeps
 * the date that says more ("2022-09-09" over "2022-09"), the first place named, and the surer confidence.
 */
export function mergeMeetings(meetings: Meeting[]): Meeting[] {
  const out: Meeting[] = [];
  for (const m of meetings) {
    const same = out.find(
      (o) =>
        ((m.participants.every((p) => o.participants.includes(p)) ||
          o.participants.every((p) => m.participants.includes(p))) &&
          compatibleDates(o.date, m.date)) ||
        sameSigning(o, m),
    );
    if (!same) {
      out.push({ ...m, participants: [...m.participants] });
      continue;
    }
    for (const p of m.participants) if (!same.participants.includes(p)) same.participants.push(p);
    if (m.date && (!same.date || m.date.length > same.date.length)) same.date = m.date;
    same.place ??= m.place;
    same.confidence = Math.max(same.confidence, m.confidence);
  }
  return out.filter((v) => !partOfTrip(v, out));
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
  if (v.kind !== 'visit' || !v.date || v.date.length < 10) return false;
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
