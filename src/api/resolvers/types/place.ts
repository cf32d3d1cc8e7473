/** `Place`: a place's partners, officials, meetings, containing place and country. */
import { findMeetingsInPlaces, findOfficials, findPartners, findPlacesWithin } from '../../../graph/queries/places.ts';
import type { NodeRecord } from '../../../graph/queries/records.ts';
import type { ApiContext } from '../../context.ts';
import type { PlacePartnersArgs, PlaceResolvers } from '../../generated/resolvers-types.ts';
import { pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { aliasesField, countryOfField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';

export function officialsField(label: 'Place' | 'Country') {
  return async (parent: NodeRecord, args: PageArgs & { includeFormer?: boolean | null }, ctx: ApiContext) => {
    const window = pageWindow(args);
    const includeFormer = args.includeFormer ?? true;
    const slice = await ctx.loaders.load(
      `officials.${label}:${includeFormer}:${window.offset}:${window.limit}`,
      parent.id,
      (ids) => findOfficials(ctx.reader, label, ids, includeFormer, window),
    );
    return toConnection(slice, window);
  };
}

export const Place: PlaceResolvers = {
  ...nodeFields,
  aliases: aliasesField,
  country: countryOfField,
  within: (parent, _args, ctx) => ctx.loaders.load('within', parent.id, (ids) => findPlacesWithin(ctx.reader, ids)),
  partners: async (parent, args: PlacePartnersArgs, ctx) => {
    const window = pageWindow(args);
    const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds].sort() : null;
    const slice = await ctx.loaders.load(`partners:${kinds?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findPartners(ctx.reader, ids, kinds, window),
    );
    return toConnection(slice, window, (item) => item);
  },
  officials: officialsField('Place'),
  meetings: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const slice = await ctx.loaders.load(`meetingsInPlace:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findMeetingsInPlaces(ctx.reader, ids, window),
    );
    return toConnection(slice, window);
  },
  mentionedIn: mentionedInField('Place'),
  evidence: evidenceField('Place'),
};
