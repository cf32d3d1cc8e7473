/** `Person` and `Office`: offices held, meetings attended, people met. */
import { findMeetingsOfPeople, findOfficeDetails, findOfficesOfPeople, findPeopleMet } from '../../../graph/queries/people.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../graph/limits.ts';
import { boundedInt, pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { countryOfField, detailField, evidenceField, listProperty, mentionedInField, nodeFields, type Resolver } from '../shared.ts';

const offices: Resolver<{ includeFormer?: boolean | null; first?: number | null }> = async (parent, args, ctx) => {
  const first = boundedInt(args.first, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, 'offices(first)');
  const includeFormer = args.includeFormer ?? true;
  const found = await ctx.loaders.load(`officesOfPerson:${includeFormer}:${first}`, parent.id, (ids) =>
    findOfficesOfPeople(ctx.reader, ids, includeFormer, first),
  );
  return found ?? [];
};

const meetings: Resolver<PageArgs> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const slice = await ctx.loaders.load(`meetingsOfPerson:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findMeetingsOfPeople(ctx.reader, ids, window),
  );
  return toConnection(slice, window);
};

const met: Resolver<PageArgs> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const slice = await ctx.loaders.load(`peopleMet:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findPeopleMet(ctx.reader, ids, window),
  );
  return toConnection(slice, window, (item) => item);
};

export const Person = {
  ...nodeFields,
  aliases: listProperty('aliases'),
  country: countryOfField,
  offices,
  meetings,
  met,
  mentionedIn: mentionedInField('Person'),
  evidence: evidenceField('Person'),
};

export const Office = {
  ...nodeFields,
  title: (parent: { title?: unknown; name?: unknown }) => parent.title ?? parent.name,
  former: detailField('Office', 'former', findOfficeDetails, false),
  holder: detailField('Office', 'holder', findOfficeDetails),
  of: detailField('Office', 'of', findOfficeDetails),
  evidence: evidenceField('Office'),
};
