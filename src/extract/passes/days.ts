/** Pass: the day each sentence is about. */
import { DATELINE, shiftDate } from '../dates.ts';
import type { Doc } from '../document.ts';

/** Sentences after the last day told within which "the following day" still counts from it. */
const RELATIVE_REACH = 6;

/**
 * Each sentence's day: its own full date, a date relative to the last day told a few sentences before ("one day
 * earlier", "the following day", also across a paragraph break), or none.
 */
export function resolveDays(doc: Doc): void {
  let prev: string | null = null;
  let prevAt = -1;
  for (const info of doc.sentences) {
    if (info.s.index - prevAt > RELATIVE_REACH) prev = null;
    let day: string | null = null;
    // A dateline ("HANGZHOU, Oct. 27 --") dates the dispatch; a date in the sentence itself ("on Saturday") dates the
    // event, so the dateline counts only when the sentence gives no other.
    const dateline = DATELINE.exec(info.s.text);
    const ordered = dateline
      ? [
          ...info.dates.filter((d) => d.start >= dateline[0].length),
          ...info.dates.filter((d) => d.start < dateline[0].length),
        ]
      : info.dates;
    for (const d of ordered) {
      if (d.relativeDays !== undefined) {
        if (prev) day ??= shiftDate(prev, d.relativeDays);
      } else if (d.day) day ??= d.value;
    }
    info.day = day;
    if (day) {
      prev = day;
      prevAt = info.s.index;
    }
  }
}
