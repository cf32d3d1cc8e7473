// @ts-check
/**
 * The map: country outlines from the world-atlas package (served by the API server from its installed copy, no
 * tiles, nothing online), the place, its partners where the graph has their coordinates, and a line for each tie.
 */
import { el, svgEl } from './dom.js';
import { areaPath, boundsAround, fitProjection, hasCoordinates } from './geo.js';

/** @typedef {import('./api.js').PlaceView} PlaceView */

const WIDTH = 800;
const HEIGHT = 440;

/** @type {Promise<{ geometry: import('./geo.js').AreaGeometry | null }[]> | null} */
let countries = null;

/** Country outlines, fetched once: Natural Earth 1:110m as TopoJSON, turned into GeoJSON by topojson-client. */
function loadCountries() {
  countries ??= fetch('/explore/vendor/countries-110m.json')
    .then((response) => response.json())
    .then((topology) => topojson.feature(topology, topology.objects.countries).features);
  return countries;
}

/**
 * Draws `place` and its partners into `svg`; a click on a partner calls `onSelect` with the tie's id.
 * @param {SVGSVGElement} svg
 * @param {PlaceView} place
 * @param {(tieId: string) => void} onSelect
 * @returns {Promise<{ shown: number, missing: string[] }>} partners drawn, and the names of those without coordinates
 */
export async function drawMap(svg, place, onSelect) {
  const located = place.partners.edges.filter((edge) => hasCoordinates(edge.node));
  const missing = place.partners.edges.filter((edge) => !hasCoordinates(edge.node)).map((edge) => edge.node.name);
  const points = [...located.map((edge) => /** @type {import('./geo.js').LatLng} */ (edge.node))];
  if (hasCoordinates(place)) points.push(place);
  const projection = fitProjection(boundsAround(points), WIDTH, HEIGHT);

  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const land = svgEl('g', { class: 'land' });
  for (const country of await loadCountries())
    land.append(svgEl('path', { d: areaPath(country.geometry, projection) }));
  svg.append(land);

  const home = hasCoordinates(place) ? projection.project(place.lng, place.lat) : null;
  for (const edge of located) {
    const partner = /** @type {import('./geo.js').LatLng} */ (edge.node);
    const [x, y] = projection.project(partner.lng, partner.lat);
    const tieId = edge.partnership.id;
    if (home) svg.append(svgEl('line', { class: 'tie', 'data-tie-id': tieId, x1: home[0], y1: home[1], x2: x, y2: y }));
    const dot = svgEl('circle', { class: 'partner', 'data-tie-id': tieId, cx: x, cy: y, r: 6, tabindex: 0 });
    const title = svgEl('title');
    title.textContent = `${edge.node.name} (${edge.partnership.kind})`;
    dot.append(title);
    dot.addEventListener('click', () => onSelect(tieId));
    const label = svgEl('text', { class: 'partner-label', x: x + 8, y: y + 4 });
    label.textContent = edge.node.name;
    svg.append(dot, label);
  }
  if (home) {
    const label = svgEl('text', { class: 'home-label', x: home[0] + 9, y: home[1] - 8 });
    label.textContent = place.name;
    svg.append(svgEl('circle', { class: 'home', cx: home[0], cy: home[1], r: 8 }), label);
  }
  return { shown: located.length, missing };
}

/**
 * Marks the selected tie's line and dot.
 * @param {SVGSVGElement} svg
 * @param {string | null} tieId
 */
export function highlightTie(svg, tieId) {
  for (const element of svg.querySelectorAll('[data-tie-id]')) {
    element.classList.toggle('selected', element.getAttribute('data-tie-id') === tieId);
  }
}

/**
 * A line under the map saying which partners could not be placed, so that a missing dot is not a missing tie.
 * @param {{ shown: number, missing: string[] }} drawn
 * @param {boolean} placeLocated
 */
export function mapNote(drawn, placeLocated) {
  const notes = [];
  if (!placeLocated) notes.push('The graph has no coordinates for this place.');
  if (drawn.missing.length > 0)
    notes.push(`Not on the map (no coordinates in the graph): ${drawn.missing.join(', ')}.`);
  return el('p', { class: 'map-note' }, notes.join(' '));
}
