/** `neighbourhood(id, depth, first, relationshipTypes)` and `connection(fromId, toId, maxLength)`. */
import { labelOfId } from '../../../graph/model.ts';
import {
  DEFAULT_CONNECTION_LENGTH,
  DEFAULT_NEIGHBOURHOOD_DEPTH,
  DEFAULT_NEIGHBOURHOOD_NODES,
  MAX_CONNECTION_LENGTH,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_NODES,
} from '../../../graph/limits.ts';
import {
  CONNECTION_LINKS,
  connectionRelationshipTypes,
  defaultConnectionLinks,
  findConnection,
  findNeighbourhood,
  type StepRecord,
} from '../../../graph/queries/traversal.ts';
import type { QueryResolvers, StepResolvers } from '../../generated/resolvers-types.ts';
import { badInput, boundedInt } from '../../guards.ts';
import { loadNode } from '../shared.ts';
import { rootSelection, selectionsOfAnyNode } from '../../translate/node-shapes.ts';
import { propertiesFor } from '../../translate/projection.ts';

export const neighbourhood: QueryResolvers['neighbourhood'] = async (_parent, args, ctx, info) => {
  const depth = boundedInt(args.depth, DEFAULT_NEIGHBOURHOOD_DEPTH, 1, MAX_NEIGHBOURHOOD_DEPTH, 'neighbourhood: depth');
  const first = boundedInt(args.first, DEFAULT_NEIGHBOURHOOD_NODES, 0, MAX_NEIGHBOURHOOD_NODES, 'neighbourhood: first');
  const label = labelOfId(args.id);
  if (!label) return null;
  const types = args.relationshipTypes && args.relationshipTypes.length > 0 ? args.relationshipTypes : undefined;
  // The nodes (and the centre) carry only the properties the request asks of them.
  const hood = rootSelection(info, 'Neighbourhood');
  const properties = propertiesFor([
    ...selectionsOfAnyNode(hood.child('nodes', 'NeighbourhoodNode'), 'node'),
    ...selectionsOfAnyNode(hood, 'center'),
  ]);
  const found = await findNeighbourhood(ctx.reader, label, args.id, depth, first, types, properties);
  if (!found) return null;
  return {
    center: found.center,
    nodes: found.nodes.map((node) => ({ node, distance: node.distance })),
    edges: found.edges,
    truncated: found.truncated,
  };
};

export const connection: QueryResolvers['connection'] = async (_parent, args, ctx, info) => {
  const maxLength = boundedInt(
    args.maxLength,
    DEFAULT_CONNECTION_LENGTH,
    1,
    MAX_CONNECTION_LENGTH,
    'connection: maxLength',
  );
  const fromLabel = labelOfId(args.fromId);
  const toLabel = labelOfId(args.toId);
  if (!fromLabel || !toLabel) return null;
  if (args.fromId === args.toId) {
    const only = await loadNode(ctx, fromLabel, args.fromId);
    return only ? { length: 0, nodes: [only], steps: [] } : null;
  }
  const links = args.via && args.via.length > 0 ? args.via : defaultConnectionLinks(fromLabel, toLabel);
  for (const link of links) {
    if (!(link in CONNECTION_LINKS)) throw badInput(`connection: "${link}" is not a ConnectionLink.`);
  }
  const types = connectionRelationshipTypes(links);
  // The nodes of the path carry only the properties the request asks of them, as nodes or as ends of steps.
  const asked = rootSelection(info, 'Connection');
  const stepsAsked = asked.child('steps', 'Step');
  const properties = propertiesFor([
    ...selectionsOfAnyNode(asked, 'nodes'),
    ...selectionsOfAnyNode(stepsAsked, 'from'),
    ...selectionsOfAnyNode(stepsAsked, 'to'),
  ]);
  const path = await findConnection(
    ctx.reader,
    fromLabel,
    args.fromId,
    toLabel,
    args.toId,
    maxLength,
    types,
    properties,
  );
  if (!path) return null;
  const steps = path.edges.map((edge, i) => {
    const from = path.nodes[i]!;
    const step: StepRecord = {
      from,
      to: path.nodes[i + 1]!,
      type: edge.type,
      forward: edge.from === from.id,
      partnershipId: edge.partnership ?? null,
    };
    return step;
  });
  return { length: steps.length, nodes: path.nodes, steps };
};

/** `Step.partnership`: the tie a `TIED_TO` step walks along, batched with the other steps' ties. */
export const stepPartnership: StepResolvers['partnership'] = (parent, _args, ctx) =>
  parent.partnershipId ? loadNode(ctx, 'Partnership', parent.partnershipId) : null;
