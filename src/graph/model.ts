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
 *   (:Place)-[:TIED_TO {partnership, kind, since, until, status}]->(:Place)   one per Partnership, smaller id first
 *   (:Country)-[:TIES_WITH {pair, ties}]->(:Country)   how many ties link places of the two, smaller code first
 *   (:CountryFigure)-[:ABOUT]->(:Country|Place) (1..n)     (:CountryFigure)-[:STATED_BY]->(:Person)
 *   (:Document)-[:MENTIONS]->(:Place|Country|Person|Event)
 *   (:Sentence)-[:IN]->(:Document)
 *   (any fact or entity)-[:EVIDENCED_BY {confidence, what the document states}]->(:Sentence)
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
  'TIED_TO',
  'TIES_WITH',
  'ABOUT',
  'STATED_BY',
  'MENTIONS',
  'IN',
  'EVIDENCED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The relationships that say where facts come from (documents, sentences). */
const PROVENANCE_RELATIONSHIP_TYPES = ['MENTIONS', 'IN', 'EVIDENCED_BY'] as const satisfies readonly RelationshipType[];

/**
 * The direct tie between two places: a shortcut of `(:Place)-[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(:Place)`,
 * kept in step with the Partnership node by the seeder, so that Browser and tie-only traversals can skip the node.
 */
const SHORTCUT_RELATIONSHIP_TYPES = ['TIED_TO'] as const satisfies readonly RelationshipType[];

/**
 * Counts kept between two countries: how many ties link them (see `recountCountryPairs` in queries/partnerships.ts).
 * A summary of ties the graph holds as nodes, so no traversal follows it unless asked to.
 */
const SUMMARY_RELATIONSHIP_TYPES = ['TIES_WITH'] as const satisfies readonly RelationshipType[];

/**
 * The relationships a neighbourhood follows unless told otherwise: ties (through their nodes), meetings, events,
 * offices, containment, figures. Provenance is left out, or everything would be two hops from everything else; so is
 * the TIED_TO shortcut, which restates a tie's two `PARTY_TO` edges as one: the tie's node, with its kind and
 * evidence, is what a neighbourhood shows (connections choose TIED_TO explicitly, see `CONNECTION_LINKS`); and so is
 * the TIES_WITH count between countries.
 */
export const CONNECTION_RELATIONSHIP_TYPES = RELATIONSHIP_TYPES.filter(
  (
    type,
  ): type is Exclude<
    RelationshipType,
    (
      | typeof PROVENANCE_RELATIONSHIP_TYPES
      | typeof SHORTCUT_RELATIONSHIP_TYPES
      | typeof SUMMARY_RELATIONSHIP_TYPES
    )[number]
  > =>
    !(
      [
        ...PROVENANCE_RELATIONSHIP_TYPES,
        ...SHORTCUT_RELATIONSHIP_TYPES,
        ...SUMMARY_RELATIONSHIP_TYPES,
      ] as readonly string[]
    ).includes(type),
);

/** Labels whose nodes carry `nameKeys` and can be looked up by name. */
export const NAMED_LABELS = ['Country', 'Place', 'Person', 'Event', 'Document'] as const satisfies readonly NodeLabel[];
export type NamedLabel = (typeof NAMED_LABELS)[number];

/** Labels a fact may point at as its place (an office's, a meeting's, a tie's end): a place or a country. */
export const PLACE_LABELS = ['Place', 'Country'] as const satisfies readonly NodeLabel[];
export type PlaceLabel = (typeof PLACE_LABELS)[number];

/** Labels of the nodes that say where facts come from. */
const PROVENANCE_LABELS = ['Document', 'Sentence'] as const satisfies readonly NodeLabel[];

/** Labels whose nodes carry evidence (`EVIDENCED_BY` a sentence): every label but provenance. */
export type EvidencedLabel = Exclude<NodeLabel, (typeof PROVENANCE_LABELS)[number]>;
export const EVIDENCED_LABELS: readonly EvidencedLabel[] = NODE_LABELS.filter(
  (label): label is EvidencedLabel => !(PROVENANCE_LABELS as readonly string[]).includes(label),
);

/** Labels of the entities a document `MENTIONS`. */
export const MENTIONED_LABELS = ['Country', 'Place', 'Person', 'Event'] as const satisfies readonly NodeLabel[];
export type MentionedLabel = (typeof MENTIONED_LABELS)[number];

