/**
 * What the graph shows of a node, derived from what the documents that support it state, never from the order in
 * which they were seeded. Each document's statement lives on its EVIDENCED_BY relationship (see seedRows in plan.ts);
 * after a batch the seeder reads the statements of every node it touched and writes back what these rules give.
 *
 * The rule for one value (`pick`): among the statements that give one, the value stated by the most documents; on a
 * tie, the value a reviewed document states; then the smallest value (the earliest year, the alphabetically first
 * name, false before true). A tie's status instead follows the newest document that states one (by document date;
 * the same rule between documents of the same date), so that a later article that suspends a tie suspends it.
 * Lists (aliases, a gathering's attendees) are the union of all statements, sorted.
 */
import neo4j from 'neo4j-driver';
import { countryAliases, countryName } from '../facts/countries.ts';
import { nameKey } from '../facts/names.ts';
import { countryId, type EvidencedLabel } from './model.ts';
import { dayOf, int, yearOf } from './plan.ts';

/** One document's statement about one node. */
export interface Statement {
  document: string;
  reviewed: boolean;
  /** The document's date (YYYY-MM-DD) or null. */
  date: string | null;
  /** The EVIDENCED_BY relationship's properties: what the document says of the node. */
  stated: Record<string, unknown>;
}

type Value = string | number | boolean;

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const toNumber = (value: unknown): unknown =>
  neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : value;

/** The value of `field` by the rule above; null when no statement gives one. */
export function pick<T extends Value>(statements: readonly Statement[], field: string): T | null {
  const byValue = new Map<string, { value: Value; documents: Set<string>; reviewed: boolean }>();
  for (const statement of statements) {
    const value = toNumber(statement.stated[field]);
    if (value == null || Array.isArray(value)) continue;
    const key = `${typeof value}:${String(value)}`;
    const entry = byValue.get(key) ?? { value: value as Value, documents: new Set<string>(), reviewed: false };
    entry.documents.add(statement.document);
    entry.reviewed ||= statement.reviewed;
    byValue.set(key, entry);
  }
  const ranked = [...byValue.values()].sort(
    (a, b) =>
      b.documents.size - a.documents.size || Number(b.reviewed) - Number(a.reviewed) || compareValues(a.value, b.value),
  );
  return (ranked[0]?.value as T | undefined) ?? null;
}

/** The statements whose `field` equals `value`: the ones that go with a value already picked. */
function agreeing(statements: readonly Statement[], field: string, value: Value | null): Statement[] {
  return statements.filter((s) => (toNumber(s.stated[field]) ?? null) === value);
}

/** The value of `field` stated by the newest documents that state one (undated documents count as the oldest). */
export function newest<T extends Value>(statements: readonly Statement[], field: string): T | null {
  const stating = statements.filter((s) => s.stated[field] != null);
  // biome-ignore lint/complexity/useMathMinMax: compares ISO date strings, which Math.max would turn into NaN
  const latest = stating.reduce<string>((max, s) => ((s.date ?? '') > max ? (s.date ?? '') : max), '');
  return pick<T>(
    stating.filter((s) => (s.date ?? '') === latest),
    field,
  );
}

/**
 * The fields on which the documents disagree: two or more different values stated. A tie's status is not among them,
 * since a tie that was active and is now suspended is a change, not a disagreement. Null when they all agree, so
 * that only disputed facts carry the property.
 */
export function disputedFields(statements: readonly Statement[], fields: readonly string[]): string[] | null {
  const disputed = fields.filter(
    (field) => new Set(statements.map((s) => toNumber(s.stated[field])).filter((v) => v != null)).size > 1,
  );
  return disputed.length > 0 ? disputed : null;
}

/** Every string of the list `field` over all statements, each once, sorted. */
function union(statements: readonly Statement[], field: string): string[] {
  const all = statements.flatMap((s) => (Array.isArray(s.stated[field]) ? (s.stated[field] as string[]) : []));
  return [...new Set(all)].sort();
}

/** A node's other spellings: every stated name and alias but the name it shows. */
function aliasesOf(statements: readonly Statement[], name: string, extra: string[] = []): string[] {
  const names = statements.map((s) => s.stated.name).filter((n): n is string => typeof n === 'string');
  return [...new Set([...names, ...union(statements, 'aliases'), ...extra])].filter((a) => a !== name).sort();
}

