/**
 * A local Neo4j Community server for development and tests on machines without Docker.
 *
 * Its jars come from Maven Central (see pom.xml beside this file) and every file of it lives in the checkout's ignored
 * `.neo4j/` folder: lib/ (jars), conf/neo4j.conf, data/, logs/, run/pid and credentials (the generated password). It
 * listens on 127.0.0.1 only, Bolt on NEO4J_LOCAL_BOLT_PORT (7687) and HTTP/Browser on NEO4J_LOCAL_HTTP_PORT (7474).
 * The server is a detached process: it outlives the command that started it until `stopLocalNeo4j()`.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

/** The server version the jars in pom.xml make up. */
export const NEO4J_VERSION = '5.26.30';
/** Neo4j 5 runs on Java 17 or 21. */
export const MIN_JAVA_MAJOR = 17;
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;
const USERNAME = 'neo4j';
// One size for both the JVM flags and the conf: CommunityEntryPoint is started without Neo4j's launcher script, which
// is what would turn the conf's heap settings into -Xms/-Xmx, so the JVM gets them directly. 1 GiB is plenty for the
// project's graphs and leaves room on a 2-core, 24 GiB machine for the tests beside it.
const HEAP = { initial: '512m', max: '1g' };
const PAGECACHE = '512m';
// A cold first start on a busy 2-core machine takes ~15-30 s; allow generously before declaring it failed.
const DEFAULT_START_TIMEOUT_MS = 180_000;
const JAVA_MISSING =
  `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j; install it or set NEO4J_URI` +
  ' (and NEO4J_USERNAME / NEO4J_PASSWORD) to use a Neo4j server of your own.';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POM = fileURLToPath(new URL('./pom.xml', import.meta.url));

export interface LocalNeo4jOptions {
  /** Folder of the server's files; default NEO4J_LOCAL_HOME or `<checkout>/.neo4j`. */
  home?: string;
  boltPort?: number;
  httpPort?: number;
  /** How long to wait for Bolt to answer after starting the process. */
  startTimeoutMs?: number;
  /** Progress messages (downloading, starting); default: to stderr. */
  log?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface LocalNeo4jConnection {
  uri: string;
  username: string;
  password: string;
  browserUrl: string;
  /** True when this call started the server, false when it reused one already running. */
  started: boolean;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  /** Whether Bolt accepted the saved credentials. */
  answers: boolean;
  uri: string;
  browserUrl: string;
  home: string;
  logFile: string;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** Where each file of the local server lives under its home folder. */
export function localNeo4jPaths(home: string) {
  const logs = path.join(home, 'logs');
  const run = path.join(home, 'run');
  return {
    home,
    lib: path.join(home, 'lib'),
    libMarker: path.join(home, 'lib', '.complete'),
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    data: path.join(home, 'data'),
    systemDatabase: path.join(home, 'data', 'databases', 'system'),
    logs,
    neo4jLog: path.join(logs, 'neo4j.log'),
    consoleLog: path.join(logs, 'console.log'),
    run,
    pidFile: path.join(run, 'pid'),
    credentialsFile: path.join(home, 'credentials'),
  };
}
export type LocalNeo4jPaths = ReturnType<typeof localNeo4jPaths>;

/** The major version in the output of `java -version` ("1.8.0_392" is 8, "17.0.15" is 17), or null if none is found. */
export function parseJavaMajorVersion(output: string): number | null {
  const quoted = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  const bare = quoted ? null : /^(?:openjdk|java) (\d+)/m.exec(output);
  const match = quoted ?? bare;
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Reads a TCP port from the environment, with an error naming the variable when it is not one. */
export function portFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`${name}="${raw}" is not a TCP port number (1-65535).`);
  }
  return port;
}

export interface ConfSettings {
  paths: LocalNeo4jPaths;
  boltPort: number;
  httpPort: number;
}

