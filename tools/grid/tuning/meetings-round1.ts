/**
 * Held-out construction grid: MEETINGS between officials, written blind to the extraction rules.
 *
 * Each construction is one way news copy (agency wire, local paper, city or provincial website, embassy or ministry
 * readout, council minutes, translated copy, photo captions) states that two or more named officials met, and when;
 * a few state no meeting at all (a planned visit, a hoped-for meeting, one called off, a letter) and expect none.
 * Every construction is crossed with seven made-up filler sets: invented officials of real towns and provinces of
 * many countries, named the ways the genre names them (given name first; family name first with a hyphenated given
 * name; a Spanish double surname; a Vietnamese name referred to again by its given name; a hyphenated surname).
 *
 * One article date for the whole grid: Thursday 14 September 2023. Relative dates are worked out from it (or from the
 * dateline, where the copy has one): Monday = 2023-09-11, Tuesday = 2023-09-12, Wednesday = 2023-09-13, last Friday
 * = 2023-09-08, Sunday = 2023-09-10, yesterday = 2023-09-13, this morning = 2023-09-14, last month = 2023-08.
 */
import type { GridCase, GridMeeting, GridTie } from '../grid.ts';

const ARTICLE_DATE = '2023-09-14';

interface Person {
  /** The title written before the name: "Mayor", "Governor", "Vice Chairwoman". */
  title: string;
  given: string;
  family: string;
  /** Family name first (East Asian and Vietnamese order). */
  familyFirst?: boolean;
  /** The name the copy uses for a second mention after the title: the family name unless set. */
  short?: string;
  she: boolean;
  /** Lower-case office with its place, for apposition: "mayor of Ravenna". */
  role: string;
  /** Only for diplomats: the office written before the name, "Polish Ambassador to Italy". */
  desc?: string;
}

interface Place {
  /** The place as the copy names it in full ("Quang Ninh Province"). */
  name: string;
  /** The short form the copy uses in running text ("Quang Ninh"). */
  short: string;
  country: string;
}

interface Fill {
  a: Place;
  b: Place;
  /** Host official (of A). */
  h: Person;
  /** Visiting official (of B). */
  v: Person;
  /** Diplomat of B's country posted to A's country. */
  c: Person;
  /** A second host-side official. */
  d: Person;
  /** Where the host receives guests, after "at": "City Hall". */
  hall: string;
  /** "city" or "province": the kind of the two places, for "sister city" and "the two cities". */
  unit: string;
}

const full = (p: Person) => (p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);
const tf = (p: Person) => `${p.title} ${full(p)}`;
const ref = (p: Person) => `${p.title} ${p.short ?? p.family}`;
const caps = (p: Person) =>
  p.familyFirst ? `${p.family.toUpperCase()} ${p.given}` : `${p.given} ${p.family.toUpperCase()}`;
/** A second mention in ALL-CAPS copy: the family name in capitals, a Vietnamese given-name reference as it is. */
const capsRef = (p: Person) =>
  `${p.title} ${p.short && p.given.split(' ').includes(p.short) ? p.short : (p.short ?? p.family).toUpperCase()}`;
const he = (p: Person) => (p.she ? 'she' : 'he');
const his = (p: Person) => (p.she ? 'her' : 'his');
const him = (p: Person) => (p.she ? 'her' : 'him');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const units = (f: Fill) => (f.unit === 'city' ? 'cities' : `${f.unit}s`);

