/**
 * The genre's wordings of the third round, on made-up text: ties told only in quotes, text in capitals, hyphenated
 * country adjectives and facts told across sentences. Each shape has precision traps beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { goldOf } from './helpers.ts';
import { whoWhen } from './meeting-helpers.ts';

function tiesOf(body: string, date = '2023-05-14'): Array<{ pair: string; since: number | null; rule: string }> {
  const x = extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' });
  return x.facts.partnerships
    .map((p, k) => ({ pair: [p.a, p.b].sort().join(' ~ '), since: p.since, rule: x.rules.partnerships[k]! }))
    .sort((a, b) => a.pair.localeCompare(b.pair));
}
const pairs = (body: string, date?: string): string[] => tiesOf(body, date).map((t) => t.pair);

describe('ties told only in quotes', () => {
  it('a pair inside a quote is the subject of the quote’s own tie word', () => {
    expect(tiesOf('"Tampere and Aachen have been sister cities since 1987," said Deputy Mayor Ulla Berg.')).toEqual([
      { pair: 'Aachen ~ Tampere', since: 1987, rule: 'pair-verb' },
    ]);
    expect(pairs('Deputy Mayor Ulla Berg said: "Tampere and Aachen have been sister cities since 1987."')).toEqual([
      'Aachen ~ Tampere',
    ]);
  });

  it('"we" and "our" in a quote are the speaker’s place', () => {
    expect(
      tiesOf('"Since 1979 we have been twinned with Besancon," Mayor Karl Huber of Freiburg told the visitors.'),
    ).toEqual([{ pair: 'Besançon ~ Freiburg', since: 1979, rule: 'with-list' }]);
    expect(pairs('"Gdynia has been our sister city for thirty years," said Mayor Ellen Strand of Drammen.')).toEqual([
      'Drammen ~ Gdynia',
    ]);
    // "she said": the official named just before.
    expect(
      pairs(
        'Mayor Ellen Strand of Drammen spoke at the ceremony. "We have been twinned with Gdynia since 1994," she said.',
      ),
    ).toEqual(['Drammen ~ Gdynia']);
  });

  it('"Our two cities have been sisters since 1994": the two places named just before', () => {
    expect(
      tiesOf(
        'Mayor Ellen Strand of Drammen welcomed guests from Gdynia on Monday. "Our two cities have been sisters ' +
          'since 1994," she said.',
      ),
    ).toEqual([{ pair: 'Drammen ~ Gdynia', since: 1994, rule: 'the-two' }]);
  });

  it('traps: a hoped-for tie, a simile, a firm, a tie word the narrator tells after the quote', () => {
    expect(pairs('"We hope to be twinned with Lille one day," said Mayor Jan Visser of Zwolle.')).toEqual([]);
    expect(pairs('"We would love to become sister cities with Lille," Mayor Jan Visser of Zwolle said.')).toEqual([]);
    expect(pairs('"Lund and Ostrava are like twins," the guide joked.')).toEqual([]);
    expect(pairs('"We have been partners with Siemens since 2001," said Mayor Jan Visser of Zwolle.')).toEqual([]);
    expect(pairs('Helen and Maria Quist, from Tampere, have been sisters for 40 years.')).toEqual([]);
  });
});

describe('text in capitals', () => {
  it('agency copy in capitals is read as if in the usual case', () => {
    const g = goldOf(
      'MAYOR JANE HOLT OF BRADFORD MET MAYOR PAUL ROUX OF MULHOUSE ON TUESDAY. BRADFORD AND MULHOUSE HAVE BEEN ' +
        'TWIN TOWNS SINCE 1972.',
      '2023-05-14',
    );
    expect(g.places.map((p) => p.name).sort()).toEqual(['Bradford', 'Mulhouse']);
    expect(g.people.map((p) => p.name).sort()).toEqual(['Jane Holt', 'Paul Roux']);
    expect(g.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Bradford', 'Mulhouse', 1972]]);
    expect(whoWhen('MAYOR JANE HOLT OF BRADFORD MET MAYOR PAUL ROUX OF MULHOUSE ON TUESDAY.', '2023-05-14')).toEqual([
      { who: ['Jane Holt', 'Paul Roux'], date: '2023-05-09' },
    ]);
  });

  it('a shouted headline: "LEEDS AND DORTMUND MARK 50 YEARS OF TWINNING"', () => {
    expect(tiesOf('LEEDS AND DORTMUND MARK 50 YEARS OF TWINNING\nThe anniversary was celebrated on Saturday.')).toEqual(
      [{ pair: 'Dortmund ~ Leeds', since: 1973, rule: 'pair-verb' }],
    );
  });

  it('traps: function words in capitals are no towns; a line with a few capitals is left as written', () => {
    expect(goldOf('THE MAYOR OF LEEDS SPOKE OF THE FLOODS AND OF THE NEW BRIDGE.').places.map((p) => p.name)).toEqual([
      'Leeds',
    ]);
    expect(goldOf('The EU and the UK met in Leeds.').places.map((p) => p.name)).toContain('Leeds');
  });
});

describe('hyphened compounds of countries', () => {
  const figures = (body: string): string[] =>
    goldOf(body, '2023-05-14').country_stats.map((f) => `${[...f.countries].sort().join('/')} ${f.value}`);

  it('"Franco-German", "Sino-Japanese", "US-China": each part is its country', () => {
    expect(figures('There are more than 2,200 Franco-German twinnings.')).toEqual(['France/Germany 2200']);
    expect(figures('Sino-Japanese sister city ties now number about 250.')).toEqual(['China/Japan 250']);
    expect(figures('US-China sister-state ties: 50 pairs link the two countries.')).toEqual(['China/US 50']);
    expect(goldOf('US-China sister-state ties: 50 pairs link the two countries.').places.map((p) => p.name)).toEqual([
      'US',
      'China',
    ]);
  });

  it('a combining form is no town ("Franco" is one) and does not stand alone; other compounds are no countries', () => {
    expect(goldOf('The Franco-German twinning of Solingen dates back to 1960.').places.map((p) => p.name)).toEqual([
      'Solingen',
    ]);
    expect(goldOf('The Anglo-Saxon church in Leeds was restored.').places.map((p) => p.name)).toEqual(['Leeds']);
    expect(goldOf('The Indo-European languages were taught in Leeds.').places.map((p) => p.name)).toEqual(['Leeds']);
  });
});

describe('meetings and ties told across sentences', () => {
  it('a hyphened given name ending in "soon" is no time ahead', () => {
    expect(whoWhen('Seoul Mayor Park Won-soon met with Beijing Vice Mayor Wang Ning on Monday.', '2020-02-10')).toEqual(
      [{ who: ['Park Won-soon', 'Wang Ning'], date: '2020-02-10' }],
    );
    // A meeting to come is none.
    expect(whoWhen('Mayor Wang Ning will soon meet Mayor Park Jin-woo in Seoul.', '2020-02-10')).toEqual([]);
  });

  it('"The Lower Saxony town", "the German town": the one town of that division or country named before', () => {
    expect(
      pairs(
        'Five students from Hameln, Germany, arrived in Quincy on Sunday. The Lower Saxony town has been Quincy’s ' +
          'sister city since 1994.',
      ),
    ).toEqual(['Hameln ~ Quincy']);
    expect(
      pairs(
        'Five students from Hameln, Germany, arrived in Quincy on Sunday. The German town has been Quincy’s sister ' +
          'city since 1994.',
      ),
    ).toEqual(['Hameln ~ Quincy']);
    // Two German towns named: the description is ambiguous.
    expect(
      pairs(
        'Students from Hameln and Celle, Germany, arrived in Quincy on Sunday. The German town has been Quincy’s ' +
          'sister city since 1994.',
      ),
    ).toEqual([]);
  });

  it('"the two cities", "both cities", a quoted "our two cities" after the sentence that names the pair', () => {
    expect(
      tiesOf('Tampere and Aachen held a joint concert on Saturday. The two cities have been partners since 1979.'),
    ).toEqual([{ pair: 'Aachen ~ Tampere', since: 1979, rule: 'the-two' }]);
    expect(
      pairs('Delegates from Lund and Ostrava met in Lund. Both cities signed a friendship agreement in 2004.'),
    ).toEqual(['Lund ~ Ostrava']);
  });
});

describe('countries in their formal style', () => {
  const places = (body: string): string[] => goldOf(body, '2023-05-14').places.map((p) => p.name);

  it('"the Republic of Korea", "the United Republic of Tanzania" are named as written', () => {
    expect(places('Mayor Jane Roe of Suwon, Republic of Korea, visited Leeds.')).toEqual([
      'Suwon',
      'Republic of Korea',
      'Leeds',
    ]);
    expect(places('A delegation from the United Republic of Tanzania visited Leeds.')).toEqual([
      'United Republic of Tanzania',
      'Leeds',
    ]);
    // The everyday name stays when the text uses it first; the formal form is an alias.
    const korea = goldOf('Korea and Britain agreed. A delegation from the Republic of Korea visited Leeds.').places[0]!;
    expect([korea.name, korea.aliases]).toEqual(['Korea', expect.arrayContaining(['Republic of Korea'])]);
    // A republic's figure counts the same country.
    expect(
      goldOf('The Republic of Korea and Japan have 200 sister city pairs.').country_stats.map((f) =>
        [...f.countries].sort(),
      ),
    ).toEqual([['Japan', 'Republic of Korea']]);
  });
});

describe('who else took part, told in the next sentence or alone', () => {
  const body = (next: string): string => `Mayor Jonas Breuer met Mayor Helen Quist on Friday. ${next}`;
  const all = [{ who: ['Jonas Breuer', 'Helen Quist', 'Anna Vogt', 'Paul Kern'], date: '2023-05-12' }];

  it('"Joining them were A and B", "Other participants included A and B"', () => {
    expect(whoWhen(body('Joining them were Councillor Anna Vogt and Director Paul Kern.'), '2023-05-14')).toEqual(all);
    expect(
      whoWhen(body('Other participants included Councillor Anna Vogt and Director Paul Kern.'), '2023-05-14'),
    ).toEqual(all);
  });

  it('"Attending the meeting on Friday were A, B, C and D": a meeting told by who attended it', () => {
    expect(
      whoWhen(
        'Attending the meeting on Friday were Mayor Jonas Breuer, Mayor Helen Quist, Councillor Anna Vogt and ' +
          'Director Paul Kern.',
        '2023-05-14',
      ),
    ).toEqual(all);
    // One person attending: no meeting of two; a meeting to come: none.
    expect(whoWhen('Attending the meeting on Friday was Mayor Jonas Breuer.', '2023-05-14')).toEqual([]);
    expect(
      whoWhen('Attending the meeting next Friday will be Mayor Jonas Breuer and Mayor Helen Quist.', '2023-05-14'),
    ).toEqual([]);
  });
});

describe('names that are no towns in a tie’s sentence', () => {
  const places = (body: string): string[] => goldOf(body, '2023-05-14').places.map((p) => p.name);

  it('"the old Deal Town quarter": a common word before "Town" names a quarter; "Cape Town" is found whole', () => {
    expect(places('The guests from Leeds walked through the lanes of the old Deal Town quarter.')).toEqual(['Leeds']);
    expect(places('Cape Town and Leeds signed a friendship agreement.')).toEqual(['Cape Town', 'Leeds']);
  });

  it('"links with Baltic towns" is a class of places; "the birthplace of Tycho Brahe" a person', () => {
    expect(places('Leeds has some 30 sister-city links with Baltic towns, the council said.')).toEqual(['Leeds']);
    expect(places('Leeds, the birthplace of Tycho Brahe, is also twinned with Dortmund.')).toEqual([
      'Leeds',
      'Dortmund',
    ]);
  });
});

describe('meetings told by what two officials did together, or at a gathering that opens the sentence', () => {
  const met = [{ who: ['Helen Quist', 'Jonas Breuer'], date: '2023-05-09' }];

  it('"A and B discussed youth exchanges on 9 May"; "In a meeting held on 9 May, A and B discussed ..."', () => {
    expect(
      whoWhen('Mayor Helen Quist and Mayor Jonas Breuer discussed youth exchanges on 9 May.', '2023-05-14'),
    ).toEqual(met);
    expect(
      whoWhen(
        'In a meeting held on 9 May at the city hall, Mayor Helen Quist and Mayor Jonas Breuer discussed exchanges.',
        '2023-05-14',
      ),
    ).toEqual(met);
    expect(
      whoWhen(
        'During talks on 9 May, Mayor Helen Quist and Mayor Jonas Breuer agreed to expand exchanges.',
        '2023-05-14',
      ),
    ).toEqual(met);
  });

  it('traps: each on their own, a statement, a meeting to come', () => {
    expect(
      whoWhen('Mayor Helen Quist and Mayor Jonas Breuer discussed the plan in separate interviews.', '2023-05-14'),
    ).toEqual([]);
    expect(
      whoWhen('In a statement on 9 May, Mayor Helen Quist and Mayor Jonas Breuer welcomed the decision.', '2023-05-14'),
    ).toEqual([]);
    expect(
      whoWhen('At a meeting next week, Mayor Helen Quist and Mayor Jonas Breuer will discuss exchanges.', '2023-05-14'),
    ).toEqual([]);
    expect(
      whoWhen('Mayor Helen Quist and Mayor Jonas Breuer will discuss youth exchanges next week.', '2023-05-14'),
    ).toEqual([]);
  });
});

describe('plural titles of other forms', () => {
  it('"Aldermen A and B", "Councilwomen A and B": each holds the title', () => {
    const g = goldOf(
      'Aldermen Tom Reid and Ana Kralj and Councilmember Paul Roux travelled to Kaunas. Councilwomen Jo Finn and ' +
        'Al Dorr stayed home.',
    );
    expect(g.people.map((p) => [p.name, p.titles])).toEqual([
      ['Tom Reid', ['Alderman']],
      ['Ana Kralj', ['Alderman']],
      ['Paul Roux', ['Councilmember']],
      ['Jo Finn', ['Councilwoman']],
      ['Al Dorr', ['Councilwoman']],
    ]);
    // "The firemen" are no title.
    expect(goldOf('Firemen Tom Reid and Ana Kralj rescued a cat in Kaunas.').people).toEqual([]);
  });
});

describe('a guest named in one sentence and received in the next by a pronoun', () => {
  it('"Mayor A visited X on Friday. Mayor B welcomed him at the station."', () => {
    expect(
      whoWhen(
        'Mayor Jonas Breuer of Aachen visited Tampere on Friday. Mayor Helen Quist welcomed him at the station.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Jonas Breuer', 'Helen Quist'], date: '2023-05-12' }]);
  });

  it('traps: a thank-you for a letter, an invitation to come back', () => {
    expect(
      whoWhen(
        'Mayor Jonas Breuer of Aachen spoke on Friday. Mayor Helen Quist thanked him for his letter.',
        '2023-05-14',
      ),
    ).toEqual([]);
    expect(
      whoWhen(
        'Mayor Jonas Breuer of Aachen visited Tampere on Friday. Mayor Helen Quist said she had invited him to ' +
          'return in June.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Jonas Breuer'], date: '2023-05-12' }]);
  });
});

describe('the leader of a welcomed delegation told in the next sentence', () => {
  it('"Leading the group was Deputy Mayor A"', () => {
    expect(
      whoWhen(
        'Mayor Helen Quist of Tampere welcomed a delegation from Aachen on Friday. Leading the group was ' +
          'Deputy Mayor Jonas Breuer.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Helen Quist', 'Jonas Breuer'], date: '2023-05-12' }]);
  });
});
