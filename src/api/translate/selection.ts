/**
 * What a GraphQL request selects below a field, read from the resolve info: the fields asked of one object type
 * (through fragments, inline fragments and @skip/@include), and their arguments. The translation of a root field into
 * one Cypher query shapes its projection from this.
 *
 * It tells kinds of types apart by their tag, never by `instanceof` nor graphql's `is...Type` helpers, which are
 * `instanceof` checks too: where the schema and this module load two copies of graphql (ESM and CommonJS, as under
 * vitest) those fail for every type.
 */
import type {
  DirectiveNode,
  FieldNode,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLType,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

/** The parts of the resolve info that reading a selection needs. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

/** The fields selected of one object type, under their response keys (alias or name), each with its field nodes. */
export class Selection {
  readonly info: SelectionInfo;
  readonly type: GraphQLObjectType;
  readonly fields: ReadonlyMap<string, readonly FieldNode[]>;

  constructor(info: SelectionInfo, type: GraphQLObjectType, fields: ReadonlyMap<string, readonly FieldNode[]>) {
    this.info = info;
    this.type = type;
    this.fields = fields;
  }

  /** What `fieldNodes` (a field of a parent type) select of `typeName`. */
  static of(info: SelectionInfo, fieldNodes: readonly FieldNode[], typeName: string): Selection {
    const type = info.schema.getType(typeName);
    if (!type || kindOf(type) !== 'GraphQLObjectType')
      throw new Error(`${typeName} is not an object type of the schema.`);
    const fields = new Map<string, FieldNode[]>();
    for (const node of fieldNodes)
      if (node.selectionSet) collect(info, node.selectionSet, type as GraphQLObjectType, fields);
    return new Selection(info, type as GraphQLObjectType, fields);
  }

  /** Every selection of the field `name` (one per response key), each as the field nodes that share that key. */
  named(name: string): (readonly FieldNode[])[] {
    return [...this.fields.values()].filter((nodes) => nodes[0]!.name.value === name);
  }

  /** What the field `name` selects of `typeName` (across its aliases), or null when the field is not selected. */
  child(name: string, typeName: string): Selection | null {
    const nodes = this.named(name).flat();
    return nodes.length > 0 ? Selection.of(this.info, nodes, typeName) : null;
  }

  /**
   * The argument values of one selection of a field of this type, defaults and variables applied. The request has
   * been validated, so literals are of the right type; the field's own resolver still checks their bounds.
   */
  argumentsOf(nodes: readonly FieldNode[]): Record<string, unknown> {
    const definition = this.type.getFields()[nodes[0]!.name.value];
    if (!definition) throw new Error(`${this.type.name} has no field ${nodes[0]!.name.value}.`);
    const given = new Map((nodes[0]!.arguments ?? []).map((argument) => [argument.name.value, argument.value]));
    return Object.fromEntries(
      definition.args.map((arg) => {
        const node = given.get(arg.name);
        const value = node ? literalValue(node, this.info.variableValues) : undefined;
        return [arg.name, value === undefined ? arg.defaultValue : value];
      }),
    );
  }

  /** The names of the selected fields whose type is a scalar or an enum (`__typename` left out). */
  leafFieldNames(): string[] {
    return this.#namesWhere(isLeaf);
  }

  /** The names of the selected fields that are objects, interfaces or unions. */
  objectFieldNames(): string[] {
    return this.#namesWhere((type) => !isLeaf(type));
  }

  #namesWhere(test: (type: GraphQLType) => boolean): string[] {
    const definitions = this.type.getFields();
    const names = new Set<string>();
    for (const nodes of this.fields.values()) {
      const definition = definitions[nodes[0]!.name.value];
      if (definition && test(definition.type)) names.add(definition.name);
    }
    return [...names];
  }
}

function collect(
  info: SelectionInfo,
  selectionSet: SelectionSetNode,
  type: GraphQLObjectType,
  into: Map<string, FieldNode[]>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === 'Field') {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === 'InlineFragment') {
      if (!selection.typeCondition || applies(info, selection.typeCondition.name.value, type))
        collect(info, selection.selectionSet, type, into);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(info, fragment.typeCondition.name.value, type))
        collect(info, fragment.selectionSet, type, into);
    }
  }
}

/**
 * Whether a fragment on `condition` applies to an object of `type` (the type itself, or an interface or union of it).
 */
function applies(info: SelectionInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  const abstract = conditionType && ['GraphQLInterfaceType', 'GraphQLUnionType'].includes(kindOf(conditionType));
  return Boolean(abstract) && info.schema.isSubType(conditionType as Parameters<typeof info.schema.isSubType>[0], type);
}

/** False under `@skip(if: true)` or `@include(if: false)`. */
function included(info: SelectionInfo, node: { directives?: readonly DirectiveNode[] | undefined }): boolean {
  const condition = (name: string) => {
    const argument = node.directives
      ?.find((directive) => directive.name.value === name)
      ?.arguments?.find((a) => a.name.value === 'if');
    return argument ? literalValue(argument.value, info.variableValues) : undefined;
  };
  return condition('skip') !== true && condition('include') !== false;
}

/** A literal or variable of a validated request as a value (enums as their names, as this schema defines them). */
function literalValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable':
      return variables[node.name.value];
    case 'IntValue':
      return Number.parseInt(node.value, 10);
    case 'FloatValue':
      return Number.parseFloat(node.value);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'BooleanValue':
      return node.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return node.values.map((value) => literalValue(value, variables));
    case 'ObjectValue':
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value, variables)]));
  }
}

/** The class of a schema type (`GraphQLObjectType`, `GraphQLList`, ...), read from its tag. */
function kindOf(type: GraphQLType): string {
  return Object.prototype.toString.call(type).slice('[object '.length, -1);
}

/** Whether a field of this type (through lists and non-nulls) is a scalar or an enum. */
function isLeaf(type: GraphQLType): boolean {
  let named: GraphQLType | GraphQLNamedType = type;
  while ('ofType' in named) named = named.ofType;
  return ['GraphQLScalarType', 'GraphQLEnumType'].includes(kindOf(named));
}
