/**
 * Held-out construction grid: TIES (twin towns, sister cities, friendship cities, partner towns), written blind to the
 * extraction rules. Each construction is one way the genre states a tie and since when (a stated year, "since", "in",
 * a fronted year, an anniversary, a duration, "dates back to", "was established in"), or that a tie ended or was
 * suspended (`until`), in the shapes copy uses: pairs as subjects, owner and partner (possessive, apposition, relative
 * clause, passive, "one of A's partners", "among its twin towns"), nominalisations, lists (in a sentence, after a
 * colon, as bullet or table lines, in brackets), ties told across two sentences, council minutes, a city website page,
 * translated copy and headlines. Some are precision traps (`notTied`): places named together, each place tied to a
 * third one, a cooperation memorandum, a twinning only proposed.
 *
 * Each main construction is crossed with seven made-up sets of real towns and cities (an owner A, partners B, C, D,
 * a neighbour X of A), each region construction with seven sets of provinces, prefectures and states. One article
 * date for the whole grid: Thursday 2024-05-16 (so "on Monday" is 2024-05-13, "last year" 2023, "next year" 2025).
 */
import type { GridCase, GridMeeting, GridTie } from '../grid.ts';

const DATE = '2024-05-16';
const YEAR = 2024;
const MONDAY = '2024-05-13';

interface Town {
  name: string;
  unit: 'town' | 'city';
  /** Adjective of its country: "the German town of ...". */
  adj: string;
  /** Its country as a list line gives it: "Roermond, Netherlands". */
  land: string;
}

interface Fill {
  a: Town;
  b: Town;
  c: Town;
  d: Town;
  /** Another place in A's country, near A. */
  x: Town;
  /** How this owner names its partners: "twin town", "sister city", "partner town", "friendship city". */
  twin: string;
  twins: string;
  /** Start years of A's ties with B, C and D (y1 < y2 < y3), and a year a tie ended (after y2). */
  y1: number;
  y2: number;
  y3: number;
  end: number;
  /** A's mayor and B's mayor. */
  pa: string;
  pb: string;
}

const t = (name: string, unit: 'town' | 'city', adj: string, land: string): Town => ({ name, unit, adj, land });

