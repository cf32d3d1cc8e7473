/**
 * GraphiQL as a new user meets it, in a real headless Chromium that can reach nothing but this machine: the page
 * loads from the installed packages alone, opens with the example query, and running it shows the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi } from '../api/graphql.ts';
import { openOfflineBrowser, type OfflineBrowser } from './offline-browser.ts';

/** Monaco renders spaces as no-break spaces and splits lines into spans: compare text with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('GraphiQL at /graphql', () => {
  let browser: OfflineBrowser;

  beforeAll(async () => {
    const api = await seededApi();
    browser = await openOfflineBrowser(api.yoga);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no network beyond localhost, shows the example query, and runs it', async () => {
    const { page, origin, outsideRequests } = browser;
    await page.goto(`${origin}/graphql`);

    const editor = page.locator('.graphiql-query-editor');
    await expect
      .poll(async () => flat(await editor.innerText()), { timeout: 20_000 })
      .toContain('place(name: "Shizuoka")');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => flat(await response.innerText()), { timeout: 20_000 })
      .toContain('"Zhejiang Province"');
    const answer = flat(await response.innerText());
    expect(answer).toContain('"kind": "friendship"');
    expect(answer).not.toContain('"errors"');

    expect(outsideRequests).toEqual([]);
  });
});
