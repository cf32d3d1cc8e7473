/**
 * The tuning grid of tie constructions (see grid.ts): how news copy states that two towns are tied and since when,
 * crossed with made-up pairs of real mid-sized towns (so that a town reading needs the support of its context, as in
 * real copy); none of the towns is named by an article of the development corpus or of the made-up sets.
 */
import type { GridCase, GridTie } from './grid.ts';

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

/** A pair with two more partners of its first town (for lists) and a year its tie ended (for ended ties). */
export interface Filler extends GridPair {
  c: GridTown;
  d: GridTown;
  yearC: number;
  yearD: number;
  ended: number;
}

export interface Construction {
  /** A short name for the report: "A and B have been twinned since Y". */
  name: string;
  /** The article's sentences, from a filler. */
  text: (p: Filler) => string;
  /** The start year of the tie of A and B the text states or implies; null when it gives none. */
  since?: (p: Filler) => number | null;
  /** Or every tie the text states (lists, ended ties). */
  ties?: (p: Filler) => GridTie[];
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

const stated = (p: Filler) => p.year;
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

const tie = (a: GridTown, b: GridTown, since: number | null, until?: number): GridTie => ({
  a: a.name,
  b: b.name,
  since,
  ...(until === undefined ? {} : { until }),
});

/** Lists of partners and ties that ended: several ties in a case, end years. */
export const TIE_LIST_CONSTRUCTIONS: readonly Construction[] = [
  {
    name: 'A is twinned with B (Country), C (Country) and D (Country)',
    text: (p) =>
      `${p.a.name} is twinned with ${p.b.name} (${p.b.country}), ${p.c.name} (${p.c.country}) and ${p.d.name} ` +
      `(${p.d.country}).`,
    ties: (p) => [tie(p.a, p.b, null), tie(p.a, p.c, null), tie(p.a, p.d, null)],
  },
  {
    name: "A's twin towns are B (Y), C (Y) and D (Y)",
    text: (p) =>
      `${p.a.name}'s twin towns are ${p.b.name} (${p.year}), ${p.c.name} (${p.yearC}) and ${p.d.name} (${p.yearD}).`,
    ties: (p) => [tie(p.a, p.b, p.year), tie(p.a, p.c, p.yearC), tie(p.a, p.d, p.yearD)],
  },
  {
    name: 'A has three partner towns, among them B and C',
    text: (p) => `${p.a.name} has three partner towns, among them ${p.b.name} and ${p.c.name}.`,
    ties: (p) => [tie(p.a, p.b, null), tie(p.a, p.c, null)],
  },
  {
    name: 'A is twinned with: (bullets) B, Country (Y)',
    text: (p) =>
      `${p.a.name} is twinned with:\n\n- ${p.b.name}, ${p.b.country} (${p.year})\n- ${p.c.name}, ${p.c.country} ` +
      `(${p.yearC})\n- ${p.d.name}, ${p.d.country} (${p.yearD})`,
    ties: (p) => [tie(p.a, p.b, p.year), tie(p.a, p.c, p.yearC), tie(p.a, p.d, p.yearD)],
  },
  {
    name: 'Heading A, then bullets B, Country (Y)',
    text: (p) =>
      `Twin towns of the region\n\n${p.a.name}\n\n- ${p.b.name}, ${p.b.country} (${p.year})\n- ${p.c.name}, ` +
      `${p.c.country} (${p.yearC})`,
    ties: (p) => [tie(p.a, p.b, p.year), tie(p.a, p.c, p.yearC)],
  },
  {
    name: 'A has the following twin towns: then lines B, Country (Y) without bullets',
    text: (p) =>
      `${p.a.name} has the following twin towns:\n\n${p.b.name}, ${p.b.country} (${p.year})\n${p.c.name}, ` +
      `${p.c.country} (${p.yearC})`,
    ties: (p) => [tie(p.a, p.b, p.year), tie(p.a, p.c, p.yearC)],
  },
  {
    name: 'Heading A, then lines B, Country (Y) without bullets',
    text: (p) =>
      `Twin towns and sister cities\n\n${p.a.name}\n\n${p.b.name}, ${p.b.country} (${p.year})\n${p.c.name}, ` +
      `${p.c.country} (${p.yearC})`,
    ties: (p) => [tie(p.a, p.b, p.year), tie(p.a, p.c, p.yearC)],
  },
  {
    name: 'A and B: the two towns have been partners since Y',
    text: (p) => `${p.a.name} and ${p.b.name}: the two towns have been partners since ${p.year}.`,
    ties: (p) => [tie(p.a, p.b, p.year)],
  },
  {
    name: 'A, a town known for X, has been a sister city of B for 15 years',
    text: (p) =>
      `${p.a.name}, a town known for its brass bands and its river port, has been a sister city of ${p.b.name} ` +
      'for 15 years.',
    ties: (p) => [tie(p.a, p.b, 2010)],
  },
  {
    name: 'the agreement that unites A with the town of B, in Country',
    text: (p) =>
      `The council renewed the twinning agreement that unites ${p.a.name} with the town of ${p.b.name}, in ` +
      `${p.b.country}.`,
    ties: (p) => [tie(p.a, p.b, null)],
  },
  // Ended and suspended ties.
  {
    name: 'A ended its twinning with B in Y2',
    text: (p) => `${p.a.name} ended its twinning with ${p.b.name} in ${p.ended}.`,
    ties: (p) => [tie(p.a, p.b, null, p.ended)],
  },
  {
    name: 'A suspended its partnership with B, signed in Y, in Y2',
    text: (p) => `${p.a.name} suspended its partnership with ${p.b.name}, signed in ${p.year}, in ${p.ended}.`,
    ties: (p) => [tie(p.a, p.b, p.year, p.ended)],
  },
  {
    name: 'The twinning of A and B, begun in Y, lapsed in Y2',
    text: (p) => `The twinning of ${p.a.name} and ${p.b.name}, begun in ${p.year}, lapsed in ${p.ended}.`,
    ties: (p) => [tie(p.a, p.b, p.year, p.ended)],
  },
  {
    name: 'A and B were twinned from Y to Y2',
    text: (p) => `${p.a.name} and ${p.b.name} were twinned from ${p.year} to ${p.ended}.`,
    ties: (p) => [tie(p.a, p.b, p.year, p.ended)],
  },
  {
    name: 'In Y2 the council of A voted to end the partnership with B',
    text: (p) => `In ${p.ended} the council of ${p.a.name} voted to end the partnership with ${p.b.name}.`,
    ties: (p) => [tie(p.a, p.b, null, p.ended)],
  },
];

/** Every construction with every filler, as grid cases. */
export function tieGrid(): GridCase[] {
  return [...TIE_CONSTRUCTIONS, ...TIE_LIST_CONSTRUCTIONS].flatMap((c) =>
    GRID_PAIRS.map((pair, i) => {
      const filler: Filler = {
        ...pair,
        c: GRID_PAIRS[(i + 1) % GRID_PAIRS.length]!.b,
        d: GRID_PAIRS[(i + 3) % GRID_PAIRS.length]!.b,
        yearC: pair.year + 5,
        yearD: pair.year + 9,
        ended: 2022,
      };
      return {
        construction: c.name,
        article: ` date ${GRID_ARTICLE_DATE} Town news\n\n${c.text(filler)}\n`,
        ties: c.ties ? c.ties(filler) : [tie(pair.a, pair.b, c.since ? c.since(filler) : null)],
      };
    }),
  );
}
