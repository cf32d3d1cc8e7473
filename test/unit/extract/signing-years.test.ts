import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

describe('start years from a signing told apart', () => {
  it('"The agreement, first signed on <date>, has been extended" gives the article\'s tie that year', () => {
    const f = factsOf(
      'The friendship agreement between Leeds and Dortmund was extended on Monday. ' +
        'The agreement, first signed on March 5, 2007, has been extended until 2026.',
      '2023-11-21',
    );
    expect(f.partnerships).toMatchObject([{ since: 2007, sinceBasis: 'stated' }]);
  });

  it('a signing naming both places, with a year, dates their tie', () => {
    const f = factsOf(
      'Leeds and Dortmund have a sister city relationship. Earlier, in 2019, Leeds and Dortmund signed the memorandum.',
      '2023-02-22',
    );
    expect(f.partnerships).toMatchObject([{ since: 2019 }]);
  });

  it('a renewal does not start a tie, nor does a year stated with the tie give way', () => {
    const renewed = factsOf(
      'Leeds and Dortmund have a sister city relationship. The agreement was renewed and signed on May 2, 2015.',
      '2023-02-22',
    );
    expect(renewed.partnerships[0]!.since).toBeNull();
    const stated = factsOf(
      'Leeds and Dortmund became sister cities in 1969. The agreement was signed on May 2, 1970.',
      '2023-02-22',
    );
    expect(stated.partnerships[0]!.since).toBe(1969);
  });
});
