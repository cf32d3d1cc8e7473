/**
 * Bounds on the shape of a request, checked before anything runs: depth, aliases and an estimated cost. Together with
 * the page bound (`first` at most 100) they keep one request from asking for an unbounded amount of work.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { Plugin } from 'graphql-yoga';
import { MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../../graph/limits.ts';

export function useQueryBounds(): Plugin[] {
  return [
    maxDepthPlugin({ n: MAX_QUERY_DEPTH, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: MAX_ALIASES }) as Plugin,
    costLimitPlugin({ maxCost: MAX_QUERY_COST }) as Plugin,
  ];
}
