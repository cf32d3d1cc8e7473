/**
 * The facts contract, written once: the JSON Schema of a `seed/facts/NAME.facts.yaml` file.
 *
 * Everything else is derived from this object: the TypeScript types (`types.ts`, with json-schema-to-ts), the
 * validation of every facts file (`load.ts`, with Ajv), and `facts.schema.json` beside it, which editors use to check
 * YAML files as they are typed (`npm run facts:schema` writes it; a unit test fails when it is out of date). To add a
 * field: add it here with a description, run `npm run facts:schema`, and the types follow.
 *
 * Enumerations are named constants so that code and the GraphQL enums (`schema.graphql`, checked by a test) can use
 * the same lists.
 */
import type { JSONSchema } from 'json-schema-to-ts';
import {
  MAX_ALIASES,
  MAX_ATTENDEES,
  MAX_FACTS,
  MAX_FILE_NAME_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OFFICES,
  MAX_SENTENCE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
} from './limits.ts';
import { FORBIDDEN_NAME_CHARACTERS } from './names.ts';

export const PLACE_KINDS = [
  'country',
  'city',
  'town',
  'municipality',
  'prefecture',
  'province',
  'state',
  'county',
  'district',
  'ward',
  'region',
  'territory',
  'other',
] as const;

export const TIE_KINDS = ['sister', 'friendship', 'partnership', 'twin'] as const;

export const SINCE_BASES = ['stated', 'derived', 'unknown'] as const;

/** Whether a tie holds: active (the default), suspended (frozen, may resume) or ended (severed, terminated). */
export const TIE_STATUSES = ['active', 'suspended', 'ended'] as const;

export const FIGURE_QUALIFIERS = ['exactly', 'about', 'more than', 'at least', 'less than', 'at most'] as const;

/** The facts schema's enumerations by the name of the GraphQL enum that must list the same values. */
export const FACTS_ENUMS_BY_GRAPHQL_NAME = {
  PlaceKind: PLACE_KINDS,
  TieKind: TIE_KINDS,
  SinceBasis: SINCE_BASES,
  TieStatus: TIE_STATUSES,
  FigureQualifier: FIGURE_QUALIFIERS,
} as const;

const ref = <N extends string>(name: N) => ({ $ref: `#/definitions/${name}` }) as const;
const nullable = <N extends string>(name: N) => ({ anyOf: [ref(name), { type: 'null' }] }) as const;

/** Not blank, and none of the invisible characters that would make equal-looking names differ (see names.ts). */
const NAME_PATTERN = `^(?=[\\s\\S]*\\S)[^${FORBIDDEN_NAME_CHARACTERS}]*$`;

