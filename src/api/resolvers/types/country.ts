/** `Country`: its places, people, national offices, figures. */
import { findPlacesInCountries } from '../../../graph/queries/places.ts';
import { findPeopleFromCountries } from '../../../graph/queries/people.ts';
import type { CountryPlacesArgs, CountryResolvers } from '../../generated/resolvers-types.ts';
import { pagedField, setArgument } from '../paged-field.ts';
import { aliasesField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';
import { figuresAboutField } from './facts.ts';
import { officialsField } from './place.ts';

export const Country: CountryResolvers = {
  ...nodeFields,
  code: (parent) => parent.code ?? parent.id.slice('country:'.length),
  aliases: aliasesField,
  places: pagedField({
    name: 'placesInCountry',
    options: (args: CountryPlacesArgs) => setArgument(args.kinds),
    find: (reader, ids, window, kinds) => findPlacesInCountries(reader, ids, kinds, window),
  }),
  people: pagedField({
    name: 'peopleFromCountry',
    find: (reader, ids, window) => findPeopleFromCountries(reader, ids, window),
  }),
  officials: officialsField('Country'),
  figures: figuresAboutField('Country'),
  mentionedIn: mentionedInField('Country'),
  evidence: evidenceField('Country'),
};
