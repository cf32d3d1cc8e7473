/**
 * A graph as plain, sorted data: every node (labels, properties) and relationship (ends by id, type, properties),
 * each property with its Neo4j type (an INTEGER and a FLOAT of the same value differ), so two states of the database
 * can be compared with one `toEqual`.
 */
import type { Driver } from 'neo4j-driver';

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Cypher for an entity's properties as `[key, value, Neo4j type]` triples. */
const typedProperties = (variable: string) =>
  `COLLECT { UNWIND keys(${variable}) AS key RETURN [key, ${variable}[key], valueType(${variable}[key])] }`;

const asObject = (triples: [string, unknown, string][]) =>
  Object.fromEntries(triples.map(([key, value, type]) => [key, [value, type]]));

export async function snapshotGraph(driver: Driver): Promise<GraphSnapshot> {
  const nodes = await driver.executeQuery(`MATCH (n) RETURN labels(n) AS labels, ${typedProperties('n')} AS props`);
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, ${typedProperties('r')} AS props`,
  );
  return {
    nodes: nodes.records.map((r) => stable({ labels: r.get('labels'), ...asObject(r.get('props')) })).sort(),
    relationships: relationships.records
      .map((r) => stable({ from: r.get('from'), type: r.get('type'), to: r.get('to'), ...asObject(r.get('props')) }))
      .sort(),
  };
}

/** Ties per pair of countries, as kept on TIES_WITH and as counted from the ties themselves: the two must agree. */
export async function countryPairCounts(
  driver: Driver,
): Promise<{ kept: Record<string, number>; counted: Record<string, number> }> {
  const pairs = async (cypher: string) =>
    Object.fromEntries(
      (await driver.executeQuery(cypher)).records.map((r) => [r.get('pair') as string, Number(r.get('ties'))]),
    );
  return {
    // A pair's relationship runs from its first country to its second, as the pair is written.
    kept: await pairs(
      `MATCH (a:Country)-[r:TIES_WITH]->(b:Country)
      RETURN CASE WHEN a.code + '|' + b.code = r.pair THEN r.pair ELSE 'misplaced ' + r.pair END AS pair,
        r.ties AS ties`,
    ),
    counted: await pairs(
      `MATCH (t:Partnership) WHERE t.countryPair IS NOT NULL RETURN t.countryPair AS pair, count(*) AS ties`,
    ),
  };
}
