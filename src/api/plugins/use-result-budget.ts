/**
 * A budget on how much a request can ask for, in nodes, before anything runs.
 *
 * Depth and cost limits count the fields in a query, not the items behind them: `partners(first: 100)` nested three
 * times is a short query for a million items. This estimates the worst case, multiplying down the query the page size
 * of every paged field (`first`, its value or default) and the fixed bound of every unpaged list (a meeting's
 * participants, at most 50), and refuses requests whose estimate exceeds the budget.
 *
 * The schema is inspected structurally (type names and `ofType`), not with graphql's `instanceof` helpers, because
 * with graphql loaded twice (ESM and CommonJS, as under vitest) the schema's classes are not this module's.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, SelectionSetNode, ValueNode } from 'graphql';
import {
  MAX_CONNECTION_LENGTH,
  MAX_ESTIMATED_NODES,
  MAX_FIGURE_SUBJECTS,
  MAX_FIGURES,
  MAX_MEETINGS_PER_ENCOUNTER,
  MAX_NEIGHBOURHOOD_EDGES,
  MAX_NEIGHBOURHOOD_NODES,
  MAX_PARTICIPANTS,
} from '../../graph/limits.ts';

/** Upper bounds of lists that take no `first`; lists of a connection (`edges`, `nodes`) are counted by its `first`. */
export const UNPAGED_LIST_BOUNDS: Record<string, number> = {
  'Meeting.participants': MAX_PARTICIPANTS,
  'Event.attendees': MAX_PARTICIPANTS,
  'Event.meetings': MAX_PARTICIPANTS,
  'Partnership.ends': 2,
  'CountryFigure.countries': MAX_FIGURE_SUBJECTS,
  'CountryFigure.places': MAX_FIGURE_SUBJECTS,
  'CountryFigure.subjects': MAX_FIGURE_SUBJECTS,
  'CountryPair.figures': MAX_FIGURES,
  'EncounterEdge.meetings': MAX_MEETINGS_PER_ENCOUNTER,
  'Connection.nodes': MAX_CONNECTION_LENGTH + 1,
  'Connection.steps': MAX_CONNECTION_LENGTH,
  // A neighbourhood's `first` counts its nodes; its edges are bounded too, five per node at the largest `first`.
  'Neighbourhood.edges': Math.ceil(MAX_NEIGHBOURHOOD_EDGES / MAX_NEIGHBOURHOOD_NODES),
};

interface SchemaType {
  name: string;
  getFields?: () => Record<string, SchemaField>;
}
interface SchemaField {
  type: { toString(): string };
  args: readonly { name: string; defaultValue?: unknown }[];
}

/** The estimated number of nodes (objects) a request returns at most; Infinity when it cannot be estimated. */
export function estimateResultNodes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  if (operation?.kind !== 'OperationDefinition') return 0;
  const root = schema.getRootType(operation.operation) as SchemaType | null | undefined;
  if (!root) return 0;

  const typeByName = (name: string) => schema.getType(name) as SchemaType | undefined;

  const intValue = (node: ValueNode | undefined, fallback: unknown): number => {
    if (!node) return typeof fallback === 'number' ? fallback : 1;
    if (node.kind === 'IntValue') return Number(node.value);
    if (node.kind === 'Variable') {
      const value = variables[node.name.value];
      return typeof value === 'number' ? value : typeof fallback === 'number' ? fallback : 1;
    }
    return 1;
  };

  const walk = (selectionSet: SelectionSetNode, type: SchemaType, multiplier: number, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'InlineFragment') {
        const on = selection.typeCondition ? typeByName(selection.typeCondition.name.value) : type;
        if (on) total += walk(selection.selectionSet, on, multiplier, seen);
      } else if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = typeByName(fragment.typeCondition.name.value);
        if (on) total += walk(fragment.selectionSet, on, multiplier, new Set([...seen, fragment.name.value]));
      } else if (selection.selectionSet) {
        const field = type.getFields?.()[selection.name.value];
        if (!field) continue;
        const typeText = field.type.toString();
        const namedType = typeByName(typeText.replace(/[[\]!]/g, ''));
        if (!namedType) continue;
        let factor = 1;
        const firstArg = field.args.find((arg) => arg.name === 'first');
        if (firstArg) {
          const node = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
          factor = Math.max(intValue(node, firstArg.defaultValue), 1);
        } else if (typeText.startsWith('[') && !type.name.endsWith('Connection')) {
          factor = UNPAGED_LIST_BOUNDS[`${type.name}.${selection.name.value}`] ?? 1;
        }
        const count = multiplier * factor;
        total += count + walk(selection.selectionSet, namedType, count, seen);
      }
    }
    return total;
  };

  return walk(operation.selectionSet, root, 1, new Set());
}

export function useResultBudget(maxNodes = MAX_ESTIMATED_NODES): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateResultNodes(args.schema, args.document, args.variableValues ?? {}, args.operationName);
      if (estimate > maxNodes) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `This request could return up to ${Math.round(estimate)} nodes (page sizes multiply down nested ` +
                `lists); the limit is ${maxNodes}. ` +
                'Ask for smaller pages with first, or fewer nested lists, and follow pageInfo.endCursor for more.',
              { extensions: { code: 'RESULT_BUDGET_EXCEEDED', estimate: Math.round(estimate), limit: maxNodes } },
            ),
          ],
        });
      }
    },
  };
}
