/**
 * Fact extraction: article text in, a facts file (the seeder's format, `src/facts/types.ts`) out. Pure, synchronous
 * and deterministic: the same text gives the same facts, in the same order.
 *
 * Pipeline: parse the header (article.ts) -> sentences with offsets (sentences.ts) -> places against the gazetteer
 * (places.ts) -> people by their titles (people.ts) -> ties (ties.ts), meetings (meetings.ts), figures about pairs of
 * countries (figures.ts) and about one or more places (passes/place-figures.ts) -> facts with evidence (this file).
 */
import type {
  CountryFigureFact,
  EventFact,
  Evidence,
  FactsFile,
  FigureQualifier,
  MeetingFact,
  PartnershipFact,
  PersonFact,
  PlaceFact,
} from '../facts/types.ts';
import { countryName } from '../facts/countries.ts';
import { FIGURE_QUALIFIERS } from '../facts/facts-schema.ts';
import { nameKey } from '../facts/names.ts';
import { parseArticle } from './article.ts';
import { readDocument, type Doc, type PlaceRec, type SentenceInfo } from './document.ts';
import { findFigures } from './figures.ts';
import { findMeetings } from './meetings.ts';
import type { Sentence } from './sentences.ts';
import { findTies } from './ties.ts';
import { figureConfidence, personConfidence, placeConfidence } from './confidence.ts';
import { findTieEnds, type TieStatus } from './passes/end-years.ts';
import { findPlaceFigures } from './passes/place-figures.ts';
import { applySigningYears } from './passes/signing-years.ts';
import { applyStatedYearsApart } from './passes/start-years.ts';

export { ArticleError, parseArticle, type ParsedArticle } from './article.ts';
export { toGold, type GoldFacts } from './gold.ts';

export interface ExtractOptions {
  /** The article's file name (basename), written to `document.file`. */
  file: string;
  /** The article's date, YYYY-MM-DD, for text without a header. */
  date?: string | null;
}

/**
 * What extraction finds beyond the facts file's format (kept for `extract --json` and evaluation): each partnership's
 * status, and which rule found each tie, meeting and figure.
 */
export interface Extraction {
  facts: FactsFile;
  /** Parallel to facts.partnerships. */
  statuses: TieStatus[];
  /** Which rule found each fact (parallel to facts.partnerships, facts.meetings and facts.countryFigures). */
  rules: { partnerships: string[]; meetings: string[]; figures: string[] };
}

/** Extracts the facts of one article. Throws ArticleError for unusable input. */
export function extractFacts(text: string, options: ExtractOptions): FactsFile {
  return extractArticle(text, options).facts;
}

