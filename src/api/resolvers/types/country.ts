/** `Country`: its places, people, national offices, the countries tied with it, figures. */
import { findTiedCountries, type TiedCountryRecord } from '../../../graph/queries/countries.ts';
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
  tiedCountries: pagedField({
    name: 'tiedCountries',
    find: (reader, ids, window) => findTiedCountries(reader, ids, window),
    edge: (item: TiedCountryRecord) => item,
  }),
  figures: figuresAboutField('Country'),
  mentionedIn: mentionedInField('Country'),
  evidence: evidenceField('Country'),
};
