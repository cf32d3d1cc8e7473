/**
 * The tuning grid of tie constructions (see grid.ts): how news copy states that two towns are tied and since when,
 * crossed with made-up pairs of real mid-sized towns (so that a town reading needs the support of its context, as in
 * real copy); none of the towns is named by an article of the development corpus or of the made-up sets.
 */
import type { GridCase } from './grid.ts';

export interface GridTown {
  name: string;
  country: string;
  /** The nationality adjective ("German") or a regional one ("Bavarian"): "the Bavarian town of X". */
  adjective: string;
}

export interface GridPair {
  a: GridTown;
  b: GridTown;
  year: number;
}

export interface Construction {
  /** A short name for the report: "A and B have been twinned since Y". */
  name: string;
  /** The article's sentences, from a pair. */
  text: (p: GridPair) => string;
  /** The start year the text states or implies; null when it gives none. */
  since: (p: GridPair) => number | null;
}

/** The date every grid article carries: anniversaries ("marked 30 years of ...") count back from its year. */
export const GRID_ARTICLE_DATE = '2025-06-14';
const ARTICLE_YEAR = 2025;

const town = (name: string, country: string, adjective: string): GridTown => ({ name, country, adjective });

export const GRID_PAIRS: readonly GridPair[] = [
  { a: town('Kidderminster', 'England', 'English'), b: town('Rosenheim', 'Germany', 'Bavarian'), year: 1968 },
  { a: town('Banbury', 'England', 'English'), b: town('Niort', 'France', 'French'), year: 1973 },
  { a: town('Deventer', 'the Netherlands', 'Dutch'), b: town('Pärnu', 'Estonia', 'Estonian'), year: 1991 },
  { a: town('Bozeman', 'Montana', 'American'), b: town('Tulcea', 'Romania', 'Romanian'), year: 2004 },
  { a: town('Kortrijk', 'Belgium', 'Belgian'), b: town('Pesaro', 'Italy', 'Italian'), year: 1984 },
  { a: town('Zamość', 'Poland', 'Polish'), b: town('Setúbal', 'Portugal', 'Portuguese'), year: 1999 },
  { a: town('Schweinfurt', 'Germany', 'Bavarian'), b: town('Borås', 'Sweden', 'Swedish'), year: 1977 },
  { a: town('Dubuque', 'Iowa', 'American'), b: town('Varaždin', 'Croatia', 'Croatian'), year: 2012 },
];

const stated = (p: GridPair) => p.year;
const none = () => null;

