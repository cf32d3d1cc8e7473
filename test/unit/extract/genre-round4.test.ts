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

describe('a tie denied, or only discussed, and one discussed that there is', () => {
  it('"A and B are not sister cities", "is not yet twinned", "have never been twinned": no tie', () => {
    expect(
      tiesOf('Addis Ababa and Konya are not sister cities, but officials said they hoped a formal link would follow.'),
    ).toEqual([]);
    expect(tiesOf('Addis Ababa is not yet twinned with Konya.')).toEqual([]);
    expect(tiesOf('Addis Ababa and Konya have never been twinned.')).toEqual([]);
    // A denial of another place keeps the tie told.
    expect(tiesOf('Addis Ababa has been twinned with Konya since 2001, not with Izmir.')).toEqual([
      ['Addis Ababa ~ Konya', 2001, null],
    ]);
  });

  it('"discussed the partnership between A and B": the tie there is; "discussed a twinning with B": none', () => {
    expect(
      tiesOf('They discussed the partnership between Riga and Almaty, which has existed since 1997.', '2022-06-13'),
    ).toEqual([['Almaty ~ Riga', 1997, null]]);
    expect(tiesOf('The council discussed a twinning with Almaty.')).toEqual([]);
    expect(tiesOf('The council discussed twinning with Almaty.')).toEqual([]);
    expect(tiesOf('The mayors discussed a possible twinning of Riga and Almaty.')).toEqual([]);
    expect(tiesOf('The mayors discussed the proposed twinning of Riga and Almaty.')).toEqual([]);
  });
});

describe('a further tie named by its rank', () => {
  it('"A is twinned with B. A third link, with the X State city of C, lapsed in 2009": A’s, ended', () => {
    expect(
      tiesOf('Surrey is twinned with Koto. A third link, with the Washington State city of Puyallup, lapsed in 2009.'),
    ).toEqual([
      ['Koto ~ Surrey', null, null],
      ['Puyallup ~ Surrey', null, 2009],
    ]);
    expect(tiesOf('Surrey is twinned with Koto. Another link, with the city of Puyallup, was ended in 2009.')).toEqual([
      ['Koto ~ Surrey', null, null],
      ['Puyallup ~ Surrey', null, 2009],
    ]);
  });

  it('traps: a firm as the partner, or a sentence before that tells no tie', () => {
    expect(tiesOf('Surrey is twinned with Koto. Another partnership, with Siemens, was signed in 2009.')).toEqual([
      ['Koto ~ Surrey', null, null],
    ]);
    expect(tiesOf('Surrey has a new library. Another link, with the city of Puyallup, was ended in 2009.')).toEqual([]);
  });
});

function meetingsOf(body: string, date: string): Array<[string[], string | null]> {
  const x = toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
  return x.meetings.map((m) => [m.participants, m.date ?? null]);
}

describe('meetings: a background signing, and a welcome told before its guest is named', () => {
  it('"The two cities signed a protocol in 2012" after a dinner: the tie’s background, no second meeting', () => {
    const body =
      'Trabzon Mayor Murat Zorlu hosted the Mayor of Batumi, Archil Chikava, at a dinner on Saturday evening. ' +
      'The two cities signed a sister-city protocol in ';
    expect(meetingsOf(`${body}2012.`, '2021-04-27')).toEqual([[['Murat Zorlu', 'Archil Chikava'], '2021-04-24']]);
    // Signed in the article's present: the two met again to sign.
    expect(meetingsOf(`${body.replace('in ', 'on ')}Sunday.`, '2021-04-27')).toEqual([
      [['Murat Zorlu', 'Archil Chikava'], '2021-04-24'],
      [['Murat Zorlu', 'Archil Chikava'], '2021-04-25'],
    ]);
  });

  it('"A welcomed a delegation from X this week. The visitors, led by B, met with A on Wednesday": one meeting', () => {
    expect(
      meetingsOf(
        'Wellington, March 28 — Mayor Tory Walsh welcomed a delegation from Sakai City this week. The visitors, ' +
          'led by Deputy Mayor Hiroko Ueda, met with Walsh on Wednesday and laid a wreath at the memorial.',
        '2024-03-29',
      ),
    ).toEqual([[['Hiroko Ueda', 'Tory Walsh'], '2024-03-27']]);
  });
});

