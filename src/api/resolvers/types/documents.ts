/** `Document` and `Sentence`: what a document mentions, which document a sentence is in. */
import { findDocumentMentions, findDocumentsOfSentences } from '../../../graph/queries/documents.ts';
import { pageWindow, toConnection, type PageArgs } from '../../pagination.ts';
import { nodeFields, type Parent, type Resolver } from '../shared.ts';

const mentions: Resolver<PageArgs & { labels?: string[] | null }> = async (parent, args, ctx) => {
  const window = pageWindow(args);
  const labels = args.labels && args.labels.length > 0 ? [...args.labels].sort() : null;
  const slice = await ctx.loaders.load(`mentions:${labels?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
    findDocumentMentions(ctx.reader, ids, labels, window),
  );
  return toConnection(slice, window);
};

export const Document = {
  ...nodeFields,
  title: (parent: Parent) => parent.title ?? parent.name,
  mentions,
};

export const Sentence = {
  ...nodeFields,
  text: (parent: Parent) => parent.text ?? parent.name,
  document: ((parent, _args, ctx) =>
    ctx.loaders.load('documentOfSentence', parent.id, (ids) => findDocumentsOfSentences(ctx.reader, ids))) as Resolver,
};