const FILLS: Fill[] = [
  {
    a: { name: 'Ravenna', short: 'Ravenna', country: 'Italy' },
    b: { name: 'Olsztyn', short: 'Olsztyn', country: 'Poland' },
    h: { title: 'Mayor', given: 'Elisa', family: 'Fabbrocini', she: true, role: 'mayor of Ravenna' },
    v: { title: 'Mayor', given: 'Wojciech', family: 'Kaczmarczyk', she: false, role: 'mayor of Olsztyn' },
    c: {
      title: 'Ambassador',
      given: 'Joanna',
      family: 'Zawadzka',
      she: true,
      role: 'Polish ambassador to Italy',
      desc: 'Polish Ambassador to Italy',
    },
    d: { title: 'Deputy Mayor', given: 'Lorenzo', family: 'Gatteschi', she: false, role: 'deputy mayor of Ravenna' },
    hall: 'City Hall',
    unit: 'city',
  },
  {
    a: { name: 'Suncheon', short: 'Suncheon', country: 'South Korea' },
    b: { name: 'Lappeenranta', short: 'Lappeenranta', country: 'Finland' },
    h: {
      title: 'Mayor',
      given: 'Seo-yeon',
      family: 'Hwang',
      familyFirst: true,
      she: true,
      role: 'mayor of Suncheon',
    },
    v: { title: 'Mayor', given: 'Riikka', family: 'Lehtonen', she: true, role: 'mayor of Lappeenranta' },
    c: {
      title: 'Ambassador',
      given: 'Mikko',
      family: 'Heiskanen',
      she: false,
      role: 'Finnish ambassador to Korea',
      desc: 'Finnish Ambassador to Korea',
    },
    d: {
      title: 'Vice Mayor',
      given: 'Min-ho',
      family: 'Gwak',
      familyFirst: true,
      she: false,
      role: 'first vice mayor of Suncheon',
    },
    hall: 'City Hall',
    unit: 'city',
  },
  {
    a: { name: 'Zigong', short: 'Zigong', country: 'China' },
    b: { name: 'Leuven', short: 'Leuven', country: 'Belgium' },
    h: { title: 'Mayor', given: 'Mingde', family: 'Xue', familyFirst: true, she: false, role: 'mayor of Zigong' },
    v: { title: 'Burgomaster', given: 'Joris', family: 'Vandamme', she: false, role: 'burgomaster of Leuven' },
    c: {
      title: 'Ambassador',
      given: 'Sofie',
      family: 'Claeys',
      she: true,
      role: 'Belgian ambassador to China',
      desc: 'Belgian Ambassador to China',
    },
    d: {
      title: 'Vice Mayor',
      given: 'Lihua',
      family: 'Ruan',
      familyFirst: true,
      she: true,
      role: 'vice mayor of Zigong',
    },
    hall: 'the municipal government offices',
    unit: 'city',
  },
  {
    a: { name: 'Sekondi-Takoradi', short: 'Sekondi-Takoradi', country: 'Ghana' },
    b: { name: 'Joinville', short: 'Joinville', country: 'Brazil' },
    h: { title: 'Mayor', given: 'Kwabena', family: 'Owusu-Ansah', she: false, role: 'mayor of Sekondi-Takoradi' },
    v: { title: 'Mayor', given: 'Renata', family: 'Vasconcellos', she: true, role: 'mayor of Joinville' },
    c: {
      title: 'Ambassador',
      given: 'Tiago',
      family: 'Meirelles',
      she: false,
      role: 'Brazilian ambassador to Ghana',
      desc: 'Brazilian Ambassador to Ghana',
    },
    d: {
      title: 'Deputy Mayor',
      given: 'Akosua',
      family: 'Frimpong',
      she: true,
      role: 'deputy mayor of Sekondi-Takoradi',
    },
    hall: 'the Metropolitan Assembly offices',
    unit: 'city',
  },
  {
    a: { name: 'Mysuru', short: 'Mysuru', country: 'India' },
    b: { name: 'Shepparton', short: 'Shepparton', country: 'Australia' },
    h: { title: 'Mayor', given: 'Lakshmi', family: 'Narayanaswamy', she: true, role: 'mayor of Mysuru' },
    v: { title: 'Mayor', given: 'Callum', family: 'Prescott', she: false, role: 'mayor of Shepparton' },
    c: {
      title: 'Consul General',
      given: 'Gemma',
      family: 'Rutherford',
      she: true,
      role: 'Australian consul general in Bengaluru',
      desc: 'Australian Consul General in Bengaluru',
    },
    d: { title: 'Deputy Mayor', given: 'Ravindra', family: 'Hegde', she: false, role: 'deputy mayor of Mysuru' },
    hall: 'the City Corporation office',
    unit: 'city',
  },
  {
    a: { name: 'Xalapa', short: 'Xalapa', country: 'Mexico' },
    b: { name: 'Sherbrooke', short: 'Sherbrooke', country: 'Canada' },
    h: {
      title: 'Mayor',
      given: 'Alejandro',
      family: 'Cetina Sosa',
      short: 'Cetina',
      she: false,
      role: 'mayor of Xalapa',
    },
    v: { title: 'Mayor', given: 'Geneviève', family: 'Tremblay-Roy', she: true, role: 'mayor of Sherbrooke' },
    c: {
      title: 'Ambassador',
      given: 'Alasdair',
      family: 'Fairbairn',
      she: false,
      role: 'Canadian ambassador to Mexico',
      desc: 'Canadian Ambassador to Mexico',
    },
    d: { title: 'Councillor', given: 'Mariana', family: 'Quintanar', she: true, role: 'a Xalapa city councillor' },
    hall: 'the Municipal Palace',
    unit: 'city',
  },
  {
    a: { name: 'Quang Ninh Province', short: 'Quang Ninh', country: 'Vietnam' },
    b: { name: 'Akita Prefecture', short: 'Akita', country: 'Japan' },
    h: {
      title: 'Chairman',
      given: 'Xuan Khiem',
      family: 'Vu',
      familyFirst: true,
      short: 'Khiem',
      she: false,
      role: "chairman of the Quang Ninh Provincial People's Committee",
    },
    v: { title: 'Governor', given: 'Kazue', family: 'Sugawara', she: true, role: 'governor of Akita Prefecture' },
    c: {
      title: 'Ambassador',
      given: 'Hiroshi',
      family: 'Takemura',
      she: false,
      role: 'Japanese ambassador to Vietnam',
      desc: 'Japanese Ambassador to Vietnam',
    },
    d: {
      title: 'Vice Chairwoman',
      given: 'Thi Tuyet',
      family: 'Pham',
      familyFirst: true,
      short: 'Tuyet',
      she: true,
      role: "vice chairwoman of the Quang Ninh Provincial People's Committee",
    },
    hall: 'the provincial government headquarters',
    unit: 'province',
  },
];

