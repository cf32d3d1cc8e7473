/** The SDL contract: it builds with the resolvers, is documented throughout, and has no way to write. */
import type { GraphQLField, GraphQLInputField, GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/graph/model.ts';
import { TIE_KINDS, SINCE_BASES } from '../../../src/facts/facts-schema.ts';
import { DEFAULT_PAGE_SIZE } from '../../../src/graph/limits.ts';
import { buildSchema } from '../../../src/api/schema.ts';

const schema = buildSchema();
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const ownTypes = (): GraphQLNamedType[] =>
  Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !BUILT_IN.has(type.name));

// Structural checks rather than graphql's isObjectType & co.: under vitest the schema's classes come from the CommonJS
// copy of graphql that @graphql-tools loads, and the instanceof checks refuse "another module or realm".
type WithFields = { getFields(): Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> };
const fieldsOf = (type: GraphQLNamedType) =>
  'getFields' in type ? Object.values((type as unknown as WithFields).getFields()) : [];
const valuesOf = (type: GraphQLNamedType): { name: string; description?: string | null }[] =>
  'getValues' in type
    ? (type as unknown as { getValues(): { name: string; description?: string | null }[] }).getValues()
    : [];
const argsOf = (field: unknown): { name: string; defaultValue?: unknown }[] =>
  (field as { args?: { name: string; defaultValue?: unknown }[] }).args ?? [];

describe('schema.graphql', () => {
  it('is read-only: a query type and nothing else', () => {
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('documents every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes()) {
      if (!type.description) missing.push(type.name);
      for (const field of fieldsOf(type)) if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const value of valuesOf(type)) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a Node type for every label of the graph model, each implementing Node', () => {
    const implementations = ownTypes()
      .filter(
        (type) =>
          'getInterfaces' in type &&
          (type as unknown as { getInterfaces(): readonly { name: string }[] })
            .getInterfaces()
            .some((i) => i.name === 'Node'),
      )
      .map((type) => type.name)
      .sort();
    expect(implementations).toEqual([...NODE_LABELS].sort());
  });

  it('mirrors the model: relationship types, tie kinds and bases of start years', () => {
    const values = (name: string) => valuesOf(schema.getType(name)!).map((v) => v.name);
    expect(values('RelationshipType')).toEqual([...RELATIONSHIP_TYPES]);
    expect(values('TieKind')).toEqual([...TIE_KINDS]);
    expect(values('SinceBasis')).toEqual([...SINCE_BASES]);
  });

  it('pages every list that can grow with the graph, with first and after', () => {
    const connections = ownTypes().filter((type) => type.name.endsWith('Connection') && type.name !== 'Connection');
    expect(connections.length).toBeGreaterThanOrEqual(9);
    for (const type of ownTypes()) {
      for (const field of fieldsOf(type)) {
        // `Connection` (a path) is not a page.
        if (!/\wConnection$/.test(String(field.type).replace(/!/g, ''))) continue;
        const args = argsOf(field);
        expect(
          args.map((arg) => arg.name),
          `${type.name}.${field.name}`,
        ).toEqual(expect.arrayContaining(['first', 'after']));
        expect(args.find((arg) => arg.name === 'first')?.defaultValue, `${type.name}.${field.name}`).toBe(
          DEFAULT_PAGE_SIZE,
        );
      }
    }
  });
});
