/**
 * Projections shaped by what a request asks for: a node with only the properties named, or with all of them when its
 * caller cannot tell which it needs. The caller names `id` and `labels` too when it needs them (a batch loader keyed
 * by id, the type of an interface or union told by labels): a record carries nothing else, as the Cypher one would
 * write by hand for the same request. Property names come from the caller's allow-list (the API derives it from the
 * schema); this module refuses any that is not a plain identifier before it writes one into Cypher text.
 */
/** The properties a projection reads: those named, or `all`. */
export type PropertyChoice = readonly string[] | 'all';

/**
 * A name in a choice that reads `name`, or the node's id where it has no name (what the `name` field answers), so that
 * a request for names needs no id beside them.
 */
export const NAME_OR_ID = 'name ?? id';

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** One entry of a projection of `variable`: `labels` and NAME_OR_ID computed, any other name a property read. */
function entryOf(variable: string, name: string): string {
  if (name === 'labels') return `labels: labels(${variable})`;
  if (name === NAME_OR_ID) return `name: coalesce(${variable}.name, ${variable}.id)`;
  if (!PROPERTY_NAME.test(name)) throw new Error(`"${name}" is not a property name this API reads.`);
  return `.${name}`;
}

/**
 * `v{.name, .since}` for the properties chosen (`v{.*, labels: labels(v)}` for `all`, as `nodeProjection`), followed
 * by `entries` (`ends: COLLECT { ... }`), which are Cypher the caller wrote.
 */
export function shapedProjection(
  variable: string,
  properties: PropertyChoice,
  entries: readonly string[] = [],
): string {
  const reads =
    properties === 'all'
      ? ['.*', entryOf(variable, 'labels')]
      : [...new Set(properties)].map((name) => entryOf(variable, name));
  return `${variable}{${[...reads, ...entries].join(', ')}}`;
}

/** The choice with `id` and `labels` added: for callers whose code reads both of every record. */
export function withIdentity(properties: PropertyChoice): PropertyChoice {
  if (properties === 'all') return properties;
  const named = properties.map((name) => (name === NAME_OR_ID ? 'name' : name)).filter((name) => name !== 'labels');
  return [...new Set(['id', ...named, 'labels'])];
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
