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

describe('ends in other wordings', () => {
  const endsOf = (body: string) =>
    goldOf(body, '2023-06-01').partnerships.map((p) => [
      [p.a, p.b].sort().join(' ~ '),
      p.status ?? 'active',
      p.until ?? null,
    ]);

  it('the year right after the cue: "frozen after 2022", "ended in 2022", not the start year', () => {
    expect(endsOf('Kaunas and Kaliningrad were twinned in 1992, but the link was frozen after 2022.')).toEqual([
      ['Kaliningrad ~ Kaunas', 'suspended', 2022],
    ]);
    const g = goldOf('The twinning of Tampere and Kaliningrad, ended in 2022, had lasted many years.', '2023-06-01');
    expect(g.partnerships).toMatchObject([{ since: null, until: 2022, status: 'ended' }]);
  });

  it('an end told in the next sentence of "the partnership" ends the one tie told before', () => {
    expect(endsOf('Kaunas is twinned with Kaliningrad. The partnership was suspended in 2014.')).toEqual([
      ['Kaliningrad ~ Kaunas', 'suspended', 2014],
    ]);
    expect(
      endsOf(
        'Omaha and Kunming have been sister cities since 1990. ' +
          'Last month the council voted to suspend the relationship.',
      ),
    ).toEqual([['Kunming ~ Omaha', 'suspended', 2023]]);
  });

  it('"put the tie on hold"; a pair that ended its tie; a tie taken up again is active', () => {
    expect(endsOf('Tampere, which had been twinned with Kaliningrad since 1993, put the tie on hold.')).toEqual([
      ['Kaliningrad ~ Tampere', 'suspended', 2023],
    ]);
    expect(endsOf('Tampere and Kaliningrad ended a long sister city relationship in 2022.')).toEqual([
      ['Kaliningrad ~ Tampere', 'ended', 2022],
    ]);
    const g = goldOf('Omaha and Kunming restored their sister city ties in 2023, suspended since 2015.', '2023-06-01');
    expect(g.partnerships).toMatchObject([{ since: null }]);
    expect(g.partnerships[0]!.status).toBeUndefined();
  });
});

describe('ends told by a noun or a last year', () => {
  it('a later sentence that ends "the accord" (or pact, charter) of the one tie told before it', () => {
    const g = goldOf('Recife and Nantes signed a twinning accord in 2004. Recife later suspended the accord in 2015.');
    expect(g.partnerships).toMatchObject([{ since: 2004, until: 2015, status: 'suspended' }]);
  });

  it('a tie told with its last year: "a partner city of B until 2022", "twinned with B from 1990 until 2014"', () => {
    expect(
      goldOf('Gdynia, a partner city of Kaliningrad until 2022, hosted a fair.', '2024-05-01').partnerships,
    ).toMatchObject([{ until: 2022, status: 'ended' }]);
    expect(goldOf('Kiel was twinned with Tampere from 1990 until 2014.', '2024-05-01').partnerships).toMatchObject([
      { since: 1990, until: 2014, status: 'ended' },
    ]);
  });

  it("a last year still to come, or a mayor's term, ends nothing", () => {
    const g = goldOf('Kiel and Tampere have been twin towns since 1990 and will stay so until 2030.', '2024-05-01');
    expect(g.partnerships[0]?.until ?? null).toBeNull();
    expect(endStatement('Jo Finn was mayor of Kiel until 2019 and signed the twinning.', 2024)).toBeNull();
  });
});
