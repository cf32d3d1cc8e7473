/**
 * The records the read queries return, one per node label: a node's properties as `nodeProjection` reads them (all
 * properties plus `labels`), and the related nodes that the projections in `projections.ts` add to facts (a meeting's
 * place and participants). The API maps its types onto these (the `mappers` of codegen.yml), so a resolver is
 * type-checked against what the Cypher returns. Properties a node may lack are optional: Neo4j stores no nulls.
 */
import type { SinceBasis, TieKind, TieStatus } from '../../facts/types.ts';
import type { NodeLabel } from '../model.ts';

/** What every node has. */
export interface NodeRecord {
  id: string;
  name: string;
  labels: string[];
}

/**
 * A tag that exists only for the compiler, never at run time: it keeps the records of different labels apart, which
 * otherwise look alike (all their own properties are optional), so that a resolver returning people where the schema
 * wants places fails the typecheck.
 */
declare const LABEL: unique symbol;
interface LabelledRecord<L extends NodeLabel> extends NodeRecord {
  readonly [LABEL]?: L;
}

export interface CountryRecord extends LabelledRecord<'Country'> {
  code?: string;
  aliases?: string[];
}

export interface PlaceRecord extends LabelledRecord<'Place'> {
  kind?: string;
  countryCode?: string;
  aliases?: string[];
  lat?: number;
  lng?: number;
  geonamesId?: number;
  wikidataId?: string;
}

/** Where a meeting or event was held, what an office is of, an end of a tie. */
export type LocationRecord = PlaceRecord | CountryRecord;

export interface PersonRecord extends LabelledRecord<'Person'> {
  countryCode?: string;
  aliases?: string[];
}

/** An office; `former`, `holder` and `of` come with `officeProjection`, and are absent on a bare office node. */
export interface OfficeRecord extends LabelledRecord<'Office'> {
  title?: string;
  former?: boolean;
  holder?: PersonRecord | null;
  of?: LocationRecord | null;
}

/** A meeting; `place`, `event` and `participants` come with `meetingProjection`. */
export interface MeetingRecord extends LabelledRecord<'Meeting'> {
  date?: string;
  year?: number;
  place?: LocationRecord | null;
  event?: EventRecord | null;
  participants?: PersonRecord[];
}

/** An event; `place`, `attendees` and `meetings` come with the event details query. */
export interface EventRecord extends LabelledRecord<'Event'> {
  aliases?: string[];
  date?: string;
  year?: number;
  place?: LocationRecord | null;
  attendees?: PersonRecord[];
  meetings?: MeetingRecord[];
}

/** A tie; `ends` come with `partnershipProjection`. */
export interface PartnershipRecord extends LabelledRecord<'Partnership'> {
  kind?: TieKind;
  since?: number;
  sinceBasis?: SinceBasis;
  sinceNote?: string;
  until?: number;
  /** Absent on ties seeded before statuses existed, which read as active. */
  status?: TieStatus;
  /** The fields on which the documents that state the tie disagree. */
  disputed?: string[];
  ends?: LocationRecord[];
}

/**
 * A figure about one or more countries or places; `countries`, `places` and `statedBy` come with
 * `countryFigureProjection`.
 */
export interface CountryFigureRecord extends LabelledRecord<'CountryFigure'> {
  metric?: string;
  value?: number;
  qualifier?: string;
  asOf?: string;
  /** The fields on which the documents that state the figure disagree. */
  disputed?: string[];
  countries?: CountryRecord[];
  places?: PlaceRecord[];
  statedBy?: PersonRecord | null;
}

export interface DocumentRecord extends LabelledRecord<'Document'> {
  title?: string;
  file?: string;
  date?: string;
  source?: string;
  url?: string;
  reviewed?: boolean;
  extracted?: boolean;
}

export interface SentenceRecord extends LabelledRecord<'Sentence'> {
  text?: string;
  start?: number;
  end?: number;
}

/** The record of a node of each label: what a lookup by id or name of that label returns. */
export interface RecordOfLabel {
  Country: CountryRecord;
  Place: PlaceRecord;
  Person: PersonRecord;
  Office: OfficeRecord;
  Meeting: MeetingRecord;
  Event: EventRecord;
  Partnership: PartnershipRecord;
  CountryFigure: CountryFigureRecord;
  Document: DocumentRecord;
  Sentence: SentenceRecord;
}

/** A node of any label, as queries that reach nodes of several labels return it (`node`, `search`, traversals). */
export type AnyNodeRecord = RecordOfLabel[NodeLabel];
