import { describe, expect, it } from 'vitest';
import {
  figureConfidence,
  meetingConfidence,
  personConfidence,
  placeConfidence,
  tieConfidence,
} from '../../../src/extract/confidence.ts';

describe('calibrated confidences', () => {
  it('rank what the tuning part showed to be right more often higher', () => {
    expect(placeConfidence('city', 1, true)).toBeGreaterThan(placeConfidence('city', 3, false));
    expect(placeConfidence('city', 3, false)).toBeGreaterThan(placeConfidence('city', 1, false));
    expect(placeConfidence('country', 1, false)).toBeGreaterThan(placeConfidence('city', 1, false));
    expect(personConfidence(false)).toBeGreaterThan(personConfidence(true));
    expect(tieConfidence('between', false)).toBeGreaterThan(tieConfidence('between', true));
    expect(meetingConfidence('meeting-verb', false)).toBeGreaterThan(meetingConfidence('meeting-verb', true));
    expect(meetingConfidence('meeting-verb', false)).toBeGreaterThan(meetingConfidence('hosted-visit', false));
  });

  it('stay probabilities, with a middling default for a rule without figures', () => {
    for (const c of [
      tieConfidence('no-such-rule', false),
      meetingConfidence('no-such-rule', false),
      figureConfidence('no-such-rule'),
    ]) {
      expect(c).toBeGreaterThan(0.4);
      expect(c).toBeLessThan(0.9);
    }
  });
});
