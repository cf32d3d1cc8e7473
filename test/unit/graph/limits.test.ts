/**
 * schema.graphql tells clients the defaults and bounds of arguments and lists; src/graph/limits.ts is what the API
 * enforces. These tests fail when the two disagree, so a limit is changed in limits.ts and the SDL follows.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/api/schema.ts';
import * as limits from '../../../src/graph/limits.ts';

interface Arg {
  name: string;
  description?: string | null;
  defaultValue?: unknown;
}
interface Field {
  name: string;
  description?: string | null;
  args?: Arg[];
}

// Structural access (not graphql's isObjectType): under vitest the schema's classes may come from another graphql copy.
const schema = buildSchema();
const fields = (): { owner: string; field: Field }[] =>
  Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && 'getFields' in type)
    .flatMap((type) =>
      Object.values((type as unknown as { getFields(): Record<string, Field> }).getFields()).map((field) => ({
        owner: type.name,
        field,
      })),
    );

/** Arguments whose description states a range "MIN to MAX", with the range the API enforces. */
const ARGUMENT_RANGES: Record<string, [number, number]> = {
  'Query.search(first)': [0, limits.MAX_PAGE_SIZE],
  'Query.neighbourhood(depth)': [1, limits.MAX_NEIGHBOURHOOD_DEPTH],
  'Query.neighbourhood(first)': [0, limits.MAX_NEIGHBOURHOOD_NODES],
  'Query.connection(maxLength)': [1, limits.MAX_CONNECTION_LENGTH],
  'Person.offices(first)': [1, limits.MAX_PAGE_SIZE],
  '*.evidence(first)': [1, limits.MAX_EVIDENCE],
};

/** Lists without `first` whose description says "(at most N)", with the bound the queries apply. */
const LIST_BOUNDS: Record<string, number> = {
  'Meeting.participants': limits.MAX_PARTICIPANTS,
  'Event.attendees': limits.MAX_PARTICIPANTS,
  'Event.meetings': limits.MAX_PARTICIPANTS,
  'EncounterEdge.meetings': limits.MAX_MEETINGS_PER_ENCOUNTER,
  'CountryPair.figures': limits.MAX_FIGURES,
  'CountryFigure.countries': limits.MAX_FIGURE_SUBJECTS,
  'CountryFigure.places': limits.MAX_FIGURE_SUBJECTS,
  'CountryFigure.subjects': limits.MAX_FIGURE_SUBJECTS,
};

const DEFAULTS: Record<string, number> = {
  'Query.neighbourhood(depth)': limits.DEFAULT_NEIGHBOURHOOD_DEPTH,
  'Query.neighbourhood(first)': limits.DEFAULT_NEIGHBOURHOOD_NODES,
  'Query.connection(maxLength)': limits.DEFAULT_CONNECTION_LENGTH,
};

describe('limits as schema.graphql states them', () => {
  it('every page size defaults to DEFAULT_PAGE_SIZE, and the other defaults are the constants', () => {
    let checked = 0;
    for (const { owner, field } of fields()) {
      for (const arg of field.args ?? []) {
        const key = `${owner}.${field.name}(${arg.name})`;
        const expected = DEFAULTS[key] ?? (arg.name === 'first' ? limits.DEFAULT_PAGE_SIZE : undefined);
        if (expected === undefined) continue;
        expect(arg.defaultValue, key).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every argument range in a description is the range the API enforces', () => {
    const seen = new Set<string>();
    for (const { owner, field } of fields()) {
      for (const arg of field.args ?? []) {
        const range = /(\d[\d,]*) to (\d[\d,]*)/.exec(arg.description ?? '');
        if (!range) continue;
        const key = `${owner}.${field.name}(${arg.name})`;
        const expected = ARGUMENT_RANGES[key] ?? ARGUMENT_RANGES[`*.${field.name}(${arg.name})`];
        expect(expected, `${key} states a range "${range[0]}": add it to ARGUMENT_RANGES`).toBeDefined();
        expect([Number(range[1]!.replaceAll(',', '')), Number(range[2]!.replaceAll(',', ''))], key).toEqual(expected);
        seen.add(ARGUMENT_RANGES[key] ? key : `*.${field.name}(${arg.name})`);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(ARGUMENT_RANGES).sort());
  });

  it('every "(at most N)" of a list is the bound its query applies', () => {
    const seen = new Set<string>();
    for (const { owner, field } of fields()) {
      const bound = /\(at most (\d[\d,]*)\)/.exec(field.description ?? '');
      if (!bound) continue;
      const key = `${owner}.${field.name}`;
      expect(LIST_BOUNDS[key], `${key} states a bound: add it to LIST_BOUNDS`).toBeDefined();
      expect(Number(bound[1]!.replaceAll(',', '')), key).toBe(LIST_BOUNDS[key]);
      seen.add(key);
    }
    expect([...seen].sort()).toEqual(Object.keys(LIST_BOUNDS).sort());
  });

  it('the largest page in the schema description is MAX_PAGE_SIZE', () => {
    expect(schema.description).toContain(`\`first\`, at most ${limits.MAX_PAGE_SIZE},`);
  });
});
