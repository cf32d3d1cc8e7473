/** `Document` and `Sentence`: what a document mentions, which document a sentence is in. */
import { findDocumentMentions, findDocumentsOfSentences } from '../../../graph/queries/documents.ts';
import type { DocumentMentionsArgs, DocumentResolvers, SentenceResolvers } from '../../generated/resolvers-types.ts';
import { pagedField, setArgument } from '../paged-field.ts';
import { nodeFields } from '../shared.ts';

export const Document: DocumentResolvers = {
  ...nodeFields,
  title: (parent) => parent.title ?? parent.name,
  mentions: pagedField({
    name: 'mentions',
    options: (args: DocumentMentionsArgs) => setArgument(args.labels),
    find: (reader, ids, window, labels) => findDocumentMentions(reader, ids, labels, window),
  }),
};

export const Sentence: SentenceResolvers = {
  ...nodeFields,
  text: (parent) => parent.text ?? parent.name,
  document: (parent, _args, ctx) =>
    ctx.loaders.load('documentOfSentence', parent.id, (ids) => findDocumentsOfSentences(ctx.reader, ids)),
};
