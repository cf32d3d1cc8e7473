/**
 * Held-out tie grid 2, written blind to the extraction rules: 35 ways the genre states (or only seems to state) that
 * two places are twinned, sister, friendship or partner cities, and since when or until when, each crossed with 7
 * sets of real places and made-up officials. The sources imitated are wire copy, local papers, council minutes, a
 * foreign-affairs office page, a brochure, an encyclopedia section, a university newsletter, a chamber of commerce,
 * an embassy page, a quoted leader, and copy translated from Japanese, Korean, Turkish, Spanish, German, Polish and
 * French. All articles carry the same date, Wednesday 18 September 2024; relative dates are worked out from it.
 */
import type { GridCase, GridMeeting, GridTie } from '../grid.ts';

const DATE = '2024-09-18';
const YEAR = 2024;

interface Fill {
  /** The owner, named as every text names it. */
  a: string;
  /** What the owner is, for "the city's", "the prefecture's". */
  aUnit: string;
  aCountry: string;
  dateline: string;
  agency: string;
  aTitle: string;
  aName: string;
  /** The owner's main partner, its country and its leader. */
  b: string;
  bCountry: string;
  bTitle: string;
  bName: string;
  c: string;
  cCountry: string;
  d: string;
  dCountry: string;
  /** A nearby place of the owner's country, and a partner of that place only. */
  e: string;
  f: string;
  /** The level of the tie ("sister-city", "twin town", "sister-state") and its plural for "the two cities". */
  u: string;
  us: string;
  gov: string;
  hall: string;
  /** Whom the leader addresses; who votes on a proposal; the header of the minutes. */
  told: string;
  members: string;
  minutes: string;
  yAB: number;
  yAC: number;
  yEF: number;
  yMoU: number;
  yRenew: number;
  yEnd: number;
  /** B is A's k-th sister; n sister pairs between the two countries. */
  k: number;
  n: number;
}