/** Extracts the facts of one article with the statuses and rules behind them. Throws ArticleError. */
export function extractArticle(text: string, options: ExtractOptions): Extraction {
  const article = parseArticle(text, { date: options.date ?? null });
  const doc = readDocument(article);
  const ties = findTies(doc);
  applySigningYears(doc, ties);
  applyStatedYearsApart(doc, ties);
  const tieEnds = findTieEnds(doc, ties);
  const meetings = findMeetings(doc, ties);
  const figures = findFigures(doc);
  const placeFigures = findPlaceFigures(doc);

  const evidence = (s: Sentence, confidence: number): Evidence => ({
    sentence: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    confidence: round(confidence),
  });
  const used = usedPlaces(doc, ties, meetings);

  const mentions = new Map<PlaceRec, number>();
  for (const info of doc.sentences)
    for (const m of info.places) if (!m.adjective) mentions.set(m.place, (mentions.get(m.place) ?? 0) + 1);
  const placeAliases = distinctAliases(doc.places.map((p) => ({ name: p.name, aliases: [...p.aliases] })));
  const personAliases = distinctAliases(doc.people.map((p) => ({ name: p.name, aliases: [...p.aliases] })));

  const places: PlaceFact[] = doc.places
    .filter((p) => p.named || used.has(p))
    .map((p) => {
      const e = p.entry;
      const within =
        e?.division && e.kind !== 'country' && e.feature !== 'ADM1'
          ? doc.places.find((q) => q.entry?.division === e.division && q.entry.feature === 'ADM1')
          : undefined;
      const fact: PlaceFact = {
        name: p.name,
        kind: p.kind,
        country: p.country,
        aliases: placeAliases.get(p.name) ?? [],
        within: within && (within.named || used.has(within)) ? within.name : null,
        geonamesId: e?.geonamesId ?? null,
        lat: e?.lat ?? null,
        lng: e?.lng ?? null,
        evidence: evidence(p.sentence, placeConfidence(p.kind, mentions.get(p) ?? 0, used.has(p))),
      };
      if (fact.lat === null) {
        delete fact.lat;
        delete fact.lng;
      }
      return fact;
    });

  const people: PersonFact[] = doc.people.map((p) => ({
    name: p.name,
    aliases: personAliases.get(p.name) ?? [],
    country: p.country,
    offices: p.offices.map((o) => ({
      title: o.title,
      place: o.place ? o.place.name : null,
      ...(o.former ? { former: true } : {}),
      evidence: evidence(o.sentence, 0.8),
    })),
    evidence: evidence(p.sentence, personConfidence(p.titleName)),
  }));

  const partnerships: PartnershipFact[] = ties.map((t) => {
    const end = tieEnds.get(t);
    const until =
      end?.until !== null && end?.until !== undefined && (t.since === null || end.until >= t.since) ? end.until : null;
    return {
      a: t.a.name,
      b: t.b.name,
      kind: t.kind,
      since: t.since,
      sinceBasis: t.basis,
      sinceNote: t.note,
      ...(until !== null ? { until } : {}),
      ...(end && end.status !== 'active' ? { status: end.status } : {}),
      evidence: evidence(t.info.s, t.confidence),
    };
  });

  const meetingFacts: MeetingFact[] = meetings.map((m) => ({
    participants: m.participants.map((p) => p.name),
    date: m.date,
    place: m.place ? m.place.name : null,
    event: null,
    evidence: evidence(m.info.s, m.confidence),
  }));

  const countryFigures: CountryFigureFact[] = figures.map((f) => ({
    countries: f.countries,
    metric: f.metric,
    value: f.value,
    qualifier: f.qualifier,
    asOf: doc.date,
    statedBy: f.statedBy ? f.statedBy.name : null,
    evidence: evidence(f.info.s, figureConfidence(PAIR_FIGURE_RULE)),
  }));
  const figureRules = figures.map(() => PAIR_FIGURE_RULE);
  const placeNames = new Set(places.map((p) => p.name));
  for (const f of placeFigures) {
    // A figure the pair rule found in the same sentence is that figure.
    if (figures.some((c) => c.value === f.value && c.info.s.start === f.info.s.start)) continue;
    const subjects = figureSubjects(f.places, placeNames);
    if (!subjects) continue;
    countryFigures.push({
      ...subjects,
      metric: f.metric,
      value: f.value,
      qualifier: factQualifier(f.qualifier),
      asOf: doc.date,
      statedBy: null,
      evidence: evidence(f.info.s, f.confidence),
    });
    figureRules.push(f.rule);
  }

  const facts: FactsFile = {
    document: {
      file: options.file,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      reviewed: false,
    },
    places,
    people,
    partnerships,
    meetings: meetingFacts,
    events: findEvents(doc, evidence),
    countryFigures,
  };
  return {
    facts,
    statuses: ties.map((t) => tieEnds.get(t)?.status ?? 'active'),
    rules: {
      partnerships: ties.map((t) => t.rule),
      meetings: meetings.map((m) => (m.datedByArticle ? `${m.rule}+dated-by-article` : m.rule)),
      figures: figureRules,
    },
  };
}

const PAIR_FIGURE_RULE = 'figure-country-pair';

/**
 * A figure's subjects as the facts file gives them: countries as ISO codes, other places by their names in the file.
 * Null when a subject cannot be written (a country without a known code, a place the file does not list).
 */
