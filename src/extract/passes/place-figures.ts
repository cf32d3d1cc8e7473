/**
 * Figures about one, two or more places: "Italy has some 1,300 twinnings", "Shaanxi has established 88 pairs of
 * friendship city ties with 35 countries" (two figures), "A, B and C count 140 pairs among them", "43 municipalities
 * in Japan have sister-city relationships with Russian partners" (Japan and Russia). The places are those the
 * sentence makes the subject of the count: a list of places before "has/have/count", "the province" or "it" for the
 * place the text is about, or "in X" after the counted noun with "with <adjective> partners". A figure about one city
 * is not recorded (the gold keeps figures about countries, divisions and pairs).
 */
import { HAS, NUMBER, PLACE_NOUN, QUALIFIER, QUALIFIER_WORDS, SHARED, TIE_BEFORE, TIE_NOUN } from '../cues/figures.ts';
import { figureConfidence } from '../confidence.ts';
import type { Doc, PlaceMention, PlaceRec, SentenceInfo } from '../document.ts';

export interface PlaceFigure {
  places: PlaceRec[];
  metric: string;
  value: number;
  qualifier: string | null;
  info: SentenceInfo;
  rule: string;
  confidence: number;
}

const TIE_FIGURE = new RegExp(String.raw`\b${QUALIFIER}\s*${NUMBER}\s+(${TIE_NOUN})\b`, 'gi');
const PLACE_FIGURE = new RegExp(String.raw`\b${QUALIFIER}\s*${NUMBER}\s+(${PLACE_NOUN})\b`, 'gi');
/** "43 municipalities in Japan have sister-city relationships": places counted in a country by their ties. */
const IN_COUNTRY_HAVE_TIES = /^\s+in\s+[^.;]{1,40}?\bha(?:ve|s|d)\s+(?:\w+\s+)?(?:sister|friendship|twin|partner)/i;
const CITY_KINDS = new Set(['city', 'town', 'municipality', 'district']);

export function findPlaceFigures(doc: Doc): PlaceFigure[] {
  const out: PlaceFigure[] = [];
  let topic: PlaceRec | null = null;
  for (let n = 0; n < doc.sentences.length; n++) {
    const info = doc.sentences[n]!;
    const text = info.s.text;
    const first = info.places.find((m) => !m.adjective && !m.qualifies && m.place.kind !== 'country');
    if (!/\d/.test(text)) {
      if (first) topic = first.place;
      continue;
    }
    const here: Array<{ end: number; places: PlaceRec[] }> = [];
    for (const [re, counted] of [
      [TIE_FIGURE, false],
      [PLACE_FIGURE, true],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const value = Number(m[2]!.replace(/,/g, ''));
        if (!value || (/^(?:1[89]|20)\d\d$/.test(m[2]!) && !m[2]!.includes(','))) continue;
        if (out.some((f) => f.info === info && f.value === value)) continue;
        // "88 sister cities in 35 countries, and ... with 423 regions": a count of places after a figure of the same
        // sentence, with no other place between, shares its subject.
        const earlier = here
          .filter((h) => h.end <= start && !info.places.some((p) => !p.adjective && p.start >= h.end && p.end <= start))
          .pop();
        const tieFigure =
          TIE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
          IN_COUNTRY_HAVE_TIES.test(text.slice(m.index + m[0].length));
        if (counted && !(earlier || tieFigure)) continue;
        const found: [PlaceRec[], string] | null =
          counted && earlier
            ? [earlier.places, 'figure-follow-on']
            : subjectOf(doc, info, start, m.index + m[0].length, topic);
        if (!found) continue;
        const [places, rule] = found;
        if (places.length === 1 && CITY_KINDS.has(places[0]!.kind)) continue;
        here.push({ end: m.index + m[0].length, places });
        // A figure the article repeats (the title and the body) is one figure.
        if (
          out.some(
            (f) => f.value === value && f.places.length === places.length && f.places.every((p) => places.includes(p)),
          )
        )
          continue;
        const q = m[1] ? (QUALIFIER_WORDS.find(([w]) => w.test(m![1]!))?.[1] ?? null) : null;
        out.push({
          places,
          metric: m[3]!.toLowerCase(),
          value,
          qualifier: q,
          info,
          rule,
          confidence: figureConfidence(rule),
        });
      }
    }
    if (first) topic = first.place;
  }
  return out;
}

