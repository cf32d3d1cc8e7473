/**
 * Answers "database unavailable" at once while the database is known to be down, and marks it down when a request
 * fails for that reason (the availability watcher then pings it until it is back).
 */
import type { Plugin } from 'graphql-yoga';
import type { DatabaseAvailability } from '../../graph/availability.ts';
import { databaseUnavailableError } from '../mask-error.ts';

export function useDatabaseAvailability(availability: DatabaseAvailability): Plugin {
  return {
    onExecute({ setResultAndStopExecution }) {
      if (!availability.isAvailable()) {
        setResultAndStopExecution({ errors: [databaseUnavailableError()] });
        return;
      }
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            if (availability.reportFailure(error.originalError)) break;
          }
        },
      };
    },
  };
}
