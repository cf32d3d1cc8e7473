/** `Country`: its places, people, national offices. */
import { findPlacesInCountries } from '../../../graph/queries/places.ts';
import { findPeopleFromCountries } from '../../../graph/queries/people.ts';
import { pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { evidenceField, listProperty, mentionedInField, nodeFields, type Resolver } from '../shared.ts';
import { officialsField } from './place.ts';

const places: Resolver<PageArgs & { kinds?: string[] | null }> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds].sort() : null;
  const slice = await ctx.loaders.load(`placesInCountry:${kinds?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findPlacesInCountries(ctx.reader, ids, kinds, window),
  );
  return toConnection(slice, window);
};

const people: Resolver<PageArgs> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const slice = await ctx.loaders.load(`peopleFromCountry:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findPeopleFromCountries(ctx.reader, ids, window),
  );
  return toConnection(slice, window);
};

export const Country = {
  ...nodeFields,
  code: (parent: { code?: unknown; id: string }) => parent.code ?? parent.id.slice('country:'.length),
  aliases: listProperty('aliases'),
  places,
  people,
  officials: officialsField('Country'),
  mentionedIn: mentionedInField('Country'),
  evidence: evidenceField('Country'),
};
