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
    county: ['county'],
    region: ['region', 'province'],
  };
  for (const info of doc.sentences) {
    for (const adj of info.places.filter((m) => m.adjective && m.place.kind === 'country')) {
      const m = /^\s+(prefecture|province|state|city|county|region)\b/i.exec(info.s.text.slice(adj.end));
      if (!m || !/\bthe\s+$/i.test(info.s.text.slice(0, adj.start))) continue;
      const fits = doc.places.filter(
        (p) => p.named && p.country === adj.place.country && kinds[m[1]!.toLowerCase()]!.includes(p.kind),
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
    }
    info.places.sort((a, b) => a.start - b.start);
  }
}
