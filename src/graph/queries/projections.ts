/**
 * Cypher fragments that shape a fact node with the nodes it needs to make sense (a meeting with its place and
 * participants, a tie with its two ends, an office with its holder). They are constants of Cypher text, put into the
 * named queries, so that a list of meetings comes back in one query instead of one query per meeting.
 */
import { nodeProjection } from './read.ts';
import { MAX_FIGURE_SUBJECTS, MAX_PARTICIPANTS } from '../limits.ts';

/** A meeting with `place` (where it was held), `event` (what it was part of) and `participants`. */
export function meetingProjection(m: string): string {
  return (
    `${m}{.*, labels: labels(${m}),
    place: head(COLLECT { MATCH (${m})-[:HELD_IN]->(where) RETURN ${nodeProjection('where')} ORDER BY where.id }),
    event: head(COLLECT { MATCH (${m})-[:DURING]->(during:Event) RETURN ${nodeProjection('during')} ORDER BY ` +
    `during.id }),
    participants: COLLECT { MATCH (who:Person)-[:ATTENDED]->(${m}) RETURN ${nodeProjection('who')} ORDER BY ` +
    `who.name, who.id LIMIT ${MAX_PARTICIPANTS} }}`
  );
}

/** A tie with its two `ends` (places, rarely countries), by name. */
export function partnershipProjection(t: string): string {
  return (
    `${t}{.*, labels: labels(${t}),
    ends: COLLECT { MATCH (party)-[:PARTY_TO]->(${t}) RETURN ${nodeProjection('party')} ORDER BY party.name, ` +
    `party.id LIMIT 2 }}`
  );
}

/**
 * An office with its `holder`, whether the holder is `former`ly in it (a property of HOLDS), and what it is `of`.
 * Expects `holder` and `holds` bound by the enclosing pattern `(holder:Person)-[holds:HOLDS]->(o:Office)`.
 */
export function officeProjection(o: string): string {
  return `${o}{.*, labels: labels(${o}), former: coalesce(holds.former, false), holder: ${nodeProjection('holder')},
    of: head(COLLECT { MATCH (${o})-[:OF]->(officeOf) RETURN ${nodeProjection('officeOf')} ORDER BY officeOf.id })}`;
}

/**
 * A figure with what it is about, `countries` (by code) and `places` (by name), and who `statedBy` it. Each list of
 * subjects is bounded; figures have one subject, a pair or a handful.
 */
export function countryFigureProjection(f: string): string {
  return (
    `${f}{.*, labels: labels(${f}),
    countries: COLLECT { MATCH (${f})-[:ABOUT]->(about:Country) RETURN ${nodeProjection('about')} ORDER BY ` +
    `about.code LIMIT ${MAX_FIGURE_SUBJECTS} },
    places: COLLECT { MATCH (${f})-[:ABOUT]->(aboutPlace:Place) RETURN ${nodeProjection('aboutPlace')} ORDER BY ` +
    `aboutPlace.name, aboutPlace.id LIMIT ${MAX_FIGURE_SUBJECTS} },
    statedBy: head(COLLECT { MATCH (${f})-[:STATED_BY]->(speaker:Person) RETURN ${nodeProjection('speaker')} ` +
    `ORDER BY speaker.id })}`
  );
}
