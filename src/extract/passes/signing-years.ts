/**
 * Start years from a signing told apart from the tie: "The agreement, first signed on March 5, 2007, has been
 * extended", "The memorandum was signed by ... on Tuesday 6 February", "Earlier, in 2019, A and B signed the MoU".
 * The signing belongs to the tie whose two places the sentence names, else to the article's first tie ("the
 * agreement" is the one the article is about). Its year (from a date in the sentence) is stated and beats a derived
 * year or the article's own; a year stated with the tie itself stands. Renewals and planned signings start nothing,
 * unless the sentence says the signing was the first.
 */
import { AGREEMENT_NOUN, NOT_A_START, SIGNED } from '../cues/ties.ts';
import type { Doc } from '../document.ts';
import type { Tie } from '../ties.ts';

export function applySigningYears(doc: Doc, ties: Tie[]): void {
  if (!ties.length) return;
  for (const info of doc.sentences) {
    const text = info.s.text;
    const signed = SIGNED.exec(text);
    if (!signed || !AGREEMENT_NOUN.test(text)) continue;
    if (!signed[1] && NOT_A_START.test(text)) continue;
    // The date nearest the verb that gives a year (one stated, not counted back from the article: "a year ago").
    const dated = info.dates
      .filter((d) => /^\d{4}/.test(d.value) && !d.counted)
      .sort((a, b) => Math.abs(a.start - signed.index) - Math.abs(b.start - signed.index))[0];
    if (!dated) continue;
    const year = Number(dated.value.slice(0, 4));
    if (doc.year !== null && year > doc.year) continue;
    const named = new Set(info.places.map((m) => m.place));
    const tie =
      ties.find((t) => named.has(t.a) && named.has(t.b)) ??
      (ties.some((t) => named.has(t.a) && named.has(t.b)) ? undefined : ties[0]);
    if (!tie || (tie.basis === 'stated' && !tie.signedNow)) continue;
    tie.since = year;
    tie.basis = 'stated';
    tie.note = `stated: '${text.slice(signed.index, Math.max(dated.end, signed.index + signed[0].length))}'`;
    tie.signedNow = false;
  }
}
