import { describe, expect, it } from 'vitest';
import { figureTable, median } from '../../../tools/bench/measure.ts';

describe('median', () => {
  it('is the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('figureTable', () => {
  it('prints each figure beside its baseline with their ratio and the goal', () => {
    const table = figureTable([
      { name: 'import', value: 4000, unit: 'rows/s', baseline: 5000, baselineName: 'LOAD CSV', goal: '>= 0.8' },
    ]);
    const [header, row] = table.split('\n');
    expect(header).toMatch(/^figure\s+value\s+baseline \(same run\)\s+ratio\s+goal$/);
    expect(row).toMatch(/^import\s+4,000 rows\/s\s+5,000 rows\/s LOAD CSV\s+0.80\s+>= 0.8$/);
  });
});
