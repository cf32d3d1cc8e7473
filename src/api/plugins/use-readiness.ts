/**
 * `/ready`: 200 when the database answers a ping, 503 when it does not (Yoga's readiness plugin). `/health` stays a
 * liveness check (the process answers HTTP), so an orchestrator restarts the API only when it is stuck, and holds
 * traffic back while the database is away.
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { DatabaseAvailability } from '../../graph/availability.ts';

const READINESS_PATH = '/ready';

export function useReadiness(availability: DatabaseAvailability): Plugin {
  const readiness = useReadinessCheck({ endpoint: READINESS_PATH, check: () => availability.check() });
  const answer = readiness.onRequest;
  return {
    ...readiness,
    // Yoga's plugin answers a URL that ends with the path or whose path is it, and failing both tries a URLPattern
    // of that same path on every request, a few percent of a small query's CPU: the two tests alone decide the same.
    onRequest(payload) {
      if (payload.request.url.endsWith(READINESS_PATH) || payload.url.pathname === READINESS_PATH)
        return answer?.(payload);
    },
  };
}
