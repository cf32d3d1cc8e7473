/** `meetings(filter, first, after)`. */
import { findMeetings } from '../../../graph/queries/meetings.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { checkedCountryCode, checkedPartialDate } from '../../guards.ts';
import { pageWindow, toConnection } from '../../pagination.ts';

export const meetings: QueryResolvers['meetings'] = async (_parent, args, ctx) => {
  const filter = args.filter ?? {};
  if (filter.from != null) checkedPartialDate(filter.from, 'meetings: filter.from');
  if (filter.to != null) checkedPartialDate(filter.to, 'meetings: filter.to');
  if (filter.countryCode != null) checkedCountryCode(filter.countryCode, 'meetings: filter.countryCode', 'JP');
  const window = pageWindow(args);
  return toConnection(await findMeetings(ctx.reader, filter, window), window);
};
