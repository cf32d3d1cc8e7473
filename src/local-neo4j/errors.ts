/** An error of the local Neo4j runner; its message says what to do, so commands print it without a stack. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
