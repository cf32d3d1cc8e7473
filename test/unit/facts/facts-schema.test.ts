/** The facts contract has one source (src/facts/facts-schema.ts); these tests fail when a copy of it drifts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/api/schema.ts';
import { FACTS_ENUMS_BY_GRAPHQL_NAME } from '../../../src/facts/facts-schema.ts';
import { FACTS_SCHEMA_JSON_PATH, factsSchemaJson, readableJson } from '../../../tools/write-facts-schema.ts';

const enumValues = (name: string): string[] | null => {
  const type = buildSchema().getType(name);
  if (!type || !('getValues' in type)) return null;
  return (type as unknown as { getValues(): { name: string }[] }).getValues().map((value) => value.name);
};

describe('facts schema', () => {
  it('facts.schema.json, which editors read, is the schema of facts-schema.ts (else `npm run facts:schema`)', () => {
    expect(readFileSync(FACTS_SCHEMA_JSON_PATH, 'utf8')).toBe(factsSchemaJson());
  });

  it('lists the same values as the GraphQL enum of the same name, wherever schema.graphql has one', () => {
    for (const [name, values] of Object.entries(FACTS_ENUMS_BY_GRAPHQL_NAME)) {
      const graphqlValues = enumValues(name);
      if (graphqlValues) expect(graphqlValues, `enum ${name} in schema.graphql`).toEqual([...values]);
    }
  });
});

describe('readableJson', () => {
  it('keeps what fits in 120 columns on one line and breaks the rest', () => {
    const short = { a: [1, 2], b: { c: null } };
    expect(readableJson(short)).toBe('{ "a": [1, 2], "b": { "c": null } }');
    const long = { text: 'x'.repeat(110), list: ['y'] };
    expect(readableJson(long)).toBe(`{\n  "text": "${'x'.repeat(110)}",\n  "list": ["y"]\n}`);
    expect(JSON.parse(readableJson(long))).toEqual(long);
  });
});
