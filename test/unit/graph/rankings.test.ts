import { describe, expect, it } from 'vitest';
import { computeRankings } from '../../../src/graph/rankings.ts';
import type { TieNetwork } from '../../../src/graph/queries/tie-network.ts';

// A made-up network: a hub with three spokes, one spoke bridging to a chain of two more places.
//   spoke-a   spoke-b
//        \   /
//         hub --- bridge --- far-1 --- far-2
const place = (id: string, countryCode: string) => ({ id, countryCode, kind: 'city' });
const network: TieNetwork = {
  places: [
    place('hub', 'AA'),
    place('spoke-a', 'BB'),
    place('spoke-b', 'BB'),
    place('bridge', 'CC'),
    place('far-1', 'DD'),
    place('far-2', 'DD'),
  ],
  ties: [
    { a: 'hub', b: 'spoke-a', kind: 'sister' },
    { a: 'hub', b: 'spoke-b', kind: 'sister' },
    { a: 'bridge', b: 'hub', kind: 'twin' },
    { a: 'bridge', b: 'far-1', kind: 'twin' },
    { a: 'far-1', b: 'far-2', kind: 'twin' },
  ],
};

describe('computeRankings', () => {
  const rankings = computeRankings(network);

  it('ranks by number of ties, ties broken by id', () => {
    expect(rankings.byTies.map((p) => [p.id, p.ties])).toEqual([
      ['hub', 3],
      ['bridge', 2],
      ['far-1', 2],
      ['far-2', 1],
      ['spoke-a', 1],
      ['spoke-b', 1],
    ]);
  });

  it('gives PageRank scores that sum to one, the hub first', () => {
    const total = rankings.byPagerank.reduce((sum, p) => sum + p.score, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(rankings.byPagerank[0]!.id).toBe('hub');
  });

  it('puts the places that every chain between the two sides runs through first by betweenness', () => {
    // hub and bridge each lie on the shortest chains between the spokes and the far places.
    expect(
      rankings
        .byBetweenness!.slice(0, 2)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['bridge', 'hub']);
    expect(rankings.byBetweenness!.find((p) => p.id === 'spoke-a')!.score).toBe(0);
  });
});
