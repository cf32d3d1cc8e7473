/**
 * Which part of the graph an export takes: node labels and relationship types (from the model's allow-lists only,
 * since they are written into Cypher as text) and, optionally, countries (values, always sent as a parameter).
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../graph/model.ts';

export interface ExportSelection {
  labels: readonly NodeLabel[];
  types: readonly RelationshipType[];
  /** ISO 3166-1 alpha-2 codes, upper case; empty means every country. */
  countries: readonly string[];
}

export const WHOLE_GRAPH: ExportSelection = { labels: NODE_LABELS, types: RELATIONSHIP_TYPES, countries: [] };

function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export class SelectionError extends Error {
  override name = 'SelectionError';
}

/**
 * A selection from user input (command-line values); empty lists mean "all". Throws a SelectionError naming the
 * choices.
 */
export function exportSelection(input: { labels?: string[]; types?: string[]; countries?: string[] }): ExportSelection {
  const labels = input.labels ?? [];
  const types = input.types ?? [];
  for (const label of labels) {
    if (!isNodeLabel(label))
      throw new SelectionError(`Unknown label "${label}"; choose from ${NODE_LABELS.join(', ')}.`);
  }
  for (const type of types) {
    if (!isRelationshipType(type)) {
      throw new SelectionError(`Unknown relationship type "${type}"; choose from ${RELATIONSHIP_TYPES.join(', ')}.`);
    }
  }
  const countries = (input.countries ?? []).map((code) => code.trim().toUpperCase());
  for (const code of countries) {
    if (!/^[A-Z]{2}$/.test(code))
      throw new SelectionError(`"${code}" is not a country code; use ISO 3166-1 alpha-2, e.g. JP.`);
  }
  return {
    labels: labels.length ? NODE_LABELS.filter((label) => labels.includes(label)) : NODE_LABELS,
    types: types.length ? RELATIONSHIP_TYPES.filter((type) => types.includes(type)) : RELATIONSHIP_TYPES,
    countries: [...new Set(countries)].sort(),
  };
}

/** Cypher: `v` has a country code in $countries (a Country by its code, a place or person by its countryCode). */
function ownCountry(v: string): string {
  return `(${v}.code IN $countries OR ${v}.countryCode IN $countries)`;
}

/**
 * When a node of each label belongs to the selected countries. Places, people and countries by their own code; facts
 * through the ends that define them (a tie through its places, a meeting through where it was held or who attended,
 * an office through what it is of, a figure through its subjects, countries or places); documents through what
 * they mention and sentences through the facts they are evidence for.
 */
const COUNTRY_MEMBERSHIP: Record<NodeLabel, (v: string) => string> = {
  Country: (v) => `${v}.code IN $countries`,
  Place: (v) => `${v}.countryCode IN $countries`,
  Person: (v) => `${v}.countryCode IN $countries`,
  Partnership: (v) => `EXISTS { MATCH (party)-[:PARTY_TO]->(${v}) WHERE ${ownCountry('party')} }`,
  Meeting: (v) =>
    `(EXISTS { MATCH (${v})-[:HELD_IN]->(held) WHERE ${ownCountry('held')} } OR ` +
    `EXISTS { MATCH (who:Person)-[:ATTENDED]->(${v}) WHERE who.countryCode IN $countries })`,
  Event: (v) => `EXISTS { MATCH (${v})-[:HELD_IN]->(held) WHERE ${ownCountry('held')} }`,
  Office: (v) => `EXISTS { MATCH (${v})-[:OF]->(officeOf) WHERE ${ownCountry('officeOf')} }`,
  CountryFigure: (v) => `EXISTS { MATCH (${v})-[:ABOUT]->(about) WHERE ${ownCountry('about')} }`,
  Document: (v) => `EXISTS { MATCH (${v})-[:MENTIONS]->(mentioned) WHERE ${ownCountry('mentioned')} }`,
  Sentence: (v) =>
    `EXISTS { MATCH (fact)-[:EVIDENCED_BY]->(${v}) WHERE ${ownCountry('fact')} OR ` +
    `EXISTS { MATCH (party)-[:PARTY_TO]->(fact) WHERE ${ownCountry('party')} } }`,
};

/**
 * Cypher: node `v`, known to carry `label`, is in the selection. A node with several selected labels is taken under
 * the first of them only, so that it is exported once.
 */
export function labelledNodeFilter(v: string, label: NodeLabel, selection: ExportSelection): string {
  const firstLabel = `head([l IN labels(${v}) WHERE l IN $labels]) = '${label}'`;
  return selection.countries.length ? `${firstLabel} AND ${COUNTRY_MEMBERSHIP[label](v)}` : firstLabel;
}

/** Cypher: node `v`, of any label, is in the selection. */
export function nodeFilter(v: string, selection: ExportSelection): string {
  return `(${selection.labels
    .map((label) => `(${v}:${label} ` + `AND ${labelledNodeFilter(v, label, selection)})`)
    .join(' OR ')})`;
}
