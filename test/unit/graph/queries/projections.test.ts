/** The Cypher fragments of `src/graph/queries/projections.ts` and `nodeProjection`: what a fact comes back with. */
import { describe, expect, it } from 'vitest';
import {
  countryFigureProjection,
  meetingProjection,
  officeProjection,
  partnershipProjection,
} from '../../../../src/graph/queries/projections.ts';
import { nodeProjection } from '../../../../src/graph/queries/read.ts';

describe('projections', () => {
  it('reads a node as all its properties plus its labels', () => {
    expect(nodeProjection('n')).toMatchInlineSnapshot(`"n{.*, labels: labels(n)}"`);
  });

  it('reads a meeting with its place, event and participants', () => {
    expect(meetingProjection('m')).toMatchInlineSnapshot(`
      "m{.*, labels: labels(m),
          place: head(COLLECT { MATCH (m)-[:HELD_IN]->(where) RETURN where{.*, labels: labels(where)} ORDER BY where.id }),
          event: head(COLLECT { MATCH (m)-[:DURING]->(during:Event) RETURN during{.*, labels: labels(during)} ORDER BY during.id }),
          participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(m) RETURN who{.*, labels: labels(who)} ORDER BY who.name, who.id LIMIT 50 }}"
    `);
  });

  it('reads a tie with its two ends', () => {
    expect(partnershipProjection('t')).toMatchInlineSnapshot(`
      "t{.*, labels: labels(t),
          ends: COLLECT { MATCH (party)-[:PARTY_TO]->(t) RETURN party{.*, labels: labels(party)} ORDER BY party.name, party.id LIMIT 2 }}"
    `);
  });

  it('reads an office with its holder, former and what it is of', () => {
    expect(officeProjection('o')).toMatchInlineSnapshot(`
      "o{.*, labels: labels(o), former: coalesce(holds.former, false), holder: holder{.*, labels: labels(holder)},
          of: head(COLLECT { MATCH (o)-[:OF]->(officeOf) RETURN officeOf{.*, labels: labels(officeOf)} ORDER BY officeOf.id })}"
    `);
  });

  it('reads a figure with its countries and who stated it', () => {
    expect(countryFigureProjection('f')).toMatchInlineSnapshot(`
      "f{.*, labels: labels(f),
          countries: COLLECT { MATCH (f)-[:ABOUT]->(about:Country) RETURN about{.*, labels: labels(about)} ORDER BY about.code LIMIT 50 },
          places: COLLECT { MATCH (f)-[:ABOUT]->(aboutPlace:Place) RETURN aboutPlace{.*, labels: labels(aboutPlace)} ORDER BY aboutPlace.name, aboutPlace.id LIMIT 50 },
          statedBy: head(COLLECT { MATCH (f)-[:STATED_BY]->(speaker:Person) RETURN speaker{.*, labels: labels(speaker)} ORDER BY speaker.id })}"
    `);
  });
});
