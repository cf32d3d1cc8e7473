/**
 * Held-out meeting grid 2, written blind to the extraction rules: ways news copy, readouts, minutes, captions, diaries
 * and translated reports state that named officials met, and when (date in the sentence, a weekday, a relative phrase,
 * a dateline, an item heading, a day heading, the sentence before), crossed with seven sets of made-up officials of
 * real towns; five constructions state no meeting (a plan, a letter, a visit called off, people only named together,
 * a hoped-for meeting). Every article is dated Thursday 2025-06-12; relative dates are worked out from that day.
 */
import type { GridCase, GridMeeting } from '../grid.ts';

const ARTICLE_DATE = '2025-06-12';

interface Person {
  given: string;
  family: string;
  /** Family name first (Chinese, Korean, Vietnamese order). */
  eastern?: boolean;
  /** How later mentions name the person, when not by the family name. */
  short?: string;
  she: boolean;
  /** Title before the name: "Mayor". */
  pre: string;
  /** Title with the place before the name: "Vaasa Mayor". */
  attrib: string;
  /** Apposition without an article: "mayor of Vaasa". */
  role: string;
  /** Later mention by title: "mayor" (as in "the mayor"). */
  the: string;
}

interface Place {
  name: string;
  /** Dateline form. */
  dateline: string;
  hall: string;
  sight: string;
  lunch: string;
}

