/**
 * Tie pass for the twinning associations of local papers and council minutes: "Members of the Bergen Twinning
 * Association travelled to Kotka", "the Bergen Town Twinning Committee welcomed guests from Kotka": an association
 * named after one town that visits, or is visited from, another names the tie of the two (`association-visit`).
 */
import { ASSOCIATION, VISIT_FROM, VISIT_TO } from '../cues/ties.ts';
import type { PlaceMention } from '../document.ts';
import { pair, type Pair, type TieSentence } from './tie-sentence.ts';

export function associationVisits(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const { text } = ts;
  const assoc = ASSOCIATION.exec(text.slice(c.index + c[0].length));
  if (assoc?.index !== 0) return [];
  // The town the association is named after: the place right before the tie word ("Bergen (Town) Twinning ...").
  const owner = ts.ends
    .filter(
      (p) => p.end <= c.index && /^\s+(?:(?:Town|City|District|and District)\s+)?$/.test(text.slice(p.end, c.index)),
    )
    .pop();
  if (!owner) return [];
  const after = c.index + c[0].length + assoc[0].length;
  const visited = ts.ends.find(
    (p: PlaceMention) =>
      p.start >= after &&
      p.place !== owner.place &&
      (VISIT_TO.test(text.slice(after, p.start)) || VISIT_FROM.test(text.slice(after, p.start))),
  );
  return visited ? [pair(owner, visited, c, 'association-visit')] : [];
}
