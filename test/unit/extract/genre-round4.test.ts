/** The fourth round's probes: ties and meetings in the genre's registers, with traps. Made-up text. */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

function tiesOf(body: string, date = '2021-02-09'): Array<[string, number | null, number | null]> {
  const x = toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
  return x.partnerships.map((p) => [[p.a, p.b].sort().join(' ~ '), p.since ?? null, p.until ?? null]);
}

describe('a partner of one tie is no owner of the next', () => {
  it('"A’s twinning with B had lapsed, but the link with C ...": C is A’s, and only B’s tie lapsed', () => {
    expect(
      tiesOf(
        'Councillor Dana Reeve told members that Leicester’s twinning with Krefeld had lapsed in 2015 but that the ' +
          'link with Rajkot was flourishing.',
      ),
    ).toEqual([
      ['Krefeld ~ Leicester', null, 2015],
      ['Leicester ~ Rājkot', null, null],
    ]);
  });

  it('"A is twinned with B and C; the link with B was suspended": no tie of C with B', () => {
    expect(
      tiesOf('Leicester is twinned with Krefeld and Rajkot; the link with Krefeld was suspended in 2020.'),
    ).toEqual([
      ['Krefeld ~ Leicester', null, 2020],
      ['Leicester ~ Rājkot', null, null],
    ]);
    // A new subject of its own keeps its tie.
    expect(tiesOf('Leicester is twinned with Krefeld, and Rajkot has a friendship agreement with Nagoya.')).toEqual([
      ['Krefeld ~ Leicester', null, null],
      ['Nagoya ~ Rājkot', null, null],
    ]);
  });

  it('"the link with B ..., and the friendship with C": no owner named, no pair of the two partners', () => {
    expect(
      tiesOf(
        'Members noted that the link with Vire, which dates from 1978, remains active, and that the friendship ' +
          'with Hameln is to be formalised next year.',
        '2022-09-20',
      ),
    ).toEqual([]);
  });

  it('"A and B have a friendship agreement ..., and A is also partnered with C": the later tie word owns C', () => {
    expect(
      tiesOf(
        'The Province of Gelderland and the Japanese prefecture of Nagasaki have a friendship agreement dating ' +
          'from 1990, and Gelderland is also partnered with Lower Silesia.',
        '2020-07-08',
      ),
    ).toEqual([
      ['Gelderland ~ Nagasaki', 1990, null],
      ['Gelderland ~ Lower Silesia', null, null],
    ]);
  });
});

describe('a tie that lapsed or expired has ended', () => {
  it('"was allowed to lapse in 2015": the end year, not a start', () => {
    expect(tiesOf('Leicester’s twinning with Krefeld, signed in 1970, was allowed to lapse in 2015.')).toEqual([
      ['Krefeld ~ Leicester', 1970, 2015],
    ]);
    expect(tiesOf('The sister-city agreement between Akron and Chiba expired in 2012.', '2019-05-01')).toEqual([
      ['Akron ~ Chiba', null, 2012],
    ]);
  });

  it('traps: a programme or a visa that lapsed ends no tie', () => {
    expect(tiesOf('Leicester has been twinned with Krefeld since 1970. Their youth exchange lapsed in 2015.')).toEqual([
      ['Krefeld ~ Leicester', 1970, null],
    ]);
    expect(tiesOf('Leicester is twinned with Krefeld; the mayor’s passport expired in 2015.')).toEqual([
      ['Krefeld ~ Leicester', null, null],
    ]);
  });
});

describe('a meeting’s date is not the year its tie began', () => {
  it('"During the meeting, both sides reviewed the relationship, established in 2007": one meeting, its day', () => {
    const x = toGold(
      extractArticle(
        ' date 2021-10-08 Local news\n\nOn October 6, Ambassador Rocio Valdez visited Gimhae City and held a ' +
          'meeting with Mayor Hong Tae-yong. During the meeting, both sides reviewed the sister-city relationship ' +
          'between Gimhae and Arequipa, established in 2007.\n',
        { file: 'made-up.txt' },
      ),
    );
    expect(x.meetings.map((m) => [m.participants, m.date])).toEqual([
      [['Rocio Valdez', 'Hong Tae-yong'], '2021-10-06'],
    ]);
    expect(x.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Gimhae', 'Arequipa', 2007]]);
  });

  it('a signing’s own year is its date', () => {
    const x = toGold(
      extractArticle(
        ' date 2021-10-08 Local news\n\nMayor Ilse Brandt and Mayor Tomas Kral signed the twinning charter in ' +
          'Olomouc in 1994.\n',
        { file: 'made-up.txt' },
      ),
    );
    expect(x.meetings.map((m) => [m.participants, m.date])).toEqual([[['Ilse Brandt', 'Tomas Kral'], '1994']]);
  });
});
