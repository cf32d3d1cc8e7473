/**
 * Writes src/facts/facts.schema.json from the schema in src/facts/facts-schema.ts, the one source of the facts
 * contract. The JSON file exists for editors (the facts files name it in a `yaml-language-server` comment), so it is
 * laid out for reading: an object or list stays on one line when it fits in 120 columns.
 *
 *   npm run facts:schema            # rewrite the JSON file
 *   npm run facts:schema -- --check # exit 1 when the JSON file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { factsSchema } from '../src/facts/facts-schema.ts';

export const FACTS_SCHEMA_JSON_PATH = new URL('../src/facts/facts.schema.json', import.meta.url);

const WIDTH = 120;

/** JSON with two-space indentation, where every value that fits on its line is written on one line. */
export function readableJson(value: unknown, indent = '', prefix = ''): string {
  const flat = oneLine(value);
  if (indent.length + prefix.length + flat.length <= WIDTH || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + readableJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => {
    const keyText = `${JSON.stringify(key)}: `;
    return inner + keyText + readableJson(item, inner, keyText);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The text facts.schema.json must have. */
export function factsSchemaJson(): string {
  return `${readableJson(factsSchema)}\n`;
}

if (import.meta.main) {
  const expected = factsSchemaJson();
  if (process.argv.includes('--check')) {
    if (readFileSync(FACTS_SCHEMA_JSON_PATH, 'utf8') !== expected) {
      console.error('src/facts/facts.schema.json is out of date: run `npm run facts:schema`.');
      process.exit(1);
    }
  } else {
    writeFileSync(FACTS_SCHEMA_JSON_PATH, expected);
    console.log('Wrote src/facts/facts.schema.json from src/facts/facts-schema.ts.');
  }
}
