/** `partnerships(filter, first, after)`. */
import { findPartnerships, type PartnershipFilter } from '../../../graph/queries/partnerships.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput, checkedCountryCode } from '../../guards.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { rootSelection, tieShape } from '../../translate/node-shapes.ts';

/** Checks a filter's country codes and year range, with errors that say what to pass instead. */
export function checkedPartnershipFilter(filter: PartnershipFilter): PartnershipFilter {
  const countries = filter.countries ?? [];
  if (countries.length > 2) throw badInput('partnerships: filter.countries takes one or two country codes.');
  for (const code of countries) checkedCountryCode(code, 'partnerships:');
  if (filter.sinceFrom != null && filter.sinceTo != null && filter.sinceFrom > filter.sinceTo) {
    throw badInput(`partnerships: filter.sinceFrom (${filter.sinceFrom}) is after filter.sinceTo (${filter.sinceTo}).`);
  }
  return filter;
}

export const partnerships: QueryResolvers['partnerships'] = async (_parent, args, ctx, info) => {
  const filter = checkedPartnershipFilter(args.filter ?? {});
  const window = pageWindow(args);
  // Only what the request asks of the ties is read: their properties selected, their ends when selected.
  const page = rootSelection(info, 'PartnershipConnection');
  const shape = tieShape([
    page.child('edges', 'PartnershipEdge')?.child('node', 'Partnership') ?? null,
    page.child('nodes', 'Partnership'),
  ]);
  return toConnection(await findPartnerships(ctx.reader, filter, window, args.orderBy ?? undefined, shape), window);
};
