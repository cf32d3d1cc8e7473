/**
 * Pages for people beside the GraphQL endpoint: the explorer (`/explore` and its files) and the Neo4j Browser guide
 * (`/guide`). GET and HEAD only; every other path goes on to yoga as before.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'graphql-yoga';
import { browserGuideHtml, GUIDE_PATH } from '../pages/browser-guide.ts';
import { explorerFiles } from '../pages/explorer-files.ts';

// Every page and asset is text (HTML, JavaScript, CSS, JSON).
type Page = () => Promise<{ body: string; headers: Record<string, string> }>;

function pageRoutes(): Map<string, Page> {
  const routes = new Map<string, Page>();
  for (const [route, { file, contentType }] of explorerFiles()) {
    // no-cache: a browser revalidates, so an edited file shows on reload.
    routes.set(route, async () => ({
      body: await readFile(file, 'utf8'),
      headers: { 'content-type': contentType, 'cache-control': 'no-cache' },
    }));
  }
  routes.set(GUIDE_PATH, async () => ({
    body: await browserGuideHtml(),
    // Neo4j Browser fetches a `:play` guide from its own origin (port 7474), so the guide must allow that.
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
    },
  }));
  return routes;
}

export function usePages(): Plugin {
  const routes = pageRoutes();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const page = routes.get(url.pathname);
      if (!page) return;
      const { body, headers } = await page();
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
