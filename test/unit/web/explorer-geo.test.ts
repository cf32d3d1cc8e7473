import { describe, expect, it } from 'vitest';
import { areaPath, boundsAround, fitProjection, hasCoordinates, WORLD } from '../../../web/explore/geo.js';

describe('the explorer map geometry', () => {
  it('shows the whole world when no place has coordinates', () => {
    expect(boundsAround([])).toEqual(WORLD);
  });

  it('shows the region around the points, with a margin and at least a minimum span', () => {
    const bounds = boundsAround([
      { lat: 35, lng: 139 },
      { lat: 30, lng: 120 },
    ]);
    expect(bounds.west).toBeLessThan(120);
    expect(bounds.east).toBeGreaterThan(139);
    expect(bounds.south).toBeLessThan(30);
    expect(bounds.north).toBeGreaterThan(35);
    const single = boundsAround([{ lat: 10, lng: 10 }]);
    expect(single.east - single.west).toBeGreaterThanOrEqual(30);
    expect(single.north - single.south).toBeGreaterThanOrEqual(16);
  });

  it('keeps the area within the world near the poles and the antimeridian', () => {
    const bounds = boundsAround([{ lat: 80, lng: 178 }]);
    expect(bounds.east).toBeLessThanOrEqual(180);
    expect(bounds.north).toBeLessThanOrEqual(85);
  });

  it('projects the area into the box, north up and west left', () => {
    const projection = fitProjection({ west: 100, east: 140, south: 20, north: 50 }, 800, 400);
    const [westX, northY] = projection.project(100, 50);
    const [eastX, southY] = projection.project(140, 20);
    expect(westX).toBeGreaterThanOrEqual(0);
    expect(eastX).toBeLessThanOrEqual(800);
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
    expect(northY).toBeGreaterThanOrEqual(0);
    expect(southY).toBeLessThanOrEqual(400);
  });

  it('draws polygons and multipolygons as closed SVG paths, and nothing for a missing geometry', () => {
    const projection = fitProjection({ west: 0, east: 10, south: 0, north: 10 }, 100, 100);
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const polygon = areaPath({ type: 'Polygon', coordinates: [square] }, projection);
    expect(polygon).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}Z$/);
    expect(areaPath({ type: 'MultiPolygon', coordinates: [[square], [square]] }, projection).split('Z')).toHaveLength(
      3,
    );
    expect(areaPath(null, projection)).toBe('');
  });

  it('keeps a ring that crosses the antimeridian continuous instead of drawing it across the map', () => {
    const projection = fitProjection({ west: -180, east: 180, south: -90, north: 90 }, 360, 180);
    const island = [
      [179, -16],
      [-179, -16],
      [-179, -17],
      [179, -17],
      [179, -16],
    ];
    const xs = [...areaPath({ type: 'Polygon', coordinates: [island] }, projection).matchAll(/[ML](-?[\d.]+),/g)].map(
      (m) => Number(m[1]),
    );
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(5);
  });

  it('tells places with coordinates from those without', () => {
    expect(hasCoordinates({ lat: 1.5, lng: 2 })).toBe(true);
    expect(hasCoordinates({ lat: null, lng: 2 })).toBe(false);
    expect(hasCoordinates({})).toBe(false);
  });
});
