/**
 * The files of the explorer page (`/explore`): the browser modules in web/explore/, and two files of installed npm
 * packages (the TopoJSON reader and the country outlines), so the page needs nothing but this server. Only the files
 * listed here are served: a request path never reaches the file system.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPLORER_PATH = '/explore';

const EXPLORER_DIR = fileURLToPath(new URL('../../../web/explore/', import.meta.url));

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/** Route path -> file, for every file the explorer loads. */
export function explorerFiles(): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const add = (route: string, file: string) => files.set(route, { file, contentType: CONTENT_TYPES[extname(file)]! });
  for (const name of readdirSync(EXPLORER_DIR)) {
    // Type declarations (.d.ts) are for the type checker only.
    if (name.endsWith('.d.ts') || !(extname(name) in CONTENT_TYPES)) continue;
    add(`${EXPLORER_PATH}/${name}`, join(EXPLORER_DIR, name));
  }
  add(EXPLORER_PATH, join(EXPLORER_DIR, 'index.html'));
  add(`${EXPLORER_PATH}/`, join(EXPLORER_DIR, 'index.html'));
  const require = createRequire(import.meta.url);
  add(`${EXPLORER_PATH}/vendor/topojson-client.js`, require.resolve('topojson-client/dist/topojson-client.min.js'));
  // Natural Earth's countries at 1:110m (about 100 kB): enough to recognise coasts at the scale of a region.
  add(`${EXPLORER_PATH}/vendor/countries-110m.json`, require.resolve('world-atlas/countries-110m.json'));
  return files;
}
