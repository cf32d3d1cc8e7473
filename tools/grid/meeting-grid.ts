/**
 * The tuning grid of meeting constructions (see grid.ts): how news copy tells that two officials met, when and where,
 * crossed with made-up pairs of mayors of the tie grid's towns. Every article is dated Saturday 14 June 2025, so
 * "on Tuesday" is 10 June.
 */
import type { GridCase } from './grid.ts';
import { GRID_ARTICLE_DATE, GRID_PAIRS, type GridTown } from './tie-grid.ts';

export interface Official {
  name: string;
  surname: string;
  town: GridTown;
}

export interface MeetingPair {
  host: Official;
  guest: Official;
}

export interface MeetingConstruction {
  name: string;
  text: (p: MeetingPair) => string;
  /** The meeting's date as the corpus gold writes it. */
  date: string | null;
  /** The start year of a tie of the two towns the text also states (a signing). */
  tieSince?: number;
}

const NAMES: ReadonlyArray<[string, string]> = [
  ['Helen Carraway', 'Matthias Grabmeier'],
  ['Owen Treharne', 'Maëlle Dubosc'],
  ['Pieter van Wijhe', 'Kadri Tammsalu'],
  ['Dana Brockridge', 'Mihai Stoicescu'],
  ['Lieve Vermandel', 'Giulio Ferrante'],
  ['Tomasz Rybak', 'Inês Carvalhal'],
  ['Jörg Lindemann', 'Ingrid Falkeby'],
  ['Marcus Odegaard', 'Ivana Kovačec'],
];

const official = (name: string, town: GridTown): Official => ({ name, surname: name.split(' ').at(-1)!, town });

export const MEETING_PAIRS: readonly MeetingPair[] = GRID_PAIRS.map((p, i) => ({
  host: official(NAMES[i]![0], p.a),
  guest: official(NAMES[i]![1], p.b),
}));

export const MEETING_CONSTRUCTIONS: readonly MeetingConstruction[] = [
  {
    name: 'Mayor H of A met Mayor G of B in A on 12 June 2025',
    text: ({ host: h, guest: g }) =>
      `Mayor ${h.name} of ${h.town.name} met Mayor ${g.name} of ${g.town.name} in ${h.town.name} on 12 June 2025.`,
    date: '2025-06-12',
  },
  {
    name: 'H, the mayor of A, received G, the mayor of B, on Tuesday',
    text: ({ host: h, guest: g }) =>
      `${h.name}, the mayor of ${h.town.name}, received ${g.name}, the mayor of ${g.town.name}, at the town hall ` +
      'on Tuesday.',
    date: '2025-06-10',
  },
  {
    name: 'Mayor G of B paid a courtesy call on Mayor H of A on June 3',
    text: ({ host: h, guest: g }) =>
      `Mayor ${g.name} of ${g.town.name} paid a courtesy call on Mayor ${h.name} of ${h.town.name} on June 3.`,
    date: '2025-06-03',
  },
  {
    name: 'A delegation led by Mayor G of B was welcomed by Mayor H on Monday',
    text: ({ host: h, guest: g }) =>
      `A delegation led by Mayor ${g.name} of ${g.town.name} was welcomed by Mayor ${h.name} in ${h.town.name} ` +
      'on Monday.',
    date: '2025-06-09',
  },
  {
    name: 'Mayor H held talks with G, the visiting mayor of B, on 5 June',
    text: ({ host: h, guest: g }) =>
      `Mayor ${h.name} held talks with ${g.name}, the visiting mayor of ${g.town.name}, on 5 June.`,
    date: '2025-06-05',
  },
  {
    name: 'Mayor H of A hosted a dinner for Mayor G of B on Thursday evening',
    text: ({ host: h, guest: g }) =>
      `Mayor ${h.name} of ${h.town.name} hosted a dinner for Mayor ${g.name} of ${g.town.name} on Thursday evening.`,
    date: '2025-06-12',
  },
  {
    name: 'On 2 June, Mayor H of A and Mayor G of B signed a friendship agreement',
    text: ({ host: h, guest: g }) =>
      `On 2 June, Mayor ${h.name} of ${h.town.name} and Mayor ${g.name} of ${g.town.name} signed a friendship ` +
      `agreement in ${h.town.name}.`,
    date: '2025-06-02',
    tieSince: 2025,
  },
  {
    name: 'G, mayor of B, visited A on 4 June and met Mayor H',
    text: ({ host: h, guest: g }) =>
      `${g.name}, mayor of ${g.town.name}, visited ${h.town.name} on 4 June and met Mayor ${h.name}.`,
    date: '2025-06-04',
  },
  {
    name: 'Mayor G of B was received by Mayor H on Wednesday',
    text: ({ host: h, guest: g }) => `Mayor ${g.name} of ${g.town.name} was received by Mayor ${h.name} on Wednesday.`,
    date: '2025-06-11',
  },
  {
    name: 'Mayor G of B arrived in A on 10 June. G met Mayor H the following day',
    text: ({ host: h, guest: g }) =>
      `Mayor ${g.name} of ${g.town.name} arrived in ${h.town.name} on 10 June. ${g.surname} met Mayor ${h.name} ` +
      `the following day.`,
    date: '2025-06-11',
  },
  {
    name: 'Mayor H met with G, Mayor of B, on the sidelines of a summit on 8 June',
    text: ({ host: h, guest: g }) =>
      `Mayor ${h.name} met with ${g.name}, Mayor of ${g.town.name}, on the sidelines of the regional summit on 8 June.`,
    date: '2025-06-08',
  },
  {
    name: 'During a visit to A on 11 June, Mayor G of B called on Mayor H',
    text: ({ host: h, guest: g }) =>
      `During a visit to ${h.town.name} on 11 June, Mayor ${g.name} of ${g.town.name} called on Mayor ${h.name}.`,
    date: '2025-06-11',
  },
  {
    name: 'Mayor H welcomed Mayor G of B to A last week',
    text: ({ host: h, guest: g }) =>
      `Mayor ${h.name} welcomed Mayor ${g.name} of ${g.town.name} to ${h.town.name} last week.`,
    date: '2025-06',
  },
  {
    name: 'Mayors H of A and G of B met on Friday to discuss trade',
    text: ({ host: h, guest: g }) =>
      `The mayors of ${h.town.name} and ${g.town.name}, ${h.name} and ${g.name}, met on Friday to discuss trade.`,
    date: '2025-06-13',
  },
];

/** Every meeting construction with every pair of mayors, as grid cases. */
export function meetingGrid(): GridCase[] {
  return MEETING_CONSTRUCTIONS.flatMap((c) =>
    MEETING_PAIRS.map((p) => ({
      construction: c.name,
      article: ` date ${GRID_ARTICLE_DATE} Town news\n\n${c.text(p)}\n`,
      meetings: [{ participants: [p.host.name, p.guest.name], date: c.date }],
      ...(c.tieSince ? { ties: [{ a: p.host.town.name, b: p.guest.town.name, since: c.tieSince }] } : {}),
    })),
  );
}
