/**
 * The type of each exported property, from the Cypher types (`valueType`) its values have in the graph, so that
 * GraphML keys and CSV headers can say "long" for a year and a reader gets integers back.
 */

/** What a property holds across the exported nodes (or relationships). Lists are written as JSON text. */
export type PropertyKind = 'integer' | 'float' | 'boolean' | 'string' | 'date' | 'list';

/** A property key with its kind, as the file headers declare it. */
export interface PropertyColumn {
  key: string;
  kind: PropertyKind;
}

/**
 * The kind of one Cypher value type as `valueType()` names it, e.g. `INTEGER NOT NULL` or `LIST<STRING NOT NULL> NOT
 * NULL`.
 */
export function kindOfValueType(valueType: string): PropertyKind {
  const base = valueType.replace(/ NOT NULL$/, '');
  if (base.startsWith('LIST')) return 'list';
  switch (base) {
    case 'INTEGER':
      return 'integer';
    case 'FLOAT':
      return 'float';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATE':
      return 'date';
    default:
      // Strings, and the temporal and spatial types the model does not use, are written as their text.
      return 'string';
  }
}

/** One kind for the values of a key: a key holding integers and floats is float; any other mixture is text. */
export function mergeKinds(kinds: readonly PropertyKind[]): PropertyKind {
  const distinct = [...new Set(kinds)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length === 2 && distinct.includes('integer') && distinct.includes('float')) return 'float';
  return 'string';
}

/** Merges rows of `{ key, types }` (one per label or per query) into one column per key, in key order. */
export function propertyColumns(rows: readonly { key: string; types: readonly string[] }[]): PropertyColumn[] {
  const kinds = new Map<string, PropertyKind[]>();
  for (const { key, types } of rows) kinds.set(key, [...(kinds.get(key) ?? []), ...types.map(kindOfValueType)]);
  return [...kinds.keys()].sort().map((key) => ({ key, kind: mergeKinds(kinds.get(key)!) }));
}

/** A value as text for a cell or a GraphML `<data>`: lists as JSON, everything else as itself. */
export function propertyText(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}
