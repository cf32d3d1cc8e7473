/**
 * The fact model: what one article says, in the shape of a `seed/facts/NAME.facts.yaml` file.
 *
 * This is the contract between extraction (which writes these files), people (who review and correct them)
 * and the seeder (which writes them to the graph). The types are derived from the JSON Schema in `facts-schema.ts`,
 * which documents every field; the seeder validates every file against it before anything touches the database.
 *
 * Facts refer to each other by name: a partnership's `a` and `b`, a meeting's `place`, an office's `place` name a
 * place of the same file (by its `name` or one of its `aliases`), and `participants`/`attendees` name people of the
 * same file. Countries are ISO 3166-1 alpha-2 codes ("CN", "JP").
 */
import type { FromSchema } from 'json-schema-to-ts';
import type {
  FIGURE_QUALIFIERS,
  PLACE_KINDS,
  SINCE_BASES,
  TIE_KINDS,
  TIE_STATUSES,
  factsSchema,
} from './facts-schema.ts';

/** One article's facts: the content of a `NAME.facts.yaml` file. */
export type FactsFile = FromSchema<typeof factsSchema>;

export type PlaceFact = FactsFile['places'][number];
export type PersonFact = FactsFile['people'][number];
export type PartnershipFact = FactsFile['partnerships'][number];
export type MeetingFact = FactsFile['meetings'][number];
export type EventFact = FactsFile['events'][number];
export type CountryFigureFact = FactsFile['countryFigures'][number];
/** Where in the document a fact is stated. `sentence` must occur verbatim in the document text. */
export type Evidence = PlaceFact['evidence'];

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type TieKind = (typeof TIE_KINDS)[number];
export type SinceBasis = (typeof SINCE_BASES)[number];
export type TieStatus = (typeof TIE_STATUSES)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
