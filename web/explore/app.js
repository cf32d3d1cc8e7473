// @ts-check
/**
 * The explorer page: search a place, see its partners on a map and in a list, a timeline of its ties and meetings,
 * and for whatever is clicked the sentences and documents behind it. The address keeps the place (`?place=<id>`), so
 * a view can be bookmarked and the back button works.
 */
import { loadPlace, PAGE, searchPlaces } from './api.js';
import { el } from './dom.js';
import { showEvidence } from './evidence-view.js';
import { hasCoordinates } from './geo.js';
import { drawMap, highlightTie, mapNote } from './map-view.js';
import { timelineEntries } from './timeline.js';

/** @typedef {import('./api.js').PlaceView} PlaceView */

const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const searchForm = /** @type {HTMLFormElement} */ (byId('search-form'));
const searchInput = /** @type {HTMLInputElement} */ (byId('search-text'));
const results = byId('results');
const placeSection = byId('place');
const status = byId('status');

/** @type {PlaceView | null} */
let current = null;

function say(/** @type {string} */ message) {
  status.textContent = message;
}

async function runSearch(/** @type {string} */ text) {
  say(`Searching for “${text}”…`);
  try {
    const found = await searchPlaces(text);
    results.replaceChildren(
      ...found.nodes.map((hit) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: 'hit', 'data-place-id': hit.id },
            hit.name,
            el('small', {}, ` ${[hit.kind, hit.countryCode].filter(Boolean).join(', ')}`),
          ),
        ),
      ),
    );
    for (const button of results.querySelectorAll('button.hit')) {
      button.addEventListener(
        'click',
        () => void openPlace(/** @type {string} */ (button.getAttribute('data-place-id')), true),
      );
    }
    say(
      found.totalCount === 0
        ? `No place matches “${text}”.`
        : `${found.totalCount} place(s) match “${text}”; pick one.`,
    );
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  }
}

async function openPlace(/** @type {string} */ id, /** @type {boolean} */ remember) {
  say('Loading…');
  try {
    const place = await loadPlace(id);
    if (!place) {
      say(`No place has the id ${id}; search for it by name.`);
      return;
    }
    current = place;
    if (remember) history.pushState({ id }, '', `?place=${encodeURIComponent(id)}`);
    document.title = `${place.name} – explorer`;
    await renderPlace(place);
    say('');
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  }
}

function more(/** @type {number} */ total, /** @type {string} */ what) {
  return total > PAGE
    ? el('p', { class: 'more' }, `Showing ${PAGE} of ${total} ${what}; GraphQL pages through the rest.`)
    : null;
}

async function renderPlace(/** @type {PlaceView} */ place) {
  const where = [place.kind, place.country?.name ?? place.countryCode].filter(Boolean).join(' in ');
  const map = /** @type {SVGSVGElement} */ (document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  map.setAttribute('id', 'map');
  map.setAttribute('role', 'img');
  map.setAttribute('aria-label', `Map of ${place.name} and its partners`);
  const partners = el('ul', { id: 'partners' });
  for (const edge of place.partners.edges) {
    const tie = edge.partnership;
    const year = tie.since != null ? `since ${tie.since}` : 'start unknown';
    partners.append(
      el(
        'li',
        {},
        el(
          'button',
          { type: 'button', class: 'partner', 'data-tie-id': tie.id },
          edge.node.name,
          el('small', {}, ` ${tie.kind}, ${year}`),
        ),
      ),
    );
  }
  const timeline = el('ol', { id: 'timeline' });
  for (const entry of timelineEntries(place)) {
    timeline.append(
      el(
        'li',
        { class: `entry ${entry.type}` },
        el('button', { type: 'button', 'data-fact-id': entry.factId }, el('time', {}, entry.when), ` ${entry.label}`),
      ),
    );
  }
  const evidence = el(
    'aside',
    { id: 'evidence' },
    el('p', { class: 'hint' }, 'Click a partner, a dot on the map or a timeline entry to see the sentences behind it.'),
  );
  placeSection.replaceChildren(
    el('h2', {}, place.name),
    el(
      'p',
      { class: 'where' },
      where,
      ` · ${place.partners.totalCount} tie(s), ${place.meetings.totalCount} meeting(s)`,
    ),
    el(
      'div',
      { class: 'columns' },
      el('div', { class: 'map-box' }, map),
      el(
        'section',
        {},
        el('h3', {}, 'Partners'),
        place.partners.edges.length ? partners : el('p', {}, 'No ties in the graph.'),
        more(place.partners.totalCount, 'ties'),
      ),
    ),
    el(
      'div',
      { class: 'columns' },
      el(
        'section',
        {},
        el('h3', {}, 'Timeline'),
        timeline.childElementCount ? timeline : el('p', {}, 'Nothing dated yet.'),
        more(place.meetings.totalCount, 'meetings'),
      ),
      evidence,
    ),
  );
  for (const button of partners.querySelectorAll('button.partner')) {
    button.addEventListener('click', () => selectFact(/** @type {string} */ (button.getAttribute('data-tie-id'))));
  }
  for (const button of timeline.querySelectorAll('button[data-fact-id]')) {
    button.addEventListener('click', () => selectFact(/** @type {string} */ (button.getAttribute('data-fact-id'))));
  }
  const drawn = await drawMap(map, place, selectFact);
  map.after(mapNote(drawn, hasCoordinates(place)));
}

/** Shows the evidence of a tie or meeting of the current place, and marks it on the map and in the lists. */
function selectFact(/** @type {string} */ factId) {
  if (!current) return;
  const panel = byId('evidence');
  const edge = current.partners.edges.find((candidate) => candidate.partnership.id === factId);
  const meeting = current.meetings.nodes.find((candidate) => candidate.id === factId);
  if (edge) {
    const tie = edge.partnership;
    const since =
      tie.since != null
        ? `since ${tie.since} (${tie.sinceBasis}${tie.sinceNote ? `: ${tie.sinceNote}` : ''})`
        : 'start year unknown';
    const until = tie.until != null ? `, until ${tie.until}` : '';
    const partner = edge.node;
    const action =
      partner.__typename === 'Place'
        ? el('button', { type: 'button', class: 'go', 'data-place-id': partner.id }, `Explore ${partner.name} →`)
        : null;
    action?.addEventListener('click', () => void openPlace(partner.id, true));
    showEvidence(panel, {
      heading: tie.name,
      detail: `${tie.kind} tie, ${since}${until}`,
      evidence: tie.evidence,
      action,
    });
  } else if (meeting) {
    const where = meeting.place ? ` in ${meeting.place.name}` : '';
    showEvidence(panel, {
      heading: meeting.name,
      detail: `meeting, ${meeting.date ?? 'date unknown'}${where}`,
      evidence: meeting.evidence,
    });
  }
  for (const element of placeSection.querySelectorAll('[data-tie-id], [data-fact-id]')) {
    const id = element.getAttribute('data-tie-id') ?? element.getAttribute('data-fact-id');
    element.classList.toggle('selected', id === factId);
  }
  highlightTie(/** @type {SVGSVGElement} */ (/** @type {unknown} */ (byId('map'))), factId);
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (text) void runSearch(text);
});

window.addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('place');
  if (id) void openPlace(id, false);
});

const initial = new URLSearchParams(location.search).get('place');
if (initial) void openPlace(initial, false);
