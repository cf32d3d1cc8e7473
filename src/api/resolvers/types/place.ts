/** `Place`: a place's partners, officials, meetings, containing place and country. */
import { findMeetingsInPlaces, findOfficials, findPartners, findPlacesWithin } from '../../../graph/queries/places.ts';
import { pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { countryOfField, evidenceField, listProperty, mentionedInField, nodeFields, type Resolver } from '../shared.ts';

const partners: Resolver<PageArgs & { kinds?: string[] | null }> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds].sort() : null;
  const slice = await ctx.loaders.load(`partners:${kinds?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findPartners(ctx.reader, ids, kinds, window),
  );
  return toConnection(slice, window, (item) => item);
};

export function officialsField(label: 'Place' | 'Country'): Resolver<PageArgs & { includeFormer?: boolean | null }> {
  return async (parent, args, ctx) => {
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

const meetings: Resolver<PageArgs> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const slice = await ctx.loaders.load(`meetingsInPlace:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findMeetingsInPlaces(ctx.reader, ids, window),
  );
  return toConnection(slice, window);
};

const within: Resolver = (parent, _args, ctx) => ctx.loaders.load('within', parent.id, (ids) => findPlacesWithin(ctx.reader, ids));

export const Place = {
  ...nodeFields,
  aliases: listProperty('aliases'),
  country: countryOfField,
  within,
  partners,
  officials: officialsField('Place'),
  meetings,
  mentionedIn: mentionedInField('Place'),
  evidence: evidenceField('Place'),
};
