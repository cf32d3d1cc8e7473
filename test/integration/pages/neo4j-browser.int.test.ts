/**
 * What Neo4j Browser shows of the seeded graph:
 * - every query of the guide (tools/browser/guide.cypher, served at /guide) runs, returns rows and draws no server
 *   warning, so the guide a new user follows cannot rot silently when the graph's shape changes;
 * - every property a caption of the style (tools/browser/style.grass) names exists on the nodes of that label, so no
 *   node shows an empty or half caption.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FILE, parseGuide } from '../../../src/api/pages/browser-guide.ts';
import { NODE_LABELS, type NodeLabel } from '../../../src/graph/model.ts';
import { seedApiGraph } from '../api/fixture.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';

const guide = parseGuide(await readFile(GUIDE_FILE, 'utf8'));
const style = await readFile('tools/browser/style.grass', 'utf8');

/** [label, property] for every `{property}` in a `node.Label { caption: "..." }` rule. */
const captionProperties = [...style.matchAll(/node\.(\w+)\s*\{[^}]*caption:\s*"([^"]*)"/g)].flatMap(([, label, caption]) =>
  [...caption!.matchAll(/\{(\w+)\}/g)].map(([, property]) => [label!, property!] as const),
);

let driver: Driver;
const read = (query: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(query, params, { database: testNeo4jConfig().database, routing: 'READ' });

beforeAll(async () => {
  driver = await getTestDriver();
  await resetDatabase(driver);
  await seedApiGraph(driver);
});

describe('the Neo4j Browser guide on the seeded graph', () => {
  it.each(guide.steps.map((step) => [step.title, step.query] as const))('"%s" runs, returns rows, and draws no warning', async (_title, query) => {
    const { records, summary } = await read(query);
    expect(records.length).toBeGreaterThan(0);
    // Browser shows a server warning (a cartesian product, a deprecated form) beside the result: none in a guide.
    expect(summary.notifications.map((notification) => notification.title)).toEqual([]);
  });
});

describe('the Neo4j Browser style on the seeded graph', () => {
  it('captions every label of the graph', () => {
    expect(new Set(captionProperties.map(([label]) => label))).toEqual(new Set(NODE_LABELS));
  });

  it.each(captionProperties)('%s nodes have the %s their caption shows', async (label, property) => {
    expect(NODE_LABELS).toContain(label); // labels only from the allow-list, never from text into Cypher
    const { records } = await read(
      `MATCH (node:${label as NodeLabel}) RETURN count(node) AS nodes, count(node[$property]) AS captioned`,
      { property },
    );
    const nodes = Number(records[0]!.get('nodes'));
    const captioned = Number(records[0]!.get('captioned'));
    expect(nodes).toBeGreaterThan(0);
    // A tie's start year may be unknown (the caption then reads "sister since"); every other property is always set.
    if (label === 'Partnership' && property === 'since') expect(captioned).toBeGreaterThan(0);
    else expect(captioned).toBe(nodes);
  });
});
