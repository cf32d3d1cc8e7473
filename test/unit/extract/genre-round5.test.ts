/**
 * The fifth round's probes: shapes of long real articles (features, wire copy, press releases, event notices, embassy
 * pages) with the tie told in background, relative clauses and lists continued in the next sentence, and meetings
 * over several days of a visit. Made-up text, with traps.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

function goldOf(body: string, date = '2021-02-09') {
  return toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
}

function tiesOf(body: string, date = '2021-02-09'): Array<[string, number | null]> {
  return goldOf(body, date).partnerships.map((p) => [[p.a, p.b].sort().join(' ~ '), p.since ?? null]);
}

function meetingsOf(body: string, date: string): Array<[string[], string | null]> {
  return goldOf(body, date).meetings.map((m) => [m.participants, m.date ?? null]);
}

describe('ties told in a relative clause or an apposition', () => {
  it('"under the sister city agreement that A and B signed in 1993": no comma before "that"', () => {
    expect(
      tiesOf(
        'Ruiz said the two discussed a programme under the sister city agreement that Hanoi and Bucharest ' +
          'signed in 1993.',
      ),
    ).toEqual([['Bucharest ~ Hanoi', 1993]]);
    expect(tiesOf('The twinning charter which Hanau and Kirkwood sealed in 1995 hangs in the town hall.')).toEqual([
      ['Hanau ~ Kirkwood', 1995],
    ]);
  });

  it('trap: a relative clause whose pair does not make the tie', () => {
    expect(
      tiesOf('The sister city agreement that Hanoi and Bucharest discussed in 1993 was never signed.', '2019-01-01'),
    ).toEqual([]);
  });

  it('"B, the German town that has been A’s sister city since 1995": the described place is the partner', () => {
    expect(
      tiesOf('The students visited Hanau, the German city that has been Kirkwood’s sister city since 1995.'),
    ).toEqual([['Hanau ~ Kirkwood', 1995]]);
    expect(
      tiesOf(
        'Fourteen students returned from Gunzenhausen, the Bavarian town that has been Kirkwood’s sister city ' +
          'since 1995.',
      ),
    ).toEqual([['Gunzenhausen ~ Kirkwood', 1995]]);
    expect(tiesOf('The choir sang in Hanau, a port which became one of Kirkwood’s sister cities in 1995.')).toEqual([
      ['Hanau ~ Kirkwood', 1995],
    ]);
  });

  it('traps: a described place that did something else with the owner’s tie', () => {
    expect(
      tiesOf('The students visited Hanau, the German city that hosted Kirkwood’s sister city delegation in 1995.'),
    ).toEqual([]);
    expect(
      tiesOf('The students visited Hanau, a town that has been praised by Kirkwood’s sister city committee.'),
    ).toEqual([]);
  });
});

describe('the owner of a tie told far from the names', () => {
  const lead =
    'Oldham held a parade on Monday. Oldham has 6,000 people, and Oldham’s mayor led it. Guests came from Kassel.\n\n' +
    'The mayor later visited Cork.\n\n';

  it('"Our friendship with B goes back decades," said a councillor of no place: the town the article is about', () => {
    expect(
      tiesOf(
        `${lead}"Our friendship with Kassel goes back decades, and it has never been about money," said ` +
          'Councillor Peter Dean.',
      ),
    ).toEqual([['Kassel ~ Oldham', null]]);
  });

  it('"The town is also twinned with B" opening a paragraph: the town the article is about', () => {
    expect(tiesOf(`${lead}The town is also twinned with Aldan in Pennsylvania, a link formed in 2004.`)).toEqual([
      ['Aldan ~ Oldham', 2004],
    ]);
  });
});

describe('a list continued in the next sentence', () => {
  it('"A and B became sister cities in 1998, one of five such partnerships ... The others are with C, D and E"', () => {
    expect(
      tiesOf(
        'Tulsa and Beihai became sister cities in 1998, one of five such partnerships the city maintains. The ' +
          'others are with San Luis Potosí in Mexico, Celle in Germany and Amiens in France.',
        '2019-10-28',
      ),
    ).toEqual([
      ['Beihai ~ Tulsa', 1998],
      ['San Luis Potosí ~ Tulsa', null],
      ['Celle ~ Tulsa', null],
      ['Amiens ~ Tulsa', null],
    ]);
  });

  it('trap: "The others" of people, after no count of ties', () => {
    expect(
      tiesOf('Tulsa and Beihai became sister cities in 1998. The others are with Celle in Germany and Amiens.'),
    ).toEqual([['Beihai ~ Tulsa', 1998]]);
  });
});

describe('start years', () => {
  it('"ties with B, established in 2002, and with C": C’s tie was not signed in the article’s year', () => {
    expect(
      tiesOf(
        'Eau Claire also has sister city ties with Rouen, France, established in 2002, and with Nablus in the ' +
          'Palestinian territories.',
        '2018-08-20',
      ),
    ).toEqual([
      ['Eau Claire ~ Rouen', 2002],
      ['Eau Claire ~ Nablus', null],
    ]);
    // Signed in the article's present still counts.
    expect(tiesOf('Eau Claire and Nablus signed a sister city agreement on Monday.', '2018-08-20')).toEqual([
      ['Eau Claire ~ Nablus', 2018],
    ]);
  });
});

describe('people: a department after the title', () => {
  it('"Secretary of Agriculture NAME", "Minister of Economy and Planning NAME"', () => {
    const x = goldOf(
      'The delegation met with Secretary of Agriculture Mike Beam and Minister of Economy and Planning Jo Finn.',
    );
    expect(x.people.map((p) => [p.name, p.titles])).toEqual([
      ['Mike Beam', ['Secretary of Agriculture']],
      ['Jo Finn', ['Minister of Economy and Planning']],
    ]);
  });
});

describe('meetings over the days of a visit', () => {
  it('"held talks with B in the afternoon": the day told just before, not the day the visit began', () => {
    expect(
      meetingsOf(
        'A delegation from Beihai led by Mayor Cai Jun arrived in Tulsa on Sunday.\n\nOn Monday morning, Party ' +
          'Secretary Wang Hong met with Cai and his delegation.\n\nMayor Wu Xinming held talks with Cai in the ' +
          'afternoon.',
        '2019-10-30',
      ),
    ).toEqual([
      [['Wang Hong', 'Cai Jun'], '2019-10-28'],
      [['Wu Xinming', 'Cai Jun'], '2019-10-28'],
    ]);
  });

  it('"Mayor B hosted the group on Monday": the head of the delegation told before', () => {
    expect(
      meetingsOf(
        'A delegation from Beihai spent last week in Tulsa. The visitors were led by Beihai Mayor Cai Jun.\n\n' +
          'Mayor G.T. Bynum hosted the group at City Hall on Monday, where the two mayors exchanged gifts.',
        '2019-10-28',
      ),
    ).toEqual([[['Cai Jun', 'G.T. Bynum'], '2019-10-21']]);
  });

  it('"A accompanied a delegation headed by B ... The delegation was received by C": C met them', () => {
    expect(
      meetingsOf(
        'On 12 March 2018, Ambassador Pham Sanh Chau accompanied a delegation from Da Nang, headed by Chairman of ' +
          'the Da Nang People’s Committee Huynh Duc Tho, on a visit to Yokohama. The delegation was received by ' +
          'Mayor of Yokohama Fumiko Hayashi.',
        '2018-03-14',
      ),
    ).toEqual([[['Pham Sanh Chau', 'Huynh Duc Tho', 'Fumiko Hayashi'], '2018-03-12']]);
  });

  it('trap: "the group" with no visit told before is no party', () => {
    expect(meetingsOf('Mayor G.T. Bynum hosted the group at City Hall on Monday.', '2019-10-28')).toEqual([]);
  });
});

describe('a list of partners with their countries and years, then a tie of another kind', () => {
  it('"with B (USA) in 1967 and C (New Zealand) in 1994, and a friendship city agreement with D"', () => {
    const x = goldOf(
      'The city of Sakai has concluded sister city agreements with Berkeley (USA) in 1967 and Wellington (New ' +
        'Zealand) in 1994, and a friendship city agreement with Lianyungang (China) in 1983.',
      '2016-11-03',
    );
    expect(x.partnerships.map((p) => [p.a, p.b, p.kind, p.since])).toEqual([
      ['Sakai', 'Berkeley', 'sister', 1967],
      ['Sakai', 'Wellington', 'sister', 1994],
      ['Sakai', 'Lianyungang', 'friendship', 1983],
    ]);
  });

  it('trap: the last partner of the list is no owner of the next tie', () => {
    expect(
      tiesOf(
        'Sakai has sister city agreements with Berkeley in 1967 and Wellington in 1994, and a friendship city ' +
          'agreement with Lianyungang.',
      ).map(([p]) => p),
    ).toEqual(['Berkeley ~ Sakai', 'Sakai ~ Wellington', 'Lianyungang ~ Sakai']);
  });
});

describe('wire copy and translated press', () => {
  it('"Its first sister province" after a dateline: the place the lead is about, not the dispatch’s town', () => {
    expect(
      tiesOf(
        'WUHAN, Sept 12 -- Over the past four decades, Hubei Province has established friendly relations with 110 ' +
          'provinces.\n\nIts first sister province, Ohio in the United States, was signed in 1979.',
        '2019-09-12',
      ),
    ).toEqual([['Hubei Province ~ Ohio', 1979]]);
  });

  it('"Hanoi People’s Committee Chairman NAME": one title, the possessive inside it, the town its place', () => {
    const x = goldOf(
      'Gimhae Mayor Hong Tae-yong met Hanoi People’s Committee Chairman Nguyen Duc Chung on April 19.',
      '2023-04-25',
    );
    expect(x.people.map((p) => [p.name, p.titles, p.office_place])).toEqual([
      ['Hong Tae-yong', ['Mayor'], 'Gimhae'],
      ['Nguyen Duc Chung', ["People's Committee Chairman"], 'Hanoi'],
    ]);
    expect(x.meetings.map((m) => m.participants)).toEqual([['Hong Tae-yong', 'Nguyen Duc Chung']]);
  });

  it('trap: a prize named for the people is no title', () => {
    expect(goldOf('The People’s Choice Award went to Mayor Jo Finn.').people.map((p) => p.name)).toEqual(['Jo Finn']);
  });
});

describe('a tie told in a subordinate clause is not the partner’s', () => {
  it('"to twin with B, the first new twinning since the link with C was signed": no tie of B with C', () => {
    expect(
      tiesOf(
        'Hove in England voted on Monday to twin with Slavutych in Ukraine, the first new twinning since the link ' +
          'with Bad Soden was signed in 1991.',
        '2020-12-01',
      ).map(([p]) => p),
    ).toEqual(['Hove ~ Slavutych', 'Bad Soden ~ Hove']);
    expect(
      tiesOf(
        'Councillors voted to twin with Slavutych in Ukraine, the town’s first twinning since the link with Bad ' +
          'Soden was signed in 1991.',
        '2020-12-01',
      ),
    ).toEqual([]);
  });
});

describe('Malaysian titles and styles', () => {
  it('"Kuala Lumpur Datuk Bandar Tan Sri NAME": the mayor’s title, the style dropped, a long Malay name whole', () => {
    const x = goldOf(
      'Kuala Lumpur Datuk Bandar Tan Sri Mhd Amin Nordin Abd Aziz received a courtesy call from the Mayor of ' +
        'Ankara, Mustafa Tuna, yesterday.',
      '2017-08-09',
    );
    expect(x.people.map((p) => [p.name, p.titles, p.office_place])).toEqual([
      ['Mhd Amin Nordin Abd Aziz', ['Datuk Bandar'], 'Kuala Lumpur'],
      ['Mustafa Tuna', ['Mayor'], 'Ankara'],
    ]);
    expect(x.meetings.map((m) => [m.participants, m.date])).toEqual([
      [['Mhd Amin Nordin Abd Aziz', 'Mustafa Tuna'], '2017-08-08'],
    ]);
  });

  it('traps: "Bandar" of a town’s name and "Sri" of a country’s stay places', () => {
    const x = goldOf('The ship sailed from Bandar Abbas to Bandar Seri Begawan, then to Sri Lanka.');
    expect(x.places.map((p) => p.name)).toEqual(['Bandar Abbas', 'Bandar Seri Begawan', 'Sri Lanka']);
    expect(x.people).toEqual([]);
    expect(goldOf('Datuk Bandar Mahadi Che Ngah received the delegation.').places).toEqual([]);
  });
});

describe('pairs told as "A with B"', () => {
  it('"The county’s twinnings - A with B, C with D - ...": each pair', () => {
    expect(
      tiesOf(
        'The county’s twinnings - Hereford with Vierzon, Leominster with Liederbach and Ross with Betzdorf - are ' +
          'all over 30 years old.',
      ).map(([p]) => p),
    ).toEqual(['Hereford ~ Vierzon', 'Leominster ~ Liederbach']);
  });

  it('trap: one "A with B" alone is no pair of a list', () => {
    expect(tiesOf('Hereford with Vierzon played a twin towns match on Saturday.')).toEqual([]);
  });
});

describe('meetings: the parties of a visit told again', () => {
  it('"Both sides reviewed ..." after "B met the delegation on Wednesday": that meeting, not the arrival', () => {
    expect(
      meetingsOf(
        'A Sapporo delegation headed by Mayor Katsuhiro Akimoto arrived in Shenyang on Tuesday for a three-day ' +
          'visit.\n\nShenyang Mayor Jiang Youwei met the delegation on Wednesday. Both sides reviewed achievements ' +
          'made since 1980.',
        '2017-10-13',
      ),
    ).toEqual([[['Jiang Youwei', 'Katsuhiro Akimoto'], '2017-10-11']]);
  });

  it('"hosted a civic reception for a group from B ... The group was headed by NAME"', () => {
    expect(
      meetingsOf(
        'Last Friday Cllr Mary Rowe, Mayor of Clonakilty, hosted a civic reception for a group from Waldaschaff, ' +
          'the town’s German twin.\n\nThe group was headed by Bürgermeister Marcus Grimm.',
        '2016-03-08',
      ),
    ).toEqual([[['Mary Rowe', 'Marcus Grimm'], '2016-03-04']]);
  });

  it('trap: a group of students and its teacher make no meeting', () => {
    expect(
      meetingsOf(
        'Mayor Jo Finn hosted a reception for a group of students from Waldaschaff on Friday. The group was ' +
          'headed by teacher Ann Lee.',
        '2016-03-08',
      ),
    ).toEqual([]);
  });

  it('"The visit was also attended by NAME": one more at the call told before', () => {
    expect(
      meetingsOf(
        'Ambassador of Indonesia to Australia Kristiarto Legowo paid a visit to the Mayor of Geelong, Stephanie ' +
          'Asher, on 20 January 2020.\n\nThe visit was also attended by the Consul of Indonesia in Melbourne, Spica ' +
          'Tutuhatunewa.',
        '2020-01-22',
      ),
    ).toEqual([[['Kristiarto Legowo', 'Stephanie Asher', 'Spica Tutuhatunewa'], '2020-01-20']]);
  });

  it('"Kato later met with B": the day of the meeting told just before', () => {
    expect(
      meetingsOf(
        'SACRAMENTO -- Governor Gavin Newsom received Japanese Consul General Yoshiharu Kato at the State Capitol ' +
          'on Tuesday.\n\nThe meeting focused on climate.\n\nKato later met with Lieutenant Governor Eleni Kounalakis.',
        '2021-09-30',
      ),
    ).toEqual([
      [['Gavin Newsom', 'Yoshiharu Kato'], '2021-09-28'],
      [['Yoshiharu Kato', 'Eleni Kounalakis'], '2021-09-28'],
    ]);
  });
});

describe('local US and Chinese shapes', () => {
  it('"B, the capital of X province, became A’s sister city in 1988": the described town, not its province', () => {
    expect(tiesOf('Hefei, the capital of Anhui province, became Columbus’s sister city in 1988.')).toEqual([
      ['Columbus ~ Hefei', 1988],
    ]);
  });

  it('"met B on Monday and is expected to meet C on Wednesday": C was not met', () => {
    expect(
      meetingsOf(
        'Mayor Andrew Ginther met Hefei Party Secretary Song Guoquan on Monday and is expected to meet Mayor Ling ' +
          'Yun on Wednesday.',
        '2018-05-21',
      ),
    ).toEqual([[['Andrew Ginther', 'Song Guoquan'], '2018-05-21']]);
  });

  it('"County Executive NAME" signs with a mayor', () => {
    const x = goldOf(
      'County Executive Calvin Ball and Cap-Haïtien Mayor Jean Renaud Pierre signed a renewed memorandum on Friday.',
      '2019-04-02',
    );
    expect(x.people.map((p) => [p.name, p.titles])).toEqual([
      ['Calvin Ball', ['County Executive']],
      ['Jean Renaud Pierre', ['Mayor']],
    ]);
    expect(x.meetings.map((m) => [m.participants, m.date])).toEqual([
      [['Calvin Ball', 'Jean Renaud Pierre'], '2019-03-29'],
    ]);
  });
});

describe('quotes, captions, formal styles, headlines', () => {
  it('"We are proud that B has become our sister city," said Mayor NAME of A: the speaker’s town', () => {
    expect(
      tiesOf('"We are proud that Mombasa has become our sister city," said Durban Mayor Thabo Nkosi-Dlamini.'),
    ).toEqual([['Durban ~ Mombasa', null]]);
  });

  it('"between the State of A and the Province of B": formal styles on both sides', () => {
    expect(
      tiesOf(
        'A memorandum of understanding on sister-state relations between the State of Nevada and the Province of ' +
          'Jiangxi was signed in Carson City in 2014.',
      ),
    ).toEqual([['Jiangxi Province ~ Nevada', 2014]]);
  });

  it('"Mayor A (left) and Vice Mayor B shake hands at City Hall on Friday": a caption’s meeting', () => {
    expect(
      meetingsOf(
        'Mayor Kate Gallego (left) and Chengdu Vice Mayor Xie Ruiwu shake hands at Phoenix City Hall on Friday.',
        '2019-06-10',
      ),
    ).toEqual([[['Kate Gallego', 'Xie Ruiwu'], '2019-06-07']]);
    expect(meetingsOf('Fans shook hands with Mayor Kate Gallego on Friday.', '2019-06-10')).toEqual([]);
  });

  it('"The two capitals signed a twinning agreement in 2015" after a visit: the tie, no second meeting', () => {
    const x = goldOf(
      'Mayor of Tirana Erion Veliaj welcomed his counterpart from Pristina, Shpend Ahmeti, to the city hall on ' +
        'Monday. The two capitals signed a twinning agreement in 2015.',
      '2020-10-20',
    );
    expect(x.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Tirana', 'Pristina', 2015]]);
    expect(x.meetings.map((m) => [m.participants, m.date])).toEqual([
      [['Erion Veliaj', 'Shpend Ahmeti'], '2020-10-19'],
    ]);
  });

  it('trap: "Friendship City News", "Sister City Program" in a headline name no town', () => {
    const x = toGold(
      extractArticle(' date 2022-04-11 Friendship City News\n\nThe Sister City Program of Yangzhou met on Monday.\n', {
        file: 'made-up.txt',
      }),
    );
    expect(x.places.map((p) => p.name)).toEqual(['Yangzhou']);
  });
});

describe('envoys to a country named with its article', () => {
  it('"Ambassador to the United States NAME", "Consul General of Japan in the Philippines NAME"', () => {
    expect(
      goldOf('Chinese Ambassador to the United States Xie Feng attended the reception.').people.map((p) => p.name),
    ).toEqual(['Xie Feng']);
    expect(
      goldOf('The Consul General of Japan in the Philippines Kenji Sato met Mayor Jo Finn.').people.map((p) => [
        p.name,
        p.titles,
      ]),
    ).toEqual([
      ['Kenji Sato', ['Consul General']],
      ['Jo Finn', ['Mayor']],
    ]);
  });

  it('trap: a country with its article and no envoy before it stays a place, and no person', () => {
    const x = goldOf('Exports to the United States Rose sharply in May.');
    expect(x.people).toEqual([]);
  });
});

describe('offices of missions and bodies within bodies', () => {
  it('"Representative of the Taipei Economic and Cultural Office in Chicago NAME"', () => {
    expect(
      goldOf(
        'Representative of the Taipei Economic and Cultural Office in Chicago Jo Finn met Mayor Ana Reis.',
      ).people.map((p) => p.name),
    ).toEqual(['Jo Finn', 'Ana Reis']);
  });

  it('"Vice Chairman of the Standing Committee of the Provincial People’s Congress NAME"', () => {
    expect(
      goldOf(
        'The delegation included Vice Chairman of the Standing Committee of the Provincial People’s Congress Li Ming.',
      ).people.map((p) => p.name),
    ).toEqual(['Li Ming']);
  });

  it('trap: "and" between two bodies or offices joins no name', () => {
    expect(
      goldOf('Chair of the Twinning Committee and Mayor Ana Reis welcomed the guests.').people.map((p) => p.name),
    ).toEqual(['Ana Reis']);
  });
});

describe('ties told with a verb of linking, and a partner with its nationality', () => {
  it('"A has been linked with B through a twinning charter", "A sister-city agreement links A with B"', () => {
    expect(tiesOf('Since 1990 Leicester has been linked to Krefeld through a twinning charter.')).toEqual([
      ['Krefeld ~ Leicester', 1990],
    ]);
    expect(tiesOf('A sister-city agreement links Leicester with Krefeld.')).toEqual([['Krefeld ~ Leicester', null]]);
    expect(tiesOf('A twinning charter has linked Leicester and Krefeld since 1990.')).toEqual([
      ['Krefeld ~ Leicester', 1990],
    ]);
  });

  it('trap: a road or a line that links two towns is no tie', () => {
    expect(tiesOf('The new rail line links Leicester with Krefeld, the mayor of the twin town said.')).toEqual([]);
  });

  it('"A and its German partner B"', () => {
    expect(tiesOf('Leicester and its German partner Krefeld held a joint concert.')).toEqual([
      ['Krefeld ~ Leicester', null],
    ]);
  });
});

describe('a small town as the subject of its tie', () => {
  it('"A has had a twinning relationship with B", "A officially became a sister city of B": A read as a town', () => {
    expect(tiesOf('Kirkwood has had a twinning relationship with Hanau for 30 years.', '2020-05-01')).toEqual([
      ['Hanau ~ Kirkwood', 1990],
    ]);
    expect(tiesOf('Kirkwood officially became a sister city of Hanau on 5 May 1990.')).toEqual([
      ['Hanau ~ Kirkwood', 1990],
    ]);
  });

  it('traps: an official or a body before such a verb is no town', () => {
    expect(
      goldOf('Mayor Jo Finn signed a sister city agreement with Hanau on Monday.').places.map((p) => p.name),
    ).toEqual(['Hanau']);
    expect(tiesOf('The orchestra has had a friendship agreement with Hanau since 1990.')).toEqual([]);
  });
});

describe('a visitor’s later meetings, told paragraphs after the visit', () => {
  const lead =
    'Mayor Jo Finn of Kassel led a delegation to Oldham on Tuesday for a three-day visit.\n\nThe town has a ' +
    'population of 100,000. Its mills closed in the 1980s. Many residents work in Manchester.\n\nThe twinning ' +
    'began in 1987 with a school exchange. More than 3,000 pupils have taken part since.\n\n';

  it('"During the visit, A met B", "A also held talks with C": on the visit', () => {
    expect(
      meetingsOf(
        `${lead}During the visit, Finn met Council Leader Ana Reis.\n\nFinn also held talks with the Chief ` +
          'Executive of Oldham Council, Tom Hill.',
        '2023-05-14',
      ),
    ).toEqual([
      [['Jo Finn', 'Ana Reis'], '2023-05-09'],
      [['Jo Finn', 'Tom Hill'], '2023-05-09'],
    ]);
  });

  it('trap: a meeting the text places in the past is not dated by the visit', () => {
    expect(
      meetingsOf(`${lead}Finn had also previously met the Chief Executive of Oldham Council, Tom Hill.`, '2023-05-14'),
    ).toEqual([
      [['Jo Finn'], '2023-05-09'],
      [['Jo Finn', 'Tom Hill'], null],
    ]);
  });
});

describe('"between" with a borough or a district on one side', () => {
  it('"between the Borough of A and B", "between X District of Seoul and B"', () => {
    expect(tiesOf('The twinning between the Borough of Camden and Düsseldorf began in 1975.')).toEqual([
      ['Camden ~ Düsseldorf', 1975],
    ]);
    expect(
      tiesOf('The friendship agreement between Gangnam District of Seoul and Westminster was signed in 2010.'),
    ).toEqual([['Gangnam District ~ Westminster', 2010]]);
  });

  it('a country after "of" still qualifies the first place', () => {
    expect(tiesOf('The friendship agreement between Busan of Korea and Westminster was signed in 2010.')).toEqual([
      ['Busan ~ Westminster', 2010],
    ]);
  });
});

describe('a feature’s background paragraph on the tie of the pair it is about', () => {
  const story =
    'Visitors from Kassel arrived in Oldham on Tuesday. The group from Kassel toured the Oldham mills.\n\n' +
    'Oldham Council leader Ana Reis welcomed them at a reception.\n\n';

  it('"The partnership, signed in 1987, grew out of ...": the two places the article names most', () => {
    expect(
      tiesOf(`${story}The partnership, signed in 1987, grew out of a meeting at a conference in Geneva.`, '2023-05-14'),
    ).toEqual([['Kassel ~ Oldham', 1987]]);
  });

  it('traps: a third place named as often, or a sentence before it in the paragraph, leaves it unread', () => {
    expect(
      tiesOf(
        `${story}Guests from Vire and from Vire again came.\n\nThe partnership, signed in 1987, grew out of a meeting.`,
        '2023-05-14',
      ),
    ).toEqual([]);
    expect(
      tiesOf(`${story}The weather was fine. The partnership, signed in 1987, grew out of a meeting.`, '2023-05-14'),
    ).toEqual([]);
  });
});

describe('a host welcoming a party whose head was told, with no gathering told', () => {
  it('"The group was led by Deputy Mayor A. ... Council leader B welcomed the delegation on May 9"', () => {
    expect(
      meetingsOf(
        'A coach carrying 42 visitors from Kassel pulled up outside the civic centre.\n\nThe group was led by ' +
          'Kassel’s deputy mayor, Ingrid Halvorsen.\n\nOldham Council leader Arooj Shah welcomed the delegation ' +
          'at a reception on May 9.',
        '2023-05-14',
      ),
    ).toEqual([[['Arooj Shah', 'Ingrid Halvorsen'], '2023-05-09']]);
  });

  it('trap: a school group’s teacher (no office) is not taken for the party’s head', () => {
    expect(
      meetingsOf(
        'Pupils from Kassel arrived on Monday. The group was led by teacher Jo Finn.\n\nMayor Ana Reis welcomed ' +
          'the delegation on May 9.',
        '2023-05-14',
      ),
    ).toEqual([[['Ana Reis'], '2023-05-09']]);
  });
});
