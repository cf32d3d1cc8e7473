import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/import/csv.ts';
import { planTwinnedCities } from '../../../src/import/twinned-cities.ts';
import { random } from '../../../tools/bench/random.ts';
import { fitShape, syntheticNetwork, TAIL_FROM } from '../../../tools/bench/synthetic-network.ts';

/** A made-up "real" set: 300 cities in three countries, a few hubs with many ties, most cities with one or two. */
function madeUpDataSet() {
  const next = random(7);
  const cities = ['id,name,lng,lat,country,countrycd,continent'];
  for (let i = 0; i < 300; i++)
    cities.push(`Q${i},Town ${i},1.0,2.0,${['Alpha', 'Beta', 'Gamma'][i % 3]},${['AA', 'BB', 'CC'][i % 3]},Nowhere`);
  const pairs = new Set<string>();
  for (let i = 0; i < 300; i++) {
    const hub = i < 150 ? i % 5 : 5 + Math.floor(next() * 295);
    if (hub !== i) pairs.add(`Q${Math.min(hub, i)},Q${Math.max(hub, i)}`);
  }
  return { cities: `${cities.join('\n')}\n`, links: `source,target\n${[...pairs].join('\n')}\n`, ties: pairs.size };
}

describe('fitShape', () => {
  const data = madeUpDataSet();
  const shape = fitShape(data.cities, data.links);

  it('measures cities per tie, countries by size, and a tail exponent above 1', () => {
    expect(shape.citiesPerTie).toBeCloseTo(300 / data.ties, 5);
    expect(shape.countries.map((c) => c[1])).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(shape.tailShare).toBeGreaterThan(0);
    expect(shape.alpha).toBeGreaterThan(1);
    expect(shape.bodyDegrees.every((d) => d < TAIL_FROM)).toBe(true);
  });
});

describe('syntheticNetwork', () => {
  const data = madeUpDataSet();
  const shape = fitShape(data.cities, data.links);

  it('is the same network for the same seed, and another for another seed', () => {
    expect(syntheticNetwork(shape, 2000, 1)).toEqual(syntheticNetwork(shape, 2000, 1));
    expect(syntheticNetwork(shape, 2000, 2).linksCsv).not.toBe(syntheticNetwork(shape, 2000, 1).linksCsv);
  });

  it('has exactly the ties asked for, none twice and none from a city to itself, between cities it lists', () => {
    const network = syntheticNetwork(shape, 2000, 3);
    const links = parseCsv(network.linksCsv, 'links.csv')
      .slice(1)
      .map((r) => r.fields);
    expect(links).toHaveLength(2000);
    expect(new Set(links.map(([a, b]) => [a, b].sort().join('|'))).size).toBe(2000);
    expect(links.every(([a, b]) => a !== b)).toBe(true);
    // The importer accepts it: every id is a city of the file.
    expect(planTwinnedCities(network.citiesCsv, network.linksCsv).linkCount).toBe(2000);
  });

  it('keeps the skew: a few hubs, most cities with few ties, and larger hubs in larger networks', () => {
    const small = syntheticNetwork(shape, 2000, 4);
    const large = syntheticNetwork(shape, 20000, 4);
    const degrees = new Map<string, number>();
    for (const row of parseCsv(large.linksCsv, 'links.csv').slice(1))
      for (const id of row.fields) degrees.set(id, (degrees.get(id) ?? 0) + 1);
    const sorted = [...degrees.values()].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(3);
    expect(large.maxDegree).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
    expect(large.maxDegree).toBeGreaterThan(small.maxDegree);
  });
});
