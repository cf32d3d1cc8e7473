/**
 * A made-up article for the explorer's page test: a harbour town with three partners, two of them with coordinates
 * (so they are drawn on the map) and one without (so the page must say it is missing), and a meeting.
 */
import type { Driver } from 'neo4j-driver';
import { resetDatabase } from '../neo4j.ts';
import { seedMadeUpArticle } from '../api/fixture.ts';
import { ensureSchema } from '../../../src/graph/schema.ts';

export const HARBOUR_FILE = 'harbour-links.txt';
export const HARBOUR_TITLE = 'Harbour links of Kestrel Bay';

export const SENTENCES = {
  marlow: 'Kestrel Bay and Marlow Point have been sister cities since 1984.',
  tern: 'Kestrel Bay signed a friendship agreement with Tern Harbour in 1996.',
  gullwick: 'Kestrel Bay and Gullwick are twin towns.',
  meeting: 'Mayor of Kestrel Bay Ada Finch met Mayor of Marlow Point Rui Costa in Kestrel Bay on 9 June 2015.',
};

const text = [HARBOUR_TITLE, '', ...Object.values(SENTENCES), ''].join('\n');

const evidence = (sentence: string) => `{sentence: ${JSON.stringify(sentence)}}`;

const facts =
  `document:
  file: ${HARBOUR_FILE}
  title: ${HARBOUR_TITLE}
  date: 2016-02-01
  source: Test Harbour Gazette
  url: null
  reviewed: true
places:
  - {name: Kestrel Bay, kind: city, country: JP, lat: 34.69, lng: 135.19, evidence: ${evidence(SENTENCES.marlow)}}
  - {name: Marlow Point, kind: city, country: PT, lat: 41.15, lng: -8.61, evidence: ${evidence(SENTENCES.marlow)}}
  - {name: Tern Harbour, kind: city, country: AU, lat: -33.87, lng: 151.21, evidence: ${evidence(SENTENCES.tern)}}
  - {name: Gullwick, kind: town, country: GB, evidence: ${evidence(SENTENCES.gullwick)}}
people:
  - name: Ada Finch
    country: JP
    offices: [{title: Mayor, place: Kestrel Bay, evidence: ${evidence(SENTENCES.meeting)}}]
    evidence: ${evidence(SENTENCES.meeting)}
  - name: Rui Costa
    country: PT
    offices: [{title: Mayor, place: Marlow Point, evidence: ${evidence(SENTENCES.meeting)}}]
    evidence: ${evidence(SENTENCES.meeting)}
partnerships:
  - {a: Kestrel Bay, b: Marlow Point, kind: sister, since: 1984, sinceBasis: stated, ` +
  `evidence: ${evidence(SENTENCES.marlow)}}
  - {a: Kestrel Bay, b: Tern Harbour, kind: friendship, since: 1996, sinceBasis: stated, ` +
  `evidence: ${evidence(SENTENCES.tern)}}
  - {a: Kestrel Bay, b: Gullwick, kind: twin, since: null, sinceBasis: unknown, ` +
  `evidence: ${evidence(SENTENCES.gullwick)}}
meetings:
  - {participants: [Ada Finch, Rui Costa], date: 2015-06-09, place: Kestrel Bay, ` +
  `evidence: ${evidence(SENTENCES.meeting)}}
events: []
countryFigures: []
`;

/** Empties the database and seeds the harbour article alone. */
export async function seedHarbourGraph(driver: Driver): Promise<void> {
  await resetDatabase(driver);
  await ensureSchema(driver);
  await seedMadeUpArticle(driver, { file: HARBOUR_FILE, text, facts });
}