function nameKeysOf(names: string[]): string[] {
  return [...new Set(names.map(nameKey).filter((key) => key.length > 0))].sort();
}

/** A reference to a place or country picked by the rule, with its label. */
function placeRef(statements: readonly Statement[]): { placeId: string | null; placeLabel: string | null } {
  const placeId = pick<string>(statements, 'placeId');
  return { placeId, placeLabel: placeId ? pick<string>(agreeing(statements, 'placeId', placeId), 'placeLabel') : null };
}

/** Rows for the seeder's derive statements, one shape per label (see DERIVE_CYPHER in seed.ts). */
export type DerivedRow = { id: string; props: Record<string, unknown> } & Record<string, unknown>;

/** What a node shows, from the statements of the documents that support it. */
export function deriveNode(label: EvidencedLabel, id: string, statements: readonly Statement[]): DerivedRow {
  switch (label) {
    case 'Country': {
      const code = id.slice('country:'.length);
      const name = pick<string>(statements, 'name') ?? countryName(code) ?? code;
      const aliases = aliasesOf(statements, name, countryAliases(code));
      return { id, props: { name, aliases, nameKeys: nameKeysOf([name, ...aliases, code]) } };
    }
    case 'Place': {
      const name = pick<string>(statements, 'name')!;
      const aliases = aliasesOf(statements, name);
      const lat = pick<number>(statements, 'lat');
      return {
        id,
        props: {
          name,
          kind: pick(statements, 'kind'),
          countryCode: pick(statements, 'countryCode'),
          aliases,
          nameKeys: nameKeysOf([name, ...aliases]),
          lat,
          lng: pick(agreeing(statements, 'lat', lat), 'lng'),
          geonamesId: int(pick<number>(statements, 'geonamesId')),
          wikidataId: pick(statements, 'wikidataId'),
        },
        withinId: pick(statements, 'withinId'),
      };
    }
    case 'Person': {
      const name = pick<string>(statements, 'name')!;
      const aliases = aliasesOf(statements, name);
      const countryCode = pick<string>(statements, 'countryCode');
      return {
        id,
        props: { name, aliases, nameKeys: nameKeysOf([name, ...aliases]), countryCode },
        countryId: countryCode ? countryId(countryCode) : null,
      };
    }
    case 'Office':
      return {
        id,
        props: { name: pick(statements, 'name'), title: pick(statements, 'title') },
        former: pick(statements, 'former') ?? false,
      };
    case 'Event': {
      const name = pick<string>(statements, 'name')!;
      const aliases = aliasesOf(statements, name);
      const date = pick<string>(statements, 'date');
      return {
        id,
        props: { name, aliases, nameKeys: nameKeysOf([name, ...aliases]), date, day: dayOf(date), year: yearOf(date) },
        ...placeRef(statements),
        attendeeIds: union(statements, 'attendeeIds'),
      };
    }
    case 'Meeting': {
      const date = pick<string>(statements, 'date');
      return {
        id,
        props: { name: pick(statements, 'name'), date, day: dayOf(date), year: yearOf(date) },
        ...placeRef(statements),
        eventId: pick(statements, 'eventId'),
      };
    }
    case 'Partnership': {
      const since = pick<number>(statements, 'since');
      const withSince = agreeing(statements, 'since', since);
      const sinceBasis = pick<string>(withSince, 'sinceBasis') ?? 'unknown';
      const until = pick<number>(statements, 'until');
      const status = newest<string>(statements, 'status') ?? 'active';
      const tie = { kind: pick(statements, 'kind'), since: int(since), until: int(until), status };
      return {
        id,
        props: {
          name: pick(statements, 'name'),
          ...tie,
          sinceBasis,
          sinceNote: pick(agreeing(withSince, 'sinceBasis', sinceBasis), 'sinceNote'),
          disputed: disputedFields(statements, ['since', 'until']),
        },
        tie,
      };
    }
    case 'CountryFigure': {
      const asOf = pick<string>(statements, 'asOf');
      return {
        id,
        props: {
          name: pick(statements, 'name'),
          metric: pick(statements, 'metric'),
          value: int(pick<number>(statements, 'value')),
          qualifier: pick(statements, 'qualifier'),
          asOf,
          asOfDay: dayOf(asOf),
          disputed: disputedFields(statements, ['value', 'qualifier']),
        },
        statedById: pick(statements, 'statedById'),
      };
    }
  }
}
