/**
 * The pages beside the GraphQL endpoint, through the real server with a driver that must never be reached: the
 * explorer and its assets, the Neo4j Browser guide (with the header Browser needs to fetch it from another origin),
 * and nothing else of the file system.
 */
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../../src/api/yoga.ts';

const unreachableDriver = {
  session() {
    throw new Error('Pages must not touch the database.');
  },
} as unknown as Driver;
const yoga = createServer({ driver: unreachableDriver });

const get = (path: string, method = 'GET') => yoga.fetch(`http://api.test${path}`, { method });

describe('pages served beside /graphql', () => {
  it('serves the explorer page and every file it loads, with their types', async () => {
    const page = await get('/explore');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/explore\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toEqual(['/explore/explore.css', '/explore/vendor/topojson-client.js', '/explore/app.js']);
    for (const asset of [...assets, '/explore/geo.js', '/explore/vendor/countries-110m.json']) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.text()).length, asset).toBeGreaterThan(100);
    }
    expect((await get('/explore/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/explore/vendor/countries-110m.json')).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('loads nothing from another host', async () => {
    const html = await (await get('/explore')).text();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('answers 404 for files that are not pages, whatever the path says', async () => {
    for (const path of [
      '/explore/globals.d.ts',
      '/explore/../package.json',
      '/explore/%2e%2e/package.json',
      '/explore/tsconfig.json',
      '/guide.cypher',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('answers HEAD without a body and leaves POST to GraphQL', async () => {
    const head = await get('/explore', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/explore', 'POST')).status).toBe(404);
  });

  it('serves the Neo4j Browser guide, readable from Browser on another port', async () => {
    const guide = await get('/guide');
    expect(guide.status).toBe(200);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    const html = await guide.text();
    expect(html.match(/<slide /g)).toHaveLength(9);
    expect(html).toContain(
      '<pre mode="cypher" class="pre-scrollable code runnable">MATCH (place:Place)-[tie:TIED_TO]-(:Place)',
    );
  });

  it('shows GraphiQL from the installed package, with the example query and no CDN', async () => {
    const response = await yoga.fetch('http://api.test/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).not.toContain('unpkg.com');
    expect(html).toContain('place(name: \\"Shizuoka\\")');
  });
});
