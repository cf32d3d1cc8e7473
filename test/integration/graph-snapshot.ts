/**
 * A graph as plain, sorted data: every node (labels, properties) and relationship (ends by id, type, properties),
 * so two states of the database can be compared with one `toEqual`.
 */
import type { Driver } from 'neo4j-driver';

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

export async function snapshotGraph(driver: Driver): Promise<GraphSnapshot> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.records.map((r) => stable({ labels: r.get('labels'), ...r.get('props') })).sort(),
    relationships: relationships.records
      .map((r) => stable({ from: r.get('from'), type: r.get('type'), to: r.get('to'), ...r.get('props') }))
      .sort(),
  };
}
