/**
 * Throughput under load: `connections` clients each send the five questions in turn, back to back, for a while;
 * requests per second and errors. The API and bare Cypher take turns, so both see the same machine.
 */
import type { ApiCase } from './api-cases.ts';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  firstError: string | null;
}

export async function underLoad(
  cases: ApiCase[],
  ask: (c: ApiCase) => Promise<void>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, errors: 0, seconds, firstError: null };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i++) {
        try {
          await ask(cases[i % cases.length]!);
          result.requests++;
        } catch (error) {
          result.errors++;
          result.firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
