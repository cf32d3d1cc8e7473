/**
 * The server's jars: Neo4j's distribution archive is not on Maven Central, but the jars it is made of are, so Maven
 * fetches them (pom.xml beside this file) into the home's lib/ once. The jars are cached in ~/.m2 for other homes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.ts';
import { isMissingCommand, outputOf, run, tail } from './exec.ts';
import type { LocalNeo4jPaths } from './paths.ts';

/** The server version the jars in pom.xml make up. */
export const NEO4J_VERSION = '5.26.30';
const POM = fileURLToPath(new URL('./pom.xml', import.meta.url));

/** Downloads the server's jars into lib/ once; a half-finished download is never taken for a complete one. */
export async function ensureJars(paths: LocalNeo4jPaths, log: (message: string) => void): Promise<void> {
  if (fs.existsSync(paths.libMarker) && fs.readFileSync(paths.libMarker, 'utf8').trim() === NEO4J_VERSION) return;
  try {
    await run('mvn', ['-v']);
  } catch (error) {
    throw new LocalNeo4jError(
      isMissingCommand(error)
        ? 'Maven (`mvn`) is needed once, to download the local Neo4j from Maven Central; ' +
            'install it (e.g. apt-get install maven) or set NEO4J_URI.'
        : `\`mvn -v\` failed: ${(error as Error).message}`,
    );
  }
  log(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central into ${paths.lib} (about 140 MB, once)...`);
  const partial = `${paths.lib}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(partial), { recursive: true });
  try {
    await run('mvn', ['-B', '-q', '-ntp', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`]);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw new LocalNeo4jError(
      `Downloading the Neo4j jars with Maven failed:\n${tail(outputOf(error), 30)}\n` +
        `Retry with: mvn -f ${path.relative(process.cwd(), POM)} dependency:copy-dependencies ` +
        `-DoutputDirectory=${paths.lib}`,
    );
  }
  fs.writeFileSync(path.join(partial, '.complete'), `${NEO4J_VERSION}\n`);
  fs.rmSync(paths.lib, { recursive: true, force: true });
  fs.renameSync(partial, paths.lib);
}