export const factsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://sister-city-graph/facts.schema.json',
  title: 'Facts of one article',
  description:
    'The facts one article states, as stored in seed/facts/NAME.facts.yaml. Facts refer to places and people of ' +
    'the same file by name or alias; countries are ISO 3166-1 alpha-2 codes. Generated from ' +
    'src/facts/facts-schema.ts (npm run facts:schema): edit that file, not this one.',
  type: 'object',
  additionalProperties: false,
  required: ['document', 'places', 'people', 'partnerships', 'meetings', 'events', 'countryFigures'],
  definitions: {
    name: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_NAME_LENGTH,
      pattern: NAME_PATTERN,
      description:
        'A name, or a reference to one in this file: not blank, no control or bidirectional control characters.',
    },
    title: { type: 'string', minLength: 1, maxLength: MAX_TITLE_LENGTH, pattern: NAME_PATTERN },
    sentence: { type: 'string', minLength: 1, maxLength: MAX_SENTENCE_LENGTH, pattern: '\\S' },
    text: { type: ['string', 'null'], maxLength: MAX_TEXT_LENGTH },
    countryCode: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, e.g. CN, JP, US.' },
    fullDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
    partialDate: {
      type: 'string',
      pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
      description: 'YYYY, YYYY-MM or YYYY-MM-DD: as far as the text tells.',
    },
    year: { type: 'integer', minimum: 1000, maximum: 2999 },
    evidence: {
      type: 'object',
      description:
        'Where the fact is stated: the sentence, copied exactly from the document, ' +
        'and optionally its character offsets.',
      additionalProperties: false,
      required: ['sentence'],
      properties: {
        sentence: {
          ...ref('sentence'),
          description: 'The sentence (or the part of it) that states the fact, copied exactly from the document.',
        },
        start: {
          type: 'integer',
          minimum: 0,
          description: 'Offset of the sentence in the document text (JavaScript string index).',
        },
        end: { type: 'integer', minimum: 0, description: 'Offset just after the sentence (exclusive).' },
        confidence: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: "The extractor's confidence; absent for hand-written facts, which means 1.",
        },
      },
    },
  },
  properties: {
    document: {
      type: 'object',
      additionalProperties: false,
      required: ['file', 'title', 'date', 'source', 'url', 'reviewed'],
      properties: {
        file: {
          type: 'string',
          maxLength: MAX_FILE_NAME_LENGTH,
          pattern: `^[^/\\\\${FORBIDDEN_NAME_CHARACTERS}]+$`,
          description: "The article's file name in the documents folder.",
        },
        title: ref('title'),
        date: {
          anyOf: [ref('fullDate'), { type: 'null' }],
          description: 'Publication date, YYYY-MM-DD, or null when unknown.',
        },
        source: { ...ref('text'), description: 'The outlet, e.g. a news agency.' },
        url: ref('text'),
        reviewed: {
          type: 'boolean',
          description:
            'true when a person wrote or checked this file (it is then never overwritten); extraction writes false.',
        },
      },
    },
    places: {
      type: 'array',
      maxItems: MAX_FACTS.places,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'kind', 'country', 'evidence'],
        properties: {
          name: {
            ...ref('name'),
            description:
              "Canonical English name, with its generic word where the place has one: 'Shizuoka Prefecture'.",
          },
          kind: { enum: PLACE_KINDS },
          country: {
            anyOf: [ref('countryCode'), { type: 'null' }],
            description: 'ISO 3166-1 alpha-2 code of the country the place is in; for a country, its own code.',
          },
          aliases: {
            type: 'array',
            maxItems: MAX_ALIASES,
            items: ref('name'),
            description: "Other spellings: the form used in the text ('Shizuoka'), local-language names.",
          },
          within: {
            ...nullable('name'),
            description: 'Name of the containing place in this file: a city within its prefecture.',
          },
          geonamesId: { type: ['integer', 'null'] },
          wikidataId: { type: ['string', 'null'], pattern: '^Q\\d+$' },
          lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
          lng: { type: ['number', 'null'], minimum: -180, maximum: 180 },
          evidence: ref('evidence'),
        },
      },
    },
    people: {
      type: 'array',
      maxItems: MAX_FACTS.people,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'country', 'offices', 'evidence'],
        properties: {
          name: ref('name'),
          aliases: { type: 'array', maxItems: MAX_ALIASES, items: ref('name') },
          country: {
            anyOf: [ref('countryCode'), { type: 'null' }],
            description: 'ISO 3166-1 alpha-2 code of the country the person serves or belongs to.',
          },
          offices: {
            type: 'array',
            maxItems: MAX_OFFICES,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['title', 'place', 'evidence'],
              properties: {
                title: { ...ref('name'), description: "The office: 'Governor', 'State Councilor'." },
                place: {
                  ...nullable('name'),
                  description:
                    'Name of the place or country (in this file) the office belongs to; null when the text does ' +
                    'not say.',
                },
                former: {
                  type: 'boolean',
                  description: "true when the text says the person held it before ('former mayor').",
                },
                evidence: ref('evidence'),
              },
            },
          },
          evidence: ref('evidence'),
        },
      },
    },
    partnerships: {
      type: 'array',
      description: 'Sister, friendship, partnership and twinning ties between two places.',
      maxItems: MAX_FACTS.partnerships,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['a', 'b', 'kind', 'since', 'sinceBasis', 'evidence'],
        properties: {
          a: ref('name'),
          b: ref('name'),
          kind: { enum: TIE_KINDS },
          since: { anyOf: [ref('year'), { type: 'null' }], description: 'Year the tie began, or null.' },
          sinceBasis: {
            enum: SINCE_BASES,
            description:
              "How since is known: stated in the text, derived ('for 37 years' in a 2019 article), or unknown.",
          },
          sinceNote: { ...ref('text'), description: 'How a derived year was derived.' },
          until: {
            anyOf: [ref('year'), { type: 'null' }],
            description: 'Year the tie ended (or was suspended), when the text says it did.',
          },
          status: {
            anyOf: [{ enum: TIE_STATUSES }, { type: 'null' }],
            description:
              "What the text says of the tie's state; leave it out when it says nothing (a stated until then " +
              "means ended). The graph takes the newest document's word.",
          },
          evidence: ref('evidence'),
        },
      },
    },
    meetings: {
      type: 'array',
      description: 'People who met. A planned or future visit is not a meeting.',
      maxItems: MAX_FACTS.meetings,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['participants', 'date', 'place', 'evidence'],
        properties: {
          participants: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_ATTENDEES,
            items: ref('name'),
            description:
              'People of this file who were there; one when the text names only one official of a visit (a host ' +
              'welcoming an unnamed delegation).',
          },
          date: { anyOf: [ref('partialDate'), { type: 'null' }] },
          place: { ...nullable('name'), description: 'Name of a place in this file.' },
          event: {
            ...nullable('name'),
            description: 'Name of an event in this file that the meeting happened around.',
          },
          evidence: ref('evidence'),
        },
      },
    },
    events: {
      type: 'array',
      description: 'Named gatherings (a summit, a conference) that people attended.',
      maxItems: MAX_FACTS.events,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'attendees', 'evidence'],
        properties: {
          name: ref('name'),
          date: { anyOf: [ref('partialDate'), { type: 'null' }] },
          place: nullable('name'),
          attendees: {
            type: 'array',
            maxItems: MAX_ATTENDEES,
            items: ref('name'),
            description: 'Names of people in this file who attended it.',
          },
          evidence: ref('evidence'),
        },
      },
    },
    countryFigures: {
      type: 'array',
      description:
        "Figures reported about one or more countries or places: 'more than 250 pairs of sister cities between A " +
        "and B' (two countries), 'A has 88 friendship cities' (a place).",
      maxItems: MAX_FACTS.countryFigures,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['metric', 'value', 'qualifier', 'evidence'],
        description: 'A figure needs at least one subject: countries, places of this file, or both.',
        properties: {
          countries: {
            type: 'array',
            // ISO 3166-1 has fewer than 300 codes.
            maxItems: 300,
            uniqueItems: true,
            items: ref('countryCode'),
            description: 'The countries the figure is about.',
          },
          places: {
            type: 'array',
            maxItems: MAX_FACTS.places,
            uniqueItems: true,
            items: ref('name'),
            description: 'Names of places (of this file) the figure is about.',
          },
          metric: { ...ref('name'), description: "What is counted: 'sister city pairs'." },
          value: { type: 'integer', minimum: 0, description: 'A whole number: figures count things.' },
          qualifier: { enum: FIGURE_QUALIFIERS },
          asOf: {
            anyOf: [ref('fullDate'), { type: 'null' }],
            description: "The date the figure holds for; defaults to the document's date.",
          },
          statedBy: { ...nullable('name'), description: 'Name of the person (in this file) who gave the figure.' },
          evidence: ref('evidence'),
        },
      },
    },
  },
} as const satisfies JSONSchema;
