/**
 * Which node properties a selection needs: the scalar fields it asks for, what the resolvers of its other fields
 * read, and `all` when it asks for a field whose resolver this table does not know (so a new resolver that reads a
 * property is never starved of it). Only names of the schema's fields and of this table ever reach Cypher.
 */
import type { PropertyChoice } from '../../graph/queries/shaped.ts';
import type { Selection } from './selection.ts';

/**
 * Fields (`Type.field`) whose resolvers read properties besides their own name and `id` (which every record has);
 * object fields listed with [] need only the parent's id (a batch loader keyed by it).
 */
const READS: Readonly<Record<string, readonly string[]>> = {
  'Document.title': ['name'],
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

/** The properties that the selections (one per possible type of the node) need. */
export function propertiesFor(selections: readonly (Selection | null)[]): PropertyChoice {
  const names = new Set<string>();
  for (const selection of selections) {
    if (!selection) continue;
    const type = selection.type.name;
    for (const field of selection.objectFieldNames()) {
      const reads = READS[`${type}.${field}`];
      if (!reads) return 'all';
      for (const name of reads) names.add(name);
    }
    for (const field of selection.leafFieldNames()) {
      names.add(field);
      for (const name of READS[`${type}.${field}`] ?? []) names.add(name);
    }
  }
  return [...names].sort();
}
