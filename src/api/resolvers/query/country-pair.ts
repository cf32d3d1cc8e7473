/** `countryPair(a, b)`: ties between two countries and figures about the pair. */
import { findCountryPair } from '../../../graph/queries/countries.ts';
import { findPartnerships } from '../../../graph/queries/partnerships.ts';
import type { NodeRecord } from '../../../graph/queries/read.ts';
import type { ApiContext } from '../../context.ts';
import { badInput, pageWindow, toConnection, type PageArgs } from '../../pagination.ts';

export const countryPair = async (_parent: unknown, args: { a: string; b: string }, ctx: ApiContext) => {
  for (const code of [args.a, args.b]) {
    if (!/^[A-Za-z]{2}$/.test(code)) throw badInput(`countryPair: "${code}" is not an ISO 3166-1 alpha-2 code such as CN.`);
  }
  return findCountryPair(ctx.reader, args.a.toUpperCase(), args.b.toUpperCase());
};

/** `CountryPair.ties`: partnerships with one end in each of the two countries. */
const ties = async (
  parent: { a: NodeRecord; b: NodeRecord },
  args: PageArgs & { kinds?: string[] | null },
  ctx: ApiContext,
) => {
  const window = pageWindow(args);
  const countries = [String(parent.a.code), String(parent.b.code)];
  const kinds = args.kinds && args.kinds.length > 0 ? args.kinds : null;
  return toConnection(await findPartnerships(ctx.reader, { countries, kinds }, window), window);
};

export const CountryPair = { ties };
