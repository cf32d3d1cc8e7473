/**
 * What is known about people: the offices they hold, the meetings they attended, the people they met, and who
 * holds an office. Each query takes a batch of ids so that a list of people is answered in one query per field.
 */
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { MeetingRecord, OfficeRecord, PersonRecord } from './records.ts';
import { meetingProjection, officeProjection } from './projections.ts';
import { slicesById, valuesById, type IdRow, type SliceRow } from './nodes.ts';
import { MAX_MEETINGS_PER_ENCOUNTER } from '../limits.ts';

/** Someone a person met: how often, when last, and at which meetings (bare meeting nodes). */
export interface Encounter {
  node: PersonRecord;
  meetingCount: number;
  lastMet: string | null;
  meetings: MeetingRecord[];
}

/** Each person's offices, current ones first. */
export function officesOfPeopleQuery(ids: readonly string[], includeFormer: boolean, limit: number): NamedQuery {
  return {
    name: 'officesOfPeople',
    cypher: `UNWIND $ids AS id
MATCH (holder:Person {id: id})
RETURN id, COLLECT {
  MATCH (holder)-[holds:HOLDS]->(o:Office)
  WHERE $includeFormer OR NOT coalesce(holds.former, false)
  RETURN ${officeProjection('o')} AS office
  ORDER BY coalesce(holds.former, false), o.title, o.id
  LIMIT $limit
} AS offices`,
    params: { ids: [...ids], includeFormer, limit },
  };
}

export async function findOfficesOfPeople(
  reader: GraphReader,
  ids: readonly string[],
  includeFormer: boolean,
  limit: number,
): Promise<Map<string, OfficeRecord[]>> {
  return valuesById(
    await readRows<IdRow<'offices', OfficeRecord[]>>(reader, officesOfPeopleQuery(ids, includeFormer, limit)),
    'offices',
  );
}

/** Offices by id with holder, `former` and what they are of: for offices reached without them (e.g. by `node`). */
export function officeDetailsQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'officeDetails',
    cypher: `UNWIND $ids AS id
MATCH (holder:Person)-[holds:HOLDS]->(o:Office {id: id})
WITH id, holder, holds, o ORDER BY holder.id
WITH id, head(collect(${officeProjection('o')})) AS office
RETURN id, office`,
    params: { ids: [...ids] },
  };
}

export async function findOfficeDetails(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, OfficeRecord>> {
  return valuesById(await readRows<IdRow<'office', OfficeRecord>>(reader, officeDetailsQuery(ids)), 'office');
}

/** Meetings each person attended, newest first. */
export function meetingsOfPeopleQuery(ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: 'meetingsOfPeople',
    cypher: `UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH id, COLLECT { MATCH (p)-[:ATTENDED]->(m:Meeting) RETURN m ORDER BY m.date IS NULL, m.date DESC, m.id } AS meetings
RETURN id, size(meetings) AS totalCount,
       [m IN meetings[$offset..$offset + $limit] | ${meetingProjection('m')}] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findMeetingsOfPeople(
  reader: GraphReader,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<MeetingRecord>>> {
  return slicesById(await readRows<SliceRow<MeetingRecord>>(reader, meetingsOfPeopleQuery(ids, window)));
}

/** The people each person met at meetings, most often met first, with those meetings (newest first). */
export function peopleMetQuery(ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: 'peopleMet',
    cypher: `UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH id, COLLECT {
  MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
  WHERE other <> p
  WITH other, m ORDER BY m.date IS NULL, m.date DESC, m.id
  WITH other, collect(m) AS meetings
  RETURN {node: ${nodeProjection('other')}, meetingCount: size(meetings), lastMet: meetings[0].date,
          meetings: [m IN meetings[..${MAX_MEETINGS_PER_ENCOUNTER}] | ${nodeProjection('m')}]} AS encounter
  ORDER BY size(meetings) DESC, other.name, other.id
} AS encounters
RETURN id, size(encounters) AS totalCount, encounters[$offset..$offset + $limit] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findPeopleMet(
  reader: GraphReader,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<Encounter>>> {
  return slicesById(await readRows<SliceRow<Encounter>>(reader, peopleMetQuery(ids, window)));
}

/** The people from each country (by `FROM`), by name. */
export function peopleFromCountriesQuery(ids: readonly string[], window: PageWindow): NamedQuery {
  return {
    name: 'peopleFromCountries',
    cypher: `UNWIND $ids AS id
MATCH (c:Country {id: id})
WITH id, COLLECT { MATCH (p:Person)-[:FROM]->(c) RETURN p ORDER BY p.name, p.id } AS people
RETURN id, size(people) AS totalCount, [p IN people[$offset..$offset + $limit] | ${nodeProjection('p')}] AS items`,
    params: { ids: [...ids], offset: window.offset, limit: window.limit },
  };
}

export async function findPeopleFromCountries(
  reader: GraphReader,
  ids: readonly string[],
  window: PageWindow,
): Promise<Map<string, Slice<PersonRecord>>> {
  return slicesById(await readRows<SliceRow<PersonRecord>>(reader, peopleFromCountriesQuery(ids, window)));
}