function figureSubjects(
  subjects: readonly PlaceRec[],
  placeNames: ReadonlySet<string>,
): { countries?: string[]; places?: string[] } | null {
  const countries: string[] = [];
  const places: string[] = [];
  for (const p of subjects) {
    if (p.kind === 'country') {
      if (!p.country || countryName(p.country) === null) return null;
      if (!countries.includes(p.country)) countries.push(p.country);
    } else {
      if (!placeNames.has(p.name)) return null;
      if (!places.includes(p.name)) places.push(p.name);
    }
  }
  if (countries.length + places.length === 0) return null;
  return { ...(countries.length ? { countries } : {}), ...(places.length ? { places } : {}) };
}

/** The facts format's qualifier for a cue word's ("over 40" is more than 40, "nearly 40" about 40). */
function factQualifier(qualifier: string | null): FigureQualifier {
  switch (qualifier) {
    case null:
      return 'exactly';
    case 'over':
      return 'more than';
    case 'nearly':
      return 'about';
    default:
      return (FIGURE_QUALIFIERS as readonly string[]).includes(qualifier) ? (qualifier as FigureQualifier) : 'about';
  }
}

/**
 * Aliases that name one entry only: a facts file's names and aliases must each point at one entry ("Shizuoka" cannot be
 * an alias of the prefecture when Shizuoka the city is in the file too). Names win over aliases; earlier entries win.
 */
function distinctAliases(entries: Array<{ name: string; aliases: string[] }>): Map<string, string[]> {
  const owner = new Map<string, string>();
  for (const e of entries) owner.set(nameKey(e.name), e.name);
  const out = new Map<string, string[]>();
  for (const e of entries) {
    const kept: string[] = [];
    for (const a of [...e.aliases].sort()) {
      const k = nameKey(a);
      if (!k || (owner.has(k) && owner.get(k) !== e.name)) continue;
      owner.set(k, e.name);
      if (a !== e.name) kept.push(a);
    }
    out.set(e.name, kept);
  }
  return out;
}

/** Places that facts refer to must be in the file even when only an adjective names them ("Chinese" -> China). */
function usedPlaces(
  doc: Doc,
  ties: ReturnType<typeof findTies>,
  meetings: ReturnType<typeof findMeetings>,
): Set<PlaceRec> {
  const used = new Set<PlaceRec>();
  for (const t of ties) used.add(t.a).add(t.b);
  for (const m of meetings) if (m.place) used.add(m.place);
  for (const p of doc.people) for (const o of p.offices) if (o.place) used.add(o.place);
  return used;
}

const EVENT_WORDS = /Conference|Summit|Forum|Expo|Festival|Games|Fair|Congress/;

/** Named gatherings people attended: "attended the Group of 20", "the Pacific Rim Sister Cities Summit". */
function findEvents(doc: Doc, evidence: (s: Sentence, c: number) => Evidence): EventFact[] {
  const out: EventFact[] = [];
  const attended =
    /\battended\s+the\s+((?:\p{Lu}[\p{L}\p{N}-]*|of|and|\d+)(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|of|and|\d+))*)/u;
  const named =
    /\b(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,6}(?:Conference|Summit|Forum|Expo|Festival|Games|Fair|Congress))\b/u;
  for (const info of doc.sentences) {
    const text = info.s.text;
    const m =
      (text.includes('attended') ? attended.exec(text) : null) ?? (EVENT_WORDS.test(text) ? named.exec(text) : null);
    if (!m) continue;
    const name = m[1]!.replace(/\s+(?:of|and)$/, '').trim();
    if (out.some((e) => nameKey(e.name) === nameKey(name))) continue;
    const attendees = attended.test(info.s.text) ? [...new Set(info.people.map((p) => p.person.name))] : [];
    out.push({ name, date: info.day, place: eventPlace(info), attendees, evidence: evidence(info.s, 0.6) });
  }
  return out;
}

function eventPlace(info: SentenceInfo): string | null {
  const m = info.places.find(
    (p) =>
      !p.adjective &&
      p.place.kind !== 'country' &&
      /\bin\s+$/.test(info.s.text.slice(Math.max(0, p.start - 4), p.start)),
  );
  return m ? m.place.name : null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
