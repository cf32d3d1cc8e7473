import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../../src/cli/progress.ts';

describe('renderProgress', () => {
  it('draws the share done as a bar, with the counts', () => {
    expect(renderProgress('links', 500, 1000)).toBe(`links [${'#'.repeat(15)}${'.'.repeat(15)}] 500 / 1,000`);
  });

  it('shows only the count when the total is unknown', () => {
    expect(renderProgress('cleanup', 1234, null)).toBe('cleanup 1,234');
  });
});
