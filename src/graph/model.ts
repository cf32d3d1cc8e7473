/**
 * The graph model: node labels, relationship types and stable ids.
 *
 * Every node has a unique `id` (never Neo4j's internal id) and a `name`, which Neo4j Browser shows as caption.
 *
 *   (:Place)-[:IN_COUNTRY]->(:Country)            (:Place)-[:WITHIN]->(:Place)
 *   (:Person)-[:FROM]->(:Country)
 *   (:Person)-[:HOLDS {former}]->(:Office)-[:OF]->(:Place|Country)
 *   (:Person)-[:ATTENDED]->(:Meeting)-[:HELD_IN]->(:Place|Country)     (:Meeting)-[:DURING]->(:Event)
 *   (:Person)-[:ATTENDED]->(:Event)-[:HELD_IN]->(:Place|Country)
 *   (:Place)-[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(:Place)
 *   (:CountryFigure)-[:ABOUT]->(:Country) (twice)     (:CountryFigure)-[:STATED_BY]->(:Person)
 *   (:Document)-[:MENTIONS]->(:Place|Country|Person|Event)
 *   (:Sentence)-[:IN]->(:Document)
 *   (any fact or entity)-[:EVIDENCED_BY {confidence}]->(:Sentence)
 *
 * Facts that have more than two ends or carry their own provenance (a tie, a meeting, an office, a figure) are nodes,
 * so that each can point at the sentences that state it.
 */
import { slug } from '../facts/names.ts';

export const NODE_LABELS = [
  'Document',
  'Sentence',
  'Country',
  'Place',
  'Person',
  'Office',
  'Meeting',
  'Event',
  'Partnership',
  'CountryFigure',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'IN_COUNTRY',
  'WITHIN',
  'FROM',
  'HOLDS',
  'OF',
  'ATTENDED',
  'HELD_IN',
  'DURING',
  'PARTY_TO',
  'ABOUT',
  'STATED_BY',
  'MENTIONS',
  'IN',
  'EVIDENCED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The relationships that say where facts come from (documents, sentences). */
export const PROVENANCE_RELATIONSHIP_TYPES = ['MENTIONS', 'IN', 'EVIDENCED_BY'] as const satisfies readonly RelationshipType[];

/**
 * The relationships a "connection" between two things may go through: ties, meetings, events, offices, containment,
 * figures. Provenance is left out, or everything would be two hops from everything else.
 */
export const CONNECTION_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter(
  (type): type is Exclude<RelationshipType, (typeof PROVENANCE_RELATIONSHIP_TYPES)[number]> =>
    !(PROVENANCE_RELATIONSHIP_TYPES as readonly string[]).includes(type),
);

/** Labels whose nodes carry `nameKeys` and can be looked up by name. */
export const NAMED_LABELS = ['Country', 'Place', 'Person', 'Event', 'Document'] as const satisfies readonly NodeLabel[];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** `doc:<file name without extension>`: a document keeps its id as long as its file keeps its name. */
export function documentId(file: string): string {
  return `doc:${file.replace(/\.[^.]+$/, '')}`;
}

export function sentenceId(docId: string, start: number, end: number): string {
  return `${docId}#${start}-${end}`;
}

export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

/** `place:<country code>:<slug>`, e.g. `place:jp:shizuoka-prefecture`; `xx` when the country is unknown. */
export function placeId(name: string, countryCode: string | null): string {
  return `place:${(countryCode ?? 'xx').toLowerCase()}:${slug(name)}`;
}

export function personId(name: string): string {
  return `person:${slug(name)}`;
}

/** An office as held by one person: Wang Yi's "Foreign Minister of China". */
export function officeId(personNodeId: string, title: string, ofNodeId: string | null): string {
  return `office:${personNodeId.slice('person:'.length)}:${slug(title)}:${ofNodeId ?? 'unspecified'}`;
}

/**
 * A meeting is the same meeting when the same people met on the same date, whichever article tells it.
 * Undated meetings cannot be matched across articles safely, so their id includes the document.
 */
export function meetingId(participantIds: string[], date: string | null, docId: string): string {
  const who = [...participantIds].sort().map((id) => id.slice('person:'.length)).join('+');
  return date ? `meeting:${date}:${who}` : `meeting:undated:${docId.slice('doc:'.length)}:${who}`;
}

export function eventId(name: string, date: string | null | undefined): string {
  return `event:${slug(name)}${date ? `:${date}` : ''}`;
}

/** A tie is identified by its two places (in either order) and its kind. */
export function partnershipId(placeIdA: string, placeIdB: string, kind: string): string {
  const [first, second] = [placeIdA, placeIdB].sort();
  return `partnership:${kind}:${first}|${second}`;
}

export function countryFigureId(codes: [string, string], metric: string, asOf: string | null): string {
  const pair = [...codes].map((c) => c.toUpperCase()).sort().join('-');
  return `figure:${pair}:${slug(metric)}:${asOf ?? 'undated'}`;
}
