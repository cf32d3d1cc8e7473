/**
 * The chaos server's graph: wiping it, and its canonical dump (every node and relationship as sorted, stable text),
 * so that two graphs compare with one equality.
 */
import type { Driver } from 'neo4j-driver';
import { snapshotGraph, type GraphSnapshot } from '../../test/integration/graph-snapshot.ts';

export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export const dump = (driver: Driver): Promise<GraphSnapshot> => snapshotGraph(driver);

export function sameGraph(a: GraphSnapshot, b: GraphSnapshot): boolean {
  return a.nodes.join('\n') === b.nodes.join('\n') && a.relationships.join('\n') === b.relationships.join('\n');
}

/** How two dumps differ, in a few words (for a failed check's line). */
export function graphDifference(actual: GraphSnapshot, expected: GraphSnapshot): string {
  const count = (x: string[], y: string[]) => x.filter((line) => !y.includes(line)).length;
  return (
    `nodes +${count(actual.nodes, expected.nodes)}/-${count(expected.nodes, actual.nodes)}, ` +
    `relationships ` +
    `+${count(actual.relationships, expected.relationships)}/-${count(expected.relationships, actual.relationships)}`
  );
}