/** The places a figure at [start, end) is about, and the rule that found them. */
function subjectOf(
  doc: Doc,
  info: SentenceInfo,
  start: number,
  end: number,
  topic: PlaceRec | null,
): [PlaceRec[], string] | null {
  const text = info.s.text;
  const places = info.places.filter((p) => !p.qualifies);
  // "A, B and C count 140 pairs among them"; "Italy has some 1,300 twinnings".
  const before = places.filter((p) => p.end <= start && !p.adjective);
  const last = before[before.length - 1];
  if (last && HAS.test(text.slice(last.end, start).replace(/^’s|^'s/, ''))) {
    const list = [last];
    for (let k = before.length - 2; k >= 0; k--) {
      const gap = text.slice(before[k]!.end, list[0]!.start);
      if (!/^\s*(?:,|,?\s+and)\s*$/.test(gap)) break;
      list.unshift(before[k]!);
    }
    if (
      list.length > 1 &&
      !SHARED.test(text.slice(end)) &&
      !/\bboth\b/i.test(text.slice(list[list.length - 1]!.end, start))
    ) {
      // Several places each with a count of their own are not one figure: keep only a shared one.
      return null;
    }
    return [distinct(list.map((p) => p.place)), list.length > 1 ? 'figure-shared-list' : 'figure-subject-list'];
  }
  // "Now the province has established ...", "It has ...": the place the text is about.
  const pronoun =
    /(?:^|[.,;]\s+|\b(?:now|currently)\s+)(?:the\s+(province|state|prefecture|region|country|city)|it)\s*$/i;
  const head = text.slice(0, start);
  const hasAt = /\b(?:has|have|counts?|boasts?)\b/i.exec(head);
  if (hasAt) {
    const subj = pronoun.exec(head.slice(0, hasAt.index));
    if (subj && HAS.test(head.slice(hasAt.index))) {
      const kind = subj[1]?.toLowerCase();
      const place = kind ? lastOfKind(doc, info, kind) : topic;
      if (place) return [[place], 'figure-coreference'];
    }
  }
  // "43 municipalities in Japan have sister-city relationships with Russian partners"
  const inX = /^\s+in\s+/.exec(text.slice(end));
  if (inX) {
    const where = places.find((p) => p.start === end + inX[0].length && p.place.kind === 'country');
    const partners = places.find(
      (p) =>
        p.start > end &&
        p.adjective &&
        p.place.kind === 'country' &&
        /^\s+(?:partners|cities|counterparts|municipalities)/.test(text.slice(p.end)),
    );
    if (where && /\bhave\b/.test(text.slice(where.end, where.end + 30))) {
      return [distinct(partners ? [where.place, partners.place] : [where.place]), 'figure-in-country'];
    }
  }
  return null;
}

function lastOfKind(doc: Doc, info: SentenceInfo, kind: string): PlaceRec | null {
  const fits = (m: PlaceMention): boolean =>
    !m.adjective && (kind === 'state' ? ['state', 'province', 'region'].includes(m.place.kind) : m.place.kind === kind);
  for (let k = doc.sentences.indexOf(info); k >= 0; k--) {
    const found = doc.sentences[k]!.places.filter(fits);
    if (found.length) return found[found.length - 1]!.place;
  }
  return null;
}

function distinct(places: PlaceRec[]): PlaceRec[] {
  return places.filter((p, k) => places.indexOf(p) === k);
}
