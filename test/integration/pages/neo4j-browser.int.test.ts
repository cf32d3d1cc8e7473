/**
 * What Neo4j Browser shows of the seeded graph:
 * - the real Neo4j Browser of the test server (headless Chromium) plays the guide from this API server with
 *   `:play http://localhost:<port>/guide`, slide by slide, and a click on a query puts it in Browser's editor;
 * - every query of the guide (tools/browser/guide.cypher, served at /guide) runs, returns rows and draws no server
 *   warning, so the guide a new user follows cannot rot silently when the graph's shape changes;
 * - every property a caption of the style (tools/browser/style.grass) names exists on the nodes of that label, so no
 *   node shows an empty or half caption.
 */
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GUIDE_FILE, parseGuide } from '../../../src/api/pages/browser-guide.ts';
import { createServer } from '../../../src/api/yoga.ts';
import { NODE_LABELS, type NodeLabel } from '../../../src/graph/model.ts';
import { seedApiGraph } from '../api/fixture.ts';
import { getTestDriver, resetDatabase, testNeo4jConfig } from '../neo4j.ts';
import { openOfflineBrowser, type OfflineBrowser } from './offline-browser.ts';

const guide = parseGuide(await readFile(GUIDE_FILE, 'utf8'));
const style = await readFile('tools/browser/style.grass', 'utf8');

/** [label, property] for every `{property}` in a `node.Label { caption: "..." }` rule. */
const captionProperties = [...style.matchAll(/node\.(\w+)\s*\{[^}]*caption:\s*"([^"]*)"/g)].flatMap(
  ([, label, caption]) => [...caption!.matchAll(/\{(\w+)\}/g)].map(([, property]) => [label!, property!] as const),
);

let driver: Driver;
const read = (query: string, params: Record<string, unknown> = {}) =>
  driver.executeQuery(query, params, { database: testNeo4jConfig().database, routing: 'READ' });

beforeAll(async () => {
  driver = await getTestDriver();
  await resetDatabase(driver);
  await seedApiGraph(driver);
});

/**
 * The address of the test server's Neo4j Browser: NEO4J_BROWSER_URL when set, else the HTTP address the server itself
 * listens on (right for the local server and any server on this machine; a Docker container's port is mapped to
 * another, hence the variable).
 */
async function neo4jBrowserUrl(): Promise<string> {
  if (process.env.NEO4J_BROWSER_URL) return process.env.NEO4J_BROWSER_URL;
  const { records } = await read(
    "SHOW SETTINGS YIELD name, value WHERE name = 'server.http.listen_address' RETURN value",
  );
  const port = /:(\d+)$/.exec(String(records[0]?.get('value') ?? ''))?.[1];
  if (inject('neo4j').source === 'docker' || !port) {
    throw new Error(
      'Cannot tell where the test server serves Neo4j Browser: set NEO4J_BROWSER_URL (e.g. ' +
        'http://localhost:7474/browser/).',
    );
  }
  return `http://${new URL(inject('neo4j').uri).hostname}:${port}/browser/`;
}

describe('the guide in the real Neo4j Browser', () => {
  let browser: OfflineBrowser;

  beforeAll(async () => {
    browser = await openOfflineBrowser(createServer({ driver, database: testNeo4jConfig().database }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('plays the guide from the API server, and a click on a query puts it in the editor', async () => {
    const { page, origin } = browser;
    // `localhost`, not 127.0.0.1: Browser fetches guides only from the hosts of
    // browser.remote_content_hostname_whitelist,
    // by default guides.neo4j.com and localhost. Browser's own requests for web fonts are blocked like any other.
    const guideUrl = `http://localhost:${new URL(origin).port}/guide`;
    await page.goto(`${await neo4jBrowserUrl()}?cmd=play&arg=${encodeURIComponent(guideUrl)}`);
    const carousel = page.getByTestId('carousel');
    await carousel.getByText(guide.title).waitFor({ timeout: 60_000 });
    expect(await carousel.innerText()).toContain(`1 / ${guide.steps.length + 1}`);

    await carousel.getByTestId('nextSlide').click();
    await carousel.getByTestId('nextSlide').click();
    const step = guide.steps[1]!;
    await carousel.getByText(step.title).waitFor();
    await carousel.locator('pre').first().click();
    // Monaco renders only what fits on screen: compare the query's beginning.
    const editor = page.getByTestId('activeEditor');
    await expect
      .poll(async () => (await editor.innerText()).replace(/\s+/g, ' '), { timeout: 10_000 })
      .toContain(step.query.slice(0, 40));
  });
});

describe('the Neo4j Browser guide on the seeded graph', () => {
  it.each(guide.steps.map((step) => [step.title, step.query] as const))(
    '"%s" runs, returns rows, and draws no warning',
    async (_title, query) => {
      const { records, summary } = await read(query);
      expect(records.length).toBeGreaterThan(0);
      // Browser shows a server warning (a cartesian product, a deprecated form) beside the result: none in a guide.
      expect(summary.notifications.map((notification) => notification.title)).toEqual([]);
    },
  );
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