const FILLS: Fill[] = [
  {
    a: t('Bridgwater', 'town', 'English', 'England'),
    b: t('Lüdenscheid', 'town', 'German', 'Germany'),
    c: t('Vierzon', 'town', 'French', 'France'),
    d: t('Kalisz', 'city', 'Polish', 'Poland'),
    x: t('Taunton', 'town', 'English', 'England'),
    twin: 'twin town',
    twins: 'twin towns',
    y1: 1961,
    y2: 1975,
    y3: 1998,
    end: 2014,
    pa: 'Helen Thistlewood',
    pb: 'Jürgen Pohlmann',
  },
  {
    a: t('Kakogawa', 'city', 'Japanese', 'Japan'),
    b: t('Shepparton', 'city', 'Australian', 'Australia'),
    c: t('Zhuzhou', 'city', 'Chinese', 'China'),
    d: t('Yangsan', 'city', 'South Korean', 'South Korea'),
    x: t('Himeji', 'city', 'Japanese', 'Japan'),
    twin: 'sister city',
    twins: 'sister cities',
    y1: 1969,
    y2: 1986,
    y3: 2005,
    end: 2019,
    pa: 'Hiroshi Umemura',
    pb: 'Fiona Donnelly',
  },
  {
    a: t('Greeley', 'city', 'American', 'United States'),
    b: t('Irapuato', 'city', 'Mexican', 'Mexico'),
    c: t('Kurashiki', 'city', 'Japanese', 'Japan'),
    d: t('Cape Coast', 'city', 'Ghanaian', 'Ghana'),
    x: t('Longmont', 'city', 'American', 'United States'),
    twin: 'sister city',
    twins: 'sister cities',
    y1: 1973,
    y2: 1984,
    y3: 2011,
    end: 2017,
    pa: 'Daniel Brockway',
    pb: 'Itzel Maldonado',
  },
  {
    a: t('Gunsan', 'city', 'South Korean', 'South Korea'),
    b: t('Yangzhou', 'city', 'Chinese', 'China'),
    c: t('Kisarazu', 'city', 'Japanese', 'Japan'),
    d: t('Tacoma', 'city', 'American', 'United States'),
    x: t('Iksan', 'city', 'South Korean', 'South Korea'),
    twin: 'sister city',
    twins: 'sister cities',
    y1: 1978,
    y2: 1993,
    y3: 2009,
    end: 2016,
    pa: 'Yeom Tae-sik',
    pb: 'Fang Hailin',
  },
  {
    a: t('Lippstadt', 'town', 'German', 'Germany'),
    b: t('Roermond', 'town', 'Dutch', 'Netherlands'),
    c: t('Rovigo', 'city', 'Italian', 'Italy'),
    d: t('Uherské Hradiště', 'town', 'Czech', 'Czech Republic'),
    x: t('Soest', 'town', 'German', 'Germany'),
    twin: 'partner town',
    twins: 'partner towns',
    y1: 1966,
    y2: 1989,
    y3: 2002,
    end: 2012,
    pa: 'Annegret Vollmer',
    pb: 'Joost van Daalen',
  },
  {
    a: t('Shaoxing', 'city', 'Chinese', 'China'),
    b: t('Kamloops', 'city', 'Canadian', 'Canada'),
    c: t('Tsuruoka', 'city', 'Japanese', 'Japan'),
    d: t('Cagayan de Oro', 'city', 'Philippine', 'Philippines'),
    x: t('Huzhou', 'city', 'Chinese', 'China'),
    twin: 'friendship city',
    twins: 'friendship cities',
    y1: 1981,
    y2: 1995,
    y3: 2013,
    end: 2022,
    pa: 'Qiu Wenbo',
    pb: 'Brent Kowalchuk',
  },
  {
    a: t('Ribeirão Preto', 'city', 'Brazilian', 'Brazil'),
    b: t('Nishinomiya', 'city', 'Japanese', 'Japan'),
    c: t('Coimbra', 'city', 'Portuguese', 'Portugal'),
    d: t('Mar del Plata', 'city', 'Argentine', 'Argentina'),
    x: t('Araraquara', 'city', 'Brazilian', 'Brazil'),
    twin: 'sister city',
    twins: 'sister cities',
    y1: 1976,
    y2: 1991,
    y3: 2007,
    end: 2010,
    pa: 'Cláudio Benvenutti',
    pb: 'Takashi Enomoto',
  },
];

interface Region {
  /** The owner region as the text names it, its kind word, and two partner regions. */
  ra: string;
  raUnit: 'province' | 'prefecture' | 'state';
  rb: string;
  rc: string;
  /** The tie word the region's copy uses: "sisterhood relations", "friendship ties". */
  rel: string;
  y1: number;
  y2: number;
}

const REGIONS: Region[] = [
  {
    ra: 'Jeju Province',
    raUnit: 'province',
    rb: 'Ishikawa Prefecture',
    rc: 'Hainan Province',
    rel: 'sisterhood',
    y1: 1994,
    y2: 2005,
  },
  {
    ra: 'Niigata Prefecture',
    raUnit: 'prefecture',
    rb: 'Heilongjiang Province',
    rc: 'Sakhalin Oblast',
    rel: 'friendship',
    y1: 1983,
    y2: 1991,
  },
  {
    ra: 'Saskatchewan',
    raUnit: 'province',
    rb: 'Gifu Prefecture',
    rc: 'Gansu Province',
    rel: 'twinning',
    y1: 1987,
    y2: 2001,
  },
  {
    ra: 'Fujian Province',
    raUnit: 'province',
    rb: 'Western Australia',
    rc: 'Nagasaki Prefecture',
    rel: 'friendship',
    y1: 1996,
    y2: 2014,
  },
  {
    ra: 'Karnataka',
    raUnit: 'state',
    rb: 'Aichi Prefecture',
    rc: 'KwaZulu-Natal',
    rel: 'sister-state',
    y1: 1998,
    y2: 2012,
  },
  {
    ra: 'Santa Catarina',
    raUnit: 'state',
    rb: 'Saitama Prefecture',
    rc: 'Qinghai Province',
    rel: 'sister-state',
    y1: 1980,
    y2: 2008,
  },
  {
    ra: 'Idaho',
    raUnit: 'state',
    rb: 'Tochigi Prefecture',
    rc: 'Kerala',
    rel: 'sister-state',
    y1: 1990,
    y2: 2017,
  },
];

