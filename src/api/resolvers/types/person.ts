/** `Person` and `Office`: offices held, meetings attended, people met. */
import { findMeetingsOfPeople, findOfficeDetails, findOfficesOfPeople, findPeopleMet } from '../../../graph/queries/people.ts';
import type { OfficeResolvers, PersonResolvers } from '../../generated/resolvers-types.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../graph/limits.ts';
import { boundedInt, pageWindow, toConnection } from '../../pagination.ts';
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
  meetings: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const slice = await ctx.loaders.load(`meetingsOfPerson:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findMeetingsOfPeople(ctx.reader, ids, window),
    );
    return toConnection(slice, window);
  },
  met: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const slice = await ctx.loaders.load(`peopleMet:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findPeopleMet(ctx.reader, ids, window),
    );
    return toConnection(slice, window, (item) => item);
  },
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
