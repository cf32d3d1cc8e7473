/**
 * The tuning construction grids (tools/grid): every construction of the genre they hold, with every filler, gives its
 * facts. A construction that passes for some fillers and not others is a rule written for an example.
 */
import { describe, expect, it } from 'vitest';
import { scoreCase } from '../../../tools/grid/grid.ts';
import { meetingGrid } from '../../../tools/grid/meeting-grid.ts';
import { tieGrid } from '../../../tools/grid/tie-grid.ts';

describe('construction grids', () => {
  it.each([
    ['ties', tieGrid],
    ['meetings', meetingGrid],
  ])('the %s grid: every construction with every filler', (_, grid) => {
    const failed = grid()
      .map(scoreCase)
      .filter((s) => s.misses.length)
      .map((s) => `${s.case.construction}: ${s.misses.join('; ')}`);
    expect(failed).toEqual([]);
  });
});
