/**
 * The local server's neo4j.conf and JVM command line, rendered from its paths and ports on each start.
 */
import path from 'node:path';
import type { LocalNeo4jPaths } from './paths.ts';

// One size for both the JVM flags and the conf: CommunityEntryPoint is started without Neo4j's launcher script, which
// is what would turn the conf's heap settings into -Xms/-Xmx, so the JVM gets them directly. 1 GiB is plenty for the
// project's graphs and leaves room on a 2-core, 24 GiB machine for the tests beside it.
const HEAP = { initial: '512m', max: '1g' };
const PAGECACHE = '512m';

interface ConfSettings {
  paths: LocalNeo4jPaths;
  boltPort: number;
  httpPort: number;
}

/** The neo4j.conf of the local server: loopback only, plain HTTP, its folders under home, no usage reports. */
export function renderNeo4jConf({ paths, boltPort, httpPort }: ConfSettings): string {
  return [
    '# Written by src/local-neo4j on each start; edits here are overwritten.',
    '# Loopback only: the server is for this machine, so plain Bolt and HTTP are enough.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    '# The machines this runs on reach no network but package registries: do not try to send usage data.',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.lib=${paths.lib}`,
    '# The JVM gets the same heap as -Xms/-Xmx from src/local-neo4j (no launcher script reads these here).',
    `server.memory.heap.initial_size=${HEAP.initial}`,
    `server.memory.heap.max_size=${HEAP.max}`,
    `server.memory.pagecache.size=${PAGECACHE}`,
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
export function serverJavaArgs(paths: LocalNeo4jPaths): string[] {
  return [
    `-Xms${HEAP.initial}`,
    `-Xmx${HEAP.max}`,
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