interface Construction {
  name: string;
  title: string;
  text: (f: Fill) => string;
  meetings: (f: Fill) => GridMeeting[];
  ties?: (f: Fill) => GridTie[];
  notTied?: (f: Fill) => Array<{ a: string; b: string }>;
}

const meet = (date: string | null, ...people: Person[]): GridMeeting => ({ participants: people.map(full), date });
const none = () => [];

const CONSTRUCTIONS: Construction[] = [
  {
    name: 'A Mayor H met with Title V of B on Tuesday',
    title: 'Visiting leader holds talks',
    text: (f) =>
      `${f.a.short} ${f.h.title} ${full(f.h)} met with ${tf(f.v)} of ${f.b.short}, ${f.b.country}, on Tuesday at ` +
      `${f.hall}. ` +
      `The two discussed cooperation in tourism, education and green energy.`,
    meetings: (f) => [meet('2023-09-12', f.h, f.v)],
  },
  {
    name: 'On Month D, YYYY, Title H received Title V of B',
    title: 'Official visit',
    text: (f) =>
      `On September 12, 2023, ${tf(f.h)} received ${tf(f.v)} of ${f.b.short} at ${f.hall}. ` +
      `${ref(f.h)} briefed the guests on the local economy and investment climate.`,
    meetings: (f) => [meet('2023-09-12', f.h, f.v)],
  },
  {
    name: "A delegation from B, A's sister city, led by V, was received by H",
    title: 'Delegation received',
    text: (f) =>
      `A ten-member delegation from ${f.b.short}, ${f.a.short}'s sister ${f.unit}, led by ${tf(f.v)}, arrived on 5 ` +
      `September ` +
      `and was received by ${tf(f.h)} at ${f.hall}.`,
    meetings: (f) => [meet('2023-09-05', f.v, f.h)],
    ties: (f) => [{ a: f.a.short, b: f.b.short, since: null }],
  },
  {
    name: 'Dateline (agency): H held talks here today with V, the role',
    title: 'Talks held',
    text: (f) =>
      `${f.a.short.toUpperCase()}, Sept. 13 (PRP) -- ${tf(f.h)} held talks here today with ${full(f.v)}, the ` +
      `${f.v.role}, ` +
      `who is on a four-day visit to ${f.a.country}. Both sides agreed to expand student exchanges and direct ` +
      `business contacts.`,
    meetings: (f) => [meet('2023-09-13', f.h, f.v)],
  },
  {
    name: 'The Ambassador, C, paid a courtesy call on Title H on Monday',
    title: 'Courtesy call',
    text: (f) =>
      `The ${f.c.desc}, ${full(f.c)}, paid a courtesy call on ${tf(f.h)} on Monday. ` +
      `${ref(f.h)} thanked ${him(f.c)} for ${his(f.c)} support of the ${f.unit}'s cultural programme.`,
    meetings: (f) => [meet('2023-09-11', f.c, f.h)],
  },
  {
    name: 'V, the role, called on Title D in A last Friday',
    title: 'Youth orchestra exchange discussed',
    text: (f) =>
      `${full(f.v)}, the ${f.v.role}, called on ${tf(f.d)} in ${f.a.short} last Friday to discuss a planned youth ` +
      `orchestra exchange.`,
    meetings: (f) => [meet('2023-09-08', f.v, f.d)],
  },
  {
    name: 'H hosted a banquet in honour of V on Wednesday evening',
    title: 'Banquet for visitors',
    text: (f) =>
      `${tf(f.h)} hosted a banquet in honour of ${tf(f.v)} and the visiting ${f.b.short} delegation on Wednesday ` +
      `evening. ` +
      `Speaking at the banquet, ${ref(f.v)} thanked ${f.a.short} for its hospitality.`,
    meetings: (f) => [meet('2023-09-13', f.h, f.v)],
  },
  {
    name: 'A welcome dinner for V was given by H on the evening of D Month',
    title: 'Welcome dinner',
    text: (f) =>
      `A welcome dinner for ${tf(f.v)} was given by ${tf(f.h)} on the evening of 10 September, ` +
      `the first day of ${his(f.v)} week-long stay in ${f.a.short}.`,
    meetings: (f) => [meet('2023-09-10', f.v, f.h)],
  },
  {
    name: 'H hosted a working luncheon for V and the Ambassador C (three people)',
    title: 'Working luncheon',
    text: (f) =>
      `${tf(f.h)} hosted a working luncheon on Monday for ${tf(f.v)} and the ${f.c.desc}, ${full(f.c)}. ` +
      `Talks focused on trade and university exchanges.`,
    meetings: (f) => [meet('2023-09-11', f.h, f.v, f.c)],
  },
  {
    name: 'On the sidelines of a forum last month, H met V',
    title: 'Sideline meeting',
    text: (f) =>
      `On the sidelines of the Global Mayors Dialogue last month, ${tf(f.h)} met ${tf(f.v)} ` +
      `to review progress on their joint projects.`,
    meetings: (f) => [meet('2023-08', f.h, f.v)],
  },
  {
    name: 'A cooperation MoU was signed at a ceremony attended by H and V (not a tie)',
    title: 'Memorandum signed',
    text: (f) =>
      `A memorandum of understanding on cultural and economic cooperation between ${f.a.short} and ${f.b.short} ` +
      `was signed on 11 September at a ceremony attended by ${tf(f.h)} and ${tf(f.v)}.`,
    meetings: (f) => [meet('2023-09-11', f.h, f.v)],
    notTied: (f) => [{ a: f.a.short, b: f.b.short }],
  },
  {
    name: 'H and V signed an agreement on Tuesday, formally making A and B sister cities',
    title: 'New sister relationship',
    text: (f) =>
      `${tf(f.h)} and ${tf(f.v)} signed an agreement at ${f.hall} on Tuesday, ` +
      `formally making ${f.a.name} and ${f.b.name} sister ${units(f)}.`,
    meetings: (f) => [meet('2023-09-12', f.h, f.v)],
    ties: (f) => [{ a: f.a.name, b: f.b.name, since: 2023 }],
  },
  {
    name: 'H held a video call with V on Wednesday',
    title: 'Video call',
    text: (f) =>
      `${tf(f.h)} held a video call with ${tf(f.v)} on Wednesday, ` +
      `discussing preparations for next year's youth exchange between the two ${units(f)}.`,
    meetings: (f) => [meet('2023-09-13', f.h, f.v)],
  },
  {
    name: 'At a joint press conference in A on Monday, H and V announced',
    title: 'Scholarship announced',
    text: (f) =>
      `At a joint press conference in ${f.a.short} on Monday, ${tf(f.h)} and ${tf(f.v)} ` +
      `announced a new scholarship for students from both ${units(f)}.`,
    meetings: (f) => [meet('2023-09-11', f.h, f.v)],
  },
  {
    name: 'Photo caption: Pictured: H greets V at the hall on Tuesday',
    title: 'Autumn trade fair opens',
    text: (f) =>
      `Pictured: ${tf(f.h)} greets ${tf(f.v)} at ${f.hall} on Tuesday.\n\n` +
      `${ref(f.v)} was in ${f.a.short} for the opening of the autumn trade fair.`,
    meetings: (f) => [meet('2023-09-12', f.h, f.v)],
  },
  {
    name: 'Readout: D met with the Ambassador C. The two sides exchanged views on',
    title: 'Meeting with ambassador',
    text: (f) =>
      `On the morning of 12 September, ${tf(f.d)} met with ${f.c.desc} ${full(f.c)} and ${his(f.c)} delegation. ` +
      `The two sides exchanged views on deepening practical cooperation in trade, tourism and culture.`,
    meetings: (f) => [meet('2023-09-12', f.d, f.c)],
  },
  {
    name: 'First person: "It was a pleasure to welcome V this morning," H said',
    title: 'Guests welcomed',
    text: (f) =>
      `"It was a pleasure to welcome ${tf(f.v)} to ${f.a.short} this morning," ${tf(f.h)} said in a statement. ` +
      `"We share many of the same challenges."`,
    meetings: (f) => [meet('2023-09-14', f.h, f.v)],
  },
  {
    name: 'First person on social media: "Yesterday I met V"',
    title: 'Climate cooperation',
    text: (f) =>
      `${tf(f.h)} wrote on social media: "Yesterday I met ${tf(f.v)} of ${f.b.short}. ` +
      `We agreed to work together on climate adaptation."`,
    meetings: (f) => [meet('2023-09-13', f.h, f.v)],
  },
  {
    name: 'Apposition: H, the role, and V, the role, met in A on Sunday',
    title: 'Exchange anniversary marked',
    text: (f) =>
      `${full(f.h)}, the ${f.h.role}, and ${full(f.v)}, the ${f.v.role}, met in ${f.a.short} on Sunday ` +
      `to mark the 20th anniversary of a student exchange between the two ${units(f)}.`,
    meetings: (f) => [meet('2023-09-10', f.h, f.v)],
  },
  {
    name: 'V arrived at the invitation of H; next sentence: Title V-surname and Title H-surname held talks',
    title: 'Three-day visit',
    text: (f) =>
      `${tf(f.v)} arrived in ${f.a.short} on Monday for a three-day visit at the invitation of ${tf(f.h)}. ` +
      `On Tuesday, ${ref(f.v)} and ${ref(f.h)} visited an industrial park and held talks at ${f.hall}.`,
    meetings: (f) => [meet('2023-09-12', f.v, f.h)],
  },
  {
    name: 'Date in the sentence before: arrived on D Month. That afternoon its head, V, was received by D',
    title: 'Delegation arrives',
    text: (f) =>
      `The ${f.b.short} delegation arrived in ${f.a.short} on 6 September. ` +
      `That afternoon its head, ${tf(f.v)}, was received by ${tf(f.d)} at ${f.hall}.`,
    meetings: (f) => [meet('2023-09-06', f.v, f.d)],
  },
  {
    name: 'V arrived on Sunday. The following day, V held talks with H',
    title: 'Talks on investment',
    text: (f) =>
      `${tf(f.v)} arrived in ${f.a.short} on Sunday. ` +
      `The following day, ${ref(f.v)} held talks with ${tf(f.h)} on investment and logistics.`,
    meetings: (f) => [meet('2023-09-11', f.v, f.h)],
  },
  {
    name: 'Two meetings: V met H on Monday and called on D the next day',
    title: 'Busy programme for visitors',
    text: (f) => `During ${his(f.v)} visit, ${tf(f.v)} met ${tf(f.h)} on Monday and called on ${tf(f.d)} the next day.`,
    meetings: (f) => [meet('2023-09-11', f.v, f.h), meet('2023-09-12', f.v, f.d)],
  },
  {
    name: 'Programme recap under day headings: received by H (Monday), met D (Tuesday)',
    title: 'Visit highlights',
    text: (f) =>
      `Highlights of the ${f.b.short} delegation's visit:\n\n` +
      `Monday, 11 September\n` +
      `The delegation, led by ${tf(f.v)}, was received by ${tf(f.h)} at ${f.hall}.\n\n` +
      `Tuesday, 12 September\n` +
      `${ref(f.v)} met ${tf(f.d)} to discuss cultural exchanges.`,
    meetings: (f) => [meet('2023-09-11', f.v, f.h), meet('2023-09-12', f.v, f.d)],
  },
  {
    name: 'H said she had first met V in May last year',
    title: 'Trade mission recalled',
    text: (f) =>
      `${tf(f.h)} said ${he(f.h)} had first met ${tf(f.v)} in May last year, ` +
      `when ${he(f.h)} led a trade mission to ${f.b.short}.`,
    meetings: (f) => [meet('2022-05', f.h, f.v)],
  },
  {
    name: 'Embassy copy with ALL-CAPS family names: On D Month YYYY, Ambassador C met with Mayor H',
    title: 'Ambassador visits city',
    text: (f) =>
      `On 12 September 2023, ${f.c.desc} ${caps(f.c)} met with ${f.h.title} ${caps(f.h)} at ${f.hall}. ` +
      `${capsRef(f.c)} congratulated ${capsRef(f.h)} on the ${f.unit}'s progress in renewable energy.`,
    meetings: (f) => [meet('2023-09-12', f.c, f.h)],
  },
  {
    name: 'Korean-style: H met with the Ambassador C on the afternoon of the 6th',
    title: 'Ways to expand exchanges',
    text: (f) =>
      `${f.h.title} ${full(f.h)} met with ${f.c.desc} ${full(f.c)} on the afternoon of the 6th in the reception ` +
      `room at ${f.hall}, ` +
      `and the two discussed ways to expand exchanges. ${ref(f.h)} asked for ${his(f.c)} continued help in ` +
      `attracting investment from ${f.c.desc?.split(' ')[0] ?? 'abroad'} companies.`,
    meetings: (f) => [meet('2023-09-06', f.h, f.c)],
  },
  {
    name: 'V was met on arrival by D on Saturday, Month D',
    title: 'Week-long visit begins',
    text: (f) =>
      `${tf(f.v)} was met on arrival in ${f.a.short} by ${tf(f.d)} on Saturday, September 9, ` +
      `at the start of a week-long visit.`,
    meetings: (f) => [meet('2023-09-09', f.v, f.d)],
  },
  {
    name: 'Translated copy: the Role H received in her office a delegation headed by the Title V',
    title: 'Delegation received in office',
    text: (f) =>
      `On 7 September, the ${cap(f.h.role)} ${full(f.h)} received in ${his(f.h)} office a delegation of ${f.b.short} ` +
      `headed by the ${f.v.title} ${full(f.v)}. The parties discussed the development of relations in culture and ` +
      `sport.`,
    meetings: (f) => [meet('2023-09-07', f.h, f.v)],
  },
  {
    name: 'Council minutes: Title H reported that on D Month she had hosted V',
    title: 'Minutes of the ordinary meeting',
    text: (f) =>
      `Item 4. Report of the ${f.h.title}\n` +
      `${tf(f.h)} reported that on 4 September ${he(f.h)} had hosted ${tf(f.v)} and a delegation from ${f.b.short} ` +
      `at ${f.hall}. ` +
      `The report was noted.`,
    meetings: (f) => [meet('2023-09-04', f.h, f.v)],
  },
  {
    name: 'H hosted a dinner for V on Monday; they will meet again in B in November (one meeting)',
    title: 'Dinner for visiting leader',
    text: (f) =>
      `${tf(f.h)} hosted a dinner for ${tf(f.v)} on Monday. ` +
      `The two will meet again in ${f.b.short} in November, when ${ref(f.h)} leads a delegation there.`,
    meetings: (f) => [meet('2023-09-11', f.h, f.v)],
  },
  {
    name: 'No meeting: V will visit A next month at the invitation of H',
    title: 'Visit planned',
    text: (f) =>
      `${tf(f.v)} will visit ${f.a.short} next month at the invitation of ${tf(f.h)}, officials said on Wednesday. ` +
      `The two are expected to discuss a possible partnership.`,
    meetings: none,
  },
  {
    name: 'No meeting: "I look forward to meeting V," H said',
    title: 'Visit awaited',
    text: (f) =>
      `"I look forward to meeting ${tf(f.v)} when ${he(f.v)} comes to ${f.a.short} in October," ` +
      `${tf(f.h)} told reporters on Tuesday.`,
    meetings: none,
  },
  {
    name: 'No meeting: a meeting between H and V planned for Tuesday was called off',
    title: 'Meeting cancelled',
    text: (f) =>
      `A meeting between ${tf(f.h)} and ${tf(f.v)}, planned for Tuesday in ${f.a.short}, was called off ` +
      `after ${ref(f.v)}'s flight was cancelled because of a storm.`,
    meetings: none,
  },
  {
    name: 'No meeting: H has written to V to offer condolences',
    title: 'Condolences offered',
    text: (f) =>
      `${tf(f.h)} has written to ${tf(f.v)} to offer ${f.a.short}'s condolences after last week's floods in ` +
      `${f.b.short}. ` +
      `The ${f.unit} has also opened a relief fund.`,
    meetings: none,
  },
];

export function cases(): GridCase[] {
  const out: GridCase[] = [];
  for (const k of CONSTRUCTIONS) {
    for (const f of FILLS) {
      const c: GridCase = {
        construction: k.name,
        article: ` date ${ARTICLE_DATE} ${k.title}\n\n${k.text(f)}\n`,
        meetings: k.meetings(f),
      };
      if (k.ties) c.ties = k.ties(f);
      if (k.notTied) c.notTied = k.notTied(f);
      out.push(c);
    }
  }
  return out;
}
