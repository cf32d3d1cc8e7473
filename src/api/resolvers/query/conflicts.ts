/** `conflicts(first, after)`: facts whose documents disagree. */
import { findConflicts } from '../../../graph/queries/conflicts.ts';
import type { ApiContext } from '../../context.ts';
import { pageWindow, toConnection, type PageArgs } from '../../pagination.ts';

export const conflicts = async (_parent: unknown, args: PageArgs, ctx: ApiContext) => {
  const window = pageWindow(args);
  return toConnection(await findConflicts(ctx.reader, window), window);
};
