/**
 * Which node properties a selection needs: the scalar fields it asks for, what the resolvers of its other fields
 * read, `id` only where a resolver reads it (a batch loader keyed by it, a fallback), `labels` only where the type is
 * told from them, and `all` when it asks for a field whose resolver this table does not know (so a new resolver that
 * reads a property is never starved of it). Only names of the schema's fields and of this table ever reach Cypher.
 */
import { NAME_OR_ID, type PropertyChoice } from '../../graph/queries/shaped.ts';
import type { Selection } from './selection.ts';

/**
 * Fields (`Type.field`) whose resolvers read properties besides their own name; object fields listed with [] need
 * only the parent's id (a batch loader keyed by it).
 */
const READS: Readonly<Record<string, readonly string[]>> = {
  'Document.title': ['name'],
  'Person.title': ['name'],
  'Sentence.text': ['name'],
  'Country.code': ['code'],
  'Place.country': ['countryCode'],
  'Place.within': [],
  'Place.partners': [],
  'Place.officials': [],
  'Place.meetings': [],
  'Place.mentionedIn': [],
  'Place.evidence': [],
  'Country.places': [],
  'Country.people': [],
  'Country.officials': [],
  'Country.mentionedIn': [],
  'Country.evidence': [],
  'Partnership.ends': [],
  'Partnership.evidence': [],
  'Document.mentions': [],
};

/** Scalar fields whose resolvers fall back to the id (`name` of every node type falls back to it too). */
const READS_ID = new Set(['Country.code']);

export interface ShapeOptions {
  /** The field's type is an interface or a union: its records carry their labels, which tell their type. */
  abstract?: boolean;
  /** Object fields that the query fetches with the record itself: their resolvers need no id to load them. */
  prefetched?: readonly string[];
}

/** The properties that the selections (one per possible type of the node) need. */
export function propertiesFor(
  selections: readonly (Selection | null)[],
  { abstract = false, prefetched = [] }: ShapeOptions = {},
): PropertyChoice {
  const names = new Set<string>();
  let needsId = false;
  let asksName = false;
  for (const selection of selections) {
    if (!selection) continue;
    const type = selection.type.name;
    for (const field of selection.objectFieldNames()) {
      const reads = READS[`${type}.${field}`];
      if (!reads) return 'all';
      for (const name of reads) names.add(name);
      if (!prefetched.includes(field)) needsId = true;
    }
    for (const field of selection.leafFieldNames()) {
      if (field === 'name') asksName = true;
      else names.add(field);
      for (const name of READS[`${type}.${field}`] ?? []) names.add(name);
      if (READS_ID.has(`${type}.${field}`)) needsId = true;
    }
  }
  if (abstract && selections.some((selection) => selection !== null)) names.add('labels');
  needsId ||= names.has('id');
  // The `name` field answers the id where there is no name: read as such unless the id or the name is read anyway.
  if (asksName) names.add(needsId || names.has('name') ? 'name' : NAME_OR_ID);
  if (asksName && names.has('name')) needsId = true;
  if (needsId) names.add('id');
  return [...names].sort();
}
