/**
 * Which properties a selection needs (src/api/translate/projection.ts): id and labels only where something reads them.
 */
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/api/schema.ts';
import { propertiesFor } from '../../../src/api/translate/projection.ts';
import { Selection } from '../../../src/api/translate/selection.ts';
import { NAME_OR_ID } from '../../../src/graph/queries/shaped.ts';

const schema = buildSchema();

/** What the first root field of `query` selects of `typeName`. */
function selectionOf(query: string, typeName: string): Selection {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return Selection.of({ schema, fragments: {}, variableValues: {} }, [field], typeName);
}

const tie = (fields: string) =>
  selectionOf(`{ partnerships { nodes { ${fields} } } }`, 'PartnershipConnection').child('nodes', 'Partnership');

describe('propertiesFor', () => {
  it('reads a selected name as the name or else the id, and no labels for an object type', () => {
    expect(propertiesFor([tie('name since')])).toEqual([NAME_OR_ID, 'since']);
  });

  it('adds the id where a field loads in a batch by it, unless the query fetches that field', () => {
    expect(propertiesFor([tie('name evidence { sentence }')])).toEqual(['id', 'name']);
    expect(propertiesFor([tie('name evidence { sentence }')], { prefetched: ['evidence'] })).toEqual([NAME_OR_ID]);
    expect(propertiesFor([tie('kind')])).toEqual(['kind']);
    expect(propertiesFor([tie('id kind')])).toEqual(['id', 'kind']);
  });

  it('adds labels for an interface or union, whose type they tell', () => {
    const place = selectionOf(
      '{ place(id: "place:xx:a") { partners { edges { node { ... on Place { name countryCode } } } } } }',
      'Place',
    )
      .child('partners', 'PartnerConnection')!
      .child('edges', 'PartnerEdge')!;
    const node = [place.child('node', 'Place'), place.child('node', 'Country')];
    expect(propertiesFor(node, { abstract: true })).toEqual(['countryCode', 'labels', NAME_OR_ID]);
    expect(propertiesFor([null, null], { abstract: true })).toEqual([]);
  });

  it('keeps what fallbacks read: a country code from its id, a title from the name', () => {
    expect(propertiesFor([selectionOf('{ country(code: "XX") { code } }', 'Country')])).toEqual(['code', 'id']);
    const evidence = tie('evidence { document { title } }')!.child('evidence', 'Evidence')!;
    expect(propertiesFor([evidence.child('document', 'Document')])).toEqual(['name', 'title']);
    const named = tie('evidence { document { name title } }')!.child('evidence', 'Evidence')!;
    expect(propertiesFor([named.child('document', 'Document')])).toEqual(['id', 'name', 'title']);
  });

  it('reads every property when a field has a resolver it does not know', () => {
    expect(propertiesFor([selectionOf('{ place(id: "place:xx:a") { officials { name } } }', 'Place')])).not.toBe('all');
    expect(propertiesFor([selectionOf('{ person(id: "person:a") { offices { name } } }', 'Person')])).toBe('all');
  });
});
