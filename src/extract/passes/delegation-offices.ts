/** Pass: officials of a delegation hold their office in the place the delegation comes from. */
import type { Doc } from '../document.ts';

/**
 * "A delegation from Bonn led by Mayor Katja Dörner": an office with no place of its own is the delegation's place's.
 */
export function officesFromDelegations(doc: Doc): void {
  for (const info of doc.sentences) {
    const m = /\bdelegation from\s+/i.exec(info.s.text);
    if (!m) continue;
    const led = /\b(?:led|headed)\s+by\b/i.exec(info.s.text.slice(m.index));
    if (!led) continue;
    const ledAt = m.index + led.index;
    // The place the delegation comes from: the last one named before "led by" ("from Japan's Shizuoka Prefecture").
    const from = info.places
      .filter(
        (p) =>
          p.start >= m.index + m[0].length &&
          p.end <= ledAt &&
          !p.adjective &&
          !p.qualifies &&
          p.place.kind !== 'country',
      )
      .pop();
    if (!from) continue;
    for (const pm of info.people) {
      if (pm.start < ledAt) continue;
      for (const o of pm.person.offices) if (!o.place && o.sentence === info.s) o.place = from.place;
    }
  }
}