export const TIE_CONSTRUCTIONS: readonly Construction[] = [
  // The pair as the subject.
  {
    name: 'A and B have been twinned since Y',
    text: (p) => `${p.a.name} and ${p.b.name} have been twinned since ${p.year}.`,
    since: stated,
  },
  {
    name: 'A and the Adj town of B have been twinned since Y',
    text: (p) => `${p.a.name} and the ${p.b.adjective} town of ${p.b.name} have been twinned since ${p.year}.`,
    since: stated,
  },
  {
    name: 'A and B became sister cities in Y',
    text: (p) => `${p.a.name} and ${p.b.name} became sister cities in ${p.year}.`,
    since: stated,
  },
  {
    name: 'A and B signed a twinning agreement in Y',
    text: (p) => `${p.a.name} and ${p.b.name} signed a twinning agreement in ${p.year}.`,
    since: stated,
  },
  {
    name: 'The towns of A and B have been partners since Y',
    text: (p) => `The towns of ${p.a.name} and ${p.b.name} have been partners since ${p.year}.`,
    since: stated,
  },
  {
    name: 'A, Country, and B, Country, established sister city relations in Y',
    text: (p) =>
      `${p.a.name}, ${p.a.country}, and ${p.b.name}, ${p.b.country}, established sister city relations in ${p.year}.`,
    since: stated,
  },
  {
    name: 'A and B marked 30 years of twinning',
    text: (p) => `${p.a.name} and ${p.b.name} marked 30 years of twinning this weekend.`,
    since: () => ARTICLE_YEAR - 30,
  },
  {
    name: 'A and B have been sister cities for 25 years',
    text: (p) => `${p.a.name} and ${p.b.name} have been sister cities for 25 years.`,
    since: () => ARTICLE_YEAR - 25,
  },
  // One place owns the tie, the other is its partner.
  {
    name: 'A has been twinned with B since Y',
    text: (p) => `${p.a.name} has been twinned with ${p.b.name} since ${p.year}.`,
    since: stated,
  },
  {
    name: 'A is twinned with the Adj town of B',
    text: (p) => `${p.a.name} is twinned with the ${p.b.adjective} town of ${p.b.name}.`,
    since: none,
  },
  {
    name: 'A signed a friendship agreement with B in Y',
    text: (p) => `${p.a.name} signed a friendship agreement with ${p.b.name} in ${p.year}.`,
    since: stated,
  },
  {
    name: 'A has had a partnership with B since Y',
    text: (p) => `${p.a.name} has had a partnership with ${p.b.name} since ${p.year}.`,
    since: stated,
  },
  {
    name: 'Since Y, A has been twinned with B',
    text: (p) => `Since ${p.year}, ${p.a.name} has been twinned with ${p.b.name}.`,
    since: stated,
  },
  {
    name: 'In Y, A became a sister city of B',
    text: (p) => `In ${p.year}, ${p.a.name} became a sister city of ${p.b.name}.`,
    since: stated,
  },
  {
    name: "A's twin town, B, sent a choir",
    text: (p) => `${p.a.name}'s twin town, ${p.b.name}, sent a choir to the festival.`,
    since: none,
  },
  {
    name: "B, A's partner town since Y, sent a delegation",
    text: (p) => `${p.b.name}, ${p.a.name}'s partner town since ${p.year}, sent a delegation to the fair.`,
    since: stated,
  },
  {
    name: 'The twinning between A and B dates back to Y',
    text: (p) => `The twinning between ${p.a.name} and ${p.b.name} dates back to ${p.year}.`,
    since: stated,
  },
  {
    name: 'The partnership between A and B began in Y',
    text: (p) => `The partnership between ${p.a.name} and ${p.b.name} began in ${p.year}.`,
    since: stated,
  },
  {
    name: "A's sister city relationship with B was established in Y",
    text: (p) => `${p.a.name}'s sister city relationship with ${p.b.name} was established in ${p.year}.`,
    since: stated,
  },
  {
    name: 'A entered into a twinning arrangement with B in Y',
    text: (p) => `${p.a.name} entered into a twinning arrangement with ${p.b.name} in ${p.year}.`,
    since: stated,
  },
  {
    name: 'Twinned with B since Y, A hosts',
    text: (p) => `Twinned with ${p.b.name} since ${p.year}, ${p.a.name} hosts a German market every December.`,
    since: stated,
  },
  {
    name: 'A counts B among its twin towns',
    text: (p) => `${p.a.name} counts ${p.b.name} among its twin towns.`,
    since: none,
  },
  // The owner named in the sentence before.
  {
    name: 'A ... . Its twin town is B, in Country',
    text: (p) => `${p.a.name} is a market town on the river. Its twin town is ${p.b.name}, in ${p.b.country}.`,
    since: none,
  },
  {
    name: 'A ... . The town has been twinned with B since Y',
    text: (p) =>
      `${p.a.name} held its summer fair on Saturday. The town has been twinned with ${p.b.name} since ${p.year}.`,
    since: stated,
  },
];

/** Every construction with every pair, as grid cases. */
export function tieGrid(): GridCase[] {
  return TIE_CONSTRUCTIONS.flatMap((c) =>
    GRID_PAIRS.map((pair) => ({
      construction: c.name,
      article: ` date ${GRID_ARTICLE_DATE} Town news\n\n${c.text(pair)}\n`,
      ties: [{ a: pair.a.name, b: pair.b.name, since: c.since(pair) }],
    })),
  );
}
