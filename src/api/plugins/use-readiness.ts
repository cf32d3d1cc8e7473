/**
 * `/ready`: 200 when the database answers a ping, 503 when it does not (Yoga's readiness plugin). `/health` stays a
 * liveness check (the process answers HTTP), so an orchestrator restarts the API only when it is stuck, and holds
 * traffic back while the database is away.
 */
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { DatabaseAvailability } from '../../graph/availability.ts';

const READINESS_PATH = '/ready';

export function useReadiness(availability: DatabaseAvailability): Plugin {
  return useReadinessCheck({ endpoint: READINESS_PATH, check: () => availability.check() });
}
