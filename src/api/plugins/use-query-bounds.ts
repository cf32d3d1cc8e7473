/**
 * Bounds on the shape of a request, checked before anything runs: depth, aliases and an estimated cost. Together with
 * the page bound (`first` at most 100) they keep one request from asking for an unbounded amount of work.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { Plugin } from 'graphql-yoga';

/** Deep enough for place -> partners -> edges -> partnership -> evidence -> document -> title (7) and some more. */
export const MAX_QUERY_DEPTH = 10;
/** Aliases multiply root fields; a handful covers comparing a few places side by side. */
export const MAX_ALIASES = 15;
/**
 * graphql-armor's cost (objects 2, scalars 1, times 1.5 per level, times literal `first` values). It misses `first`
 * given in variables or by default, which `use-result-budget` counts; this one is the coarse first check, set so that
 * a page of places with their partners, officials and evidence (about 7,000) passes.
 */
export const MAX_QUERY_COST = 50_000;

export function useQueryBounds(): Plugin[] {
  return [
    maxDepthPlugin({ n: MAX_QUERY_DEPTH, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: MAX_ALIASES }) as Plugin,
    costLimitPlugin({ maxCost: MAX_QUERY_COST }) as Plugin,
  ];
}