interface Fillers {
  host: Place;
  guest: Place;
  /** Host official. */
  a: Person;
  /** Guest official. */
  b: Person;
  /** Host deputy. */
  c: Person;
  /** Diplomat of the guest's country in the host's country. */
  d: Person;
  /** Guest deputy travelling with b. */
  e: Person;
  /** An explicit date in May 2025, day above 12. */
  date: string;
  /** A weekday of the article's week (Monday 9 to Wednesday 11 June). */
  weekday: string;
  /** Monday 9 or Tuesday 10 June (a weekday with a later weekday before the article date). */
  early: string;
  /** Month (1-12) of 2024 when the two first met. */
  firstMonth: number;
  topic: string;
  event: string;
  reason: string;
  programme: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number) => {
  const t = day(iso);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const wd = (iso: string) => WEEKDAYS[day(iso).getUTCDay()]!;
const monthName = (iso: string) => MONTHS[day(iso).getUTCMonth()]!;
const dayNum = (iso: string) => day(iso).getUTCDate();
const mdy = (iso: string) => `${monthName(iso)} ${dayNum(iso)}`;
const dmy = (iso: string) => `${dayNum(iso)} ${monthName(iso)}`;
const dmyY = (iso: string) => `${dmy(iso)} ${iso.slice(0, 4)}`;
const mdyY = (iso: string) => `${mdy(iso)}, ${iso.slice(0, 4)}`;
const slash = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const nth = (iso: string) => {
  const n = dayNum(iso);
  const suffix =
    n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `the ${n}${suffix}`;
};

const full = (p: Person) => (p.eastern ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);
const caps = (p: Person) =>
  p.eastern ? `${p.family.toUpperCase()} ${p.given}` : `${p.given} ${p.family.toUpperCase()}`;
const sur = (p: Person) => p.short ?? p.family;
const hon = (p: Person) => `${p.she ? 'Ms' : 'Mr'} ${sur(p)}`;
const he = (p: Person) => (p.she ? 'she' : 'he');
const his = (p: Person) => (p.she ? 'her' : 'his');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const article = (title: string, body: string) => ` date ${ARTICLE_DATE} ${title}\n\n${body}`;
const meet = (date: string | null, ...people: Person[]): GridMeeting => ({ participants: people.map(full), date });

interface Construction {
  name: string;
  build: (f: Fillers) => { article: string; meetings: GridMeeting[] };
}

const CONSTRUCTIONS: Construction[] = [
  {
    name: 'readout: A met with B at the hall on Month D; invitation to visit next year',
    build: (f) => ({
      article: article(
        'Readout of the meeting',
        `${f.a.attrib} ${full(f.a)} met with ${f.b.attrib} ${full(f.b)} at ${f.host.hall} on ${mdy(f.date)}. ` +
          `The two discussed ${f.topic}. ${f.a.pre} ${sur(f.a)} accepted an invitation to visit ${f.guest.name} ` +
          'next year.',
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'translated readout: on the afternoon of the Nth, A received B and party; the two sides exchanged views',
    build: (f) => ({
      article: article(
        'Foreign affairs news',
        `On the afternoon of ${nth(f.weekday)}, ${f.a.attrib} ${full(f.a)} received ${f.b.attrib} ${full(f.b)} ` +
          `and ${his(f.b)} party. The two sides exchanged views on deepening practical cooperation in ${f.topic}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'local paper: B was welcomed to the town on Weekday by A, who showed Ms/Mr B around',
    build: (f) => ({
      article: article(
        'Around town',
        `${f.b.attrib} ${full(f.b)} was welcomed to ${f.host.name} on ${wd(f.weekday)} by ${f.a.pre} ${full(f.a)}, ` +
          `who later showed ${hon(f.b)} around ${f.host.sight}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'A hosted a dinner in honour of B and the delegation on Weekday evening',
    build: (f) => ({
      article: article(
        'City hosts visitors',
        `${f.a.pre} ${full(f.a)} hosted a dinner in honour of ${f.b.attrib} ${full(f.b)} and the ` +
          `visiting delegation on ${wd(f.weekday)} evening. The guests leave for home on Friday.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'wire: TOWN, June 11 (agency) - A held talks on Weekday with visiting B',
    build: (f) => ({
      article: article(
        'Talks on cooperation',
        `${f.host.dateline}, June 11 (Metro Wire) — ${f.a.attrib} ${full(f.a)} held talks on ${wd(f.weekday)} ` +
          `with visiting ${f.b.attrib} ${full(f.b)}, focusing on ${f.topic}. ` +
          `"We have a great deal to learn from each other," ${sur(f.a)} told reporters afterwards.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'wire: TOWN, June 11 - A and B held a meeting (no day stated: the dateline gives the month)',
    build: (f) => ({
      article: article(
        'Officials meet',
        `${f.host.dateline}, June 11 — ${f.a.attrib} ${full(f.a)} and ${f.b.attrib} ${full(f.b)} held a meeting ` +
          `to discuss ${f.topic}, officials said.`,
      ),
      meetings: [meet('2025-06', f.a, f.b)],
    }),
  },
  {
    name: 'embassy news item: dd/mm/yyyy heading; the ambassador paid a courtesy call today on A',
    build: (f) => ({
      article: article(
        'Embassy news',
        `${slash(f.date)}: ${f.d.pre} calls on ${f.a.attrib}\n\n` +
          `${f.d.attrib} ${full(f.d)} paid a courtesy call today on ${f.a.attrib} ${full(f.a)} at ` +
          `${f.host.hall}. They exchanged views on ${f.topic}.`,
      ),
      meetings: [meet(f.date, f.d, f.a)],
    }),
  },
  {
    name: 'date in the sentence before: B arrived on D; the same day she/he called on A',
    build: (f) => ({
      article: article(
        'Official visit',
        `${full(f.b)}, ${f.b.role}, arrived in ${f.host.name} on ${dmy(f.date)} for a three-day visit. ` +
          `The same day ${he(f.b)} called on ${f.a.pre} ${full(f.a)} at ${f.host.hall}.`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'the following day: a delegation arrived on Weekday, Month D; the next day its leader B was received by A',
    build: (f) => ({
      article: article(
        'Delegation visit',
        `A delegation from ${f.guest.name} arrived in ${f.host.name} on ${wd(f.date)}, ${mdy(f.date)}. ` +
          `The following day its leader, ${f.b.attrib} ${full(f.b)}, was received by ${f.a.pre} ${full(f.a)} ` +
          `at ${f.host.hall}.`,
      ),
      meetings: [meet(addDays(f.date, 1), f.a, f.b)],
    }),
  },
  {
    name: 'on arriving on D, B was greeted at the airport by the deputy C',
    build: (f) => ({
      article: article(
        'Arrival',
        `On arriving in ${f.host.name} on ${dmy(f.date)}, ${f.b.attrib} ${full(f.b)} was greeted at the airport ` +
          `by ${f.c.attrib} ${full(f.c)}.`,
      ),
      meetings: [meet(f.date, f.b, f.c)],
    }),
  },
  {
    name: 'apposition: A, role, and B, role, had a working lunch on Weekday',
    build: (f) => ({
      article: article(
        'Working lunch',
        `${full(f.a)}, ${f.a.role}, and ${full(f.b)}, ${f.b.role}, had a working lunch on ${wd(f.weekday)} at ` +
          `${f.host.lunch}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'on the sidelines of an event on Month D, A held a bilateral meeting with B',
    build: (f) => ({
      article: article(
        'Forum diary',
        `On the sidelines of ${f.event} on ${mdy(f.date)}, ${f.a.pre} ${full(f.a)} held a bilateral meeting with ` +
          `${f.b.attrib} ${full(f.b)}.`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'A on Weekday granted an audience to a delegation led by B',
    build: (f) => ({
      article: article(
        'Courtesy visit',
        `${f.a.attrib} ${full(f.a)} on ${wd(f.weekday)} granted an audience to a delegation from ` +
          `${f.guest.name} led by ${f.b.pre} ${full(f.b)}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'first person column by A: yesterday I had the pleasure of welcoming B',
    build: (f) => ({
      article: article(
        'Column',
        `By ${f.a.pre} ${full(f.a)}\n\nYesterday I had the pleasure of welcoming ${f.b.attrib} ${full(f.b)} to ` +
          `our city. We talked about ${f.topic}, and I am grateful for ${his(f.b)} visit.`,
      ),
      meetings: [meet(addDays(ARTICLE_DATE, -1), f.a, f.b)],
    }),
  },
  {
    name: "council minutes: report on the mayor's activities, a dated line 'Met with B'",
    build: (f) => ({
      article: article(
        'Minutes of the ordinary council session',
        `Item 7. Report on the ${f.a.pre}'s activities\n` +
          `The ${f.a.pre}, ${full(f.a)}, reported on the following:\n` +
          `${dmyY(f.date)} – Met with ${f.b.attrib} ${full(f.b)} to discuss ${f.topic}.\n` +
          `${dmyY(addDays(f.date, 2))} – Attended the opening of the new public library.`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'trip diary with day headings: a call on B on day 2, a working session with E on day 3',
    build: (f) => {
      const [d1, d2, d3] = [f.date, addDays(f.date, 1), addDays(f.date, 2)];
      return {
        article: article(
          'Delegation trip diary',
          `Day 1 — ${wd(d1)}, ${dmy(d1)}\nThe delegation from ${f.host.name}, led by ${f.a.pre} ${full(f.a)}, ` +
            `flew to ${f.guest.name} and toured the old town.\n` +
            `Day 2 — ${wd(d2)}, ${dmy(d2)}\n${f.a.pre} ${sur(f.a)} called on ${f.b.attrib} ${full(f.b)} at ` +
            `${f.guest.hall}.\n` +
            `Day 3 — ${wd(d3)}, ${dmy(d3)}\n${f.a.pre} ${sur(f.a)} and the delegation held a working session ` +
            `with ${f.e.pre} ${full(f.e)} on ${f.topic}.`,
        ),
        meetings: [meet(d2, f.a, f.b), meet(d3, f.a, f.e)],
      };
    },
  },
  {
    name: 'photo caption: A (left) and B shake hands after their meeting on Month D',
    build: (f) => ({
      article: article(
        'Photo',
        `${f.a.pre} ${full(f.a)} (left) and ${f.b.attrib} ${full(f.b)} shake hands after their meeting at ` +
          `${f.host.hall} on ${mdy(f.date)}. (Photo: City of ${f.host.name})`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'ALL-CAPS family names: A received a courtesy visit from B on D Month',
    build: (f) => ({
      article: article(
        'Press release',
        `${f.a.attrib} ${caps(f.a)} received a courtesy visit from ${f.b.attrib} ${caps(f.b)} at ` +
          `${f.host.hall} on ${dmy(f.date)}.`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'later mention by title: A opened a forum on Weekday; the next day the mayor received B',
    build: (f) => ({
      article: article(
        'City news',
        `${f.a.attrib} ${full(f.a)} opened ${f.event} on ${wd(f.early)}. The next day the ${f.a.the} received ` +
          `${f.b.attrib} ${full(f.b)} at ${f.host.hall}.`,
      ),
      meetings: [meet(addDays(f.early, 1), f.a, f.b)],
    }),
  },
  {
    name: 'A welcomed her/his counterpart from the guest town, B, on Weekday',
    build: (f) => ({
      article: article(
        'Visitors from abroad',
        `${f.a.pre} ${full(f.a)} welcomed ${his(f.a)} ${f.guest.name} counterpart, ${full(f.b)}, to ` +
          `${f.host.name} on ${wd(f.weekday)}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'B paid a visit to A on Month D; B (by surname) was accompanied by the deputy E',
    build: (f) => ({
      article: article(
        'Visit to the city',
        `${f.b.attrib} ${full(f.b)} paid a visit to ${f.a.pre} ${full(f.a)} at ${f.host.hall} on ` +
          `${mdy(f.date)}. ${f.b.pre} ${sur(f.b)} was accompanied by ${f.e.pre} ${full(f.e)} and three city officials.`,
      ),
      meetings: [meet(f.date, f.a, f.b, f.e)],
    }),
  },
  {
    name: 'last month: A visited the guest town last month, where she/he held talks with B',
    build: (f) => ({
      article: article(
        'Trip report',
        `${f.a.pre} ${full(f.a)} visited ${f.guest.name} last month, where ${he(f.a)} held talks with ` +
          `${f.b.pre} ${full(f.b)} on ${f.topic}.`,
      ),
      meetings: [meet('2025-05', f.a, f.b)],
    }),
  },
  {
    name: 'translated from Spanish: the mayor of H, A, received this Weekday at the hall the mayor of G, B',
    build: (f) => ({
      article: article(
        'Municipal news',
        `The ${f.a.role}, ${full(f.a)}, received this ${wd(f.weekday)} at ${f.host.hall} the ${f.b.role}, ` +
          `${full(f.b)}, with whom ${he(f.a)} reviewed ${f.topic}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'translated from Vietnamese: on Month D, at the hall, A received and worked with the delegation led by B',
    build: (f) => ({
      article: article(
        'Foreign relations',
        `On ${mdy(f.date)}, at ${f.host.hall}, ${f.a.pre} ${full(f.a)} received and worked with the delegation ` +
          `of ${f.guest.name} led by ${f.b.pre} ${full(f.b)}.`,
      ),
      meetings: [meet(f.date, f.a, f.b)],
    }),
  },
  {
    name: 'translated from Korean: H City (Mayor A) announced on the Nth that the mayor met B on the Mth',
    build: (f) => ({
      article: article(
        'City news',
        `${f.host.name} City (${f.a.pre} ${full(f.a)}) announced on ${nth(addDays(f.weekday, 1))} that ` +
          `${f.a.pre} ${sur(f.a)} met with ${f.b.attrib} ${full(f.b)} at the ${f.a.the}'s office on ` +
          `${nth(f.weekday)} and discussed cooperation in ${f.topic}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'two meetings in one sentence: B met A on Weekday and on the next weekday held talks with C',
    build: (f) => {
      const next = addDays(f.early, 1);
      return {
        article: article(
          'Visit programme',
          `During ${his(f.b)} visit, ${f.b.attrib} ${full(f.b)} met ${f.a.pre} ${full(f.a)} on ${wd(f.early)} ` +
            `and on ${wd(next)} held talks with ${f.c.attrib} ${full(f.c)}.`,
        ),
        meetings: [meet(f.early, f.b, f.a), meet(next, f.b, f.c)],
      };
    },
  },
  {
    name: 'a second meeting stated: A received B on Month D; they first met in G in Month last year',
    build: (f) => {
      const first = `2024-${String(f.firstMonth).padStart(2, '0')}`;
      return {
        article: article(
          'Meeting',
          `${f.a.pre} ${full(f.a)} received ${f.b.attrib} ${full(f.b)} on ${mdyY(f.date)}. It was their second ` +
            `meeting: the two first met in ${f.guest.name} in ${MONTHS[f.firstMonth - 1]} last year.`,
        ),
        meetings: [meet(f.date, f.a, f.b), meet(first, f.a, f.b)],
      };
    },
  },
  {
    name: 'ministry activity log: dated heading; B met A, the deputy C and the ambassador D',
    build: (f) => ({
      article: article(
        'Activities',
        `Activities — ${dmyY(f.date)}\n${f.b.attrib} ${full(f.b)}, on an official visit to ${f.host.name}, met ` +
          `${f.a.pre} ${full(f.a)}, ${f.c.attrib} ${full(f.c)} and ${f.d.attrib} ${full(f.d)}.`,
      ),
      meetings: [meet(f.date, f.b, f.a, f.c, f.d)],
    }),
  },
  {
    name: 'headline "Mayor A receives G delegation"; a delegation headed by B called at the hall on Weekday',
    build: (f) => ({
      article: article(
        `${f.a.pre} ${sur(f.a)} receives ${f.guest.name} delegation`,
        `A delegation from ${f.guest.name} headed by ${f.b.pre} ${full(f.b)} called at ${f.host.hall} on ` +
          `${wd(f.weekday)}, where it was received by ${f.a.pre} ${full(f.a)}.`,
      ),
      meetings: [meet(f.weekday, f.a, f.b)],
    }),
  },
  {
    name: 'city press release: A this week hosted B and a business delegation (the month only)',
    build: (f) => ({
      article: article(
        'Press release',
        `${f.host.name} — ${f.a.pre} ${full(f.a)} this week hosted ${f.b.attrib} ${full(f.b)} and a business ` +
          `delegation from ${f.guest.name}. The visitors toured ${f.host.sight} and met local companies.`,
      ),
      meetings: [meet('2025-06', f.a, f.b)],
    }),
  },
  {
    name: 'no meeting: A will lead a delegation to G in July at the invitation of B',
    build: (f) => ({
      article: article(
        'Coming visit',
        `${f.a.pre} ${full(f.a)} will lead a delegation to ${f.guest.name} in July at the invitation of ` +
          `${f.b.attrib} ${full(f.b)}, the city said on ${wd(f.weekday)}.`,
      ),
      meetings: [],
    }),
  },
  {
    name: 'no meeting: in a letter dated D, B invited A; A replied that the deputy C will attend',
    build: (f) => ({
      article: article(
        'Invitation',
        `In a letter dated ${mdyY(f.date)}, ${f.b.attrib} ${full(f.b)} invited ${f.a.pre} ${full(f.a)} to attend ` +
          `${f.event}. ${f.a.pre} ${sur(f.a)} has replied that ${f.c.attrib} ${full(f.c)} will attend in ` +
          `${his(f.a)} place.`,
      ),
      meetings: [],
    }),
  },
  {
    name: 'no meeting: B called off a visit during which she/he was to have met A on Weekday',
    build: (f) => ({
      article: article(
        'Visit called off',
        `${f.b.attrib} ${full(f.b)} has called off ${his(f.b)} visit to ${f.host.name}, where ${he(f.b)} was to ` +
          `have met ${f.a.pre} ${full(f.a)} on ${wd(f.weekday)}, because of ${f.reason}.`,
      ),
      meetings: [],
    }),
  },
  {
    name: 'no meeting: A cited G, where B introduced a programme, as a model (named together only)',
    build: (f) => ({
      article: article(
        'Council debate',
        `${f.a.pre} ${full(f.a)} cited ${f.guest.name}, where ${f.b.pre} ${full(f.b)} introduced ` +
          `${f.programme} in 2022, as a model for ${f.host.name}.`,
      ),
      meetings: [],
    }),
  },
  {
    name: 'no meeting: B said on Weekday she/he hoped to meet A at an event this autumn',
    build: (f) => ({
      article: article(
        'Interview',
        `${f.b.attrib} ${full(f.b)} said on ${wd(f.weekday)} that ${he(f.b)} hoped to meet ${f.a.pre} ` +
          `${full(f.a)} at ${f.event} this autumn. ${cap(he(f.b))} has not yet visited ${f.host.name}.`,
      ),
      meetings: [],
    }),
  },
];

const person = (
  given: string,
  family: string,
  she: boolean,
  pre: string,
  attrib: string,
  role: string,
  the: string,
  more: { eastern?: boolean; short?: string } = {},
): Person => ({ given, family, she, pre, attrib, role, the, ...more });

const FILLERS: Fillers[] = [
  {
    host: {
      name: 'Vaasa',
      dateline: 'VAASA, Finland',
      hall: 'Vaasa City Hall',
      sight: 'the harbour',
      lunch: 'a restaurant in the market hall',
    },
    guest: {
      name: 'Yeosu',
      dateline: 'YEOSU',
      hall: 'Yeosu City Hall',
      sight: 'the expo park',
      lunch: 'a seafood restaurant',
    },
    a: person('Tuulikki', 'Harjunpää', true, 'Mayor', 'Vaasa Mayor', 'mayor of Vaasa', 'mayor'),
    b: person('Jae-seong', 'Seol', false, 'Mayor', 'Yeosu Mayor', 'mayor of Yeosu', 'mayor', { eastern: true }),
    c: person('Olli', 'Vartiainen', false, 'Deputy Mayor', 'Vaasa Deputy Mayor', 'deputy mayor of Vaasa', 'deputy'),
    d: person(
      'Hyun-woo',
      'Tak',
      false,
      'Ambassador',
      'Korean Ambassador to Finland',
      'Korean ambassador',
      'ambassador',
      {
        eastern: true,
      },
    ),
    e: person('Ji-yeon', 'Maeng', true, 'Deputy Mayor', 'Yeosu Deputy Mayor', 'deputy mayor of Yeosu', 'deputy', {
      eastern: true,
    }),
    date: '2025-05-14',
    weekday: '2025-06-10',
    early: '2025-06-09',
    firstMonth: 9,
    topic: 'offshore wind power and port logistics',
    event: 'the Northern Maritime Cities Forum',
    reason: 'a storm warning',
    programme: 'a free harbour shuttle',
  },
  {
    host: {
      name: 'Piura',
      dateline: 'PIURA, Peru',
      hall: 'the Municipal Palace',
      sight: 'the historic centre',
      lunch: 'a restaurant on the main square',
    },
    guest: {
      name: 'Toyama',
      dateline: 'TOYAMA',
      hall: 'Toyama City Hall',
      sight: 'the tram depot',
      lunch: 'a restaurant near the station',
    },
    a: person('Rosa Elvira', 'Yupanqui Carhuas', true, 'Mayor', 'Piura Mayor', 'mayor of Piura', 'mayor', {
      short: 'Yupanqui',
    }),
    b: person('Kenta', 'Tsujimura', false, 'Mayor', 'Toyama Mayor', 'mayor of Toyama', 'mayor'),
    c: person(
      'Teodoro',
      'Vilela Ramos',
      false,
      'Deputy Mayor',
      'Piura Deputy Mayor',
      'deputy mayor of Piura',
      'deputy',
      {
        short: 'Vilela',
      },
    ),
    d: person(
      'Tadahiro',
      'Kamezawa',
      false,
      'Ambassador',
      'Japanese Ambassador to Peru',
      'Japan’s ambassador',
      'ambassador',
    ),
    e: person('Ayaka', 'Shimomura', true, 'Deputy Mayor', 'Toyama Deputy Mayor', 'deputy mayor of Toyama', 'deputy'),
    date: '2025-05-20',
    weekday: '2025-06-09',
    early: '2025-06-10',
    firstMonth: 3,
    topic: 'tsunami early warning and fisheries',
    event: 'the Pacific Coastal Cities Summit',
    reason: 'flight cancellations',
    programme: 'a school breakfast scheme',
  },
  {
    host: {
      name: 'Hai Phong',
      dateline: 'HAI PHONG, Vietnam',
      hall: 'the headquarters of the City People’s Committee',
      sight: 'the container port',
      lunch: 'a restaurant by the river',
    },
    guest: {
      name: 'Namur',
      dateline: 'NAMUR',
      hall: 'Namur town hall',
      sight: 'the citadel',
      lunch: 'a brasserie on the square',
    },
    a: person(
      'Minh Tường',
      'Quách',
      false,
      'Chairman',
      'Hai Phong People’s Committee Chairman',
      'chairman of the Hai Phong City People’s Committee',
      'chairman',
      { eastern: true, short: 'Tường' },
    ),
    b: person('Anne-Sophie', 'Grandjean', true, 'Mayor', 'Namur Mayor', 'mayor of Namur', 'mayor'),
    c: person(
      'Thị Mai',
      'Lạc',
      true,
      'Vice Chairwoman',
      'People’s Committee Vice Chairwoman',
      'vice chairwoman of the Hai Phong City People’s Committee',
      'vice chairwoman',
      { eastern: true, short: 'Mai' },
    ),
    d: person(
      'Griet',
      'Vermeersch',
      true,
      'Ambassador',
      'Belgian Ambassador to Vietnam',
      'Belgium’s ambassador',
      'ambassador',
    ),
    e: person('Thibaut', 'Wauthier', false, 'Alderman', 'Namur Alderman', 'alderman of Namur', 'alderman'),
    date: '2025-05-22',
    weekday: '2025-06-11',
    early: '2025-06-09',
    firstMonth: 11,
    topic: 'river port logistics and vocational training',
    event: 'the Asia–Europe River Cities Dialogue',
    reason: 'a typhoon warning',
    programme: 'electric buses',
  },
  {
    host: {
      name: 'Bulawayo',
      dateline: 'BULAWAYO',
      hall: 'Bulawayo City Hall',
      sight: 'the natural history museum',
      lunch: 'a hotel near City Hall',
    },
    guest: {
      name: 'Spokane',
      dateline: 'SPOKANE, Wash.',
      hall: 'Spokane City Hall',
      sight: 'the riverfront park',
      lunch: 'a diner downtown',
    },
    a: person('Nkosinathi', 'Dlodlo', false, 'Mayor', 'Bulawayo Mayor', 'mayor of Bulawayo', 'mayor'),
    b: person('Dana', 'Whitacre', true, 'Mayor', 'Spokane Mayor', 'mayor of Spokane', 'mayor'),
    c: person(
      'Ruth',
      'Mpofu-Khumalo',
      true,
      'Deputy Mayor',
      'Bulawayo Deputy Mayor',
      'deputy mayor of Bulawayo',
      'deputy',
    ),
    d: person(
      'Maureen',
      'Marquardt',
      true,
      'Ambassador',
      'U.S. Ambassador to Zimbabwe',
      'U.S. ambassador',
      'ambassador',
    ),
    e: person(
      'Trent',
      'Ashby-Lowe',
      false,
      'Council Member',
      'Spokane Council Member',
      'Spokane council member',
      'member',
    ),
    date: '2025-05-27',
    weekday: '2025-06-10',
    early: '2025-06-10',
    firstMonth: 10,
    topic: 'water supply and small business development',
    event: 'the Africa Urban Water Congress',
    reason: 'illness',
    programme: 'a rainwater harvesting scheme',
  },
  {
    host: {
      name: 'Xiangyang',
      dateline: 'XIANGYANG, China',
      hall: 'the municipal government building',
      sight: 'the ancient city wall',
      lunch: 'a guesthouse by the Han River',
    },
    guest: {
      name: 'Braga',
      dateline: 'BRAGA',
      hall: 'Braga town hall',
      sight: 'the cathedral',
      lunch: 'a restaurant in the old town',
    },
    a: person('Ruixiang', 'Gong', false, 'Mayor', 'Xiangyang Mayor', 'mayor of Xiangyang', 'mayor', { eastern: true }),
    b: person('João Pedro', 'Sequeira', false, 'Mayor', 'Braga Mayor', 'mayor of Braga', 'mayor'),
    c: person('Lanfang', 'Zuo', true, 'Vice Mayor', 'Xiangyang Vice Mayor', 'vice mayor of Xiangyang', 'vice mayor', {
      eastern: true,
    }),
    d: person(
      'Duarte',
      'Morgado',
      false,
      'Ambassador',
      'Portuguese Ambassador to China',
      'Portugal’s ambassador',
      'ambassador',
    ),
    e: person('Inês', 'Valadares', true, 'Councillor', 'Braga Councillor', 'Braga councillor', 'councillor'),
    date: '2025-05-16',
    weekday: '2025-06-09',
    early: '2025-06-09',
    firstMonth: 4,
    topic: 'automotive parts and university exchanges',
    event: 'the International Forum of Automotive Cities',
    reason: 'scheduling conflicts',
    programme: 'a bicycle sharing network',
  },
  {
    host: {
      name: 'Agadir',
      dateline: 'AGADIR, Morocco',
      hall: 'the town hall',
      sight: 'the marina',
      lunch: 'a restaurant at the marina',
    },
    guest: {
      name: 'Querétaro',
      dateline: 'QUERÉTARO',
      hall: 'the Municipal Palace of Querétaro',
      sight: 'the aqueduct',
      lunch: 'a restaurant in the centre',
    },
    a: person('Youssef', 'Ait Lahcen', false, 'Mayor', 'Agadir Mayor', 'mayor of Agadir', 'mayor'),
    b: person(
      'Luis Fernando',
      'Arriaga Montiel',
      false,
      'Municipal President',
      'Querétaro Municipal President',
      'municipal president of Querétaro',
      'municipal president',
      { short: 'Arriaga' },
    ),
    c: person('Najat', 'Bouzekri', true, 'Deputy Mayor', 'Agadir Deputy Mayor', 'deputy mayor of Agadir', 'deputy'),
    d: person(
      'Adriana',
      'Lomelí Paredes',
      true,
      'Ambassador',
      'Mexican Ambassador to Morocco',
      'Mexico’s ambassador',
      'ambassador',
      {
        short: 'Lomelí',
      },
    ),
    e: person('Ximena', 'Olvera', true, 'Councillor', 'Querétaro Councillor', 'Querétaro councillor', 'councillor'),
    date: '2025-05-29',
    weekday: '2025-06-11',
    early: '2025-06-10',
    firstMonth: 7,
    topic: 'water desalination and tourism',
    event: 'the Atlantic Tourism Cities Forum',
    reason: 'a strike by air traffic controllers',
    programme: 'a beach cleanup programme',
  },
  {
    host: {
      name: 'Kelowna',
      dateline: 'KELOWNA, B.C.',
      hall: 'Kelowna City Hall',
      sight: 'the waterfront',
      lunch: 'a winery outside the city',
    },
    guest: {
      name: 'Coimbatore',
      dateline: 'COIMBATORE',
      hall: 'the Coimbatore Corporation office',
      sight: 'the textile park',
      lunch: 'a hotel in the city',
    },
    a: person('Graham', 'Tillotson', false, 'Mayor', 'Kelowna Mayor', 'mayor of Kelowna', 'mayor'),
    b: person('K.', 'Sundaravalli', true, 'Mayor', 'Coimbatore Mayor', 'mayor of Coimbatore', 'mayor'),
    c: person(
      'Anjali',
      'Deshmukh-Rao',
      true,
      'Councillor',
      'Kelowna Councillor',
      'Kelowna city councillor',
      'councillor',
    ),
    d: person(
      'Meera',
      'Vaidyanathan',
      true,
      'Consul General',
      'Indian Consul General',
      'India’s consul general',
      'consul general',
    ),
    e: person(
      'M.',
      'Senthilnathan',
      false,
      'Deputy Mayor',
      'Coimbatore Deputy Mayor',
      'deputy mayor of Coimbatore',
      'deputy',
    ),
    date: '2025-05-19',
    weekday: '2025-06-10',
    early: '2025-06-09',
    firstMonth: 2,
    topic: 'textile technology and agri-food research',
    event: 'the Global Agri-Food Cities Exchange',
    reason: 'wildfires in the region',
    programme: 'a tree-planting drive',
  },
];

export function cases(): GridCase[] {
  return CONSTRUCTIONS.flatMap((c) =>
    FILLERS.map((f) => {
      const built = c.build(f);
      return { construction: c.name, article: built.article, meetings: built.meetings };
    }),
  );
}
