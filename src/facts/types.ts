/**
 * The fact model: what one article says, in the shape of a `seed/facts/NAME.facts.yaml` file.
 *
 * This is the contract between extraction (which writes these files), people (who review and correct them)
 * and the seeder (which writes them to the graph). `facts.schema.json` beside this file is the same contract as
 * a JSON Schema; the seeder validates every file against it before anything touches the database.
 *
 * Facts refer to each other by name: a partnership's `a` and `b`, a meeting's `place`, an office's `place` name a
 * place of the same file (by its `name` or one of its `aliases`), and `participants`/`attendees` name people of the
 * same file. Countries are ISO 3166-1 alpha-2 codes ("CN", "JP").
 */

/** Where in the document a fact is stated. `sentence` must occur verbatim in the document text. */
export interface Evidence {
  /** The sentence (or the part of it) that states the fact, copied exactly from the document. */
  sentence: string;
  /** Character offsets of `sentence` in the document text (JavaScript string indices, end exclusive). */
  start?: number;
  end?: number;
  /** How sure the extractor is, 0..1. Hand-written facts leave it out, which means 1. */
  confidence?: number;
}

export interface DocumentFacts {
  /** The article's file name inside the documents folder (`seed/documents/`). */
  file: string;
  title: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  /** Outlet, e.g. "Xinhua". */
  source: string | null;
  url: string | null;
  /** True when a person wrote or checked the file; extraction writes false. A reviewed file is never overwritten. */
  reviewed: boolean;
}

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
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceFact {
  /** Canonical English name, with its generic word where the place has one: "Shizuoka Prefecture". */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is in; for a country, its own code. */
  country: string | null;
  /** Other spellings: the form used in the text ("Shizuoka"), local-language names ("静岡県"). */
  aliases?: string[];
  /** Name of the place (in this file) that contains this one, when known: a city within its prefecture. */
  within?: string | null;
  /** Gazetteer identifiers and coordinates, when the place was resolved against one. */
  geonamesId?: number | null;
  wikidataId?: string | null;
  lat?: number | null;
  lng?: number | null;
  evidence: Evidence;
}

export interface OfficeFact {
  /** The title as an office: "Governor", "State Councilor", "Mayor". */
  title: string;
  /** Name of the place or country (in this file) the office belongs to; null when the text does not say. */
  place: string | null;
  /** True when the text says the person held it before ("former mayor"). */
  former?: boolean;
  evidence: Evidence;
}

export interface PersonFact {
  name: string;
  aliases?: string[];
  /** ISO 3166-1 alpha-2 code of the country the person serves or belongs to. */
  country: string | null;
  offices: OfficeFact[];
  evidence: Evidence;
}

export const TIE_KINDS = ['sister', 'friendship', 'partnership', 'twin'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const SINCE_BASES = ['stated', 'derived', 'unknown'] as const;
export type SinceBasis = (typeof SINCE_BASES)[number];

/** A sister / friendship / partnership / twinning tie between two places. */
export interface PartnershipFact {
  a: string;
  b: string;
  kind: TieKind;
  /** Year the tie began, or null. */
  since: number | null;
  /** How `since` is known: stated in the text, derived (e.g. "for 37 years" in a 2019 article), or unknown. */
  sinceBasis: SinceBasis;
  /** For a derived year, how: "derived from '37 years' as of 2019". */
  sinceNote?: string | null;
  /** Year the tie ended, when the text says it did. */
  until?: number | null;
  evidence: Evidence;
}

/** People who met. A planned or future visit is not a meeting. */
export interface MeetingFact {
  /**
   * Names of people in this file who were there: usually two or more; one when the text names only one official of a
   * visit ("Mayor X welcomed a delegation from Y"), as the corpus gold records such visits.
   */
  participants: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY as far as the text tells; null when it does not. */
  date: string | null;
  /** Name of a place in this file, or null. */
  place: string | null;
  /** Name of an event in this file that the meeting happened around, or null. */
  event?: string | null;
  evidence: Evidence;
}

/** A named gathering (a summit, a conference) that people attended. */
export interface EventFact {
  name: string;
  date?: string | null;
  place?: string | null;
  /** Names of people in this file who attended it. */
  attendees: string[];
  evidence: Evidence;
}

export const FIGURE_QUALIFIERS = ['exactly', 'about', 'more than', 'at least', 'less than', 'at most'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** A figure reported about a pair of countries: "more than 250 pairs of sister cities between China and Japan". */
export interface CountryFigureFact {
  /** The two countries, ISO 3166-1 alpha-2 codes. */
  countries: [string, string];
  /** What is counted, in plain words: "sister city pairs". */
  metric: string;
  value: number;
  qualifier: FigureQualifier;
  /** The date the figure holds for; defaults to the document's date. */
  asOf?: string | null;
  /** Name of the person (in this file) who gave the figure, if the text attributes it. */
  statedBy?: string | null;
  evidence: Evidence;
}

/** One article's facts: the content of a `NAME.facts.yaml` file. */
export interface FactsFile {
  document: DocumentFacts;
  places: PlaceFact[];
  people: PersonFact[];
  partnerships: PartnershipFact[];
  meetings: MeetingFact[];
  events: EventFact[];
  countryFigures: CountryFigureFact[];
}
