import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.ts';

describe('splitSentences', () => {
  it('splits on sentence ends but not after abbreviations and initials, with exact offsets', () => {
    const text =
      'Gov. Hana Moriyama met Mr. Chiang on Nov. 24, 2019. Former US President Harold J. Brightman founded it. Done!';
    const s = splitSentences(text, 0, text.length);
    expect(s.map((x) => x.text)).toEqual([
      'Gov. Hana Moriyama met Mr. Chiang on Nov. 24, 2019.',
      'Former US President Harold J. Brightman founded it.',
      'Done!',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('treats each line as its own paragraph in ordinary text', () => {
    const text = 'A headline without a stop\nThe first sentence of the story is here.\n';
    const s = splitSentences(text, 0, text.length);
    expect(s.map((x) => x.text)).toEqual(['A headline without a stop', 'The first sentence of the story is here.']);
    expect(s[0]!.para).not.toBe(s[1]!.para);
  });

  it('joins the lines of hard-wrapped text, and maps collapsed text back to the original', () => {
    const text = [
      'Mayor Jan Kowal of Springfield, was warmly welcomed in the',
      '',
      'harbour town, his sister city, on Monday by the people there.',
      '',
      'Kowal came to the harbour town to renew the bond between the',
      '',
      'two towns and to eat lunch at a restaurant by the water there.',
      '',
      'He said he hopes to come back for the festival next summer and',
      '',
      'bring a larger delegation with him from the city council too.',
    ].join('\n');
    const s = splitSentences(text, 0, text.length);
    expect(s[0]!.text).toBe(
      'Mayor Jan Kowal of Springfield, was warmly welcomed in ' +
        'the harbour town, his sister city, on Monday by the people there.',
    );
    expect(text.slice(s[0]!.start, s[0]!.end)).toContain('the\n\nharbour');
    expect(s[0]!.map[s[0]!.text.indexOf('harbour')]).toBe(text.indexOf('harbour'));
  });
});
