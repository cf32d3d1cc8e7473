/** `search(text, labels, first, after)`: named nodes by name fragment. */
import { NAMED_LABELS, type NamedLabel } from '../../../graph/model.ts';
import { nameKey } from '../../../facts/names.ts';
import { searchNodes } from '../../../graph/queries/search.ts';
import type { ApiContext } from '../../context.ts';
import { badInput, pageWindow, toConnection, type PageArgs } from '../../pagination.ts';

export const search = async (
  _parent: unknown,
  args: PageArgs & { text: string; labels?: NamedLabel[] | null },
  ctx: ApiContext,
) => {
  if (nameKey(args.text) === '') throw badInput('search: text must contain at least one letter or digit.');
  const window = pageWindow(args);
  const labels = args.labels && args.labels.length > 0 ? args.labels : [...NAMED_LABELS];
  return toConnection(await searchNodes(ctx.reader, args.text, labels, window), window);
};
