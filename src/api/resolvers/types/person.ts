/** `Person` and `Office`: offices held, meetings attended, people met. */
import {
  findMeetingsOfPeople,
  findOfficeDetails,
  findOfficesOfPeople,
  findPeopleMet,
  type Encounter,
} from '../../../graph/queries/people.ts';
import type { OfficeResolvers, PersonResolvers } from '../../generated/resolvers-types.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../graph/limits.ts';
import { boundedInt } from '../../guards.ts';
import { pagedField } from '../paged-field.ts';
import { aliasesField, countryOfField, detailField, evidenceField, mentionedInField, nodeFields } from '../shared.ts';

export const Person: PersonResolvers = {
  ...nodeFields,
  aliases: aliasesField,
  country: countryOfField,
  offices: async (parent, args, ctx) => {
    const first = boundedInt(args.first, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, 'offices(first)');
    const includeFormer = args.includeFormer ?? true;
    const found = await ctx.loaders.load(`officesOfPerson:${includeFormer}:${first}`, parent.id, (ids) =>
      findOfficesOfPeople(ctx.reader, ids, includeFormer, first),
    );
    return found ?? [];
  },
  meetings: pagedField({
    name: 'meetingsOfPerson',
    find: (reader, ids, window) => findMeetingsOfPeople(reader, ids, window),
  }),
  met: pagedField({
    name: 'peopleMet',
    find: (reader, ids, window) => findPeopleMet(reader, ids, window),
    edge: (item: Encounter) => item,
  }),
  mentionedIn: mentionedInField('Person'),
  evidence: evidenceField('Person'),
};

export const Office: OfficeResolvers = {
  ...nodeFields,
  title: (parent) => parent.title ?? parent.name,
  former: detailField('Office', 'former', findOfficeDetails, false),
  holder: detailField('Office', 'holder', findOfficeDetails, null),
  of: detailField('Office', 'of', findOfficeDetails, null),
  evidence: evidenceField('Office'),
};