interface Built {
  title: string;
  body: string;
  ties?: GridTie[];
  notTied?: Array<{ a: string; b: string }>;
  meetings?: GridMeeting[];
}

const tie = (a: string, b: string, since: number | null, until?: number): GridTie =>
  until === undefined ? { a, b, since } : { a, b, since, until };
const pair = (a: string, b: string) => ({ a, b });
const plural = (unit: 'town' | 'city') => (unit === 'city' ? 'cities' : 'towns');

function ord(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const last = n % 10;
  return `${n}${last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
}

/** The main constructions, each a function of one filler set. */
const MAIN: Array<{ name: string; build: (f: Fill) => Built }> = [
  {
    name: 'A and B have been twinned since Y',
    build: ({ a, b, y1 }) => ({
      title: 'Town twinning',
      body:
        `${a.name} and ${b.name} have been twinned since ${y1}. This summer a youth football team from ` +
        `${b.name} will spend a week in ${a.name}.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'In Y, A signed a friendship agreement with the ADJ town of B',
    build: ({ a, b, y1 }) => ({
      title: 'School exchange',
      body:
        `In ${y1}, ${a.name} signed a friendship agreement with the ${b.adj} ${b.unit} of ${b.name}, and school ` +
        `groups have travelled between the two every year since.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'Twinned with B since Y, A ... (fronted)',
    build: ({ a, b, y1 }) => ({
      title: 'Festival volunteers',
      body:
        `Twinned with ${b.name} since ${y1}, ${a.name} is sending a team of volunteers to help at the ${b.adj} ` +
        `${b.unit}'s summer festival.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: "B, A's partner town since Y, ... (apposition)",
    build: ({ a, b, y1 }) => ({
      title: 'Parade',
      body:
        `${b.name}, ${a.name}'s partner ${b.unit} since ${y1}, sent a brass band to the annual parade in ` +
        `${a.name} on Saturday.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'A, which has been a sister city of B since Y, ... (relative clause)',
    build: ({ a, b, y1 }) => ({
      title: 'Host families wanted',
      body:
        `${a.name}, which has been a sister city of ${b.name} since ${y1}, is looking for host families for a ` +
        `student exchange in August.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'A was twinned with B in Y1 and with C in Y2; a third link, with D, under discussion',
    build: ({ a, b, c, d, y1, y2 }) => ({
      title: 'Town twinning',
      body:
        `${a.name} was twinned with ${b.name} in ${y1} and with ${c.name} in ${y2}. A third link, with ` +
        `${d.name}, is still under discussion.`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2)],
      notTied: [pair(a.name, d.name), pair(b.name, c.name)],
    }),
  },
  {
    name: "B, one of A's partner towns; A counts C among its twin towns, a link formed in Y",
    build: ({ a, b, c, twins, y2 }) => ({
      title: 'Twinning associations meet',
      body:
        `${b.name}, one of ${a.name}'s four partner ${plural(b.unit)}, will host this year's meeting of the ` +
        `twinning associations. ${a.name} also counts ${c.name} among its ${twins}, a link formed in ${y2}.`,
      ties: [tie(a.name, b.name, null), tie(a.name, c.name, y2)],
      notTied: [pair(b.name, c.name)],
    }),
  },
  {
    name: 'A and B marked the Nth anniversary of their sister-city relationship',
    build: ({ a, b, y1 }) => ({
      title: 'Anniversary ceremony',
      body:
        `${a.name} and ${b.name} marked the ${ord(YEAR - y1)} anniversary of their sister-city relationship on ` +
        `Saturday with a tree-planting ceremony.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'Next year will mark the Nth anniversary of the twinning between A and C',
    build: ({ a, c, y2 }) => ({
      title: 'Anniversary plans',
      body:
        `Next year will mark the ${ord(YEAR + 1 - y2)} anniversary of the twinning between ${a.name} and ` +
        `${c.name}, and a committee has begun planning the celebrations.`,
      ties: [tie(a.name, c.name, y2)],
    }),
  },
  {
    name: 'A and B have been friendship cities for N years',
    build: ({ a, b, y1 }) => ({
      title: 'Student exchange',
      body:
        `${a.name} and ${b.name} have been friendship cities for ${YEAR - y1} years, and more than 300 students ` +
        `have taken part in their exchange programme.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'The sister-city link between A and D was suspended in Y',
    build: ({ a, d, end }) => ({
      title: 'From the council archive',
      body:
        `The sister-city link between ${a.name} and ${d.name} was suspended in ${end} after several years ` +
        `without any exchanges, the council's annual report notes.`,
      ties: [tie(a.name, d.name, null, end)],
    }),
  },
  {
    name: 'The friendship agreement between A and C, signed in Y1, lapsed in Y2',
    build: ({ a, c, y2, end }) => ({
      title: 'Partnerships reviewed',
      body:
        `The friendship agreement between ${a.name} and ${c.name}, signed in ${y2}, lapsed in ${end} and was ` +
        `never renewed.`,
      ties: [tie(a.name, c.name, y2, end)],
    }),
  },
  {
    name: 'A ended its partnership with B in Y, N years after it began',
    build: ({ a, b, y1, end }) => ({
      title: 'Council history',
      body: `${a.name} ended its partnership with ${b.name} in ${end}, ${end - y1} years after it began.`,
      ties: [tie(a.name, b.name, y1, end)],
    }),
  },
  {
    name: 'A severed ties with its twin town C last year, ending a link in place since Y',
    build: ({ a, c, twin, y2 }) => ({
      title: 'Twinning review',
      body:
        `${a.name} severed ties with its ${twin} ${c.name} last year, ending a link that had been in place ` +
        `since ${y2}.`,
      ties: [tie(a.name, c.name, y2, YEAR - 1)],
    }),
  },
  {
    name: 'The twinning of A with B in Y ... (nominalisation)',
    build: ({ a, b, y1 }) => ({
      title: 'School exchanges',
      body: `The twinning of ${a.name} with ${b.name} in ${y1} opened the way for hundreds of school exchanges.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'The A–C partnership, which dates back to Y, ...',
    build: ({ a, c, y2 }) => ({
      title: 'Youth centre opens',
      body:
        `The ${a.name}–${c.name} partnership, which dates back to ${y2}, has helped to pay for a new youth ` +
        `centre in ${c.name}.`,
      ties: [tie(a.name, c.name, y2)],
    }),
  },
  {
    name: 'A is twinned with B (Y1), C (Y2) and D (Y3)',
    build: ({ a, b, c, d, y1, y2, y3 }) => ({
      title: 'Town profile',
      body: `${a.name} is twinned with ${b.name} (${y1}), ${c.name} (${y2}) and ${d.name} (${y3}).`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2), tie(a.name, d.name, y3)],
      notTied: [pair(b.name, c.name), pair(c.name, d.name), pair(b.name, d.name)],
    }),
  },
  {
    name: 'A has three sister cities: B, since Y1; C, since Y2; and D, since Y3',
    build: ({ a, b, c, d, y1, y2, y3 }) => ({
      title: 'City profile',
      body:
        `${a.name} has three sister cities: ${b.name}, since ${y1}; ${c.name}, since ${y2}; and ${d.name}, ` +
        `since ${y3}.`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2), tie(a.name, d.name, y3)],
      notTied: [pair(b.name, c.name), pair(c.name, d.name)],
    }),
  },
  {
    name: 'The town of A has the following twin towns: bullet lines "B, Country (Y)"',
    build: ({ a, b, c, d, twins, y1, y2, y3 }) => ({
      title: 'Twinning',
      body:
        `The ${a.unit} of ${a.name} has the following ${twins}:\n\n• ${b.name}, ${b.land} (${y1})\n• ${c.name}, ` +
        `${c.land} (${y2})\n• ${d.name}, ${d.land} (${y3})`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2), tie(a.name, d.name, y3)],
      notTied: [pair(b.name, c.name), pair(c.name, d.name)],
    }),
  },
  {
    name: "A ... The town has been twinned with B since Y1. The town's partnership with C followed in Y2",
    build: ({ a, b, c, y1, y2 }) => ({
      title: 'Links abroad',
      body:
        `${a.name} has a long tradition of links abroad. The ${a.unit} has been twinned with ${b.name} since ` +
        `${y1}. The ${a.unit}'s partnership with ${c.name} followed in ${y2}.`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2)],
      notTied: [pair(b.name, c.name)],
    }),
  },
  {
    name: 'A ... Its partnership with B, which began in Y, ...',
    build: ({ a, b, y1 }) => ({
      title: 'Street fair',
      body:
        `${a.name} held its annual street fair on Saturday. Its partnership with ${b.name}, which began in ` +
        `${y1}, was the theme of this year's fair.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name:
      'Council minutes: the link with B, established in Y1; RESOLVED to renew the agreement with C, first ' +
      'signed in Y2',
    build: ({ a, b, c, y1, y2 }) => ({
      title: 'Policy and Resources Committee',
      body:
        `Minutes of the Policy and Resources Committee\n\nItem 9: Twinning. Members noted the annual report of ` +
        `the ${a.name} Twinning Association on the link with ${b.name}, established in ${y1}.\n\nRESOLVED: That the ` +
        `Council renews the Friendship Agreement between ${a.name} and ${c.name}, first signed in ${y2}, for a ` +
        `further five years.`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2)],
      notTied: [pair(b.name, c.name)],
    }),
  },
  {
    name: 'Website "Sister Cities" page: lines "B, Country – established Y"',
    build: ({ a, b, c, d, y1, y2, y3 }) => ({
      title: 'Sister Cities',
      body:
        `Sister Cities\n\nThe ${a.unit === 'city' ? 'City' : 'Town'} of ${a.name} has formal sister city ` +
        `relationships with the following cities:\n\n${b.name}, ${b.land} – established ${y1}\n${c.name}, ${c.land} ` +
        `– established ${y2}\n${d.name}, ${d.land} – established ${y3}`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2), tie(a.name, d.name, y3)],
      notTied: [pair(b.name, c.name), pair(c.name, d.name)],
    }),
  },
  {
    name: 'Translated: Friendly city relations between A and B were established in Y. Over the past N years ...',
    build: ({ a, b, y1 }) => ({
      title: 'Friendly exchanges',
      body:
        `Friendly city relations between ${a.name} and ${b.name} were established in ${y1}. Over the past ` +
        `${YEAR - y1} years, the two sides have carried out fruitful exchanges and cooperation in economy, trade, ` +
        `culture and education.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'Translated: A concluded a sister city affiliation with B in Y1 and a friendship city agreement with C in Y2',
    build: ({ a, b, c, y1, y2 }) => ({
      title: 'International exchange',
      body:
        `${a.name} concluded a sister city affiliation with ${b.name} in ${y1} and a friendship city agreement ` +
        `with ${c.name} in ${y2}, and has promoted exchanges with both in many fields.`,
      ties: [tie(a.name, b.name, y1), tie(a.name, c.name, y2)],
      notTied: [pair(b.name, c.name)],
    }),
  },
  {
    name: 'Translated: The town partnership between A and B exists since Y',
    build: ({ a, b, y1 }) => ({
      title: 'Town partnership',
      body:
        `The town partnership between ${a.name} and ${b.name} exists since ${y1}. Every year citizens of both ` +
        `places visit each other.`,
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'Headline: A and B celebrate N years of friendship',
    build: ({ a, b, y1 }) => ({
      title: `${a.name} and ${b.name} celebrate ${YEAR - y1} years of friendship`,
      body:
        'Civic leaders from both sides unveiled a plaque on Saturday to mark the anniversary of their ' +
        'sister-city relationship.',
      ties: [tie(a.name, b.name, y1)],
    }),
  },
  {
    name: 'Headline: A ends sister-city link with C; body: voted on Tuesday to end the relationship, which began in Y',
    build: ({ a, c, y2 }) => ({
      title: `${a.name} ends sister-city link with ${c.name}`,
      body:
        `Councillors voted on Tuesday night to end the relationship, which began in ${y2}. The council said ` +
        `there had been no exchanges for several years.`,
      ties: [tie(a.name, c.name, y2, YEAR)],
    }),
  },
  {
    name: 'Mayor P of A and Mayor Q of B signed a twinning agreement on Monday',
    build: ({ a, b, pa, pb }) => ({
      title: 'Twinning agreement signed',
      body:
        `Mayor ${pa} of ${a.name} and Mayor ${pb} of ${b.name} signed a twinning agreement at a ceremony in ` +
        `${a.name} on Monday, making the two communities official partners.`,
      ties: [tie(a.name, b.name, YEAR)],
      meetings: [{ participants: [pa, pb], date: MONDAY }],
    }),
  },
  {
    name: 'Trap: A and nearby X are both twinned with B',
    build: ({ a, b, x, y1, y2 }) => ({
      title: 'Shared partner',
      body:
        `${a.name} and nearby ${x.name} are both twinned with ${b.name}: ${a.name} since ${y1} and ${x.name} ` +
        `since ${y2}.`,
      ties: [tie(a.name, b.name, y1), tie(x.name, b.name, y2)],
      notTied: [pair(a.name, x.name)],
    }),
  },
  {
    name: "Trap: choirs from A's twin town, B, and from X's twin town, C",
    build: ({ a, b, c, x, twin }) => ({
      title: 'Choir festival',
      body:
        `Choirs from ${a.name}'s ${twin}, ${b.name}, and from ${x.name}'s ${twin}, ${c.name}, sang at the ` +
        `festival on Sunday.`,
      ties: [tie(a.name, b.name, null), tie(x.name, c.name, null)],
      notTied: [pair(a.name, c.name), pair(x.name, b.name), pair(b.name, c.name), pair(a.name, x.name)],
    }),
  },
  {
    name: 'Trap: A and D signed a memorandum of understanding to cooperate',
    build: ({ a, c, d, x }) => ({
      title: 'Cooperation memorandum',
      body:
        `${a.name} and ${d.name} signed a memorandum of understanding on Monday to cooperate in tourism, ` +
        `vocational training and renewable energy. Officials said it was modelled on an agreement ${x.name} ` +
        `concluded with ${c.name} last year.`,
      notTied: [pair(a.name, d.name), pair(x.name, c.name), pair(a.name, x.name), pair(a.name, c.name)],
    }),
  },
  {
    name: 'Trap: minutes, a letter from C proposing a twinning link with A, decision deferred',
    build: ({ a, b, c, y1 }) => ({
      title: 'Committee minutes',
      body:
        `Item 4: Correspondence. Members considered a letter from the mayor of ${c.name} proposing a twinning ` +
        `link with ${a.name}. It was agreed to defer a decision until the next meeting. ${a.name}'s only formal ` +
        `twinning remains that with ${b.name}, established in ${y1}.`,
      ties: [tie(a.name, b.name, y1)],
      notTied: [pair(a.name, c.name), pair(b.name, c.name)],
    }),
  },
];

/** The region constructions: provinces, prefectures and states. */
const REGIONAL: Array<{ name: string; build: (r: Region) => Built }> = [
  {
    name: 'Region: A and B established sister-province relations in Y',
    build: ({ ra, rb, rel, y1 }) => ({
      title: 'Regional ties',
      body:
        `${ra} and ${rb} established ${rel} relations in ${y1}, and the two sides have exchanged trade missions ` +
        `almost every year since.`,
      ties: [tie(ra, rb, y1)],
    }),
  },
  {
    name:
      'Region: a delegation from A in B for the Nth anniversary of the two regions’ ties; The province has also ' +
      'had ties with C since Y',
    build: ({ ra, raUnit, rb, rc, rel, y1, y2 }) => ({
      title: 'Delegation visit',
      body:
        `A delegation from ${ra} arrived in ${rb} on Tuesday for celebrations of the ${ord(YEAR - y1)} ` +
        `anniversary of the two regions' ${rel} ties. The ${raUnit} has also had a ${rel} relationship with ${rc} ` +
        `since ${y2}.`,
      ties: [tie(ra, rb, y1), tie(ra, rc, y2)],
      notTied: [pair(rb, rc)],
    }),
  },
];

function toCase(name: string, built: Built): GridCase {
  const c: GridCase = { construction: name, article: ` date ${DATE} ${built.title}\n\n${built.body}\n` };
  if (built.ties) c.ties = built.ties;
  if (built.meetings) c.meetings = built.meetings;
  if (built.notTied) c.notTied = built.notTied;
  return c;
}

export function cases(): GridCase[] {
  const out: GridCase[] = [];
  for (const k of MAIN) for (const f of FILLS) out.push(toCase(k.name, k.build(f)));
  for (const k of REGIONAL) for (const r of REGIONS) out.push(toCase(k.name, k.build(r)));
  return out;
}
