/**
 * Reading a facts file: YAML (or JSON, which is YAML too) -> schema check -> reference check -> evidence check.
 * Every problem is reported with the file, line and column it is at, so that a person can fix it.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isNode, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { calendarProblem } from './calendar.ts';
import { countryName } from './countries.ts';
import { factsSchema } from './facts-schema.ts';
import { MAX_FACTS_FILE_BYTES, MAX_NAME_LENGTH } from './limits.ts';
import { forbiddenNameCharacter, nameKey } from './names.ts';
import type { Evidence, FactsFile } from './types.ts';

/** A problem in a facts file, at a known place in it. */
export class FactsFileError extends Error {
  override name = 'FactsFileError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly problem: string;

  constructor(file: string, line: number, column: number, problem: string) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}

type Path = ReadonlyArray<string | number>;

// ajv-formats is CommonJS; under Node's ESM loader its default export is the plugin function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// verbose: errors carry the value they are about, which the messages quote.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
const validateSchema = ajv.compile<FactsFile>(factsSchema);

/** A parsed YAML document that can say where a value sits. */
class Located {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;

  constructor(file: string, doc: Document.Parsed, lines: LineCounter) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }

  /** The error for the value at `path`, or at its nearest existing parent. */
  errorAt(path: Path, problem: string): FactsFileError {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && (node as Node).range) {
        const { line, col } = this.lines.linePos((node as Node).range![0]);
        return new FactsFileError(this.file, Math.max(line, 1), col, problem);
      }
    }
    return new FactsFileError(this.file, 1, 1, problem);
  }
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'the file';
  switch (error.keyword) {
    case 'required':
      return `${where} is missing "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return (
        `${where} has an unknown field "${String(error.params.additionalProperty)}" (see src/facts/facts-schema.ts ` +
        `for the fields allowed)`
      );
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[])
        .map((v) => JSON.stringify(v))
        .join(', ')}`;
    case 'format':
      if (error.params.format === 'date') return notInCalendar(where, String(error.data), 'YYYY-MM-DD');
      return `${where} ${error.message ?? 'is invalid'}`;
    case 'maxLength': {
      const why = error.params.limit === MAX_NAME_LENGTH ? ': a longer name cannot be indexed; shorten it' : '';
      return (
        `${where} is ${String(error.data).length} characters long, more than the ${error.params.limit} ` +
        `allowed${why}`
      );
    }
    case 'maxItems': {
      const count = `${where} has ${(error.data as unknown[]).length} entries`;
      // A list of the file (places, meetings...) is too long for one document; a list of one fact is just too long.
      if (!where.includes('.'))
        return `${count}, more than the ${error.params.limit} a facts file may hold; split the document`;
      return `${count}, more than the ${error.params.limit} allowed`;
    }
    case 'pattern':
      if (typeof error.data === 'string') {
        if (!/\S/.test(error.data)) return `${where} is blank`;
        const bad = forbiddenNameCharacter(error.data);
        const why = 'it is invisible, and names that look the same would differ';
        if (bad) return `${where} contains ${bad.description} at character ${bad.index + 1}: remove it (${why})`;
      }
      return `${where} ${error.message ?? 'is invalid'}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * A value that may be null (`anyOf: [a date, null]`) that fails reports its own error, then "must be null" and "must
 * match a schema in anyOf": the last two say nothing when the first is there.
 */
function withoutAnyOfNoise(errors: ErrorObject[]): ErrorObject[] {
  const noise = (e: ErrorObject) => e.keyword === 'anyOf' || (e.keyword === 'type' && e.params.type === 'null');
  return errors.filter(
    (e) => !noise(e) || !errors.some((other) => other.instancePath === e.instancePath && !noise(other)),
  );
}

function pathOf(error: ErrorObject): Path {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replaceAll('~1', '/').replaceAll('~0', '~')));
}

/**
 * Parses and validates the text of a facts file: YAML syntax, the schema, and that every name a fact refers to
 * (a tie's places, a meeting's people...) is a place or person of the same file. Throws FactsFileError.
 */
export function parseFactsFile(text: string, file: string): FactsFile {
  if (text.length > MAX_FACTS_FILE_BYTES) {
    const size = `${(text.length / 1e6).toFixed(1)} million characters`;
    const most = MAX_FACTS_FILE_BYTES.toLocaleString('en-US');
    throw new FactsFileError(file, 1, 1, `too large: ${size}, a facts file holds at most ${most}; split the document`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const located = new Located(file, doc, lines);
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const { line, col } = lines.linePos(syntaxError.pos[0]);
    throw new FactsFileError(file, Math.max(line, 1), col, `YAML syntax: ${syntaxError.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS();
  if (!validateSchema(value)) {
    // Report the first error where it is; the rest follow in the message so one run shows them all.
    const errors = withoutAnyOfNoise(validateSchema.errors ?? []);
    const first = errors[0];
    const located0 = first
      ? located.errorAt(pathOf(first), describeSchemaError(first))
      : located.errorAt([], 'does not match the schema');
    if (errors.length > 1) {
      const more = errors.slice(1, 6).map((e) => located.errorAt(pathOf(e), describeSchemaError(e)).message);
      throw new FactsFileError(
        file,
        located0.line,
        located0.column,
        [located0.problem, ...more.map((m) => `also ${m}`)].join('\n  '),
      );
    }
    throw located0;
  }
  checkReferences(value, located);
  checkDates(value, located);
  return value;
}

function notInCalendar(where: string, date: string, forms: string): string {
  return `${where} is "${date}", which is not a date in the calendar; write ${forms}`;
}

/** Partial dates (meetings, events) that name a day must name one that exists. */
function checkDates(facts: FactsFile, at: Located): void {
  const check = (date: string | null | undefined, path: Path) => {
    // The schema's patterns check the form and let 2019-02-31 through.
    if (date != null && calendarProblem(date) !== null)
      throw at.errorAt(path, notInCalendar(path.join('.'), date, 'YYYY-MM-DD, YYYY-MM or YYYY'));
  };
  for (const [i, meeting] of facts.meetings.entries()) check(meeting.date, ['meetings', i, 'date']);
  for (const [i, event] of facts.events.entries()) check(event.date, ['events', i, 'date']);
}

/** Every name used as a reference must be the name or an alias of a place (or person, event) of the same file. */
function checkReferences(facts: FactsFile, at: Located): void {
  const places = keysOf(facts.places, (p) => [p.name, ...(p.aliases ?? [])], ['places'], at);
  const people = keysOf(facts.people, (p) => [p.name, ...(p.aliases ?? [])], ['people'], at);
  const events = keysOf(facts.events, (e) => [e.name], ['events'], at);

  const need = (known: Set<string>, what: string, name: string | null | undefined, path: Path) => {
    if (name != null && !known.has(nameKey(name))) {
      throw at.errorAt(
        path,
        `"${name}" is not a ${what} of this file; add it to ${what === 'person' ? 'people' : `${what}s`} or fix ` +
          `the spelling`,
      );
    }
  };

  // A well-formed code that names no country ("QQ") would become a country node of its own.
  const knownCountry = (code: string | null | undefined, path: Path) => {
    if (code != null && countryName(code) === null) {
      throw at.errorAt(path, `"${code}" is not an ISO 3166-1 alpha-2 country code; use one such as CN, JP or US`);
    }
  };
  for (const [i, place] of facts.places.entries()) knownCountry(place.country, ['places', i, 'country']);
  for (const [i, person] of facts.people.entries()) knownCountry(person.country, ['people', i, 'country']);
  for (const [i, figure] of facts.countryFigures.entries()) {
    for (const [j, code] of (figure.countries ?? []).entries()) {
      knownCountry(code, ['countryFigures', i, 'countries', j]);
    }
  }

  facts.places.forEach((place, i) => {
    need(places, 'place', place.within, ['places', i, 'within']);
    if (place.kind === 'country' && !place.country) {
      throw at.errorAt(
        ['places', i, 'country'],
        `"${place.name}" is a country: give its ISO 3166-1 alpha-2 code in "country"`,
      );
    }
  });
  facts.people.forEach((person, i) => {
    person.offices.forEach((office, j) => {
      need(places, 'place', office.place, ['people', i, 'offices', j, 'place']);
    });
  });
  facts.partnerships.forEach((tie, i) => {
    need(places, 'place', tie.a, ['partnerships', i, 'a']);
    need(places, 'place', tie.b, ['partnerships', i, 'b']);
    if (nameKey(tie.a) === nameKey(tie.b)) throw at.errorAt(['partnerships', i], 'a tie needs two different places');
    if (tie.since !== null && tie.until != null && tie.until < tie.since) {
      throw at.errorAt(['partnerships', i, 'until'], `the tie ends (${tie.until}) before it begins (${tie.since})`);
    }
  });
  facts.meetings.forEach((meeting, i) => {
    meeting.participants.forEach((name, j) => {
      need(people, 'person', name, ['meetings', i, 'participants', j]);
    });
    need(places, 'place', meeting.place, ['meetings', i, 'place']);
    need(events, 'event', meeting.event, ['meetings', i, 'event']);
  });
  facts.events.forEach((event, i) => {
    event.attendees.forEach((name, j) => {
      need(people, 'person', name, ['events', i, 'attendees', j]);
    });
    need(places, 'place', event.place, ['events', i, 'place']);
  });
  facts.countryFigures.forEach((figure, i) => {
    need(people, 'person', figure.statedBy, ['countryFigures', i, 'statedBy']);
    (figure.places ?? []).forEach((name, j) => {
      need(places, 'place', name, ['countryFigures', i, 'places', j]);
    });
    if ((figure.countries ?? []).length + (figure.places ?? []).length === 0) {
      throw at.errorAt(['countryFigures', i], 'a figure needs at least one subject: list its countries or places');
    }
  });
}

function keysOf<T>(items: T[], names: (item: T) => string[], path: Path, at: Located): Set<string> {
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const name of names(item)) {
      const key = nameKey(name);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== i) {
        throw at.errorAt(
          [...path, i],
          `"${name}" names two entries (${path[0]} ${previous + 1} and ${i + 1}); merge them or drop the alias`,
        );
      }
      owner.set(key, i);
    }
  });
  return new Set(owner.keys());
}