const FILLS: Fill[] = [
  {
    a: 'Indore',
    aUnit: 'city',
    aCountry: 'India',
    dateline: 'INDORE, India',
    agency: 'PTI',
    aTitle: 'Mayor',
    aName: 'Pushpa Raghuvanshi',
    b: 'Knoxville',
    bCountry: 'United States',
    bTitle: 'Mayor',
    bName: 'Dale Whitacre',
    c: 'Besançon',
    cCountry: 'France',
    d: 'Taizhou',
    dCountry: 'China',
    e: 'Dewas',
    f: 'Colmar',
    u: 'city',
    us: 'cities',
    gov: 'municipal corporation',
    hall: 'the civic centre',
    told: 'corporators',
    members: 'Corporators',
    minutes: 'Indore Municipal Corporation',
    yAB: 2006,
    yAC: 2011,
    yEF: 1999,
    yMoU: 2003,
    yRenew: 2016,
    yEnd: 2019,
    k: 3,
    n: 24,
  },
  {
    a: 'Yamagata Prefecture',
    aUnit: 'prefecture',
    aCountry: 'Japan',
    dateline: 'YAMAGATA, Japan',
    agency: 'Kyodo',
    aTitle: 'Governor',
    aName: 'Hiroko Tsutsumi',
    b: 'Nebraska',
    bCountry: 'United States',
    bTitle: 'Governor',
    bName: 'Alison Tremayne',
    c: 'Brandenburg',
    cCountry: 'Germany',
    d: 'Pernambuco',
    dCountry: 'Brazil',
    e: 'Miyagi Prefecture',
    f: 'Nova Scotia',
    u: 'state',
    us: 'regions',
    gov: 'prefectural government',
    hall: 'the prefectural government building',
    told: 'the prefectural assembly',
    members: 'Members of the prefectural assembly',
    minutes: 'Yamagata Prefectural Assembly',
    yAB: 1987,
    yAC: 1994,
    yEF: 1992,
    yMoU: 1983,
    yRenew: 2017,
    yEnd: 2009,
    k: 2,
    n: 27,
  },
  {
    a: 'Gliwice',
    aUnit: 'city',
    aCountry: 'Poland',
    dateline: 'GLIWICE, Poland',
    agency: 'PAP',
    aTitle: 'Mayor',
    aName: 'Grzegorz Wilczak',
    b: 'Lutsk',
    bCountry: 'Ukraine',
    bTitle: 'Mayor',
    bName: 'Oksana Hrytsenko',
    c: 'Apeldoorn',
    cCountry: 'Netherlands',
    d: 'Marijampolė',
    dCountry: 'Lithuania',
    e: 'Zabrze',
    f: 'Nyíregyháza',
    u: 'city',
    us: 'cities',
    gov: 'city hall',
    hall: 'the city hall',
    told: 'city councillors',
    members: 'Councillors',
    minutes: 'Gliwice City Council',
    yAB: 1997,
    yAC: 1972,
    yEF: 1993,
    yMoU: 1994,
    yRenew: 2012,
    yEnd: 2022,
    k: 5,
    n: 46,
  },
  {
    a: 'Spokane',
    aUnit: 'city',
    aCountry: 'United States',
    dateline: 'SPOKANE, Wash.',
    agency: 'AP',
    aTitle: 'Mayor',
    aName: 'Sarah Whitlock',
    b: 'Saltillo',
    bCountry: 'Mexico',
    bTitle: 'Mayor',
    bName: 'Ernesto Garduño',
    c: 'Bucheon',
    cCountry: 'South Korea',
    d: 'Pavia',
    dCountry: 'Italy',
    e: "Coeur d'Alene",
    f: 'Kitwe',
    u: 'city',
    us: 'cities',
    gov: 'city',
    hall: 'City Hall',
    told: 'the city council',
    members: 'City council members',
    minutes: 'Spokane City Council',
    yAB: 1961,
    yAC: 1988,
    yEF: 2008,
    yMoU: 1958,
    yRenew: 2001,
    yEnd: 2014,
    k: 1,
    n: 38,
  },
  {
    a: 'Querétaro',
    aUnit: 'city',
    aCountry: 'Mexico',
    dateline: 'QUERÉTARO, Mexico',
    agency: 'Notimex',
    aTitle: 'Mayor',
    aName: 'Lucía Benavides',
    b: 'Badajoz',
    bCountry: 'Spain',
    bTitle: 'Mayor',
    bName: 'Jorge Quintanilla',
    c: 'Bahía Blanca',
    cCountry: 'Argentina',
    d: 'Bacolod',
    dCountry: 'Philippines',
    e: 'Celaya',
    f: 'Albacete',
    u: 'city',
    us: 'cities',
    gov: 'municipal government',
    hall: 'the municipal palace',
    told: 'the cabildo',
    members: 'Members of the cabildo',
    minutes: 'Ayuntamiento de Querétaro',
    yAB: 1979,
    yAC: 1999,
    yEF: 1986,
    yMoU: 1976,
    yRenew: 2009,
    yEnd: 2020,
    k: 4,
    n: 31,
  },
  {
    a: 'Yeosu',
    aUnit: 'city',
    aCountry: 'South Korea',
    dateline: 'YEOSU, South Korea',
    agency: 'Yonhap',
    aTitle: 'Mayor',
    aName: 'Maeng Jae-won',
    b: 'Haiphong',
    bCountry: 'Vietnam',
    bTitle: "People's Committee Chairman",
    bName: 'Phung Van Tam',
    c: 'Lethbridge',
    cCountry: 'Canada',
    d: 'Fukuyama',
    dCountry: 'Japan',
    e: 'Gwangyang',
    f: 'Plovdiv',
    u: 'city',
    us: 'cities',
    gov: 'city government',
    hall: 'city hall',
    told: 'the city council',
    members: 'City council members',
    minutes: 'Yeosu City Council',
    yAB: 2010,
    yAC: 1993,
    yEF: 2002,
    yMoU: 2007,
    yRenew: 2020,
    yEnd: 2018,
    k: 6,
    n: 19,
  },
  {
    a: 'Koforidua',
    aUnit: 'municipality',
    aCountry: 'Ghana',
    dateline: 'KOFORIDUA, Ghana',
    agency: 'GNA',
    aTitle: 'Municipal Chief Executive',
    aName: 'Ekow Asante-Mensah',
    b: 'Swindon',
    bCountry: 'United Kingdom',
    bTitle: 'Mayor',
    bName: 'Helen Corrigan',
    c: 'Kayseri',
    cCountry: 'Turkey',
    d: 'Nashik',
    dCountry: 'India',
    e: 'Nsawam',
    f: 'Bulawayo',
    u: 'town',
    us: 'towns',
    gov: 'municipal assembly',
    hall: 'the assembly hall',
    told: 'assembly members',
    members: 'Assembly members',
    minutes: 'New Juaben South Municipal Assembly',
    yAB: 1968,
    yAC: 2005,
    yEF: 1975,
    yMoU: 1965,
    yRenew: 1998,
    yEnd: 2011,
    k: 2,
    n: 12,
  },
];

