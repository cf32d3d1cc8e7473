/** `Place`: a place's partners, officials, meetings, figures, containing place and country. */
import {
  findMeetingsInPlaces,
  findOfficials,
  findPartners,
  findPlacesWithin,
  type PartnerItem,
} from '../../../graph/queries/places.ts';
import type { PlacePartnersArgs, PlaceResolvers } from '../../generated/resolvers-types.ts';
import type { PageArgs } from '../../pagination.ts';
import { pagedField, setArgument } from '../paged-field.ts';
import { aliasesField, countryOfField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';
import { figuresAboutField } from './facts.ts';

/** The offices of a place or a country, current ones first unless `includeFormer` is false. */
export function officialsField(label: 'Place' | 'Country') {
  return pagedField({
    name: `officials.${label}`,
    options: (args: PageArgs & { includeFormer?: boolean | null }) => args.includeFormer ?? true,
    find: (reader, ids, window, includeFormer) => findOfficials(reader, label, ids, includeFormer, window),
  });
}

export const Place: PlaceResolvers = {
  ...nodeFields,
  aliases: aliasesField,
  country: countryOfField,
  within: (parent, _args, ctx) => ctx.loaders.load('within', parent.id, (ids) => findPlacesWithin(ctx.reader, ids)),
  partners: pagedField({
    name: 'partners',
    options: (args: PlacePartnersArgs) => ({ kinds: setArgument(args.kinds), order: args.orderBy ?? 'OLDEST_FIRST' }),
    find: (reader, ids, window, { kinds, order }) => findPartners(reader, ids, kinds, window, order),
    edge: (item: PartnerItem) => item,
  }),
  officials: officialsField('Place'),
  meetings: pagedField({
    name: 'meetingsInPlace',
    find: (reader, ids, window) => findMeetingsInPlaces(reader, ids, window),
  }),
  figures: figuresAboutField('Place'),
  mentionedIn: mentionedInField('Place'),
  evidence: evidenceField('Place'),
};
