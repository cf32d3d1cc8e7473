/**
 * A local Neo4j Community server for development and tests on machines without Docker.
 *
 * Its jars come from Maven Central (pom.xml beside this file) and every file of it lives in its home folder (the
 * checkout's ignored `.neo4j/` by default): lib/ (jars), conf/neo4j.conf, data/, logs/, run/pid and credentials (the
 * generated password). It listens on 127.0.0.1 only, Bolt on NEO4J_LOCAL_BOLT_PORT (7687) and HTTP/Browser on
 * NEO4J_LOCAL_HTTP_PORT (7474). The server is a detached process: it outlives the command that started it until
 * `stopLocalNeo4j()`. Only commands (src/cli) and tools decide to use it; the graph and API layers never do.
 */
import fs from 'node:fs';
import { checkJava } from './java.ts';
import { localNeo4jSettings, parseOverrides, portsFromConf, renderNeo4jConf } from './conf.ts';
import { ensureCredentials, readCredentials, type Credentials } from './credentials.ts';
import { LocalNeo4jError } from './errors.ts';
import { ensureJars, NEO4J_VERSION } from './jars.ts';
import { resolveOptions, type LocalNeo4jOptions, type ResolvedOptions } from './options.ts';
import { checkBolt, isPortFree, isServerProcess, runningPid, spawnServer, stopServer, waitForBolt } from './process.ts';

export { LocalNeo4jError } from './errors.ts';
export type { LocalNeo4jOptions } from './options.ts';

interface LocalNeo4jConnection {
  uri: string;
  username: string;
  password: string;
  browserUrl: string;
  /** True when this call started the server, false when it reused one already running. */
  started: boolean;
}

interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  /** Whether Bolt accepted the saved credentials. */
  answers: boolean;
  uri: string;
  browserUrl: string;
  home: string;
  logFile: string;
}

const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const browserUrl = (port: number) => `http://127.0.0.1:${port}/browser/`;

/** Ports of the server that runs now (from the conf it was started with), else the requested ones. */
function activePorts(r: ResolvedOptions): { boltPort: number; httpPort: number } {
  if (fs.existsSync(r.paths.confFile)) {
    const ports = portsFromConf(fs.readFileSync(r.paths.confFile, 'utf8'));
    if (ports) return ports;
  }
  return { boltPort: r.boltPort, httpPort: r.httpPort };
}

async function checkPortsFree(r: ResolvedOptions): Promise<void> {
  for (const [name, port] of [
    ['NEO4J_LOCAL_BOLT_PORT', r.boltPort],
    ['NEO4J_LOCAL_HTTP_PORT', r.httpPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already in use by another program (not this checkout's local Neo4j), so the ` +
          `local Neo4j cannot listen there. Stop that program, pick another port with ${name}, or, if it is a Neo4j ` +
          'server you want to use, set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to it.',
      );
    }
  }
}

/**
 * The local Neo4j, started if it is not running: downloads it on first use, sets its password, starts it detached and
 * waits until Bolt accepts connections. A server of this home that already runs is reused as it is.
 */
export async function ensureLocalNeo4j(options?: LocalNeo4jOptions): Promise<LocalNeo4jConnection> {
  const r = resolveOptions(options);
  const { paths } = r;

  const pid = runningPid(paths);
  if (pid !== null) {
    const credentials = readCredentials(paths);
    if (!credentials)
      throw new LocalNeo4jError(`The local Neo4j runs (pid ${pid}) but ${paths.credentialsFile} is gone.`);
    const ports = activePorts(r);
    if (ports.boltPort !== r.boltPort || ports.httpPort !== r.httpPort) {
      r.log(
        `Reusing the running local Neo4j on its ports ${ports.boltPort}/${ports.httpPort}; stop it to change them.`,
      );
    }
    const uri = boltUri(ports.boltPort);
    // It may still be starting.
    await waitForBolt({
      paths,
      uri,
      credentials,
      timeoutMs: r.startTimeoutMs,
      isAlive: () => isServerProcess(pid, paths),
    });
    return { uri, ...credentials, browserUrl: browserUrl(ports.httpPort), started: false };
  }

  await checkJava();
  await checkPortsFree(r);
  for (const dir of [paths.home, paths.conf, paths.data, paths.logs, paths.run, paths.import]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  await ensureJars(paths, r.log);
  const overrides = fs.existsSync(paths.overridesFile)
    ? parseOverrides(fs.readFileSync(paths.overridesFile, 'utf8'), paths.overridesFile)
    : undefined;
  const settings = localNeo4jSettings({ paths, boltPort: r.boltPort, httpPort: r.httpPort, overrides });
  fs.writeFileSync(paths.confFile, renderNeo4jConf(settings));
  const credentials = await ensureCredentials(paths, r.log);

  r.log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${r.boltPort} (log: ${paths.neo4jLog})...`);
  const server = spawnServer(paths, settings);
  const uri = boltUri(r.boltPort);
  const startedAt = Date.now();
  try {
    await waitForBolt({ paths, uri, credentials, timeoutMs: r.startTimeoutMs, isAlive: () => !server.hasExited() });
  } catch (error) {
    if (!server.hasExited()) process.kill(server.pid, 'SIGKILL');
    fs.rmSync(paths.pidFile, { force: true });
    throw error;
  }
  r.log(`Neo4j is up after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${server.pid}).`);
  return { uri, ...credentials, browserUrl: browserUrl(r.httpPort), started: true };
}

/** Stops the local Neo4j (SIGTERM, then SIGKILL after a minute); false when it was not running. */
export async function stopLocalNeo4j(options?: LocalNeo4jOptions): Promise<boolean> {
  const r = resolveOptions(options);
  const pid = runningPid(r.paths);
  if (pid === null) return false;
  await stopServer(pid, r.paths, r.log);
  return true;
}

/** Whether the local Neo4j runs and answers, and where. */
export async function localNeo4jStatus(options?: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const r = resolveOptions(options);
  const pid = runningPid(r.paths);
  const ports = pid === null ? { boltPort: r.boltPort, httpPort: r.httpPort } : activePorts(r);
  const uri = boltUri(ports.boltPort);
  const credentials = readCredentials(r.paths);
  const answers = pid !== null && credentials !== null && (await checkBolt(uri, credentials)).ok;
  return {
    running: pid !== null,
    pid,
    answers,
    uri,
    browserUrl: browserUrl(ports.httpPort),
    home: r.paths.home,
    logFile: r.paths.neo4jLog,
  };
}

/** The saved connection of the local server (for `env`), or null before its first start. */
export function localNeo4jCredentials(options?: LocalNeo4jOptions): (Credentials & { uri: string }) | null {
  const r = resolveOptions(options);
  const credentials = readCredentials(r.paths);
  return credentials && { ...credentials, uri: boltUri(activePorts(r).boltPort) };
}
