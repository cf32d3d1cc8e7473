/** The resolver map: one module per root field group and per type; the abstract types resolve from node labels. */
import { connection, neighbourhood, stepPartnership } from './query/traversal.ts';
import { country, document, event, node, person, place } from './query/lookups.ts';
import { conflicts } from './query/conflicts.ts';
import { CountryPair, countryPair } from './query/country-pair.ts';
import { meetings } from './query/meetings.ts';
import { partnerships } from './query/partnerships.ts';
import { countryPairRanking, rankedPlaces } from './query/rankings.ts';
import { search } from './query/search.ts';
import { Country } from './types/country.ts';
import { Document, Sentence } from './types/documents.ts';
import { CountryFigure, Event, Meeting, Partnership } from './types/facts.ts';
import { Office, Person } from './types/person.ts';
import { Place } from './types/place.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { evidencedTypeName, locationTypeName, nodeTypeName } from './shared.ts';

export const resolvers: Resolvers = {
  Query: {
    node,
    place,
    person,
    country,
    document,
    event,
    search,
    meetings,
    partnerships,
    conflicts,
    neighbourhood,
    connection,
    countryPair,
    rankedPlaces,
    countryPairRanking,
  },
  Node: { __resolveType: nodeTypeName },
  Evidenced: { __resolveType: evidencedTypeName },
  Location: { __resolveType: locationTypeName },
  Place,
  Country,
  Person,
  Office,
  Meeting,
  Event,
  Partnership,
  CountryFigure,
  Document,
  Sentence,
  CountryPair,
  Step: { partnership: stepPartnership },
};