describe('partner lists and pairs in more of the genre’s shapes', () => {
  it('"A has 33 sister cities, more than any other U.S. city, including B and C": past an abbreviation’s dots', () => {
    expect(
      tiesOf(
        'Honolulu currently has 33 sister cities, more than any other U.S. city, including Hiroshima, Seoul ' +
          'and Manila.',
      ),
    ).toEqual([
      ['Hiroshima ~ Honolulu', null, null],
      ['Honolulu ~ Seoul', null, null],
      ['Honolulu ~ Manila', null, null],
    ]);
  });

  it('"A maintains partnerships with 17 cities, among them B and C"; firms and universities are none', () => {
    expect(tiesOf('Bratislava maintains partnerships with 17 cities, among them Vienna, Prague and Budapest.')).toEqual(
      [
        ['Bratislava ~ Vienna', null, null],
        ['Bratislava ~ Prague', null, null],
        ['Bratislava ~ Budapest', null, null],
      ],
    );
    expect(tiesOf('Bratislava has partnerships with several firms, including Siemens in Vienna.')).toEqual([]);
    expect(tiesOf('Bratislava signed partnerships with two universities, including one in Vienna.')).toEqual([]);
  });

  it('"Kaunas’ twin": a possessive of a name ending in s', () => {
    expect(tiesOf('Kaunas’ twin Grenoble sent a choir.')).toEqual([['Grenoble ~ Kaunas', null, null]]);
    expect(tiesOf('Grenoble is Kaunas’ twin.')).toEqual([['Grenoble ~ Kaunas', null, null]]);
    expect(tiesOf('The partnership with Grenoble, Kaunas’ twin since 1998, will be celebrated next month.')).toEqual([
      ['Grenoble ~ Kaunas', 1998, null],
    ]);
    // A person's partner is no tie.
    expect(tiesOf('Grenoble, Mayor Jo Finn’s partner, spoke.')).toEqual([]);
  });

  it('"The mayors of A and B met ... the anniversary of their cities’ twinning": the two places', () => {
    expect(
      tiesOf(
        'The mayors of Tours and Takamatsu met on Saturday to celebrate the 25th anniversary of their cities’ ' +
          'twinning.',
        '2015-05-18',
      ),
    ).toEqual([['Takamatsu ~ Tours', 1990, null]]);
    expect(tiesOf('Their cities have long traded with Tours and Takamatsu.')).toEqual([]);
  });

  it('"The relationship, which A and B entered into in 1991, ...": a relative clause’s pair that made the tie', () => {
    expect(
      tiesOf(
        'The sister-city relationship, which Kaohsiung and Seattle entered into in 1991, has been marked by student ' +
          'exchanges.',
      ),
    ).toEqual([['Kaohsiung ~ Seattle', 1991, null]]);
    expect(
      tiesOf('The twinning charter, which Kaohsiung and Seattle officials discussed in 1991, was never signed.'),
    ).toEqual([]);
  });

  it('"With B as its twin town since 1968, A ...": the owner after the comma; a bare partner is none', () => {
    expect(
      tiesOf('With Bonn as its twin town since 1968, Oxford has hosted dozens of German exchange groups.'),
    ).toEqual([['Bonn ~ Oxford', 1968, null]]);
    expect(tiesOf('With Bonn as a partner in the project, Oxford applied for funds.')).toEqual([]);
  });
});

