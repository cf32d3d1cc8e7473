/**
 * Turns one document's facts into a plan (what the document says, names resolved to stable ids, once), and plans
 * into the rows the seeding Cypher consumes (`seedRows`): pure, so that what lands in the graph can be tested without
 * a database.
 *
 * A plan holds what one document states. The graph shows, for each node, a value derived from the statements of every
 * document that supports it (see derive.ts); each document's statement is kept on its EVIDENCED_BY relationship.
 */
import { createHash } from 'node:crypto';
import neo4j, { type Date as Neo4jDate, type Integer } from 'neo4j-driver';
import { countryName } from '../facts/countries.ts';
import { nameKey } from '../facts/names.ts';
import type { Evidence, FactsFile, PlaceFact, TieStatus } from '../facts/types.ts';
import {
  countryId,
  documentId,
  eventId,
  figureId,
  meetingId,
  officeId,
  partnershipId,
  personId,
  placeId,
  sentenceId,
  type EvidencedLabel,
  type MentionedLabel,
  type PlaceLabel,
} from './model.ts';

export interface Ref {
  id: string;
  label: PlaceLabel;
}

export interface GraphPlan {
  document: {
    id: string;
    name: string;
    title: string;
    file: string;
    /** Which set of files the document belongs to: 'articles' for a documents folder; pruning only touches its own. */
    collection: string;
    date: string | null;
    source: string | null;
    url: string | null;
    contentHash: string;
    factsHash: string;
    reviewed: boolean;
    extracted: boolean;
  };
  sentences: { id: string; name: string; text: string; start: number; end: number; documentId: string }[];
  countries: { id: string; code: string; name: string; aliases: string[] }[];
  places: {
    id: string;
    name: string;
    kind: string;
    countryCode: string | null;
    countryId: string | null;
    aliases: string[];
    lat: number | null;
    lng: number | null;
    geonamesId: number | null;
    wikidataId: string | null;
  }[];
  containment: { placeId: string; withinId: string }[];
  people: { id: string; name: string; aliases: string[]; countryCode: string | null; countryId: string | null }[];
  offices: { id: string; name: string; title: string; personId: string; former: boolean; of: Ref | null }[];
  events: { id: string; name: string; date: string | null; place: Ref | null; attendeeIds: string[] }[];
  meetings: {
    id: string;
    name: string;
    date: string | null;
    place: Ref | null;
    eventId: string | null;
    participantIds: string[];
  }[];
  partnerships: {
    id: string;
    name: string;
    kind: string;
    since: number | null;
    sinceBasis: string;
    sinceNote: string | null;
    until: number | null;
    /** What the document says of the tie's state; null or absent when it does not say. */
    status?: TieStatus | null;
    a: Ref;
    b: Ref;
  }[];
  figures: {
    id: string;
    name: string;
    metric: string;
    value: number;
    qualifier: string;
    asOf: string | null;
    subjects: Ref[];
    statedById: string | null;
  }[];
  evidence: { label: EvidencedLabel; factId: string; sentenceId: string; confidence: number }[];
  mentions: { label: MentionedLabel; entityId: string }[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A plan that writes only its document; planners fill in the rest. */
export function emptyPlan(document: GraphPlan['document']): GraphPlan {
  return {
    document,
    sentences: [],
    countries: [],
    places: [],
    containment: [],
    people: [],
    offices: [],
    events: [],
    meetings: [],
    partnerships: [],
    figures: [],
    evidence: [],
    mentions: [],
  };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * The rows for one document. `facts` must have passed `parseFactsFile` and `locateEvidence` (references resolve,
 * evidence has offsets). `factsText` is the facts file as read, hashed so unchanged documents can be skipped.
 */
export function planDocument(
  facts: FactsFile,
  documentText: string,
  options: { factsText: string; extracted: boolean },
): GraphPlan {
  const docId = documentId(facts.document.file);
  const plan = emptyPlan({
    id: docId,
    name: facts.document.title,
    title: facts.document.title,
    file: facts.document.file,
    collection: 'articles',
    date: facts.document.date,
    source: facts.document.source,
    url: facts.document.url,
    contentHash: sha256(documentText),
    factsHash: sha256(options.factsText),
    reviewed: facts.document.reviewed,
    extracted: options.extracted,
  });

  const sentences = new Map<string, GraphPlan['sentences'][number]>();
  const evidenced = (label: EvidencedLabel, factId: string, evidence: Evidence) => {
    const start = evidence.start!;
    const end = evidence.end!;
    const id = sentenceId(docId, start, end);
    if (!sentences.has(id)) {
      const caption = evidence.sentence.length > 48 ? `${evidence.sentence.slice(0, 47)}…` : evidence.sentence;
      sentences.set(id, { id, name: caption, text: evidence.sentence, start, end, documentId: docId });
    }
    plan.evidence.push({ label, factId, sentenceId: id, confidence: evidence.confidence ?? 1 });
  };

  // Countries: those the facts list as places of kind "country" (with the names the document gives them), and those
  // only named by code elsewhere (their names come from the ISO list when the graph derives them).
  const countries = new Map<string, GraphPlan['countries'][number]>();
  const addCountry = (code: string, name?: string, aliases: string[] = []) => {
    const id = countryId(code);
    const existing = countries.get(id);
    const finalName = name ?? existing?.name ?? countryName(code) ?? code;
    const allAliases = unique([...(existing?.aliases ?? []), ...aliases].filter((a) => a !== finalName));
    countries.set(id, { id, code, name: finalName, aliases: allAliases });
    return id;
  };

  // Resolve a place reference (name or alias of a place of this file) to its node.
  const placeRefs = new Map<string, Ref>();
  const placeFactOf = new Map<string, PlaceFact>();
  for (const place of facts.places) {
    const ref: Ref =
      place.kind === 'country'
        ? { id: countryId(place.country!), label: 'Country' }
        : { id: placeId(place.name, place.country), label: 'Place' };
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      placeRefs.set(nameKey(name), ref);
      placeFactOf.set(nameKey(name), place);
    }
  }
  const placeRef = (name: string | null | undefined): Ref | null =>
    name == null ? null : (placeRefs.get(nameKey(name)) ?? null);

  for (const place of facts.places) {
    if (place.kind === 'country') {
      const id = addCountry(place.country!, place.name, place.aliases ?? []);
      evidenced('Country', id, place.evidence);
      plan.mentions.push({ label: 'Country', entityId: id });
      continue;
    }
    const id = placeId(place.name, place.country);
    const aliases = unique((place.aliases ?? []).filter((a) => a !== place.name));
    plan.places.push({
      id,
      name: place.name,
      kind: place.kind,
      countryCode: place.country,
      countryId: place.country ? addCountry(place.country) : null,
      aliases,
      lat: place.lat ?? null,
      lng: place.lng ?? null,
      geonamesId: place.geonamesId ?? null,
      wikidataId: place.wikidataId ?? null,
    });
    const within = placeRef(place.within);
    if (within?.label === 'Place') plan.containment.push({ placeId: id, withinId: within.id });
    evidenced('Place', id, place.evidence);
    plan.mentions.push({ label: 'Place', entityId: id });
  }

  const personRefs = new Map<string, string>();
  for (const person of facts.people) {
    const id = personId(person.name);
    for (const name of [person.name, ...(person.aliases ?? [])]) personRefs.set(nameKey(name), id);
  }
  const personRef = (name: string) => personRefs.get(nameKey(name))!;

  for (const person of facts.people) {
    const id = personId(person.name);
    const aliases = unique((person.aliases ?? []).filter((a) => a !== person.name));
    plan.people.push({
      id,
      name: person.name,
      aliases,
      countryCode: person.country,
      countryId: person.country ? addCountry(person.country) : null,
    });
    evidenced('Person', id, person.evidence);
    plan.mentions.push({ label: 'Person', entityId: id });
    for (const office of person.offices) {
      const of = placeRef(office.place);
      const ofName = office.place ? (placeFactOf.get(nameKey(office.place))?.name ?? office.place) : null;
      const officeNodeId = officeId(id, office.title, of?.id ?? null);
      plan.offices.push({
        id: officeNodeId,
        name: ofName ? `${office.title} of ${ofName}` : office.title,
        title: office.title,
        personId: id,
        former: office.former ?? false,
        of,
      });
      evidenced('Office', officeNodeId, office.evidence);
    }
  }

  const eventRefs = new Map<string, string>();
  for (const event of facts.events) {
    const id = eventId(event.name, event.date);
    eventRefs.set(nameKey(event.name), id);
    plan.events.push({
      id,
      name: event.name,
      date: event.date ?? null,
      place: placeRef(event.place),
      attendeeIds: unique(event.attendees.map(personRef)),
    });
    evidenced('Event', id, event.evidence);
    plan.mentions.push({ label: 'Event', entityId: id });
  }

  const nameOfPerson = new Map(plan.people.map((p) => [p.id, p.name]));
  for (const meeting of facts.meetings) {
    const participantIds = unique(meeting.participants.map(personRef));
    const id = meetingId(participantIds, meeting.date, docId);
    const who = participantIds.map((p) => nameOfPerson.get(p)).join(' and ');
    plan.meetings.push({
      id,
      name: meeting.date ? `${who}, ${meeting.date}` : who,
      date: meeting.date,
      place: placeRef(meeting.place),
      eventId: meeting.event ? (eventRefs.get(nameKey(meeting.event)) ?? null) : null,
      participantIds,
    });
    evidenced('Meeting', id, meeting.evidence);
  }

  for (const tie of facts.partnerships) {
    const a = placeRef(tie.a)!;
    const b = placeRef(tie.b)!;
    const id = partnershipId(a.id, b.id, tie.kind);
    const [first, second] = [tie.a, tie.b].map((n) => placeFactOf.get(nameKey(n))?.name ?? n);
    plan.partnerships.push({
      id,
      name: `${first} – ${second}`,
      kind: tie.kind,
      since: tie.since,
      sinceBasis: tie.sinceBasis,
      sinceNote: tie.sinceNote ?? null,
      until: tie.until ?? null,
      status: tie.status ?? null,
      a,
      b,
    });
    evidenced('Partnership', id, tie.evidence);
  }

  for (const figure of facts.countryFigures) {
    const asOf = figure.asOf ?? facts.document.date;
    const subjects: Ref[] = [
      ...(figure.countries ?? []).map((code): Ref => ({ id: addCountry(code), label: 'Country' })),
      ...(figure.places ?? []).map((name) => placeRef(name)!),
    ];
    const subjectIds = unique(subjects.map((s) => s.id));
    const id = figureId(
      subjectIds.map((s) => (s.startsWith('country:') ? s.slice('country:'.length) : s)),
      figure.metric,
      asOf,
    );
    const subjectName = (ref: Ref) =>
      ref.label === 'Country'
        ? countries.get(ref.id)!.name
        : (plan.places.find((p) => p.id === ref.id)?.name ?? ref.id);
    const about = uniqueBy(subjects, (s) => s.id)
      .map(subjectName)
      .join('–');
    plan.figures.push({
      id,
      name: `${about} ${figure.metric}: ${figure.qualifier === 'exactly' ? '' : `${figure.qualifier} `}${figure.value}`,
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      asOf,
      subjects: uniqueBy(subjects, (s) => s.id),
      statedById: figure.statedBy ? personRef(figure.statedBy) : null,
    });
    evidenced('CountryFigure', id, figure.evidence);
  }

  plan.countries = [...countries.values()];
  plan.sentences = [...sentences.values()];
  plan.mentions = uniqueBy(plan.mentions, (m) => m.entityId);
  plan.evidence = uniqueBy(plan.evidence, (e) => `${e.factId} ${e.sentenceId}`);
  return plan;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * The version of what the seeder writes for given facts, kept on each Document. Raise it when that changes (types,
 * statements, derived properties), so that a graph seeded by an older version is rewritten on the next seed instead
 * of its documents being skipped as unchanged.
 */
export const SEED_FORMAT = 2;

/** An integer as Neo4j should store it: the driver sends a JavaScript number as a FLOAT. */
export const int = (n: number | null | undefined): Integer | null => (n == null ? null : neo4j.int(n));

/** A full date (YYYY-MM-DD) as a Neo4j DATE; null for a partial date (YYYY, YYYY-MM), which keeps its string only. */
export function dayOf(date: string | null | undefined): Neo4jDate<number> | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return match ? new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The year of a full or partial date, as a Neo4j integer. */
export const yearOf = (date: string | null | undefined): Integer | null =>
  date ? int(Number(date.slice(0, 4))) : null;

type Row = Record<string, unknown>;

/** The rows of a batch of plans, exactly as the statements of `SEED_CYPHER` (seed.ts) consume them. */
export interface SeedRows {
  documentIds: string[];
  documents: { id: string; props: Row }[];
  sentences: { id: string; documentId: string; props: Row }[];
  /** Node ids to MERGE, by label (countries with their code). */
  nodes: Record<EvidencedLabel, Row[]>;
  /** Relationships that the ids of their ends already determine, so every document states them alike. */
  inCountry: { placeId: string; countryId: string }[];
  holds: { personId: string; officeId: string }[];
  officeOf: { fromId: string; toId: string; toLabel: PlaceLabel }[];
  attended: { personId: string; meetingId: string }[];
  partyTo: { partnershipId: string; placeId: string; label: PlaceLabel }[];
  about: { figureId: string; subjectId: string; label: PlaceLabel }[];
  /** One per fact and sentence: `stated` is what the document says of the fact, kept on EVIDENCED_BY. */
  evidence: { label: EvidencedLabel; factId: string; sentenceId: string; stated: Row }[];
  mentions: { documentId: string; label: MentionedLabel; entityId: string }[];
  /** Every node the batch writes, whose shown values are derived again after it. */
  touched: { id: string; label: EvidencedLabel }[];
}

/** What one document states of each of its facts: the properties of its EVIDENCED_BY relationships. */
function statementsOf(plan: GraphPlan): Map<string, Row> {
  const stated = new Map<string, Row>();
  const put = (id: string, row: Row) => {
    if (!stated.has(id)) stated.set(id, row);
  };
  const withinOf = new Map(plan.containment.map((c) => [c.placeId, c.withinId]));
  for (const c of plan.countries) put(c.id, { name: c.name, aliases: c.aliases });
  for (const p of plan.places) {
    put(p.id, {
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
      aliases: p.aliases,
      lat: p.lat,
      lng: p.lng,
      geonamesId: int(p.geonamesId),
      wikidataId: p.wikidataId,
      withinId: withinOf.get(p.id) ?? null,
    });
  }
  for (const p of plan.people) put(p.id, { name: p.name, aliases: p.aliases, countryCode: p.countryCode });
  for (const o of plan.offices) put(o.id, { name: o.name, title: o.title, former: o.former });
  for (const e of plan.events) {
    put(e.id, {
      name: e.name,
      date: e.date,
      placeId: e.place?.id ?? null,
      placeLabel: e.place?.label ?? null,
      attendeeIds: e.attendeeIds,
    });
  }
  for (const m of plan.meetings) {
    put(m.id, {
      name: m.name,
      date: m.date,
      placeId: m.place?.id ?? null,
      placeLabel: m.place?.label ?? null,
      eventId: m.eventId,
    });
  }
  for (const t of plan.partnerships) {
    put(t.id, {
      name: t.name,
      kind: t.kind,
      since: int(t.since),
      sinceBasis: t.sinceBasis,
      sinceNote: t.sinceNote,
      until: int(t.until),
      // A document that gives an end year and says nothing else of the tie's state says it ended.
      status: t.status ?? (t.until != null ? 'ended' : null),
    });
  }
  for (const f of plan.figures) {
    put(f.id, {
      name: f.name,
      metric: f.metric,
      value: int(f.value),
      qualifier: f.qualifier,
      asOf: f.asOf,
      statedById: f.statedById,
    });
  }
  return stated;
}

/** Turns plans into rows for the seeding statements; several plans give one batch. */
export function seedRows(plans: readonly GraphPlan[]): SeedRows {
  const rows: SeedRows = {
    documentIds: [],
    documents: [],
    sentences: [],
    nodes: {
      Country: [],
      Place: [],
      Person: [],
      Office: [],
      Meeting: [],
      Event: [],
      Partnership: [],
      CountryFigure: [],
    },
    inCountry: [],
    holds: [],
    officeOf: [],
    attended: [],
    partyTo: [],
    about: [],
    evidence: [],
    mentions: [],
    touched: [],
  };
  const touched = new Map<string, EvidencedLabel>();
  const node = (label: EvidencedLabel, row: Row & { id: string }) => {
    if (touched.has(row.id)) return;
    touched.set(row.id, label);
    rows.nodes[label].push(row);
  };
  for (const plan of plans) {
    const { id, ...document } = plan.document;
    rows.documentIds.push(id);
    rows.documents.push({ id, props: { id, ...document, day: dayOf(document.date), seedFormat: int(SEED_FORMAT) } });
    for (const { id: sid, documentId: docId, start, end, ...sentence } of plan.sentences) {
      rows.sentences.push({
        id: sid,
        documentId: docId,
        props: { id: sid, ...sentence, start: int(start), end: int(end) },
      });
    }
    for (const c of plan.countries) node('Country', { id: c.id, code: c.code });
    for (const p of plan.places) {
      node('Place', { id: p.id });
      if (p.countryId) rows.inCountry.push({ placeId: p.id, countryId: p.countryId });
    }
    for (const p of plan.people) node('Person', { id: p.id });
    for (const o of plan.offices) {
      node('Office', { id: o.id });
      rows.holds.push({ personId: o.personId, officeId: o.id });
      if (o.of) rows.officeOf.push({ fromId: o.id, toId: o.of.id, toLabel: o.of.label });
    }
    for (const e of plan.events) node('Event', { id: e.id });
    for (const m of plan.meetings) {
      node('Meeting', { id: m.id });
      for (const personId of m.participantIds) rows.attended.push({ personId, meetingId: m.id });
    }
    for (const t of plan.partnerships) {
      node('Partnership', { id: t.id });
      for (const end of [t.a, t.b]) rows.partyTo.push({ partnershipId: t.id, placeId: end.id, label: end.label });
    }
    for (const f of plan.figures) {
      node('CountryFigure', { id: f.id });
      for (const subject of f.subjects)
        rows.about.push({ figureId: f.id, subjectId: subject.id, label: subject.label });
    }
    const stated = statementsOf(plan);
    for (const e of plan.evidence) {
      rows.evidence.push({
        label: e.label,
        factId: e.factId,
        sentenceId: e.sentenceId,
        stated: { confidence: e.confidence, ...stated.get(e.factId) },
      });
    }
    for (const m of plan.mentions) rows.mentions.push({ documentId: id, label: m.label, entityId: m.entityId });
  }
  rows.touched = [...touched].map(([id, label]) => ({ id, label }));
  return rows;
}

/** How many rows a plan writes: what batches are measured in. */
export function rowCount(plan: GraphPlan): number {
  return (
    1 +
    plan.sentences.length +
    plan.countries.length +
    plan.places.length +
    plan.containment.length +
    plan.people.length +
    plan.offices.length +
    plan.events.length +
    plan.meetings.length +
    plan.partnerships.length * 2 +
    plan.figures.length +
    plan.evidence.length +
    plan.mentions.length
  );
}
