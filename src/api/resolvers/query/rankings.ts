/**
 * `rankedPlaces(by, country, kinds, first, after)`, from the rankings cache, and `countryPairRanking(first, after)`,
 * from the counts kept per pair of countries.
 */
import { findCountryPairRanking } from '../../../graph/queries/countries.ts';
import { MAX_BETWEENNESS_TIES, type Rankings } from '../../../graph/rankings.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput, checkedCountryCode } from '../../guards.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { currentRankings } from '../../rankings-cache.ts';
import { loadNode } from '../shared.ts';

const RANKING_LISTS = {
  TIES: 'byTies',
  PAGERANK: 'byPagerank',
  BETWEENNESS: 'byBetweenness',
} as const satisfies Record<string, keyof Rankings>;

export const rankedPlaces: QueryResolvers['rankedPlaces'] = async (_parent, args, ctx) => {
  const country = args.country == null ? null : checkedCountryCode(args.country, 'rankedPlaces:');
  const window = pageWindow(args);
  const rankings = await currentRankings(ctx.reader);
  const list = rankings[RANKING_LISTS[args.by ?? 'TIES']];
  if (!list) {
    throw badInput(
      `rankedPlaces: betweenness is computed for tie networks of up to ${MAX_BETWEENNESS_TIES} ties; rank by ` +
        `TIES or PAGERANK.`,
    );
  }
  const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  const matching = list.filter(
    (place) =>
      (country === null || place.countryCode === country) &&
      (kinds === null || (place.kind !== null && kinds.has(place.kind))),
  );
  const page = matching.slice(window.offset, window.offset + window.limit);
  // A place removed since the rankings were computed is left out of the page rather than failing it.
  const nodes = await Promise.all(page.map((place) => loadNode(ctx, 'Place', place.id)));
  const items = page.flatMap((place, i) => {
    const node = nodes[i];
    return node ? [{ node, rank: window.offset + i + 1, score: place.score, ties: place.ties }] : [];
  });
  return toConnection({ totalCount: matching.length, items }, window, (item) => item);
};

export const countryPairRanking: QueryResolvers['countryPairRanking'] = async (_parent, args, ctx) => {
  const window = pageWindow(args);
  return toConnection(await findCountryPairRanking(ctx.reader, window), window);
};