describe('meetings over a meal told with where and when, and envoys named by where they serve', () => {
  it('"hosted a reception in Munich on Monday for the visiting Governor of X, B", "had dinner on Monday with"', () => {
    expect(
      meetingsOf(
        'Governor Anna Keller of Bavaria hosted a reception in Munich on Monday for the visiting Governor of ' +
          'Shandong, Li Guang.',
        '2021-09-08',
      ),
    ).toEqual([[['Anna Keller', 'Li Guang'], '2021-09-06']]);
    expect(
      meetingsOf(
        'Governor Alan Fox had dinner on Monday with the Governor of Chiba, Kensaku Morita, who is visiting the ' +
          'state this week.',
        '2019-03-06',
      ),
    ).toEqual([[['Alan Fox', 'Kensaku Morita'], '2019-03-04']]);
    // A dinner for many guests names no one met.
    expect(
      meetingsOf('Governor Anna Keller hosted a dinner at the Residenz on Monday for 200 guests.', '2021-09-08'),
    ).toEqual([]);
  });

  it('"the Chinese Consul General in Busan, NAME": the envoy’s post after "in", then the name', () => {
    expect(
      meetingsOf(
        'On June 3, Vice Governor Park Sung-il received the Chinese Consul General in Busan, Zhao Ming, at the ' +
          'provincial office.',
        '2016-06-07',
      ),
    ).toEqual([[['Park Sung-il', 'Zhao Ming'], '2016-06-03']]);
    expect(meetingsOf('Mayor Park Sung-il met the Consul in Busan on Friday.', '2016-06-07')).toEqual([]);
  });
});

describe('a host who met "the delegation" told before', () => {
  it('"Party Secretary X met with the delegation on <another day>": X and the delegation’s head, that day', () => {
    expect(
      meetingsOf(
        'A delegation headed by Mayor Michele Baroni of Ravenna visited Nanning on September 11. Party Secretary ' +
          'Huang Wenbin met with the delegation on September 12.',
        '2019-09-16',
      ),
    ).toEqual([[['Huang Wenbin', 'Michele Baroni'], '2019-09-12']]);
    // "a delegation from X" with no head told is still no meeting of one.
    expect(meetingsOf('Mayor Jo Finn met with a delegation from Nanning on Monday.', '2019-09-16')).toEqual([]);
  });
});

describe('a tie’s year from its own clause, and a singular tie noun of a pair', () => {
  it('"A’s twinning with B was signed in 1995; the twinning with C dates from 1964": each clause its year', () => {
    expect(
      tiesOf('Edinburgh’s twinning with Kraków was signed in 1995; the twinning with Florence dates from 1964.'),
    ).toEqual([
      ['Edinburgh ~ Kraków', 1995, null],
      ['Edinburgh ~ Florence', 1964, null],
    ]);
  });

  it('"The sister state relationship of A and B dates back to 1980"', () => {
    expect(tiesOf('The sister state relationship of Maryland and Anhui Province, China, dates back to 1980.')).toEqual([
      ['Anhui Province ~ Maryland', 1980, null],
    ]);
    expect(tiesOf('The sister city relationship of Tours and its partner was praised.')).toEqual([]);
  });
});

describe('one official who did something with another', () => {
  it('"A attended the opening ceremony on June 21 with Council President B": both were there', () => {
    expect(
      meetingsOf(
        'Deputy Mayor Ji Hye-won of Daegu attended the opening ceremony of the Sister City Week on June 21 with ' +
          'Council President Felicia Moore.',
        '2018-06-25',
      ),
    ).toEqual([[['Ji Hye-won', 'Felicia Moore'], '2018-06-21']]);
    expect(meetingsOf('Mayor Ji Hye-won attended the concert on June 21 with her husband.', '2018-06-25')).toEqual([]);
  });
});