/**
 * Checks that every quoted sentence occurs in the document text and fills in its offsets.
 * Given offsets must point at the sentence; missing ones are taken from its first occurrence.
 * Returns a copy of the facts with every evidence located.
 */
export function locateEvidence(facts: FactsFile, documentText: string, factsFileText: string, file: string): FactsFile {
  const lines = new LineCounter();
  const located = new Located(file, parseDocument(factsFileText, { lineCounter: lines }), lines);
  const copy = structuredClone(facts);

  const locate = (evidence: Evidence, path: Path) => {
    const { sentence } = evidence;
    if (evidence.start !== undefined || evidence.end !== undefined) {
      const start = evidence.start ?? 0;
      const end = evidence.end ?? start + sentence.length;
      if (documentText.slice(start, end) === sentence) {
        evidence.start = start;
        evidence.end = end;
        return;
      }
    }
    const start = documentText.indexOf(sentence);
    if (start < 0) {
      throw located.errorAt(
        [...path, 'sentence'],
        `the evidence sentence does not occur in ${facts.document.file}: copy it exactly from the document ` +
          `("${sentence.slice(0, 60)}${sentence.length > 60 ? '...' : ''}")`,
      );
    }
    evidence.start = start;
    evidence.end = start + sentence.length;
  };

  copy.places.forEach((p, i) => {
    locate(p.evidence, ['places', i, 'evidence']);
  });
  copy.people.forEach((p, i) => {
    locate(p.evidence, ['people', i, 'evidence']);
    p.offices.forEach((o, j) => {
      locate(o.evidence, ['people', i, 'offices', j, 'evidence']);
    });
  });
  copy.partnerships.forEach((t, i) => {
    locate(t.evidence, ['partnerships', i, 'evidence']);
  });
  copy.meetings.forEach((m, i) => {
    locate(m.evidence, ['meetings', i, 'evidence']);
  });
  copy.events.forEach((e, i) => {
    locate(e.evidence, ['events', i, 'evidence']);
  });
  copy.countryFigures.forEach((f, i) => {
    locate(f.evidence, ['countryFigures', i, 'evidence']);
  });
  return copy;
}
