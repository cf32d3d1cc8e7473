import { describe, expect, it } from 'vitest';
import { endStatement } from '../../../src/extract/passes/end-years.ts';
import { goldOf } from './helpers.ts';

describe('end statements', () => {
  it('reads ended and suspended ties, with the year stated or the article year', () => {
    expect(endStatement('The town cancelled its twinning agreement in 2017.', 2020)).toEqual({
      status: 'ended',
      until: 2017,
      stated: true,
    });
    expect(endStatement('The council voted in May last year to scrap the partnership.', 2020)).toEqual({
      status: 'ended',
      until: 2019,
      stated: true,
    });
    expect(endStatement('The city has suspended its sister-city ties over the war.', 2022)).toEqual({
      status: 'suspended',
      until: 2022,
      stated: false,
    });
  });

  it('ignores denied, considered or unrelated ends', () => {
    expect(endStatement('No town has cut ties with its partners.', 2022)).toBeNull();
    expect(endStatement('The council is considering ending the twinning.', 2022)).toBeNull();
    expect(endStatement('The festival ended with fireworks.', 2022)).toBeNull();
  });
});

describe('end years of ties', () => {
  it('gives until and status to the tie whose places the end statement names', () => {
    const g = goldOf(
      'Bristol and Porto became sister cities in 1984. Bristol suspended its sister city agreement with Porto in 2016.',
      '2020-03-01',
    );
    expect(g.partnerships).toMatchObject([{ a: 'Bristol', b: 'Porto', since: 1984, until: 2016, status: 'suspended' }]);
  });

  it('an end year before the start year is not taken; a tie nothing ends has none', () => {
    const g = goldOf(
      'Bristol and Porto became sister cities in 1984, and the two councils ended a trade fair in 1980.',
      '2020-03-01',
    );
    expect(g.partnerships[0]!.until).toBeUndefined();
    expect(
      goldOf('Leeds and Dortmund became twin towns in 1969.', '2020-03-01').partnerships[0]!.status,
    ).toBeUndefined();
  });
});
