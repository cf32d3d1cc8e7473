// @ts-check
/**
 * A place's timeline: its ties by start year and its meetings by date, in one list, oldest first, undated facts last.
 * Pure, so unit tests can check the order.
 */

/** @typedef {import('./api.js').PlaceView} PlaceView */
/**
 * @typedef {object} TimelineEntry
 * @property {string} factId id of the tie or meeting, to show its evidence
 * @property {'tie' | 'meeting'} type
 * @property {number | null} year
 * @property {string} when what to print for the time: `1982`, `2019-11-24`, `year unknown`
 * @property {string} label
 */

/**
 * @param {string | null | undefined} date an ISO date as far as known: `2019-11-24`, `2019-11` or `2019`
 * @returns {number | null}
 */
function yearOf(date) {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(year) ? year : null;
}

/**
 * @param {PlaceView} place
 * @returns {TimelineEntry[]}
 */
export function timelineEntries(place) {
  /** @type {(TimelineEntry & { sortKey: string })[]} */
  const entries = [];
  for (const edge of place.partners.edges) {
    const tie = edge.partnership;
    const until = tie.until != null ? `, until ${tie.until}` : '';
    entries.push({
      factId: tie.id,
      type: 'tie',
      year: tie.since ?? null,
      when: tie.since != null ? String(tie.since) : 'year unknown',
      label: `${tie.kind} tie with ${edge.node.name}${until}`,
      sortKey: tie.since != null ? String(tie.since) : '',
    });
  }
  for (const meeting of place.meetings.nodes) {
    const where = meeting.place && meeting.place.id !== place.id ? ` in ${meeting.place.name}` : '';
    entries.push({
      factId: meeting.id,
      type: 'meeting',
      year: yearOf(meeting.date),
      when: meeting.date ?? 'date unknown',
      label: `meeting: ${meeting.participants.map((person) => person.name).join(', ')}${where}`,
      sortKey: meeting.date ?? '',
    });
  }
  const dated = (/** @type {TimelineEntry} */ entry) => (entry.year == null ? 1 : 0);
  entries.sort((a, b) => dated(a) - dated(b) || a.sortKey.localeCompare(b.sortKey) || a.label.localeCompare(b.label));
  return entries.map(({ sortKey, ...entry }) => entry);
}
