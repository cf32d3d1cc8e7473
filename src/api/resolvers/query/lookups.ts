/** `node`, `place`, `person`, `country`, `document`, `event`: one node by id, or by name or alias. */
import { countryId, type NodeLabel } from '../../../graph/model.ts';
import { labelOfId, type NamedLabel } from '../../../graph/model.ts';
import { findNodeByName } from '../../../graph/queries/nodes.ts';
import type { RecordOfLabel } from '../../../graph/queries/records.ts';
import type { ApiContext } from '../../context.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput, checkedCountryCode } from '../../guards.ts';
import { placeWithPartners } from '../../translate/place-partners.ts';
import { loadNode } from '../shared.ts';

interface LookupArgs {
  id?: string | null;
  name?: string | null;
}

/** The node with this id if it has this label (ids carry their label), else null. */
export function nodeWithLabel<L extends NodeLabel>(
  ctx: ApiContext,
  label: L,
  id: string,
): Promise<RecordOfLabel[L] | null> | null {
  return labelOfId(id) === label ? loadNode(ctx, label, id) : null;
}

function lookup<L extends NamedLabel>(label: L, field: string) {
  return (_parent: unknown, args: LookupArgs, ctx: ApiContext) => {
    const given = [args.id, args.name].filter((value) => value !== null && value !== undefined);
    if (given.length !== 1)
      throw badInput(`${field}: give either id or name, not ${given.length === 0 ? 'neither' : 'both'}.`);
    if (args.id != null) return nodeWithLabel(ctx, label, args.id);
    return findNodeByName(ctx.reader, label, args.name!);
  };
}

export const node: QueryResolvers['node'] = (_parent, args, ctx) => {
  const label = labelOfId(args.id);
  return label ? loadNode(ctx, label, args.id) : null;
};

const placeLookup = lookup('Place', 'place');

/** A place by id whose partners the request selects is one query (translate/place-partners.ts); else a lookup. */
export const place: QueryResolvers['place'] = (parent, args, ctx, info) => {
  const translated =
    args.id != null && args.name == null && labelOfId(args.id) === 'Place'
      ? placeWithPartners(ctx, args.id, info)
      : null;
  return translated ?? placeLookup(parent, args, ctx);
};
export const person: QueryResolvers['person'] = lookup('Person', 'person');
export const document: QueryResolvers['document'] = lookup('Document', 'document');
export const event: QueryResolvers['event'] = lookup('Event', 'event');

export const country: QueryResolvers['country'] = (_parent, args, ctx) => {
  const given = [args.id, args.code, args.name].filter((value) => value !== null && value !== undefined);
  if (given.length !== 1) throw badInput('country: give exactly one of id, code or name.');
  if (args.id != null) return nodeWithLabel(ctx, 'Country', args.id);
  if (args.code != null) return loadNode(ctx, 'Country', countryId(checkedCountryCode(args.code, 'country: code')));
  return findNodeByName(ctx.reader, 'Country', args.name!);
};
