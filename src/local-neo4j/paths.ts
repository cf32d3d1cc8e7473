/**
 * Where each file of a local server lives under its home folder.
 */
import path from 'node:path';

/** The file in a server's home whose `key=value` lines override any rendered setting (memory, timeouts, ...). */
export const OVERRIDES_FILE_NAME = 'neo4j.overrides.conf';

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
    import: path.join(home, 'import'),
    overridesFile: path.join(home, OVERRIDES_FILE_NAME),
    logs,
    neo4jLog: path.join(logs, 'neo4j.log'),
    consoleLog: path.join(logs, 'console.log'),
    run,
    pidFile: path.join(run, 'pid'),
    credentialsFile: path.join(home, 'credentials'),
  };
}
export type LocalNeo4jPaths = ReturnType<typeof localNeo4jPaths>;
