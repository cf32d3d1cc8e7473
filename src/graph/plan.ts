/**
 * Turns one document's facts into the rows the seeder writes: pure, so that what lands in the graph can be tested
 * without a database. Names are resolved to stable ids here, once.
 */
import { createHash } from 'node:crypto';
import { countryAliases, countryName } from '../facts/countries.ts';
import { nameKey } from '../facts/names.ts';
import type { Evidence, FactsFile, PlaceFact } from '../facts/types.ts';
import {
  countryFigureId,
  countryId,
  documentId,
  eventId,
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
    date: string | null;
    source: string | null;
    url: string | null;
    contentHash: string;
    factsHash: string;
    reviewed: boolean;
    extracted: boolean;
  };
  sentences: { id: string; name: string; text: string; start: number; end: number; documentId: string }[];
  countries: { id: string; code: string; name: string; aliases: string[]; nameKeys: string[] }[];
  places: {
    id: string;
    name: string;
    kind: string;
    countryCode: string | null;
    countryId: string | null;
    aliases: string[];
    nameKeys: string[];
    lat: number | null;
    lng: number | null;
    geonamesId: number | null;
    wikidataId: string | null;
  }[];
  containment: { placeId: string; withinId: string }[];
  people: { id: string; name: string; aliases: string[]; nameKeys: string[]; countryCode: string | null; countryId: string | null }[];
  offices: { id: string; name: string; title: string; personId: string; former: boolean; of: Ref | null }[];
  events: { id: string; name: string; aliases: string[]; nameKeys: string[]; date: string | null; year: number | null; place: Ref | null; attendeeIds: string[] }[];
  meetings: { id: string; name: string; date: string | null; year: number | null; place: Ref | null; eventId: string | null; participantIds: string[] }[];
  partnerships: {
    id: string;
    name: string;
    kind: string;
    since: number | null;
    sinceBasis: string;
    sinceNote: string | null;
    until: number | null;
    a: Ref;
    b: Ref;
  }[];
  figures: { id: string; name: string; metric: string; value: number; qualifier: string; asOf: string | null; countryIds: [string, string]; statedById: string | null }[];
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

const yearOf = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function keysOf(names: string[]): string[] {
  return unique(names.map(nameKey).filter((key) => key.length > 0));
}

/**
 * The rows for one document. `facts` must have passed `parseFactsFile` and `locateEvidence` (references resolve,
 * evidence has offsets). `factsText` is the facts file as read, hashed so unchanged documents can be skipped.
 */
export function planDocument(facts: FactsFile, documentText: string, options: { factsText: string; extracted: boolean }): GraphPlan {
  const docId = documentId(facts.document.file);
  const plan = emptyPlan({
    id: docId,
    name: facts.document.title,
    title: facts.document.title,
    file: facts.document.file,
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

  // Countries: those the facts list as places of kind "country", and those only named by code elsewhere.
  const countries = new Map<string, GraphPlan['countries'][number]>();
  const addCountry = (code: string, name?: string, aliases: string[] = []) => {
    const id = countryId(code);
    const existing = countries.get(id);
    const known = countryAliases(code);
    const finalName = name ?? existing?.name ?? countryName(code) ?? code;
    const allAliases = unique([...(existing?.aliases ?? []), ...aliases, ...known].filter((a) => a !== finalName));
    countries.set(id, { id, code, name: finalName, aliases: allAliases, nameKeys: keysOf([finalName, ...allAliases, code]) });
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
  const placeRef = (name: string | null | undefined): Ref | null => (name == null ? null : (placeRefs.get(nameKey(name)) ?? null));

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
      nameKeys: keysOf([place.name, ...aliases]),
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
      nameKeys: keysOf([person.name, ...aliases]),
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
      aliases: [],
      nameKeys: keysOf([event.name]),
      date: event.date ?? null,
      year: yearOf(event.date),
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
      year: yearOf(meeting.date),
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
      a,
      b,
    });
    evidenced('Partnership', id, tie.evidence);
  }

  for (const figure of facts.countryFigures) {
    const asOf = figure.asOf ?? facts.document.date;
    const codes = figure.countries;
    const countryIds = codes.map((code) => addCountry(code)) as [string, string];
    const id = countryFigureId(codes, figure.metric, asOf);
    const pair = codes.map((code) => countries.get(countryId(code))!.name).join('–');
    plan.figures.push({
      id,
      name: `${pair} ${figure.metric}: ${figure.qualifier === 'exactly' ? '' : `${figure.qualifier} `}${figure.value}`,
      metric: figure.metric,
      value: figure.value,
      qualifier: figure.qualifier,
      asOf,
      countryIds,
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