describe('US states abbreviated as agencies do, and a plural title before a minutes list', () => {
  it('"Lowell, Mass., and Phnom Penh became sister cities": qualifies the town, names no place', () => {
    const x = toGold(
      extractArticle(' date 2018-09-10 Local news\n\nLowell, Mass., and Phnom Penh became sister cities in 2017.\n', {
        file: 'made-up.txt',
      }),
    );
    expect(x.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Lowell', 'Phnom Penh', 2017]]);
    expect(x.places.map((p) => p.name)).toEqual(['Lowell', 'Phnom Penh']);
    // Without the dot it is no abbreviation ("Ill" is a word).
    expect(tiesOf('Fresno, Calif., is twinned with Kochi.')).toEqual([['Fresno ~ Kochi', null, null]]);
  });

  it('"Present: Councillors J. Hale (Mayor), P. Carter": the title is not part of the first name', () => {
    const x = toGold(
      extractArticle(' date 2019-06-24 Minutes\n\nPresent: Councillors J. Hale (Mayor), P. Carter, S. Moss\n', {
        file: 'made-up.txt',
      }),
    );
    expect(x.people.map((p) => p.name)).toEqual(['J. Hale', 'P. Carter', 'S. Moss']);
  });
});

describe('a plural title’s list with each name’s place', () => {
  it('"The mayors, A of X and B of Y, met on February 18": both named, one meeting', () => {
    expect(
      meetingsOf('The mayors, Sam Lee of Vancouver and Yuki Tanaka of Yokohama, met on February 18.', '2021-02-22'),
    ).toEqual([[['Sam Lee', 'Yuki Tanaka'], '2021-02-18']]);
    expect(
      meetingsOf(
        'The two mayors, Sam Lee of Vancouver and Yuki Tanaka of Yokohama, met online on February 18th, 2021.',
        '2021-02-22',
      ),
    ).toEqual([[['Sam Lee', 'Yuki Tanaka'], '2021-02-18']]);
    expect(
      meetingsOf('Both governors, Sam Lee of Ohio and Yuki Tanaka of Saitama, met on February 18.', '2021-02-22'),
    ).toEqual([[['Sam Lee', 'Yuki Tanaka'], '2021-02-18']]);
  });
});

describe('a family name spelt like a pronoun, after a title', () => {
  it('"Fuzhou Mayor You Mengjun met with a delegation ... headed by Mayor B"', () => {
    expect(
      meetingsOf(
        'Fuzhou Mayor You Mengjun met with a delegation from Tacoma, Washington, headed by Mayor Marilyn Strickland ' +
          'on March 11.',
        '2016-03-15',
      ),
    ).toEqual([[['You Mengjun', 'Marilyn Strickland'], '2016-03-11']]);
  });
});

describe('start years in more wordings, and "one of the sister cities of A"', () => {
  it('"It has been 25 years since A and B became partner cities", "N years have passed since"', () => {
    expect(tiesOf('It has been 25 years since Mwanza and Tampere became partner cities.', '2020-06-24')).toEqual([
      ['Mwanza ~ Tampere', 1995, null],
    ]);
    expect(tiesOf('Twenty years have passed since Mwanza and Tampere became partner cities.', '2020-06-24')).toEqual([
      ['Mwanza ~ Tampere', 2000, null],
    ]);
  });

  it('"ties with B date to 1965", "38 years of sister city friendship"', () => {
    expect(tiesOf('Cebu’s sister-city ties with Kaohsiung date to 1965.', '2018-02-06')).toEqual([
      ['Cebu ~ Kaohsiung', 1965, null],
    ]);
    expect(tiesOf('Kobe and Brisbane celebrate 38 years of sister city friendship this year.', '2023-04-19')).toEqual([
      ['Brisbane ~ Kobe', 1985, null],
    ]);
    // A year of something else is none.
    expect(tiesOf('Mwanza and Tampere are partner cities. The festival dates to 1890.', '2020-06-24')).toEqual([
      ['Mwanza ~ Tampere', null, null],
    ]);
  });

  it('"B is among / one of the sister cities of A"', () => {
    expect(tiesOf('Gaziantep is among the sister cities of Tirana.')).toEqual([['Gaziantep ~ Tirana', null, null]]);
    expect(tiesOf('Gaziantep is one of the oldest sister cities of Tirana.')).toEqual([
      ['Gaziantep ~ Tirana', null, null],
    ]);
  });
});

describe('a co-subject after "along with" is no partner', () => {
  it('"A is a sister city of B, along with C": not A’s tie with C; "as well as C" goes on with the list', () => {
    expect(tiesOf('Gaziantep is a sister city of Tirana, along with Bursa.')).toEqual([
      ['Gaziantep ~ Tirana', null, null],
    ]);
    expect(tiesOf('Gaziantep is twinned with Tirana, together with Bursa.')).toEqual([
      ['Gaziantep ~ Tirana', null, null],
    ]);
    expect(tiesOf('Gaziantep is twinned with Tirana as well as Bursa.')).toEqual([
      ['Gaziantep ~ Tirana', null, null],
      ['Bursa ~ Gaziantep', null, null],
    ]);
  });
});
