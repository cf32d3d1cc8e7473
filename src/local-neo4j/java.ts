/**
 * The Java the local server runs on: Neo4j 5 needs Java 17 or 21.
 */
import { LocalNeo4jError } from './errors.ts';
import { isMissingCommand, run } from './exec.ts';

const MIN_JAVA_MAJOR = 17;
const JAVA_MISSING =
  `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j; install it or set NEO4J_URI` +
  ' (and NEO4J_USERNAME / NEO4J_PASSWORD) to use a Neo4j server of your own.';

/** The major version in the output of `java -version` ("1.8.0_392" is 8, "17.0.15" is 17), or null if none is found. */
export function parseJavaMajorVersion(output: string): number | null {
  const quoted = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  const bare = quoted ? null : /^(?:openjdk|java) (\d+)/m.exec(output);
  const match = quoted ?? bare;
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

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
