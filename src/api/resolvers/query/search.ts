/** `search(text, labels, first, after)`: named nodes by name fragment. */
import { NAMED_LABELS } from '../../../graph/model.ts';
import { nameKey } from '../../../facts/names.ts';
import { searchNodes } from '../../../graph/queries/search.ts';
import type { QueryResolvers } from '../../generated/resolvers-types.ts';
import { badInput } from '../../guards.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { rootSelection, selectionsOfAnyNode } from '../../translate/node-shapes.ts';
import { propertiesFor } from '../../translate/projection.ts';

export const search: QueryResolvers['search'] = async (_parent, args, ctx, info) => {
  if (nameKey(args.text) === '') throw badInput('search: text must contain at least one letter or digit.');
  const window = pageWindow(args);
  const labels = args.labels && args.labels.length > 0 ? args.labels : [...NAMED_LABELS];
  // The hits carry only the properties the request asks of them.
  const page = rootSelection(info, 'NodeConnection');
  const properties = propertiesFor([
    ...selectionsOfAnyNode(page.child('edges', 'NodeEdge'), 'node'),
    ...selectionsOfAnyNode(page, 'nodes'),
  ]);
  return toConnection(await searchNodes(ctx.reader, args.text, labels, window, properties), window);
};
