/** `countryPair(a, b)`: ties between two countries and figures about the pair. */
import { findCountryPair } from '../../../graph/queries/countries.ts';
import { findCountryPairFigures } from '../../../graph/queries/figures.ts';
import { findPartnerships } from '../../../graph/queries/partnerships.ts';
import type { CountryPairResolvers, QueryResolvers } from '../../generated/resolvers-types.ts';
import { checkedCountryCode } from '../../guards.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { setArgument } from '../paged-field.ts';

export const countryPair: QueryResolvers['countryPair'] = async (_parent, args, ctx) => {
  return findCountryPair(
    ctx.reader,
    checkedCountryCode(args.a, 'countryPair:'),
    checkedCountryCode(args.b, 'countryPair:'),
  );
};

export const CountryPair: CountryPairResolvers = {
  /** Partnerships with one end in each of the two countries. */
  ties: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const countries = [String(parent.a.code), String(parent.b.code)];
    const kinds = setArgument(args.kinds);
    return toConnection(
      await findPartnerships(ctx.reader, { countries, kinds }, window, args.orderBy ?? undefined),
      window,
    );
  },
  /** The countryPair query brought the figures about the two countries; with places within them, one more query. */
  figures: async (parent, args, ctx) =>
    args.includePlacesWithin
      ? findCountryPairFigures(ctx.reader, String(parent.a.code), String(parent.b.code), true)
      : parent.figures,
};
