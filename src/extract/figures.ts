/**
 * Figures about a pair of countries: "more than 250 pairs of sister cities between the two countries",
 * "China and Japan have 250 sister-city pairs". "The two countries" and "both countries" are the two countries the
 * article names most.
 */
import type { FigureQualifier } from '../facts/types.ts';
import type { Doc, PersonRec, SentenceInfo } from './document.ts';

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
  [/^(?:about|around|approximately|nearly|almost|some|roughly|close to)$/i, 'about'],
  [/^(?:at least)$/i, 'at least'],
  [/^(?:less than|fewer than|under)$/i, 'less than'],
  [/^(?:up to|at most)$/i, 'at most'],
];

const FIGURE = new RegExp(
  String.raw`\b(more than|over|upwards of|in excess of|about|around|approximately|nearly|almost|some|roughly` +
    String.raw`|close to|at least|less than|fewer than|under|up to|at most)?\s*(\d{1,3}(?:,\d{3})*` +
    String.raw`|\d+)\s+(pairs of (sister|friendship|twin(?:ned)?) (?:cities|city|provinces|states|towns)|(sister` +
    '|friendship|twin)[- ]cit(?:y|ies)(?: pairs| relationships| partnerships| ties)?|(sister' +
    String.raw`|friendship)[- ](?:city )?(?:relationships|partnerships|ties|agreements))\b`,
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
    if (!/\d/.test(text) || !/sister|friendship|twin/i.test(text)) continue;
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const countries = countriesOf(
        info,
        rest,
        ranked.map(([c]) => c),
      );
      if (!countries) continue;
      const kind = (m[4] ?? m[5] ?? m[6] ?? 'sister').toLowerCase().replace(/ned$/, '');
      const qualifier = QUALIFIERS.find(([re]) => re.test(m![1] ?? ''))?.[1] ?? 'exactly';
      const speaker = info.people.find(
        (p) =>
          /\b(?:said|says|noted|added|told)\b/.test(text.slice(p.end, p.end + 20)) ||
          /\b(?:said|noted|added)\s*$/.test(text.slice(0, p.start)),
      )?.person;
      const pronoun = /\b(?:he|she) (?:said|noted|added|stressed|told)\b/i.test(text);
      out.push({
        countries,
        metric: `${kind} city pairs`,
        value: Number(m[2]!.replace(/,/g, '')),
        qualifier,
        statedBy: speaker ?? (pronoun ? previousSpeaker : null),
        info,
      });
    }
  }
  return out;
}

function countriesOf(info: SentenceInfo, rest: string, ranked: string[]): [string, string] | null {
  if (/\b(?:the|both|two)\s+(?:two\s+)?(?:countries|nations|sides)\b/i.test(rest) || /\bbilateral\b/i.test(rest)) {
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
    if (a.place !== b.place && /^(?:\s+and\s+|-|–|\/)$/.test(gap)) return sortPair(a.place.country!, b.place.country!);
  }
  return null;
}

function sortPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
