import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.ts';
import { factsOf, pairsOf } from './helpers.ts';

const tie = (f: ReturnType<typeof factsOf>) => f.partnerships[0]!;

describe('ties between places', () => {
  it('"between A and B" with a stated year', () => {
    const f = factsOf('A sister city agreement between Nagoya and Los Angeles was signed in 1959.', '2019-05-01');
    expect(pairsOf(f)).toEqual(['Los Angeles ~ Nagoya']);
    expect(tie(f)).toMatchObject({ kind: 'sister', since: 1959, sinceBasis: 'stated' });
  });

  it('two pairs in one "between" list, with qualifiers', () => {
    const f = factsOf(
      'Two sister city agreements were signed between Wuhan, Hubei province and ' +
        'Pittsburgh, Pennsylvania, and Harbin, Heilongjiang province and Minneapolis, ' +
        'Minnesota.',
      '2016-03-02',
    );
    expect(pairsOf(f)).toEqual(['Harbin ~ Minneapolis', 'Pittsburgh ~ Wuhan']);
    expect(f.partnerships.every((p) => p.since === 2016 && p.sinceBasis === 'stated')).toBe(true);
  });

  it('"A and B became sister cities in <month> <year>"', () => {
    const f = factsOf(
      'Since Kyoto and Boston became sister cities in June 1959, students have travelled both ways.',
      '2001-01-01',
    );
    expect(tie(f)).toMatchObject({ since: 1959, sinceBasis: 'stated', kind: 'sister' });
  });

  it('"A ... friendly relations with B for N years" derives the year from the article date', () => {
    const f = factsOf(
      'Osaka has forged friendly relations with many cities in China, especially with Shanghai for 45 years, he said.',
      '2019-06-01',
    );
    expect(pairsOf(f)).toEqual(['Osaka ~ Shanghai']);
    expect(tie(f)).toMatchObject({
      kind: 'friendship',
      since: 1974,
      sinceBasis: 'derived',
      sinceNote: "derived from '45 years' as of 2019",
    });
  });

  it('"the Nth anniversary of X\'s sister state agreement with Y" derives the year', () => {
    const f = factsOf(
      "The governor went to celebrate the 25th anniversary of Hokkaido's sister state agreement with Alberta.",
      '2005-10-10',
    );
    expect(tie(f)).toMatchObject({ kind: 'sister', since: 1980, sinceBasis: 'derived' });
  });

  it('an adjective of a state ends a tie: "a Californian friendship with Hunan Province"', () => {
    const f = factsOf(
      'Visitors came to celebrate the 30th anniversary of a Californian friendship with Hunan Province.',
      '2013-10-20',
    );
    expect(pairsOf(f)).toEqual(['California ~ Hunan Province']);
    expect(tie(f).since).toBe(1983);
  });

  it('hyphenated pairs: "the Ohio-Saitama sister-state relationship"', () => {
    const f = factsOf('He praised the Ohio-Saitama sister-state relationship.');
    expect(pairsOf(f)).toEqual([expect.stringMatching(/^Ohio ~ Saitama/)]);
  });

  it('"its sister city B" and "B, his sister city"', () => {
    const f1 = factsOf('The city of Portland, Oregon welcomed a delegation from its sister city Sapporo, Japan.');
    expect(pairsOf(f1)).toEqual(['Portland ~ Sapporo']);
    const f2 = factsOf('Mayor Ken Ito of Sapporo, Japan, was welcomed in Portland, his sister city.');
    expect(pairsOf(f2)).toEqual(['Portland ~ Sapporo']);
  });

  it('a list of sister cities in the next sentence', () => {
    const f = factsOf('Portland has three sister cities. The other two are Guadalajara, Mexico, and Mutare, Zimbabwe.');
    expect(pairsOf(f)).toEqual(['Guadalajara ~ Portland', 'Mutare ~ Portland']);
  });

  it('"A relationship that began in YEAR" gives the year of the tie before it', () => {
    const f = factsOf(
      'The visit deepened the relationship between Lyon and the city ' +
        'of Quorn. A relationship that began in 1991 after a mayor visited.',
      '2013-01-01',
    );
    expect(tie(f)).toMatchObject({ since: 1991, sinceBasis: 'stated' });
  });

  it('merges mentions of one pair: the most specific kind and the best-founded year', () => {
    const f = factsOf(
      'Kobe celebrated 40 years of partnership with Seattle. Kobe and Seattle became sister cities in 1957.',
      '1997-01-01',
    );
    expect(f.partnerships).toHaveLength(1);
    expect(tie(f)).toMatchObject({ kind: 'sister', since: 1957, sinceBasis: 'stated' });
  });

  it('places that only agree to cooperate are not partners', () => {
    expect(
      factsOf('Osaka Gov. Anna Sato agreed with Kaohsiung Mayor Lin Bo on Wednesday to cooperate on flood control.')
        .partnerships,
    ).toEqual([]);
  });

  it('countries are not ends of a tie, and unnamed partners make no tie', () => {
    const f = factsOf(
      'Hubei forged its first sister city relationship in 1979 and has sister cities in Brazil, Spain and Kenya.',
    );
    expect(f.partnerships).toEqual([]);
  });

  it('the anniversary of a place itself gives no year to its tie', () => {
    const f = factsOf(
      'They celebrated the 50th anniversary of Moers district. They want stronger links between Hexham and Moers.',
      '2019-06-18',
    );
    expect(pairsOf(f)).toEqual(['Hexham ~ Moers']);
    expect(tie(f).since).toBeNull();
  });

  it("a year elsewhere in the sentence is not the tie's year", () => {
    const f = factsOf(
      "Sato, who became Japan's first female minister in 2007, went to celebrate " +
        "the 40th anniversary of Saitama's sister state agreement with Ohio.",
      '2024-02-07',
    );
    expect(tie(f).since).toBe(1984);
  });

  it('"between the two cities" names the two cities of the sentence', () => {
    const f = factsOf(
      'Sendai Mayor Ken Ito welcomed Tainan Mayor Lin Bo on Thursday to mark ' +
        'the 10th anniversary of the sister city agreement between the two cities.',
      '2022-09-30',
    );
    expect(pairsOf(f)).toEqual(['Sendai ~ Tainan']);
    expect(tie(f)).toMatchObject({ since: 2012, sinceBasis: 'derived' });
  });

  it('"The two provinces" and "The cities" at the start of a sentence name the places of the sentences before', () => {
    const f1 = factsOf(
      'Governor Park Ha-neul of Gangwon Province met Governor Ken Ito of Tottori Prefecture ' +
        'in Chuncheon.\nThe two provinces have been sister regions since 1987, Kim said.',
      '2018-11-08',
    );
    expect(f1.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Gangwon Province', 'Tottori Prefecture', 1987]]);
    const f2 = factsOf(
      'Fresno Mayor Ann Lee received a delegation from Lishui, Zhejiang province, ' +
        'on Monday.\nThe cities signed a friendship city agreement in 2013.',
      '2016-06-15',
    );
    expect(pairsOf(f2)).toEqual(['Fresno ~ Lishui']);
    expect(tie(f2)).toMatchObject({ kind: 'friendship', since: 2013 });
  });

  it('"twinned with A since YEAR, and with B": each partner keeps its own year', () => {
    const f = factsOf(
      'Sendai is also twinned with Riverside, California, since 1957, and with Rennes, France.',
      '2022-09-30',
    );
    expect(f.partnerships.map((p) => [p.b, p.since])).toEqual([
      ['Riverside', 1957],
      ['Rennes', null],
    ]);
  });

  it("renewing a tie does not start it in the article's year", () => {
    const f = factsOf(
      'Governor Park Ha-neul of Gangwon Province and Governor Ken Ito of Tottori ' +
        'Prefecture signed an agreement to renew the sisterhood between the two regions.',
      '2018-11-08',
    );
    expect(tie(f)).toMatchObject({ since: null, sinceBasis: 'unknown' });
  });

  it('"A and B have been sister states since YEAR"', () => {
    const f = factsOf(
      'Hyogo Prefecture and Washington State have been sister states since 1963, the governor noted.',
      '2017-08-03',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.kind, p.since])).toEqual([
      ['Hyōgo Prefecture', 'Washington', 'sister', 1963],
    ]);
  });

  it('"its twin town of B" and lists that go on past ", and"', () => {
    expect(
      pairsOf(factsOf('A group from Carrickfergus visited its twin town of Anse in France last weekend.')),
    ).toEqual(['Anse ~ Carrickfergus']);
    const f = factsOf(
      'Spokane already has sister city ties with Nishinomiya, Japan, Jilin City, China, and Cheongju, South Korea.',
    );
    expect(pairsOf(f)).toEqual(['Cheongju ~ Spokane', 'Jilin ~ Spokane', 'Nishinomiya ~ Spokane']);
  });

  it('officials of two places who sign a tie stand for their places', () => {
    const f = factsOf(
      'Louisville Mayor Tom Hill and Quito Mayor Ana Ruiz signed a sister city agreement Thursday at city hall.',
      '2012-04-20',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Louisville', 'Quito', 2012]]);
    expect(f.meetings.map((m) => [m.participants, m.date])).toEqual([[['Tom Hill', 'Ana Ruiz'], '2012-04-19']]);
  });

  it('a tie only planned or intended is no tie', () => {
    expect(factsOf('Osaka and Lyon plan to become sister cities next year.').partnerships).toEqual([]);
    expect(factsOf('Kobe hopes to establish sister city relations with Lille.').partnerships).toEqual([]);
    const f = factsOf(
      'Oregon Governor Ann Lee met with Hunan Governor Li Wen in Changsha on Tuesday, ' +
        'where the two leaders signed a letter of intent to establish sister-state relations.',
      '2011-09-08',
    );
    expect(f.partnerships).toEqual([]);
    expect(f.meetings).toHaveLength(1);
  });

  it('of several years in the sentence, the one nearest the tie word is its year', () => {
    const f = factsOf(
      'Kobe Mayor Ken Ito, who met Seattle Mayor Tom Hill in ' +
        '2015, said the two cities have been sister cities since 1957.',
      '2019-01-01',
    );
    expect(tie(f)).toMatchObject({ since: 1957, sinceBasis: 'stated' });
  });

  it('"Seattle\'s sister city Kobe", "Kobe, a sister city of Seattle", "the sister cities of A and B", "Its"', () => {
    expect(pairsOf(factsOf("Seattle's sister city Kobe sent a delegation."))).toEqual(['Kobe ~ Seattle']);
    const f = factsOf('Kobe, a sister city of Seattle since 1957, sent a delegation.', '2019-01-01');
    expect(f.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Kobe', 'Seattle', 1957]]);
    expect(pairsOf(factsOf('The sister cities of Osaka and San Francisco held a festival.'))).toEqual([
      'Osaka ~ San Francisco',
    ]);
    expect(pairsOf(factsOf('Seattle held a festival. Its sister city Kobe sent gifts.'))).toEqual(['Kobe ~ Seattle']);
  });

  it('"X is also a sister city of A, B and C" lists partners after "of"', () => {
    const f = factsOf('Nagoya is also a sister city of Los Angeles, Mexico City, Sydney, Turin and Reims.');
    expect(pairsOf(f)).toEqual([
      'Los Angeles ~ Nagoya',
      'Mexico City ~ Nagoya',
      'Nagoya ~ Reims',
      'Nagoya ~ Sydney',
      'Nagoya ~ Turin',
    ]);
  });

  it('a signing verb well before the tie words dates a tie signed now', () => {
    const f = factsOf(
      'After the meeting, the two mayors signed a memorandum on ' +
        'establishing friendship city relations between Harbin and Edmonton.',
      '2019-04-02',
    );
    expect(tie(f)).toMatchObject({ kind: 'friendship', since: 2019, sinceBasis: 'stated' });
  });

  it('a tie "to be discussed later" is no tie', () => {
    const f = factsOf(
      'Incheon Mayor Tom Hill and Da Nang Chairman Le Van Minh signed ' +
        'a cooperation memorandum. The two cities agreed to cooperate, ' +
        'but officials said a sister city relationship would be discussed later.',
    );
    expect(f.partnerships).toEqual([]);
  });

  it('"twinned with A since 1976 and with B since 1986": each its own year', () => {
    const f = factsOf(
      'Exmouth has been twinned with Bad Homburg since 1976 and with Langerwehe since 1986.',
      '2018-07-09',
    );
    expect(f.partnerships.map((p) => [p.b, p.since])).toEqual([
      ['Bad Homburg', 1976],
      ['Langerwehe', 1986],
    ]);
  });

  it('"which has a separate friendship tie with Guangxi Zhuang Autonomous Region since 1982"', () => {
    const f = factsOf(
      'Kumamoto Prefecture, which has a separate friendship tie with ' +
        'Guangxi Zhuang Autonomous Region since 1982, sent a representative.',
      '2022-10-18',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.kind, p.since])).toEqual([
      ['Kumamoto Prefecture', 'Guangxi', 'friendship', 1982],
    ]);
    expect(f.places.find((p) => p.name === 'Guangxi')?.aliases).toContain('Guangxi Zhuang Autonomous Region');
  });

  it('"Nanjing, the sister city St. Louis has had since 1979"', () => {
    const f = factsOf(
      'The mayor is in China this week, where he visited Nanjing, the sister city St. Louis has had since 1979.',
      '2016-04-05',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Nanjing', 'St. Louis', 1979]]);
  });

  it('"between Maryland and the Japanese prefecture": a description stands for the one place it fits', () => {
    const f = factsOf(
      'Kanagawa Gov. Ken Ito arrived in Annapolis on Monday to mark the 30th anniversary ' +
        'of the sister-state relationship between Maryland and the Japanese prefecture.',
      '2013-06-04',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Maryland', 'Kanagawa Prefecture', 1983]]);
    expect(f.places.find((p) => p.name === 'Maryland')?.country).toBe('US');
  });

  it('"the Leningrad region of Russia" is Leningrad Oblast', () => {
    const f = factsOf(
      "Maryland's other sister states include Anhui Province in China and the Leningrad region of Russia.",
    );
    expect(pairsOf(f)).toEqual(['Anhui Province ~ Maryland', 'Leningrad Oblast ~ Maryland']);
  });

  it('"B, California, their sister city since 1996": a qualifier between the place and the pronoun', () => {
    const f = factsOf(
      'Delegates from Jeju Province, South Korea, presented plans for ' +
        'an exchange with Santa Rosa, California, their sister city since 1996.',
      '2017-09-20',
    );
    expect(f.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Jeju Province', 'Santa Rosa', 1996]]);
  });

  it('"to make A and B sister cities", and headlines "A, B sign ..."', () => {
    expect(
      pairsOf(factsOf('The mayors signed an agreement to make Leeds and Dortmund sister cities.', '2023-05-24')),
    ).toEqual(['Dortmund ~ Leeds']);
    const f = extractFacts(' date 2023-05-24 Leeds, Dortmund sign sister cities agreement\n\nThe text.\n', {
      file: 'made-up.txt',
    });
    expect(pairsOf(f)).toEqual(['Dortmund ~ Leeds']);
  });

  it('"between A in X and B" and "the twinning of A with B (N years) and the town of C (M years)"', () => {
    expect(
      pairsOf(factsOf('The event marked 40 years of twinning between Dortmund in Germany and Leeds.', '2022-09-18')),
    ).toEqual(['Dortmund ~ Leeds']);
    const f = factsOf(
      'The anniversary of the twinning of Leeds with the German town of ' +
        'Dortmund (52 years) and the French town of Lille (32 years) was celebrated.',
      '2022-05-16',
    );
    expect(f.partnerships.map((p) => [p.b, p.since])).toEqual([
      ['Dortmund', 1970],
      ['Lille', 1990],
    ]);
  });

  it('a partner list stops at a description of a partner ("B the capital of the state of C")', () => {
    expect(
      pairsOf(
        factsOf(
          'Leeds has signed a sister city agreement with Guadalajara the capital of the state of Jalisco in Mexico.',
          '2023-04-26',
        ),
      ),
    ).toEqual(['Guadalajara ~ Leeds']);
  });

  it('"the Nth anniversary" next year, and "its 50-year anniversary"', () => {
    expect(
      factsOf(
        'Officials of Leeds and Dortmund met. Next year, to celebrate the 30th ' +
          'anniversary of the Leeds-Dortmund sisterhood relationship, events are planned.',
        '2022-11-05',
      ).partnerships[0]!.since,
    ).toBe(1993);
    expect(
      factsOf(
        'Leeds and Dortmund are sister cities, and this relationship saw its 50-year anniversary on Friday.',
        '2019-11-16',
      ).partnerships[0]!.since,
    ).toBe(1969);
  });
});
