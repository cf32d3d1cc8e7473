/**
 * Meetings and events: the filtered list of meetings, and the details of meetings and events reached some other way.
 *
 * Dates may be partial ('2019', '2019-11'). A date bound is compared on the shorter of the two strings, so a meeting
 * dated only '2019' falls within from: '2019-06' (it may have been then) and '2019-11-24' within to: '2019-11'.
 */
import { nodeProjection, readRows, type GraphReader, type NamedQuery, type PageWindow, type Slice } from './read.ts';
import type { EventRecord, MeetingRecord } from './records.ts';
import { valuesById, type IdRow } from './nodes.ts';
import { meetingProjection } from './projections.ts';
import { MAX_PARTICIPANTS, MEETING_CONTAINMENT_DEPTH } from '../limits.ts';
import { countryId } from '../model.ts';

export interface MeetingFilter {
  /** Meetings this person attended. */
  personId?: string | null;
  /** Meetings held in this place or a place within it. */
  placeId?: string | null;
  /** Meetings held in this country (ISO code), in it as a whole or in one of its places. */
  countryCode?: string | null;
  /** Earliest and latest date, ISO and possibly partial, inclusive. */
  from?: string | null;
  to?: string | null;
}

/** The range index that the date bounds of the meetings list seek in. */
export const MEETING_INDEX_STATEMENTS: readonly string[] = [
  'CREATE RANGE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date)',
];

/**
 * Where the list starts reading: from the person, the place or the country the filter names (their unique ids), else
 * from the date index when a date bound is given, so that the query reads the meetings that can match, not all of
 * them. Only a list with no filter at all reads every meeting, which is then what it returns.
 */
function meetingsStart(filter: MeetingFilter): string {
  if (filter.personId) return 'MATCH (:Person {id: $personId})-[:ATTENDED]->(m:Meeting)';
  if (filter.placeId) {
    return `MATCH (:Place {id: $placeId})<-[:WITHIN*0..${MEETING_CONTAINMENT_DEPTH}]-(:Place)<-[:HELD_IN]-(m:Meeting)`;
  }
  if (filter.countryCode) {
    return `MATCH (c:Country {id: $countryId})
CALL (c) {
  MATCH (m:Meeting)-[:HELD_IN]->(c) RETURN m
  UNION
  MATCH (m:Meeting)-[:HELD_IN]->(:Place)-[:IN_COUNTRY]->(c) RETURN m
}`;
  }
  if (filter.from || filter.to) return 'MATCH (m:Meeting) WHERE m.date >= $dateLow AND m.date < $dateHigh';
  return 'MATCH (m:Meeting)';
}

/** The first year a partial date bound can match, as the index's lower bound: every date of it sorts after it. */
function dateLow(from: string | null | undefined): string {
  return from ? from.slice(0, 4) : '';
}

/** The year after the last one a date bound can match: every date before it sorts below it ('~' sorts after digits). */
function dateHigh(to: string | null | undefined): string {
  const year = to ? Number(to.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) && year < 9999 ? String(year + 1).padStart(4, '0') : '~';
}

export function meetingsCypher(filter: MeetingFilter): string {
  return (
    `${meetingsStart(filter)}
WITH DISTINCT m
WHERE ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
  AND ($placeId IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Place)-[:WITHIN*0..${MEETING_CONTAINMENT_DEPTH}]->(:Place ` +
    `{id: $placeId}) })
  AND ($countryCode IS NULL OR EXISTS { (m)-[:HELD_IN]->(w) WHERE coalesce(w.countryCode, w.code) = $countryCode })
  AND ($from IS NULL OR (m.date IS NOT NULL AND left(m.date, size($from)) >= left($from, size(m.date))))
  AND ($to IS NULL OR (m.date IS NOT NULL AND left(m.date, size($to)) <= left($to, size(m.date))))
WITH m ORDER BY m.date IS NULL, m.date DESC, m.id
WITH collect(m) AS meetings
RETURN size(meetings) AS totalCount, [m IN meetings[$offset..$offset + $limit] | ${meetingProjection('m')}] AS items`
  );
}

/** Meetings matching every given condition of the filter, newest first. */
export function meetingsQuery(filter: MeetingFilter, window: PageWindow): NamedQuery {
  const countryCode = filter.countryCode?.toUpperCase() ?? null;
  return {
    name: 'meetings',
    cypher: meetingsCypher(filter),
    params: {
      personId: filter.personId ?? null,
      placeId: filter.placeId ?? null,
      countryCode,
      countryId: countryCode === null ? null : countryId(countryCode),
      from: filter.from ?? null,
      to: filter.to ?? null,
      dateLow: dateLow(filter.from),
      dateHigh: dateHigh(filter.to),
      offset: window.offset,
      limit: window.limit,
    },
  };
}

export async function findMeetings(
  reader: GraphReader,
  filter: MeetingFilter,
  window: PageWindow,
): Promise<Slice<MeetingRecord>> {
  const [row] = await readRows<Slice<MeetingRecord>>(reader, meetingsQuery(filter, window));
  return row ?? { totalCount: 0, items: [] };
}

/** Meetings by id with their place, event and participants: for meetings reached without them. */
export function meetingDetailsQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'meetingDetails',
    cypher: `UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, ${meetingProjection('m')} AS meeting`,
    params: { ids: [...ids] },
  };
}

export async function findMeetingDetails(
  reader: GraphReader,
  ids: readonly string[],
): Promise<Map<string, MeetingRecord>> {
  return valuesById(await readRows<IdRow<'meeting', MeetingRecord>>(reader, meetingDetailsQuery(ids)), 'meeting');
}

/** Events by id with where they were held, who attended, and the meetings held during them. */
export function eventDetailsQuery(ids: readonly string[]): NamedQuery {
  return {
    name: 'eventDetails',
    cypher:
      `UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, e{.*, labels: labels(e),
  place: head(COLLECT { MATCH (e)-[:HELD_IN]->(where) RETURN ${nodeProjection('where')} ORDER BY where.id }),
  attendees: COLLECT { MATCH (who:Person)-[:ATTENDED]->(e) RETURN ${nodeProjection('who')} ORDER BY who.name, ` +
      `who.id LIMIT ${MAX_PARTICIPANTS} },
  meetings: COLLECT { MATCH (m:Meeting)-[:DURING]->(e) RETURN ${nodeProjection('m')} ORDER BY m.date, m.id ` +
      `LIMIT ${MAX_PARTICIPANTS} }
} AS event`,
    params: { ids: [...ids] },
  };
}

export async function findEventDetails(reader: GraphReader, ids: readonly string[]): Promise<Map<string, EventRecord>> {
  return valuesById(await readRows<IdRow<'event', EventRecord>>(reader, eventDetailsQuery(ids)), 'event');
}
