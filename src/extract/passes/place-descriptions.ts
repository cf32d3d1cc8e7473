/** Pass: descriptions that stand for a place the article names ("the Japanese prefecture"). */
import type { PlaceKind } from '../../facts/types.ts';
import type { Doc } from '../document.ts';

/**
 * "the Japanese prefecture", "the Chinese province": the one place of that kind and country the article names stands
 * for the description (so "between Maryland and the Japanese prefecture" has two ends).
 */
export function resolvePlaceDescriptions(doc: Doc): void {
  const kinds: Record<string, PlaceKind[]> = {
    prefecture: ['prefecture'],
    province: ['province', 'state', 'region'],
    state: ['state', 'province'],
    city: ['city', 'municipality'],
    town: ['city', 'municipality'],
    municipality: ['city', 'municipality'],
    county: ['county'],
    region: ['region', 'province'],
  };
  for (const info of doc.sentences) {
    let added = false;
    for (const adj of info.places) {
      // "the Japanese prefecture" (an adjective of a country); "the Lower Saxony town", "the Bavarian city" (a
      // division, named or by its adjective: the towns inside it).
      const division = adj.place.kind !== 'country' && adj.place.entry?.feature === 'ADM1' ? adj.place.entry : null;
      if (!(adj.adjective && adj.place.kind === 'country') && !division) continue;
      const m = /^\s+(prefecture|province|state|city|town|municipality|county|region)\b/i.exec(
        info.s.text.slice(adj.end),
      );
      if (!m || !/\bthe\s+$/i.test(info.s.text.slice(0, adj.start))) continue;
      const kind = m[1]!.toLowerCase();
      if (division && !['city', 'town', 'municipality'].includes(kind)) continue;
      // "the Lower Saxony town of X", "the German town of X" name their town themselves.
      if (
        (division || kind === 'town' || kind === 'municipality') &&
        /^[-\s]+(?:of|council|hall)\b/i.test(info.s.text.slice(adj.end + m[0].length))
      )
        continue;
      const fits = doc.places.filter(
        (p) =>
          p.named &&
          p !== adj.place &&
          (division
            ? p.entry?.division === division.division && p.entry.feature !== 'ADM1'
            : p.country === adj.place.country) &&
          kinds[kind]!.includes(p.kind),
      );
      if (fits.length !== 1) continue;
      const start = info.s.text.slice(0, adj.start).search(/\bthe\s+$/i);
      info.places.push({
        start,
        end: adj.end + m[0].length,
        place: fits[0]!,
        adjective: false,
        qualifies: null,
        possessive: false,
      });
      added = true;
    }
    // A division named in the description ("the Lower Saxony town") stands there for the town, not for itself.
    if (added)
      info.places = info.places.filter(
        (p) =>
          p.adjective ||
          !info.places.some(
            (q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start,
          ),
      );
    info.places.sort((a, b) => a.start - b.start);
  }
}
