// @ts-check
/**
 * The map's geometry, free of the DOM: which part of the world to show for a set of points, an equirectangular
 * projection fitted to it, and SVG path data for country outlines. Kept pure so unit tests can check it.
 */

/** @typedef {{ lat: number, lng: number }} LatLng */
/** @typedef {{ west: number, east: number, south: number, north: number }} Bounds */
/**
 * @typedef {{ type: 'Polygon', coordinates: number[][][] } | { type: 'MultiPolygon', coordinates: number[][][][] }}
 *   AreaGeometry
 */
/** @typedef {{ width: number, height: number, project: (lng: number, lat: number) => [number, number] }} Projection */

/** The whole inhabited world, shown when no place has coordinates. */
export const WORLD = /** @type {Bounds} */ ({ west: -180, east: 180, south: -58, north: 84 });

// A single point or two close towns would otherwise fill the map with one street: show at least a region.
const MIN_LNG_SPAN = 30;
const MIN_LAT_SPAN = 16;
const MARGIN = 0.2;

/**
 * The area to show around `points`: their bounding box, widened to a minimum span and a margin, within the world.
 * @param {LatLng[]} points
 * @returns {Bounds}
 */
export function boundsAround(points) {
  if (points.length === 0) return WORLD;
  const lngs = points.map((point) => point.lng);
  const lats = points.map((point) => point.lat);
  /** @type {(low: number, high: number, minSpan: number, limitLow: number, limitHigh: number) => [number, number]} */
  const widen = (low, high, minSpan, limitLow, limitHigh) => {
    const span = Math.max(high - low, minSpan) * (1 + 2 * MARGIN);
    const middle = (low + high) / 2;
    return [Math.max(limitLow, middle - span / 2), Math.min(limitHigh, middle + span / 2)];
  };
  const [west, east] = widen(Math.min(...lngs), Math.max(...lngs), MIN_LNG_SPAN, -180, 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), MIN_LAT_SPAN, -85, 85);
  return { west, east, south, north };
}

/**
 * An equirectangular projection of `bounds` into a `width` x `height` box, centred, with longitudes shrunk by the
 * cosine of the middle latitude so that countries keep their shape away from the equator.
 * @param {Bounds} bounds
 * @param {number} width
 * @param {number} height
 * @returns {Projection}
 */
export function fitProjection(bounds, width, height) {
  const shrink = Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180);
  const spanX = (bounds.east - bounds.west) * shrink;
  const spanY = bounds.north - bounds.south;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return {
    width,
    height,
    project: (lng, lat) => [offsetX + (lng - bounds.west) * shrink * scale, offsetY + (bounds.north - lat) * scale],
  };
}

/**
 * SVG path data of a country's outline (a GeoJSON Polygon or MultiPolygon); other geometries draw nothing.
 * @param {AreaGeometry | null} geometry
 * @param {Projection} projection
 * @returns {string}
 */
export function areaPath(geometry, projection) {
  if (!geometry) return '';
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;
  const ring = (/** @type {number[][]} */ points) => {
    let previous = points[0]?.[0] ?? 0;
    const path = points
      .map(([lng = 0, lat = 0], i) => {
        // A ring crossing the antimeridian (Fiji, Chukotka) jumps from 180 to -180: keep it continuous, running past
        // the map's edge, instead of drawing a stripe across the whole map.
        const continuous = lng + 360 * Math.round((previous - lng) / 360);
        previous = continuous;
        const [x, y] = projection.project(continuous, lat);
        return `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`;
      })
      .join('');
    return `${path}Z`;
  };
  return polygons.flatMap((rings) => rings.map(ring)).join('');
}

/**
 * Whether a place has usable coordinates (the graph has them only for places resolved against a gazetteer or
 * imported with them).
 * @param {{ lat?: number | null, lng?: number | null }} place
 * @returns {place is LatLng}
 */
export function hasCoordinates(place) {
  return (
    typeof place.lat === 'number' &&
    typeof place.lng === 'number' &&
    Number.isFinite(place.lat) &&
    Number.isFinite(place.lng)
  );
}
