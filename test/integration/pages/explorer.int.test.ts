/**
 * The explorer page (/explore) as a new user meets it, in a real headless Chromium that can reach nothing but this
 * machine: search a place, see its partners on the map and in the timeline, click a partner and read the sentence and
 * document behind the tie, then move on to the partner. The page reads the public GraphQL API only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../../src/api/yoga.ts';
import { getTestDriver, testNeo4jConfig } from '../neo4j.ts';
import { HARBOUR_TITLE, SENTENCES, seedHarbourGraph } from './explorer-fixture.ts';
import { openOfflineBrowser, type OfflineBrowser } from './offline-browser.ts';

/** A machine shared with other work may take seconds to answer: poll that long before failing. */
const SLOW = { timeout: 15_000 };

describe('the explorer at /explore', () => {
  let browser: OfflineBrowser;
  const apiRequests: string[] = [];

  beforeAll(async () => {
    const driver = await getTestDriver();
    await seedHarbourGraph(driver);
    browser = await openOfflineBrowser(createServer({ driver, database: testNeo4jConfig().database }));
    browser.page.on('request', (request) => {
      if (request.resourceType() === 'fetch') apiRequests.push(new URL(request.url()).pathname);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds a place, maps its partners, and shows the evidence of a tie and a meeting', async () => {
    const { page, origin } = browser;
    await page.goto(`${origin}/explore`);
    await page.getByLabel('Place').fill('kestrel');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('button.hit', { hasText: 'Kestrel Bay' }).click();

    await expect.poll(() => page.locator('#place h2').textContent(), SLOW).toBe('Kestrel Bay');
    // Two partners have coordinates and are drawn with a tie line each; the third is named as missing from the map.
    await expect.poll(() => page.locator('#map circle.partner').count(), SLOW).toBe(2);
    expect(await page.locator('#map line.tie').count()).toBe(2);
    expect(await page.locator('#map .land path').count()).toBeGreaterThan(100);
    expect(await page.locator('.map-note').textContent()).toContain(
      'Not on the map (no coordinates in the graph): Gullwick',
    );

    const timeline = await page.locator('#timeline li').allTextContents();
    expect(timeline.map((entry) => entry.replace(/\s+/g, ' ').trim())).toEqual([
      '1984 sister tie with Marlow Point',
      '1996 friendship tie with Tern Harbour',
      '2015-06-09 meeting: Ada Finch, Rui Costa',
      'year unknown twin tie with Gullwick',
    ]);

    await page.locator('#partners button', { hasText: 'Marlow Point' }).click();
    const evidence = page.locator('#evidence');
    await expect.poll(() => evidence.locator('.evidence-sentence').textContent(), SLOW).toBe(SENTENCES.marlow);
    expect(await evidence.locator('.evidence-document').textContent()).toContain(HARBOUR_TITLE);
    expect(await evidence.locator('.evidence-document').textContent()).toContain('Test Harbour Gazette, 2016-02-01');
    expect(await evidence.locator('.fact-detail').textContent()).toBe('sister tie, since 1984 (stated)');
    expect(await page.locator('#map circle.partner.selected title').textContent()).toBe('Marlow Point (sister)');

    // A dot on the map selects its tie too.
    await page.locator('#map circle.partner:not(.selected)').click();
    await expect.poll(() => evidence.locator('.evidence-sentence').textContent(), SLOW).toBe(SENTENCES.tern);

    await page.locator('#timeline button', { hasText: 'meeting' }).click();
    await expect.poll(() => evidence.locator('.evidence-sentence').textContent(), SLOW).toBe(SENTENCES.meeting);

    expect(browser.outsideRequests).toEqual([]);
    // Data comes from the GraphQL API; the only other fetch is the country outlines the server ships.
    expect(new Set(apiRequests)).toEqual(new Set(['/graphql', '/explore/vendor/countries-110m.json']));
  });

  it("moves on to a partner's own page, and a reload of its address shows it again", async () => {
    const { page } = browser;
    await page.locator('#partners button', { hasText: 'Marlow Point' }).click();
    await page.getByRole('button', { name: 'Explore Marlow Point →' }).click();
    await expect.poll(() => page.locator('#place h2').textContent(), SLOW).toBe('Marlow Point');
    expect(await page.locator('#partners button').allTextContents()).toEqual(['Kestrel Bay sister, since 1984']);
    expect(page.url()).toContain('?place=');

    await page.reload();
    await expect.poll(() => page.locator('#place h2').textContent(), SLOW).toBe('Marlow Point');
    expect(browser.outsideRequests).toEqual([]);
  });
});
