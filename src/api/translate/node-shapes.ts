/**
 * What root fields that return nodes of any label (a neighbourhood, a connection, search hits) or ties (a list of
 * partnerships) need of them, read from the request's selection: their queries then project only those properties,
 * as the Cypher one would write by hand for the same request does.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { NODE_LABELS } from '../../graph/model.ts';
import type { TieShape } from '../../graph/queries/shaped.ts';
import { propertiesFor } from './projection.ts';
import { Selection } from './selection.ts';

/** The selections of `field` of `parent` (a field of type Node, or a list of them), one per label it may turn out. */
export function selectionsOfAnyNode(parent: Selection | null, field: string): Selection[] {
  return parent ? NODE_LABELS.flatMap((label) => parent.child(field, label) ?? []) : [];
}

/** The root field's selection of its object type. */
export function rootSelection(info: GraphQLResolveInfo, typeName: string): Selection {
  return Selection.of(info, info.fieldNodes, typeName);
}

/**
 * What a list of ties needs: the ties' properties, and their ends' when the request asks for the ends (which the
 * query then fetches, as it fetches the fields in `prefetched`: those need no id of the tie).
 */
export function tieShape(ties: readonly (Selection | null)[], prefetched: readonly string[] = []): TieShape {
  const selected = ties.filter((tie): tie is Selection => tie !== null);
  const asksEnds = selected.some((tie) => tie.named('ends').length > 0);
  const ends = selected.flatMap((tie) => [tie.child('ends', 'Place'), tie.child('ends', 'Country')]);
  return {
    partnership: propertiesFor(selected, { prefetched: ['ends', ...prefetched] }),
    ends: asksEnds ? propertiesFor(ends, { abstract: true }) : null,
  };
}
