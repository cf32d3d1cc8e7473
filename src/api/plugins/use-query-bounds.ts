/**
 * Bounds on the shape of a request, checked before anything runs: depth, aliases and an estimated cost. Together with
 * the page bound (`first` at most 100) they keep one request from asking for an unbounded amount of work.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import {
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_ALIASES, MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../../graph/limits.ts';

export function useQueryBounds(): Plugin[] {
  return [
    maxDepthPlugin({ n: MAX_QUERY_DEPTH, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: MAX_ALIASES }) as Plugin,
    useCostLimit(),
  ];
}

/**
 * graphql-armor's cost limit, on the query with its variables written in. Its rule reads only literal `first`, and
 * it runs at validation, which knows no variables (and whose result yoga caches per query text): fifteen aliased
 * depth-3 neighbourhoods were refused with `first: 200` and let through with `first: $n`. Here the limit runs when the
 * variables are known, and counts `first: $n` exactly as the literal it stands for.
 */
export function useCostLimit(maxCost = MAX_QUERY_COST): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = cachedQueryCost(args.document, args.variableValues ?? {});
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [createGraphQLError(`Syntax Error: Query Cost limit of ${maxCost} exceeded, found ${cost}.`)],
        });
      }
    },
  };
}

/** Variable sets remembered per document; past this many the document's entries start over. */
const COSTS_PER_DOCUMENT = 64;
const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * `queryCost`, remembered per document (yoga's parser cache hands the same document object to every request with
 * the same text) and variable values: walking the document and writing the variables in cost about as much CPU as
 * running one of the small reads the requests make, and a client sends the same few queries over and over.
 */
function cachedQueryCost(document: DocumentNode, variables: Record<string, unknown>): number {
  let known = costs.get(document);
  if (!known) {
    known = new Map();
    costs.set(document, known);
  }
  const key = JSON.stringify(variables);
  let cost = known.get(key);
  if (cost === undefined) {
    cost = queryCost(document, variables);
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
  }
  return cost;
}

/** graphql-armor's cost of the costliest operation in `document`, with `variables` written in as literals. */
export function queryCost(document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const literal = withVariablesWritten(document, variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of literal.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let highest = 0;
  // The rule asks its validation context only for fragments, and reports each operation's cost to onAccept.
  const context = { getFragment: (name: string) => fragments.get(name) } as unknown as ValidationContext;
  const rule = costLimitRule({
    maxCost: Number.POSITIVE_INFINITY,
    onAccept: [(_context, { n }) => (highest = Math.max(highest, n))],
  });
  visit(literal, rule(context) as ASTVisitor);
  return highest;
}

/**
 * The document with every variable used as an argument value replaced by the literal of its value (or of its
 * declared default); variables without a value, or with a list or object value, stay as they are.
 */
export function withVariablesWritten(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) defaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }
  return visit(document, {
    VariableDefinition: () => false, // the declarations themselves stay
    Variable(node) {
      const name = node.name.value;
      return Object.hasOwn(variables, name) ? (scalarLiteral(variables[name]) ?? undefined) : defaults.get(name);
    },
  });
}

function scalarLiteral(value: unknown): ValueNode | null {
  if (value === null) return { kind: Kind.NULL };
  if (typeof value === 'number' && Number.isInteger(value)) return { kind: Kind.INT, value: String(value) };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: Kind.FLOAT, value: String(value) };
  if (typeof value === 'string') return { kind: Kind.STRING, value };
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  return null;
}
