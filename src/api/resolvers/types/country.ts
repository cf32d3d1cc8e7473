/** `Country`: its places, people, national offices. */
import { findPlacesInCountries } from '../../../graph/queries/places.ts';
import { findPeopleFromCountries } from '../../../graph/queries/people.ts';
import type { CountryResolvers } from '../../generated/resolvers-types.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { aliasesField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';
import { officialsField } from './place.ts';

export const Country: CountryResolvers = {
  ...nodeFields,
  code: (parent) => parent.code ?? parent.id.slice('country:'.length),
  aliases: aliasesField,
  places: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds].sort() : null;
    const slice = await ctx.loaders.load(`placesInCountry:${kinds?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findPlacesInCountries(ctx.reader, ids, kinds, window),
    );
    return toConnection(slice, window);
  },
  people: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const slice = await ctx.loaders.load(`peopleFromCountry:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findPeopleFromCountries(ctx.reader, ids, window),
    );
    return toConnection(slice, window);
  },
  officials: officialsField('Country'),
  mentionedIn: mentionedInField('Country'),
  evidence: evidenceField('Country'),
};
