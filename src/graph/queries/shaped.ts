/**
 * Projections shaped by what a request asks for: a node with only the properties named (plus `id` and `labels`,
 * which every record carries), or with all of them when its caller cannot tell which it needs. Property names come
 * from the caller's allow-list (the API derives it from the schema); this module refuses any that is not a plain
 * identifier before it writes one into Cypher text.
 */
/** The properties a projection reads: those named, or `all`. */
export type PropertyChoice = readonly string[] | 'all';

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * `v{.id, .name, labels: labels(v)}` for the properties chosen (`v{.*, labels: labels(v)}` for `all`, as
 * `nodeProjection`), followed by `entries` (`ends: COLLECT { ... }`), which are Cypher the caller wrote.
 */
export function shapedProjection(
  variable: string,
  properties: PropertyChoice,
  entries: readonly string[] = [],
): string {
  const names = properties === 'all' ? [] : [...new Set(['id', ...properties].filter((name) => name !== 'labels'))];
  for (const name of names)
    if (!PROPERTY_NAME.test(name)) throw new Error(`"${name}" is not a property name this API reads.`);
  const reads = properties === 'all' ? ['.*'] : names.map((name) => `.${name}`);
  return `${variable}{${[...reads, `labels: labels(${variable})`, ...entries].join(', ')}}`;
}

/** What a request needs of ties: their properties, and their two ends' when it asks for the ends (else null). */
export interface TieShape {
  partnership: PropertyChoice;
  ends: PropertyChoice | null;
}

/** The `ends` entry of a tie `t`'s projection: its two ends by name, with the properties chosen. */
export function shapedEnds(t: string, properties: PropertyChoice): string {
  return (
    `ends: COLLECT { MATCH (party)-[:PARTY_TO]->(${t}) RETURN ${shapedProjection('party', properties)} ` +
    `ORDER BY party.name, party.id LIMIT 2 }`
  );
}

/** A tie `t` shaped: the properties chosen, and its ends when asked for. */
export function shapedTie(t: string, shape: TieShape): string {
  return shapedProjection(t, shape.partnership, shape.ends ? [shapedEnds(t, shape.ends)] : []);
}
