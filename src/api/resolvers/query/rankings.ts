/** `rankedPlaces(by, country, kinds, first, after)` and `countryPairRanking(first, after)`: from the rankings cache. */
import { countryId } from '../../../graph/model.ts';
import type { CountryPairCount, PlaceRanking, RankedPlace } from '../../../graph/rankings.ts';
import type { ApiContext } from '../../context.ts';
import { badInput, pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { currentRankings } from '../../rankings-cache.ts';
import { MAX_BETWEENNESS_TIES } from '../../../graph/rankings.ts';
import { loadNode } from '../shared.ts';

const COUNTRY_CODE = /^[A-Z]{2}$/;

export const rankedPlaces = async (
  _parent: unknown,
  args: PageArgs & { by?: PlaceRanking | null; country?: string | null; kinds?: string[] | null },
  ctx: ApiContext,
) => {
  const country = args.country?.toUpperCase() ?? null;
  if (country !== null && !COUNTRY_CODE.test(country)) {
    throw badInput(`rankedPlaces: country must be an ISO 3166-1 alpha-2 code such as "JP"; got "${args.country}".`);
  }
  const window = pageWindow(args);
  const rankings = await currentRankings(ctx.reader);
  const by = args.by ?? 'TIES';
  const list = by === 'TIES' ? rankings.byTies : by === 'PAGERANK' ? rankings.byPagerank : rankings.byBetweenness;
  if (!list) {
    throw badInput(`rankedPlaces: betweenness is computed for tie networks of up to ${MAX_BETWEENNESS_TIES} ties; rank by TIES or PAGERANK.`);
  }
  const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  const matching = list.filter(
    (place) => (country === null || place.countryCode === country) && (kinds === null || (place.kind !== null && kinds.has(place.kind))),
  );
  const items = matching.slice(window.offset, window.offset + window.limit).map((place, i) => ({ place, rank: window.offset + i + 1 }));
  return toConnection({ totalCount: matching.length, items }, window, ({ place, rank }: { place: RankedPlace; rank: number }) => ({
    node: loadNode(ctx, 'Place', place.id),
    rank,
    score: place.score,
    ties: place.ties,
  }));
};

export const countryPairRanking = async (_parent: unknown, args: PageArgs, ctx: ApiContext) => {
  const window = pageWindow(args);
  const { countryPairs } = await currentRankings(ctx.reader);
  const items = countryPairs.slice(window.offset, window.offset + window.limit);
  return toConnection({ totalCount: countryPairs.length, items }, window, (pair: CountryPairCount) => ({
    node: {
      a: loadNode(ctx, 'Country', countryId(pair.a)),
      b: loadNode(ctx, 'Country', countryId(pair.b)),
      ties: pair.ties,
    },
  }));
};
