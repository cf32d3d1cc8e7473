/**
 * The local server's neo4j.conf and JVM command line, rendered from its paths and ports on each start.
 */
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { OVERRIDES_FILE_NAME, type LocalNeo4jPaths } from './paths.ts';

/**
 * Memory and limits, sized for graphs of up to ~10^6 ties (a few million nodes and relationships, ~1 GB of store) on
 * a machine shared with other work. Heap: the importer's batches and the API's reads fit well within 2 GiB. Page
 * cache: 1 GiB keeps such a store mostly in memory. Every transaction gets a time limit and a memory cap, so a runaway
 * query (or a huge write) ends with a clear error instead of freezing the server in garbage collection; the caps
 * leave room for the seeder's and importer's batches (a few thousand rows each).
 */
const DEFAULT_TUNING: Readonly<Record<string, string>> = {
  'server.memory.heap.initial_size': '512m',
  'server.memory.heap.max_size': '2g',
  'server.memory.pagecache.size': '1g',
  'db.memory.transaction.total.max': '1g',
  'db.memory.transaction.max': '256m',
  'db.transaction.timeout': '60s',
};

interface ConfSettings {
  paths: LocalNeo4jPaths;
  boltPort: number;
  httpPort: number;
  /** Settings from the overrides file, applied last. */
  overrides?: ReadonlyMap<string, string>;
}

/** Parses an overrides file: `key=value` lines, `#` comments and blank lines; an error names the line that is wrong. */
export function parseOverrides(text: string, file: string): Map<string, string> {
  const settings = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const match = /^([a-z][a-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      throw new LocalNeo4jError(
        `${file}:${index + 1}: expected a Neo4j setting as key=value, e.g. db.transaction.timeout=30s`,
      );
    }
    settings.set(match[1]!, match[2]!);
  });
  return settings;
}

/** Every setting of the local server, in the order they are written: loopback only, its folders under home. */
export function localNeo4jSettings({ paths, boltPort, httpPort, overrides }: ConfSettings): Map<string, string> {
  const settings = new Map<string, string>([
    // Loopback only: the server is for this machine, so plain Bolt and HTTP are enough.
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${boltPort}`],
    ['server.bolt.advertised_address', `127.0.0.1:${boltPort}`],
    ['server.bolt.tls_level', 'DISABLED'],
    ['server.http.enabled', 'true'],
    ['server.http.listen_address', `127.0.0.1:${httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${httpPort}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    // The machines this runs on reach no network but package registries: do not try to send usage data.
    ['dbms.usage_report.enabled', 'false'],
    ['server.directories.data', paths.data],
    ['server.directories.logs', paths.logs],
    ['server.directories.run', paths.run],
    ['server.directories.lib', paths.lib],
    // LOAD CSV reads file:/// URLs from here only, so that a query cannot read any other file of the machine.
    ['server.directories.import', paths.import],
    ...Object.entries(DEFAULT_TUNING),
  ]);
  for (const [key, value] of overrides ?? []) settings.set(key, value);
  return settings;
}

/** The neo4j.conf text of the given settings. */
export function renderNeo4jConf(settings: ReadonlyMap<string, string>): string {
  return [
    '# Written by src/local-neo4j on each start; edits here are overwritten.',
    `# To change a setting, put key=value lines in ${OVERRIDES_FILE_NAME} in the server's home folder and restart.`,
    '# The JVM gets the heap sizes as -Xms/-Xmx too (no launcher script reads them here).',
    ...[...settings].map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

/** The Bolt and HTTP ports a rendered neo4j.conf listens on, or null when the conf does not name them. */
export function portsFromConf(conf: string): { boltPort: number; httpPort: number } | null {
  const bolt = /^server\.bolt\.listen_address=.*:(\d+)\s*$/m.exec(conf);
  const http = /^server\.http\.listen_address=.*:(\d+)\s*$/m.exec(conf);
  if (!bolt || !http) return null;
  return { boltPort: Number(bolt[1]), httpPort: Number(http[1]) };
}

/** JVM command line of the server; the flags mirror what Neo4j's own launcher passes on Java 17+. */
export function serverJavaArgs(paths: LocalNeo4jPaths, settings: ReadonlyMap<string, string>): string[] {
  // CommunityEntryPoint is started without Neo4j's launcher script, which is what would turn the conf's heap settings
  // into -Xms/-Xmx, so the JVM gets them directly.
  return [
    `-Xms${settings.get('server.memory.heap.initial_size')}`,
    `-Xmx${settings.get('server.memory.heap.max_size')}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${paths.lib}${path.sep}*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
}
