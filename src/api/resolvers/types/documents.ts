/** `Document` and `Sentence`: what a document mentions, which document a sentence is in. */
import { findDocumentMentions, findDocumentsOfSentences } from '../../../graph/queries/documents.ts';
import type { DocumentResolvers, SentenceResolvers } from '../../generated/resolvers-types.ts';
import { pageWindow, toConnection } from '../../pagination.ts';
import { nodeFields } from '../shared.ts';

export const Document: DocumentResolvers = {
  ...nodeFields,
  title: (parent) => parent.title ?? parent.name,
  mentions: async (parent, args, ctx) => {
    const window = pageWindow(args);
    const labels = args.labels && args.labels.length > 0 ? [...args.labels].sort() : null;
    const slice = await ctx.loaders.load(`mentions:${labels?.join(',')}:${window.offset}:${window.limit}`, parent.id, (ids) =>
      findDocumentMentions(ctx.reader, ids, labels, window),
    );
    return toConnection(slice, window);
  },
};

export const Sentence: SentenceResolvers = {
  ...nodeFields,
  text: (parent) => parent.text ?? parent.name,
  document: (parent, _args, ctx) => ctx.loaders.load('documentOfSentence', parent.id, (ids) => findDocumentsOfSentences(ctx.reader, ids)),
};
