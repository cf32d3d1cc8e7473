/**
 * Figures about a pair of countries: "more than 250 pairs of sister cities between the two countries",
 * "China and Japan have 250 sister-city pairs". "The two countries" and "both countries" are the two countries the
 * article names most.
 */
import type { FigureQualifier } from '../facts/types.ts';
import type { Doc, PersonRec, SentenceInfo } from './document.ts';
import { TIE_NOUN } from './cues/figures.ts';
import { CARDINAL, cardinalValue } from './cues/numbers.ts';

export interface Figure {
  countries: [string, string];
  metric: string;
  value: number;
  qualifier: FigureQualifier;
  statedBy: PersonRec | null;
  info: SentenceInfo;
}

const QUALIFIERS: Array<[RegExp, FigureQualifier]> = [
  [/^(?:more than|over|upwards of|in excess of)$/i, 'more than'],
  [/^(?:about|around|approximately|nearly|almost|some|roughly|close to|an estimated)$/i, 'about'],
  [/^(?:at least)$/i, 'at least'],
  [/^(?:less than|fewer than|under)$/i, 'less than'],
  [/^(?:up to|at most)$/i, 'at most'],
];

/** Pairs of towns without a tie word: "pairs of cities", "pairs of towns". */
const CITY_PAIRS = String.raw`pairs\s+of\s+(?:cities|towns|municipalities)`;

/** Qualifier, number, a joined pair of countries ("U.S.-Chile"), and the tie noun counted. */
const FIGURE = new RegExp(
  String.raw`\b(more than|over|upwards of|in excess of|about|around|approximately|nearly|almost|some|roughly` +
    String.raw`|close to|an estimated|at least|less than|fewer than|under|up to|at most)?\s*(${CARDINAL})\s+` +
    String.raw`(?:\S+?[-–/]\S+\s+)?(?:(?:other|more|further|new|additional)\s+)?(${TIE_NOUN}|${CITY_PAIRS})\b`,
  'gi',
);

export function findFigures(doc: Doc): Figure[] {
  const out: Figure[] = [];
  const ranked = [...doc.countryCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let lastSpeaker: PersonRec | null = null;
  for (const info of doc.sentences) {
    const text = info.s.text;
    const previousSpeaker = lastSpeaker;
    const speakerHere = [...info.people].reverse()[0]?.person;
    if (speakerHere) lastSpeaker = speakerHere;
    if (!/sister|friendship|twin|partner|pairs of (?:cities|towns)/i.test(text)) continue;
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const head = text.slice(0, m.index);
      const countries = countriesOf(
        info,
        rest,
        head,
        ranked.map(([c]) => c),
      );
      // "five other pairs of cities have followed suit": pairs counted with no country named are the article's pair.
      const pairOfArticle =
        !countries &&
        new RegExp(`^(?:${CITY_PAIRS}|pairs)$`, 'i').test(m[3]!) &&
        // (a division named only to qualify a town, "Bloomington, Ind.", is no place the pairs are counted in)
        !info.places.some(
          (p) =>
            !['city', 'town', 'municipality'].includes(p.place.kind) && !(p.adjective && p.place.kind !== 'country'),
        ) &&
        ranked.length >= 2
          ? sortPair(ranked[0]![0], ranked[1]![0])
          : null;
      if (!countries && !pairOfArticle) continue;
      const value = cardinalValue(m[2]!);
      if (!value || (/^(?:1[89]|20)\d\d$/.test(m[2]!) && !m[2]!.includes(','))) continue;
      const kind = /friend/i.test(m[3]!)
        ? 'friendship'
        : /twin/i.test(m[3]!)
          ? 'twin'
          : /partner/i.test(m[3]!)
            ? 'partner'
            : 'sister';
      const qualifier = QUALIFIERS.find(([re]) => re.test(m![1] ?? ''))?.[1] ?? 'exactly';
      const speaker = info.people.find(
        (p) =>
          /\b(?:said|says|noted|added|told)\b/.test(text.slice(p.end, p.end + 20)) ||
          /\b(?:said|noted|added)\s*$/.test(text.slice(0, p.start)),
      )?.person;
      const pronoun = /\b(?:he|she) (?:said|noted|added|stressed|told)\b/i.test(text);
      out.push({
        countries: (countries ?? pairOfArticle)!,
        metric: `${kind} city pairs`,
        value,
        qualifier,
        statedBy: speaker ?? (pronoun ? previousSpeaker : null),
        info,
      });
    }
  }
  return out;
}

function countriesOf(info: SentenceInfo, rest: string, head: string, ranked: string[]): [string, string] | null {
  if (
    /\b(?:the|both|two)\s+(?:two\s+)?(?:countries|nations|sides)\b/i.test(rest) ||
    /\bbilateral\b/i.test(rest) ||
    // "The two countries have established more than 250 pairs ...": the subject before the count.
    THE_TWO_HAVE.test(head)
  ) {
    const [a, b] = ranked;
    return a && b ? sortPair(a, b) : null;
  }
  // Two countries named together: "between China and Japan", "China and Japan have", "Chinese and Japanese cities";
  // not countries of a list ("including Kitakyushu in Japan and Tianjin in China").
  const countries = info.places.filter((p) => p.place.kind === 'country');
  for (let k = 0; k + 1 < countries.length; k++) {
    const a = countries[k]!;
    const b = countries[k + 1]!;
    const gap = info.s.text.slice(a.end, b.start);
    // "in A, B and C": the last two of a longer list are no pair.
    const before = countries[k - 1];
    if (before && /^\s*,\s*(?:the\s+)?$/.test(info.s.text.slice(before.end, a.start))) continue;
    if (a.place !== b.place && /^(?:\s+and\s+|-|–|\/)$/.test(gap)) return sortPair(a.place.country!, b.place.country!);
  }
  return null;
}

/** "The two countries have (established) ...", "Both nations now count ...". */
const THE_TWO_HAVE = new RegExp(
  String.raw`\b(?:the two|both|these two)\s+(?:countries|nations)\s+(?:now\s+|currently\s+|already\s+|also\s+)*` +
    String.raw`(?:have|has|had|count|boast|share)\b(?:\s+(?:now|already|also|established|formed|signed|set up|built` +
    String.raw`|forged|developed|been))*\s*$`,
  'i',
);

function sortPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