/** The neo4j.conf of the local server: loopback only, plain HTTP, its folders under home, no usage reports. */
export function renderNeo4jConf({ paths, boltPort, httpPort }: ConfSettings): string {
  return [
    '# Written by tools/neo4j/local-neo4j.ts on each start; edits here are overwritten.',
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
    '# The JVM gets the same heap as -Xms/-Xmx from local-neo4j.ts (no launcher script reads these here).',
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

interface Resolved {
  paths: LocalNeo4jPaths;
  boltPort: number;
  httpPort: number;
  startTimeoutMs: number;
  log: (message: string) => void;
}

function resolveOptions(options: LocalNeo4jOptions = {}): Resolved {
  const env = options.env ?? process.env;
  const home = path.resolve(options.home ?? (env.NEO4J_LOCAL_HOME?.trim() || path.join(PROJECT_ROOT, '.neo4j')));
  return {
    paths: localNeo4jPaths(home),
    boltPort: options.boltPort ?? portFromEnv(env, 'NEO4J_LOCAL_BOLT_PORT', DEFAULT_BOLT_PORT),
    httpPort: options.httpPort ?? portFromEnv(env, 'NEO4J_LOCAL_HTTP_PORT', DEFAULT_HTTP_PORT),
    startTimeoutMs: options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    log: options.log ?? ((message) => process.stderr.write(`[neo4j] ${message}\n`)),
  };
}

const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const browserUrl = (port: number) => `http://127.0.0.1:${port}/browser/`;

function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: env ?? process.env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

const isMissingCommand = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Fails with what to install when `java` is missing or older than 17. */
export async function checkJava(): Promise<number> {
  let output: string;
  try {
    const { stdout, stderr } = await run('java', ['-version']);
    output = stderr + stdout; // java -version writes to stderr
  } catch (error) {
    if (isMissingCommand(error)) throw new LocalNeo4jError(`${JAVA_MISSING} (no \`java\` on PATH)`);
    throw new LocalNeo4jError(`${JAVA_MISSING} (\`java -version\` failed: ${(error as Error).message})`);
  }
  const major = parseJavaMajorVersion(output);
  if (major === null) throw new LocalNeo4jError(`${JAVA_MISSING} (cannot read the version in: ${output.trim()})`);
  if (major < MIN_JAVA_MAJOR) throw new LocalNeo4jError(`${JAVA_MISSING} (found Java ${major})`);
  return major;
}

/** Downloads the server's jars into lib/ once; a half-finished download is never taken for a complete one. */
async function ensureJars(r: Resolved): Promise<void> {
  const { paths } = r;
  if (fs.existsSync(paths.libMarker) && fs.readFileSync(paths.libMarker, 'utf8').trim() === NEO4J_VERSION) return;
  try {
    await run('mvn', ['-v']);
  } catch (error) {
    throw new LocalNeo4jError(
      isMissingCommand(error)
        ? 'Maven (`mvn`) is needed once, to download the local Neo4j from Maven Central; install it (e.g. apt-get install maven) or set NEO4J_URI.'
        : `\`mvn -v\` failed: ${(error as Error).message}`,
    );
  }
  r.log(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central into ${paths.lib} (about 140 MB, once)...`);
  const partial = `${paths.lib}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(partial), { recursive: true });
  try {
    await run('mvn', ['-B', '-q', '-ntp', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`]);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new LocalNeo4jError(
      `Downloading the Neo4j jars with Maven failed:\n${tail(stdout + stderr, 30)}\n` +
        `Retry with: mvn -f ${path.relative(process.cwd(), POM)} dependency:copy-dependencies -DoutputDirectory=${paths.lib}`,
    );
  }
  fs.writeFileSync(path.join(partial, '.complete'), `${NEO4J_VERSION}\n`);
  fs.rmSync(paths.lib, { recursive: true, force: true });
  fs.renameSync(partial, paths.lib);
}

interface Credentials {
  username: string;
  password: string;
}

function readCredentials(paths: LocalNeo4jPaths): Credentials | null {
  if (!fs.existsSync(paths.credentialsFile)) return null;
  const parsed = JSON.parse(fs.readFileSync(paths.credentialsFile, 'utf8')) as Partial<Credentials>;
  if (typeof parsed.password !== 'string' || !parsed.password) {
    throw new LocalNeo4jError(`${paths.credentialsFile} holds no password; delete it and ${paths.data} to start anew.`);
  }
  return { username: parsed.username || USERNAME, password: parsed.password };
}

/**
 * The local server's credentials, made on first run: a random password (loopback-only server, but a random one keeps
 * a copied-around default out of any other Neo4j), saved 0600 in .neo4j/credentials and set before the first start.
 */
async function ensureCredentials(r: Resolved): Promise<Credentials> {
  const { paths } = r;
  const initialized = fs.existsSync(paths.systemDatabase);
  let credentials = readCredentials(paths);
  if (credentials && initialized) return credentials;
  if (!credentials) {
    if (initialized) {
      throw new LocalNeo4jError(
        `${paths.data} holds a database whose password is no longer in ${paths.credentialsFile}. ` +
          `Delete ${paths.data} (the local graph is lost; run the seed again) to start anew.`,
      );
    }
    credentials = { username: USERNAME, password: randomBytes(18).toString('base64url') };
    fs.writeFileSync(paths.credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  }
  r.log('Setting the initial password (first run)...');
  try {
    await run(
      'java',
      ['-cp', `${paths.lib}${path.sep}*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', credentials.password],
      { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new LocalNeo4jError(`Setting the local Neo4j's initial password failed:\n${tail(stdout + stderr, 30)}`);
  }
  return credentials;
}

function readPid(paths: LocalNeo4jPaths): number | null {
  if (!fs.existsSync(paths.pidFile)) return null;
  const pid = Number(fs.readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Whether pid is a live (not zombie) process that is this home's Neo4j, so a recycled pid is not taken for it. */
function isServerProcess(pid: number, paths: LocalNeo4jPaths): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but not ours to signal; it cannot be the server this user started.
    return false;
  }
  const proc = `/proc/${pid}`;
  if (!fs.existsSync(proc)) return true; // no procfs (macOS): the signal check is all there is
  try {
    const state = /\)\s+(\S)/.exec(fs.readFileSync(`${proc}/stat`, 'utf8'))?.[1];
    if (state === 'Z' || state === 'X') return false;
    const cmdline = fs.readFileSync(`${proc}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('org.neo4j.server.CommunityEntryPoint') && cmdline.includes(`--home-dir=${paths.home}`);
  } catch {
    return false; // exited between the checks
  }
}

/** The pid of this home's running server, clearing a stale pid file. */
function runningPid(paths: LocalNeo4jPaths): number | null {
  const pid = readPid(paths);
  if (pid === null) return null;
  if (isServerProcess(pid, paths)) return pid;
  fs.rmSync(paths.pidFile, { force: true });
  return null;
}

type BoltCheck = { ok: true } | { ok: false; authFailed: boolean; reason: string };

async function checkBolt(uri: string, credentials: Credentials): Promise<BoltCheck> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.username, credentials.password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return { ok: false, authFailed: code.startsWith('Neo.ClientError.Security.'), reason: (error as Error).message };
  } finally {
    await driver.close();
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function tailOfFile(file: string, lines: number): string {
  try {
    return tail(fs.readFileSync(file, 'utf8'), lines);
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls Bolt until it accepts the credentials; fails early if the process dies or the password is refused. */
async function waitForBolt(
  r: Resolved,
  uri: string,
  credentials: Credentials,
  isAlive: () => boolean,
): Promise<void> {
  const deadline = Date.now() + r.startTimeoutMs;
  let last = '';
  for (;;) {
    const check = await checkBolt(uri, credentials);
    if (check.ok) return;
    if (check.authFailed) {
      throw new LocalNeo4jError(
        `The local Neo4j at ${uri} refused the password in ${r.paths.credentialsFile} (${check.reason}). ` +
          `Stop it (npm run neo4j -- stop) and delete ${r.paths.data} to start anew.`,
      );
    }
    last = check.reason;
    if (!isAlive()) {
      throw new LocalNeo4jError(
        `The local Neo4j exited while starting. Last lines of ${r.paths.neo4jLog} and ${r.paths.consoleLog}:\n` +
          `${tailOfFile(r.paths.neo4jLog, 15)}\n${tailOfFile(r.paths.consoleLog, 15)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `The local Neo4j did not answer on ${uri} within ${Math.round(r.startTimeoutMs / 1000)} s (last error: ${last}). ` +
          `See ${r.paths.neo4jLog}, ${path.join(r.paths.logs, 'debug.log')} and ${r.paths.consoleLog}.`,
      );
    }
    await sleep(500);
  }
}

/** Ports of the server that runs now (from the conf it was started with), else the requested ones. */
function activePorts(r: Resolved): { boltPort: number; httpPort: number } {
  if (fs.existsSync(r.paths.confFile)) {
    const ports = portsFromConf(fs.readFileSync(r.paths.confFile, 'utf8'));
    if (ports) return ports;
  }
  return { boltPort: r.boltPort, httpPort: r.httpPort };
}

/**
 * The local Neo4j, started if it is not running: downloads it on first use, sets its password, starts it detached and
 * waits until Bolt accepts connections. A server of this checkout that already runs is reused as it is.
 */
export async function ensureLocalNeo4j(options?: LocalNeo4jOptions): Promise<LocalNeo4jConnection> {
  const r = resolveOptions(options);
  const { paths } = r;

  const pid = runningPid(paths);
  if (pid !== null) {
    const credentials = readCredentials(paths);
    if (!credentials) throw new LocalNeo4jError(`The local Neo4j runs (pid ${pid}) but ${paths.credentialsFile} is gone.`);
    const ports = activePorts(r);
    if (ports.boltPort !== r.boltPort || ports.httpPort !== r.httpPort) {
      r.log(`Reusing the running local Neo4j on its ports ${ports.boltPort}/${ports.httpPort}; stop it to change them.`);
    }
    const uri = boltUri(ports.boltPort);
    await waitForBolt(r, uri, credentials, () => isServerProcess(pid, paths)); // it may still be starting
    return { uri, ...credentials, browserUrl: browserUrl(ports.httpPort), started: false };
  }

  await checkJava();
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
  for (const dir of [paths.home, paths.conf, paths.data, paths.logs, paths.run]) fs.mkdirSync(dir, { recursive: true });
  await ensureJars(r);
  fs.writeFileSync(paths.confFile, renderNeo4jConf({ paths, boltPort: r.boltPort, httpPort: r.httpPort }));
  const credentials = await ensureCredentials(r);

  r.log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${r.boltPort} (log: ${paths.neo4jLog})...`);
  const logFd = fs.openSync(paths.consoleLog, 'a');
  const child = spawn('java', serverJavaArgs(paths), {
    cwd: paths.home,
    detached: true, // its own process group: it outlives this command and a Ctrl-C in its terminal
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
  });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start `java` for the local Neo4j.');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  child.unref();
  fs.writeFileSync(paths.pidFile, `${child.pid}\n`);

  const uri = boltUri(r.boltPort);
  const startedAt = Date.now();
  try {
    await waitForBolt(r, uri, credentials, () => !exited);
  } catch (error) {
    if (!exited) process.kill(child.pid, 'SIGKILL');
    fs.rmSync(paths.pidFile, { force: true });
    throw error;
  }
  r.log(`Neo4j is up after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${child.pid}).`);
  return { uri, ...credentials, browserUrl: browserUrl(r.httpPort), started: true };
}

/** Stops the local Neo4j (SIGTERM, then SIGKILL after a minute); false when it was not running. */
export async function stopLocalNeo4j(options?: LocalNeo4jOptions): Promise<boolean> {
  const r = resolveOptions(options);
  const pid = runningPid(r.paths);
  if (pid === null) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isServerProcess(pid, r.paths)) {
    if (Date.now() > deadline) {
      r.log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it.`);
      process.kill(pid, 'SIGKILL');
      await sleep(1_000);
      break;
    }
    await sleep(250);
  }
  fs.rmSync(r.paths.pidFile, { force: true });
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