/** "the United States" where running text needs the article. */
const the = (country: string) =>
  ['United States', 'Netherlands', 'Philippines', 'United Kingdom'].includes(country) ? `the ${country}` : country;

const ord = (n: number) => {
  const t = n % 100;
  const s = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const ORD_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

const tie = (a: string, b: string, since: number | null, until?: number): GridTie =>
  until === undefined ? { a, b, since } : { a, b, since, until };

interface Built {
  title: string;
  text: string;
  ties: GridTie[];
  meetings?: GridMeeting[];
  notTied?: Array<{ a: string; b: string }>;
}

interface Construction {
  name: string;
  build: (f: Fill, i: number) => Built;
}

const CONSTRUCTIONS: Construction[] = [
  {
    name: 'wire: A and B signed a sister agreement on Tuesday, leaders named at the signing',
    build: (f) => ({
      title: 'Sister agreement signed',
      text:
        `${f.dateline}, Sept. 18 (${f.agency}) -- ${f.a} and ${f.b} signed a sister-${f.u} agreement on Tuesday, ` +
        `with ${f.aTitle} ${f.aName} and ${f.bTitle} ${f.bName} of ${f.b} putting their names to the document ` +
        `at ${f.hall}, the ${f.gov} said. It is the first such agreement ${f.a} has concluded in a decade.`,
      ties: [tie(f.a, f.b, YEAR)],
      meetings: [{ participants: [f.aName, f.bName], date: '2024-09-17' }],
    }),
  },
  {
    name: 'fronted year: In Y, A and B signed a twinning pact',
    build: (f, i) => ({
      title: 'Food fair draws crowds',
      text:
        `In ${f.yAB}, ${f.a} and ${f.b} signed a twinning pact, and the link has since grown to take in school ` +
        `exchanges, a joint youth orchestra and an annual food fair. This year's fair drew some ` +
        `${((i + 3) * 1500).toLocaleString('en-US')} visitors.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'A has been twinned with B since Y',
    build: (f, i) => ({
      title: 'Pupils return from exchange',
      text:
        `${f.a} has been twinned with ${f.b} since ${f.yAB}. About ${(i + 2) * 110} pupils have taken part in ` +
        `exchanges between the two ${f.us} since then, according to the local twinning association.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'this year marks the Nth anniversary of the sister relationship between A and B',
    build: (f) => ({
      title: 'Exhibition opens at library',
      text:
        `This year marks the ${ord(YEAR - f.yAB)} anniversary of the sister-${f.u} relationship between ` +
        `${f.a} and ${f.b}. A photo exhibition on the relationship opened at the central library on Monday ` +
        `and runs until October 31.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'A and B celebrated M years of friendship ties last year',
    build: (f) => ({
      title: 'Youth tournament planned',
      text:
        `${f.a} and ${f.b} celebrated ${YEAR - 1 - f.yAB} years of friendship-${f.u} ties last year with a ` +
        `joint concert, and the two sides are now planning a youth football tournament for 2025.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'leader quoted: "A and B have been partner cities for N years"',
    build: (f, i) => ({
      title: 'Student places to be funded',
      text:
        `"${f.a} and ${f.b} have been partner ${f.us} for ${YEAR - f.yAB} years, and that friendship has never ` +
        `mattered more," ${f.aTitle} ${f.aName} told ${f.told} on Tuesday. The ${f.aUnit} will fund ` +
        `${NUMBER_WORDS[i + 3]} new student places in ${f.b} next year.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'the twinning of A with B dates back to Y',
    build: (f) => ({
      title: 'Volunteers keep link alive',
      text:
        `The twinning of ${f.a} with ${f.b} dates back to ${f.yAB}, when a group of teachers from ${f.b} spent ` +
        `a summer in the ${f.aUnit}. Today the link is run by a volunteer committee of about 60 members.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'a sister relationship between A and B was established in Y and renewed in a later year',
    build: (f) => ({
      title: 'A long friendship',
      text:
        `A sister-${f.u} relationship between ${f.a} and ${f.b} was established in ${f.yAB} and renewed in ` +
        `${f.yRenew} with a five-year action plan covering tourism, health care and vocational training.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'the partnership agreement between A and B, first signed in Y, was extended',
    build: (f) => ({
      title: 'Partnership extended',
      text:
        `The partnership agreement between ${f.a} and ${f.b}, first signed in ${f.yAB}, was extended on Monday ` +
        `for a further five years, until 2029, the ${f.gov} said.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: "apposition: C, A's twin since Y, is sending a band",
    build: (f) => ({
      title: 'Band to play at harvest festival',
      text:
        `${f.c}, ${f.a}'s twin ${f.u} since ${f.yAC}, is sending a brass band of 40 musicians to this ` +
        `weekend's harvest festival. The band last performed there in 2019.`,
      ties: [tie(f.a, f.c, f.yAC)],
    }),
  },
  {
    name: 'chamber release: the sister bond that has linked the two sides since Y (owner in the chamber name)',
    build: (f) => ({
      title: 'Trade mission announced',
      text:
        `The ${f.a} Chamber of Commerce will lead a trade mission to ${f.b} in November, building on the ` +
        `sister-${f.u} bond that has linked the two sides since ${f.yAB}. Twenty member companies have ` +
        `signed up so far.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: "owner named in the sentence before: the budget funds exchanges with B, the city's twin since Y",
    build: (f) => ({
      title: 'Budget approved',
      text:
        `${f.a} approved its budget for 2025 on Monday after a three-hour debate. The budget sets aside money ` +
        `for exchanges with ${f.b}, the ${f.aUnit}'s twin since ${f.yAB}, and for a new youth hostel.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'encyclopedia section as lines: A is twinned with: B, country (Y) / C, country (Y) / D, country',
    build: (f) => ({
      title: 'Encyclopedia: international relations',
      text:
        `International relations\nTwin towns – sister cities\n${f.a} is twinned with:\n` +
        `${f.b}, ${f.bCountry} (${f.yAB})\n${f.c}, ${f.cCountry} (${f.yAC})\n${f.d}, ${f.dCountry}`,
      ties: [tie(f.a, f.b, f.yAB), tie(f.a, f.c, f.yAC), tie(f.a, f.d, null)],
    }),
  },
  {
    name: 'council minutes: RESOLVED that the twinning link with B, in place since Y, be suspended',
    build: (f) => ({
      title: 'Minutes',
      text:
        `${f.minutes}. Minutes of the meeting held on Monday 16 September 2024.\n` +
        `Item 9, Twinning: RESOLVED that ${f.a}'s twinning link with ${f.b}, in place since ${f.yAB}, be ` +
        `suspended with immediate effect, and that the twinning committee report back in March 2025.`,
      ties: [tie(f.a, f.b, f.yAB, YEAR)],
    }),
  },
  {
    name:
      'foreign-affairs office page: A established friendship relations with B in Y; ' +
      'a cooperation memorandum with C',
    build: (f) => ({
      title: 'Foreign exchanges',
      text:
        `${f.a} established friendship-${f.u} relations with ${f.b} of ${the(f.bCountry)} in ${f.yAB}. Since ` +
        `then, the two sides have carried out fruitful exchanges in the fields of economy, trade, education and ` +
        `culture. In 2023, ${f.a} also signed a memorandum on economic and trade cooperation with ${f.c} of ` +
        `${the(f.cCountry)}.`,
      ties: [tie(f.a, f.b, f.yAB)],
      notTied: [{ a: f.a, b: f.c }],
    }),
  },
  {
    name: 'brochure: Welcome to A, twinned with B and C',
    build: (f) => ({
      title: 'Visitor guide',
      text:
        `Welcome to ${f.a}, twinned with ${f.b} and ${f.c}! Walk the old streets, sample local food at the ` +
        `morning markets and end the day in a riverside park.`,
      ties: [tie(f.a, f.b, null), tie(f.a, f.c, null)],
    }),
  },
  {
    name: 'university newsletter: an exchange made possible by the sister relationship the two signed in Y',
    build: (f) => ({
      title: 'Campus news',
      text:
        `Twelve engineering students from ${f.b} spent three weeks on our campus in ${f.a} this summer, an ` +
        `exchange made possible by the sister-${f.u} relationship the two ${f.us} signed in ${f.yAB}. They ` +
        `toured two factories and presented a joint project on water recycling.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'embassy page: A and B have been friendship cities since Y, one of n such pairs between the countries',
    build: (f) => ({
      title: 'Bilateral relations',
      text:
        `${f.a} and ${f.b} have been friendship ${f.us} since ${f.yAB}, one of ${f.n} such pairs between ` +
        `${the(f.aCountry)} and ${the(f.bCountry)}. The embassy supports the link through an annual ` +
        `scholarship for two students.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name:
      'translated Japanese: A concluded a sister affiliation with B in Y ' +
      'and a friendship affiliation with C in Y2',
    build: (f) => ({
      title: 'Overview of international exchange',
      text:
        `${f.a} concluded a sister ${f.u} affiliation with ${f.b} in ${f.yAB}, and a friendship ${f.u} ` +
        `affiliation with ${f.c} in ${f.yAC}. Memorial trees planted at the signing ceremonies still stand ` +
        `in all three ${f.us}.`,
      ties: [tie(f.a, f.b, f.yAB), tie(f.a, f.c, f.yAC)],
    }),
  },
  {
    name:
      'translated Korean: A (Mayor X) announced that a delegation from B, ' +
      'with which it forged sisterhood ties in Y, will visit',
    build: (f) => ({
      title: 'Delegation to visit',
      text:
        `${f.a} (${f.aTitle} ${f.aName}) announced on the 17th that a 20-member delegation from ${f.b}, with ` +
        `which it forged sisterhood ties in ${f.yAB}, will visit the ${f.aUnit} from the 23rd for a five-day ` +
        `stay. The delegation will tour an industrial complex and attend a cultural festival.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'translated Turkish: A and B, which became brother cities in Y, will open a centre',
    build: (f) => ({
      title: 'Cultural centre to open',
      text:
        `${f.a} and ${f.b}, which became brother ${f.us} in ${f.yAB}, will open a joint cultural centre next ` +
        `spring, the ${f.gov} announced. The centre will offer language courses and host exhibitions by ` +
        `artists from both sides.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'translated Spanish: the twinning (hermanamiento) between A and C, signed in Y, was celebrated',
    build: (f) => ({
      title: 'Gastronomic fair',
      text:
        `The twinning (hermanamiento) between ${f.a} and ${f.c}, signed in ${f.yAC}, was celebrated on ` +
        `Saturday with a gastronomic fair in the main square. Cooks from both ${f.us} prepared more than ` +
        `3,000 dishes.`,
      ties: [tie(f.a, f.c, f.yAC)],
    }),
  },
  {
    name: 'translated German: the partnership between A and B was sealed in Y with a partnership charter',
    build: (f, i) => ({
      title: 'Exchange trips',
      text:
        `The ${f.u} partnership between ${f.a} and ${f.b} was sealed in ${f.yAB} with the signing of a ` +
        `partnership charter. Since then, more than ${((i + 4) * 500).toLocaleString('en-US')} citizens ` +
        `have taken part in exchange trips, the partnership association reports.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name:
      'translated Polish: the agreement with B was signed in Y; ' +
      'cooperation with C, a partner since Y2, was suspended',
    build: (f) => ({
      title: 'Partner cities',
      text:
        `${f.a} maintains partnership relations with several ${f.us} abroad. The partnership agreement with ` +
        `${f.b} was signed in ${f.yAB}. Cooperation with ${f.c}, a partner ${f.u} since ${f.yAC}, was ` +
        `suspended in ${f.yEnd}.`,
      ties: [tie(f.a, f.b, f.yAB), tie(f.a, f.c, f.yAC, f.yEnd)],
    }),
  },
  {
    name: 'a memorandum of cooperation signed earlier was upgraded to a sister agreement in Y',
    build: (f) => ({
      title: 'Ties upgraded',
      text:
        `${f.a} and ${f.b} signed a memorandum of cooperation in ${f.yMoU} and upgraded it to a full ` +
        `sister-${f.u} agreement in ${f.yAB}. Trade between the two sides has since doubled, officials say.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'A severed its sister ties with B in Y2, ending a relationship that began in Y',
    build: (f) => ({
      title: 'Relationship ended',
      text:
        `${f.a} severed its sister-${f.u} ties with ${f.b} in ${f.yEnd}, ending a relationship that began in ` +
        `${f.yAB}. A spokesperson said at the time that the exchanges had been inactive for years.`,
      ties: [tie(f.a, f.b, f.yAB, f.yEnd)],
    }),
  },
  {
    name: 'the friendship link between A and B lapsed in Y (no start year)',
    build: (f) => ({
      title: 'Attempts to revive link',
      text:
        `The friendship link between ${f.a} and ${f.b} lapsed in ${f.yEnd} after the exchange programme lost ` +
        `its funding, and attempts to revive it have so far come to nothing.`,
      ties: [tie(f.a, f.b, null, f.yEnd)],
    }),
  },
  {
    name: 'headline: A and B mark N years as twin cities; leaders met at a reception on Saturday',
    build: (f) => ({
      title: `${f.a} and ${f.b} mark ${YEAR - f.yAB} years as twin ${f.us}`,
      text:
        `${f.aTitle} ${f.aName} hosted ${f.bTitle} ${f.bName} of ${f.b} at a reception on Saturday to mark ` +
        `the ${ord(YEAR - f.yAB)} anniversary of the twinning. The two leaders planted a tree in the gardens ` +
        `of ${f.hall}.`,
      ties: [tie(f.a, f.b, f.yAB)],
      meetings: [{ participants: [f.aName, f.bName], date: '2024-09-14' }],
    }),
  },
  {
    name: "partner as subject: B became A's k-th sister city in Y",
    build: (f, i) => ({
      title: 'Sister city profile',
      text:
        `${f.b} became ${f.a}'s ${ORD_WORDS[f.k]} sister ${f.u} in ${f.yAB}. Since then the two sides have ` +
        `exchanged more than ${(i + 2) * 15} official delegations.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'translated French: the A–B jumelage, sealed in Y, will be celebrated',
    build: (f) => ({
      title: 'Twinning committee news',
      text:
        `The ${f.a}–${f.b} jumelage, sealed in ${f.yAB}, will be celebrated next June with a week of concerts, ` +
        `the twinning committee announced at its general assembly on Friday.`,
      ties: [tie(f.a, f.b, f.yAB)],
    }),
  },
  {
    name: 'trap: A and E are both twinned with B',
    build: (f) => ({
      title: 'Youth games',
      text:
        `${f.a} and ${f.e} are both twinned with ${f.b}, and the three ${f.us} will hold joint youth games ` +
        `next summer.`,
      ties: [tie(f.a, f.b, null), tie(f.e, f.b, null)],
      notTied: [{ a: f.a, b: f.e }],
    }),
  },
  {
    name: 'trap: A has been twinned with B since Y, while nearby E has had a partnership with F since Y2',
    build: (f) => ({
      title: 'Twinning links',
      text:
        `${f.a} has been twinned with ${f.b} since ${f.yAB}, while nearby ${f.e} has had a partnership with ` +
        `${f.f} since ${f.yEF}. Both links are run by volunteer associations.`,
      ties: [tie(f.a, f.b, f.yAB), tie(f.e, f.f, f.yEF)],
      notTied: [
        { a: f.a, b: f.f },
        { a: f.e, b: f.b },
      ],
    }),
  },
  {
    name: 'trap: A and C signed a cooperation memorandum; a sister agreement could follow',
    build: (f) => ({
      title: 'Memorandum signed',
      text:
        `${f.a} and ${f.c} signed a memorandum of understanding on tourism and trade cooperation on Monday. ` +
        `Officials said a sister-${f.u} agreement could follow next year if exchanges develop.`,
      ties: [],
      notTied: [{ a: f.a, b: f.c }],
    }),
  },
  {
    name: 'trap: members will vote on a proposal to twin A with D; A is already twinned with B',
    build: (f) => ({
      title: 'Vote next month',
      text:
        `${f.members} in ${f.a} will vote next month on a proposal to twin the ${f.aUnit} with ${f.d}. The ` +
        `${f.aUnit} is already twinned with ${f.b}, and supporters say a new link would bring in more visitors.`,
      ties: [tie(f.a, f.b, null)],
      notTied: [{ a: f.a, b: f.d }],
    }),
  },
  {
    name: "trap: dancers from C and D joined performers from B, A's sister city, at a festival in A",
    build: (f) => ({
      title: 'Folk festival',
      text:
        `Dancers from ${f.c} and ${f.d} joined performers from ${f.b}, ${f.a}'s sister ${f.u}, at the ` +
        `international folk festival in ${f.a} on Sunday.`,
      ties: [tie(f.a, f.b, null)],
      notTied: [
        { a: f.a, b: f.c },
        { a: f.a, b: f.d },
      ],
    }),
  },
];

export function cases(): GridCase[] {
  const out: GridCase[] = [];
  for (const con of CONSTRUCTIONS) {
    FILLS.forEach((f, i) => {
      const built = con.build(f, i);
      const c: GridCase = {
        construction: con.name,
        article: ` date ${DATE} ${built.title}\n\n${built.text}`,
        ties: built.ties,
      };
      if (built.meetings) c.meetings = built.meetings;
      if (built.notTied) c.notTied = built.notTied;
      out.push(c);
    });
  }
  return out;
}
