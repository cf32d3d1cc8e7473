import { describe, expect, it } from 'vitest';
import {
  localNeo4jSettings,
  parseOverrides,
  portsFromConf,
  renderNeo4jConf,
  serverJavaArgs,
} from '../../src/local-neo4j/conf.ts';
import { newPassword } from '../../src/local-neo4j/credentials.ts';
import { parseJavaMajorVersion } from '../../src/local-neo4j/java.ts';
import { portFromEnv } from '../../src/local-neo4j/options.ts';
import { localNeo4jPaths } from '../../src/local-neo4j/paths.ts';

describe('parseJavaMajorVersion', () => {
  it('reads the major version of a modern JDK', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajorVersion('java version "21" 2023-09-19 LTS')).toBe(21);
  });

  it('reads the old 1.x numbering as its second number', () => {
    expect(parseJavaMajorVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment')).toBe(8);
  });

  it('reads the `java --version` form', () => {
    expect(parseJavaMajorVersion('openjdk 24.0.1 2025-04-15\nOpenJDK Runtime Environment')).toBe(24);
  });

  it('returns null when no version is printed', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeNull();
  });
});

describe('portFromEnv', () => {
  it('falls back when the variable is unset or blank', () => {
    expect(portFromEnv({}, 'NEO4J_LOCAL_BOLT_PORT', 7687)).toBe(7687);
    expect(portFromEnv({ NEO4J_LOCAL_BOLT_PORT: ' ' }, 'NEO4J_LOCAL_BOLT_PORT', 7687)).toBe(7687);
  });

  it('takes a valid port', () => {
    expect(portFromEnv({ NEO4J_LOCAL_HTTP_PORT: '17474' }, 'NEO4J_LOCAL_HTTP_PORT', 7474)).toBe(17474);
  });

  it('names the variable when the value is no port', () => {
    expect(() => portFromEnv({ NEO4J_LOCAL_BOLT_PORT: '70000' }, 'NEO4J_LOCAL_BOLT_PORT', 7687)).toThrow(
      /NEO4J_LOCAL_BOLT_PORT="70000" is not a TCP port/,
    );
  });
});

describe('renderNeo4jConf', () => {
  const paths = localNeo4jPaths('/work/app/.neo4j');
  const conf = renderNeo4jConf(localNeo4jSettings({ paths, boltPort: 17687, httpPort: 17474 }));
  const settings = new Map(
    conf
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('=', 2) as [string, string]),
  );

  it('listens on loopback only, on the given ports, without HTTPS', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:17687');
    expect(settings.get('server.http.listen_address')).toBe('127.0.0.1:17474');
    expect(settings.get('server.https.enabled')).toBe('false');
  });

  it('keeps data and logs under the home folder and sends no usage reports', () => {
    expect(settings.get('server.directories.data')).toBe('/work/app/.neo4j/data');
    expect(settings.get('server.directories.logs')).toBe('/work/app/.neo4j/logs');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
  });

  it('gives back its ports to portsFromConf', () => {
    expect(portsFromConf(conf)).toEqual({ boltPort: 17687, httpPort: 17474 });
    expect(portsFromConf('server.https.enabled=false\n')).toBeNull();
  });

  it('lets LOAD CSV read only the import folder inside its home', () => {
    expect(settings.get('server.directories.import')).toBe('/work/app/.neo4j/import');
  });

  it('caps every transaction in time and memory', () => {
    expect(settings.get('db.transaction.timeout')).toMatch(/^\d+s$/);
    expect(settings.get('db.memory.transaction.max')).toMatch(/^\d+[mg]$/);
    expect(settings.get('db.memory.transaction.total.max')).toMatch(/^\d+[mg]$/);
  });

  it('has the same heap as the JVM flags', () => {
    const args = serverJavaArgs(paths, settings);
    expect(args).toContain(`-Xmx${settings.get('server.memory.heap.max_size')}`);
    expect(args).toContain(`-Xms${settings.get('server.memory.heap.initial_size')}`);
  });
});

describe('serverJavaArgs', () => {
  it('runs the community entry point on the jars of lib/ with the home and conf folders', () => {
    const paths = localNeo4jPaths('/h');
    const args = serverJavaArgs(paths, localNeo4jSettings({ paths, boltPort: 1, httpPort: 2 }));
    expect(args.slice(-5)).toEqual([
      '-cp',
      '/h/lib/*',
      'org.neo4j.server.CommunityEntryPoint',
      '--home-dir=/h',
      '--config-dir=/h/conf',
    ]);
  });
});

describe('overrides', () => {
  const paths = localNeo4jPaths('/h');

  it('replace rendered settings and add new ones, and the JVM follows the heap', () => {
    const overrides = parseOverrides(
      '# bigger\nserver.memory.heap.max_size = 4g\n\ndb.transaction.timeout=5s\ndb.logs.query.enabled=INFO\n',
      'o.conf',
    );
    const settings = localNeo4jSettings({ paths, boltPort: 1, httpPort: 2, overrides });
    expect(settings.get('server.memory.heap.max_size')).toBe('4g');
    expect(settings.get('db.transaction.timeout')).toBe('5s');
    expect(settings.get('db.logs.query.enabled')).toBe('INFO');
    expect(renderNeo4jConf(settings).match(/^db\.transaction\.timeout=/gm)).toHaveLength(1);
    expect(serverJavaArgs(paths, settings)).toContain('-Xmx4g');
  });

  it('name the line that is not a setting', () => {
    expect(() => parseOverrides('db.transaction.timeout=5s\nheap 4g\n', '/h/neo4j.overrides.conf')).toThrow(
      /\/h\/neo4j.overrides.conf:2: expected a Neo4j setting as key=value/,
    );
  });
});

describe('newPassword', () => {
  it('never begins with a dash, which the admin tool would read as an option', () => {
    // base64url passwords began with '-' one time in 64 and broke the first start.
    const passwords = Array.from({ length: 2000 }, newPassword);
    for (const password of passwords) expect(password).toMatch(/^[0-9a-f]{36}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
