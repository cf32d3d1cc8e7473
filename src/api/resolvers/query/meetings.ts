/** `meetings(filter, first, after)`. */
import { findMeetings } from '../../../graph/queries/meetings.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput, pageWindow, toConnection } from '../../pagination.ts';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const meetings: QueryResolvers['meetings'] = async (_parent, args, ctx) => {
  const filter = args.filter ?? {};
  for (const bound of ['from', 'to'] as const) {
    const value = filter[bound];
    if (value != null && !PARTIAL_DATE.test(value)) {
      throw badInput(`meetings: filter.${bound} "${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.`);
    }
  }
  if (filter.countryCode != null && !/^[A-Za-z]{2}$/.test(filter.countryCode)) {
    throw badInput(`meetings: filter.countryCode "${filter.countryCode}" is not an ISO 3166-1 alpha-2 code such as JP.`);
  }
  const window = pageWindow(args);
  return toConnection(await findMeetings(ctx.reader, filter, window), window);
};
