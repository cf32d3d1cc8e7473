/** `countryPair(a, b)`: ties between two countries and figures about the pair. */
import { findCountryPair } from '../../../graph/queries/countries.ts';
import { findPartnerships } from '../../../graph/queries/partnerships.ts';
import type { CountryPairResolvers, QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput, pageWindow, toConnection } from '../../pagination.ts';

export const countryPair: QueryResolvers['countryPair'] = async (_parent, args, ctx) => {
  for (const code of [args.a, args.b]) {
    if (!/^[A-Za-z]{2}$/.test(code)) throw badInput(`countryPair: "${code}" is not an ISO 3166-1 alpha-2 code such as CN.`);
  }
  return findCountryPair(ctx.reader, args.a.toUpperCase(), args.b.toUpperCase());
};

export const CountryPair: CountryPairResolvers = {
  /** Partnerships with one end in each of the two countries. */
  ties: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const countries = [String(parent.a.code), String(parent.b.code)];
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
    return toConnection(await findPartnerships(ctx.reader, { countries, kinds }, window), window);
  },
};