/**
 * The prefix of every id of a label: ids carry their label, so a lookup by id knows which label's index to use.
 * A sentence's id is its document's id plus `#start-end`.
 */
const ID_PREFIXES = {
  Document: 'doc:',
  Sentence: 'doc:',
  Country: 'country:',
  Place: 'place:',
  Person: 'person:',
  Office: 'office:',
  Meeting: 'meeting:',
  Event: 'event:',
  Partnership: 'partnership:',
  CountryFigure: 'figure:',
} as const satisfies Record<NodeLabel, string>;

const LABEL_OF_PREFIX = new Map<string, NodeLabel>(
  Object.entries(ID_PREFIXES)
    .filter(([label]) => label !== 'Sentence')
    .map(([label, prefix]) => [prefix, label as NodeLabel]),
);

/** The label of the node an id names, from its prefix; null for an id this graph never makes. */
export function labelOfId(id: string): NodeLabel | null {
  const colon = id.indexOf(':');
  const label = colon < 0 ? undefined : LABEL_OF_PREFIX.get(id.slice(0, colon + 1));
  if (label === 'Document' && id.includes('#')) return 'Sentence';
  return label ?? null;
}

/** `doc:<file name without extension>`: a document keeps its id as long as its file keeps its name. */
export function documentId(file: string): string {
  return `${ID_PREFIXES.Document}${file.replace(/\.[^.]+$/, '')}`;
}

export function sentenceId(docId: string, start: number, end: number): string {
  return `${docId}#${start}-${end}`;
}

export function countryId(code: string): string {
  return `${ID_PREFIXES.Country}${code.toUpperCase()}`;
}

/** Cypher for the id of the country whose (upper-case) code is `codeExpr`: what `countryId` gives, in a query. */
export function countryIdExpression(codeExpr: string): string {
  return `'${ID_PREFIXES.Country}' + ${codeExpr}`;
}

/** `place:<country code>:<slug>`, e.g. `place:jp:shizuoka-prefecture`; `xx` when the country is unknown. */
export function placeId(name: string, countryCode: string | null): string {
  return `${ID_PREFIXES.Place}${(countryCode ?? 'xx').toLowerCase()}:${slug(name)}`;
}

export function personId(name: string): string {
  return `${ID_PREFIXES.Person}${slug(name)}`;
}

/** An office as held by one person: Wang Yi's "Foreign Minister of China". */
export function officeId(personNodeId: string, title: string, ofNodeId: string | null): string {
  return (
    `${ID_PREFIXES.Office}${personNodeId.slice(ID_PREFIXES.Person.length)}:` +
    `${slug(title)}:${ofNodeId ?? 'unspecified'}`
  );
}

/**
 * A meeting is the same meeting when the same people met on the same date, whichever article tells it.
 * Undated meetings cannot be matched across articles safely, so their id includes the document.
 */
export function meetingId(participantIds: string[], date: string | null, docId: string): string {
  const who = [...participantIds]
    .sort()
    .map((id) => id.slice(ID_PREFIXES.Person.length))
    .join('+');
  if (date) return `${ID_PREFIXES.Meeting}${date}:${who}`;
  return `${ID_PREFIXES.Meeting}undated:${docId.slice(ID_PREFIXES.Document.length)}:${who}`;
}

export function eventId(name: string, date: string | null | undefined): string {
  return `${ID_PREFIXES.Event}${slug(name)}${date ? `:${date}` : ''}`;
}

/** A tie is identified by its two places (in either order) and its kind. */
export function partnershipId(placeIdA: string, placeIdB: string, kind: string): string {
  const [first, second] = [placeIdA, placeIdB].sort();
  return `${ID_PREFIXES.Partnership}${kind}:${first}|${second}`;
}

/**
 * A figure is the same figure when it counts the same thing about the same subjects as of the same date. Subjects are
 * country codes ("CN") and place ids, in any order: `figure:CN-JP:sister-city-pairs:2019-11-24`.
 */
export function figureId(subjects: string[], metric: string, asOf: string | null): string {
  const keys = subjects
    .map((s) => (s.includes(':') ? s : s.toUpperCase()))
    .sort()
    .join('-');
  return `${ID_PREFIXES.CountryFigure}${keys}:${slug(metric)}:${asOf ?? 'undated'}`;
}
