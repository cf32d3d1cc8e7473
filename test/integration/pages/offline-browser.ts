/**
 * A real headless Chromium (Debian's, driven by playwright-core) that may reach nothing but this machine: every
 * request to another host is aborted and recorded, so a page test can assert that the page needed no network
 * (no CDN, no online tiles, no fonts from elsewhere). The API under test listens on an ephemeral local port.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ApiServer } from '../../../src/api/yoga.ts';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What a headless Chromium needs on a CI machine running as root without a display: no sandbox (root), no GPU, and
 * none of Chrome's own background traffic (updates, metrics, component downloads), which would otherwise show up as
 * outside requests. Hosts other than localhost also resolve to nothing, as a second guard behind the request filter.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--metrics-recording-only',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface OfflineBrowser {
  page: Page;
  /** Where the API listens: `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request the page tried to send to another host (all were aborted). */
  outsideRequests: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:' || parsed.protocol === 'data:') return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

async function listen(yoga: ApiServer): Promise<Server> {
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return server;
}

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Page tests need Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium) or set ` +
        `CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

async function blockOutside(context: BrowserContext, outsideRequests: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // Requests that bypass routing (a worker's own fetches) still show here.
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !outsideRequests.includes(request.url())) outsideRequests.push(request.url());
  });
}

/** Serves `yoga` on a local port and opens a page in a Chromium that can reach only this machine. */
export async function openOfflineBrowser(yoga: ApiServer): Promise<OfflineBrowser> {
  const server = await listen(yoga);
  const { port } = server.address() as AddressInfo;
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outsideRequests: string[] = [];
  await blockOutside(context, outsideRequests);
  const page = await context.newPage();
  return {
    page,
    origin: `http://127.0.0.1:${port}`,
    outsideRequests,
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
