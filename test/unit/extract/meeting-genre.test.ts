import { describe, expect, it } from 'vitest';
import { goldOf } from './helpers.ts';
import { meetingsOf, whoWhen } from './meeting-helpers.ts';

/** Names of the people a made-up article names, sorted. */
function peopleOf(body: string, date = '2023-05-14'): string[] {
  return goldOf(body, date)
    .people.map((p) => p.name)
    .sort();
}

describe("meetings in the genre's wordings, made-up sentences", () => {
  it('"A meeting between A and B was held ...": the people inside the passive', () => {
    expect(
      meetingsOf(
        'A meeting between Governor Ines Tavora and Governor Bram Holt was held in Hangzhou on Tuesday.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Ines Tavora', 'Bram Holt'], date: '2023-05-09', rule: 'talks-held' }]);
    // A reception for one guest, nobody else named: no meeting of two.
    expect(whoWhen('A reception for Governor Ines Tavora was held at the town hall.', '2023-05-14')).toEqual([]);
  });

  it('"The courtesy call by A on B took place ...": a nominal call names both', () => {
    expect(
      meetingsOf(
        'The courtesy call by Ambassador Petr Olander on Governor Aiko Shimoda took place at the prefectural ' +
          'office on May 2.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Petr Olander', 'Aiko Shimoda'], date: '2023-05-02', rule: 'courtesy-call' }]);
  });

  it('"welcomed a business delegation headed by B": a business or trade party is a party all the same', () => {
    expect(
      whoWhen(
        'The mayor of Cork, Eileen Bradigan, welcomed a business delegation headed by Vice Mayor Wang Jiankun of ' +
          'Shanghai on Friday.',
        '2023-05-12',
      ),
    ).toEqual([{ who: ['Eileen Bradigan', 'Wang Jiankun'], date: '2023-05-12' }]);
    // Meeting business people is no meeting between places.
    expect(whoWhen('Mayor Eileen Bradigan met businesspeople from Shanghai on Friday.', '2023-05-12')).toEqual([]);
  });

  it('"flew to X to see B", "The two leaders discussed ...": a journey made to meet, and the pair told before', () => {
    expect(
      whoWhen(
        'Mayor Kwame Asomani of Accra flew to Valencia to see Mayor Ines Morell. The two leaders discussed port ' +
          'cooperation on Thursday.',
        '2023-05-12',
      ),
    ).toEqual([{ who: ['Kwame Asomani', 'Ines Morell'], date: '2023-05-11' }]);
    // A plan to see someone is no meeting.
    expect(whoWhen('Mayor Kwame Asomani hopes to see Mayor Ines Morell in Valencia.', '2023-05-12')).toEqual([]);
  });

  it('a visit in a life told in passing is no meeting: "who had visited X as a student"', () => {
    expect(
      whoWhen(
        'The tie was proposed in 1995 by then-Mayor Walt Brigger, who had visited Nagoya as a student.',
        '2023-06-20',
      ),
    ).toEqual([]);
    expect(whoWhen('Mayor Walt Brigger first visited Nagoya as an exchange student.', '2023-06-20')).toEqual([]);
  });

  it('"The visit of A to X last week included talks with B": the visit subject dates the talks', () => {
    expect(
      whoWhen(
        'The visit of Governor Ahmad Rahimov to Tashkent last week included talks with Mayor Dilya Karimi.',
        '2023-06-20',
      ),
    ).toEqual([{ who: ['Ahmad Rahimov', 'Dilya Karimi'], date: '2023-06' }]);
  });

  it('"X, when Mayor A first met B": the year of the clause the meeting is coordinated with', () => {
    expect(
      whoWhen(
        'The friendship began in 1988, when Mayor Erik Holmgren first met Governor Sato Kenta in Tokyo.',
        '2023-05-14',
      ),
    ).toEqual([{ who: ['Erik Holmgren', 'Sato Kenta'], date: '1988' }]);
  });

  it("weekdays after a trip told as last week's are days of that trip", () => {
    expect(
      whoWhen(
        'A delegation from Kaohsiung, headed by Deputy Mayor Lin Yu-ting, spent four days in Miami last week.\n\n' +
          'On Monday the delegation was received by Mayor Carla Fuentes at City Hall. The next day Lin met County ' +
          'Commissioner Ray Donlan to discuss port logistics.',
        '2023-10-02',
      ),
    ).toEqual([
      { who: ['Lin Yu-ting', 'Carla Fuentes'], date: '2023-09-25' },
      { who: ['Lin Yu-ting', 'Ray Donlan'], date: '2023-09-26' },
    ]);
    // Without such a trip, "on Monday" is the last Monday up to the article's day.
    expect(
      whoWhen('On Monday Mayor Carla Fuentes received Deputy Mayor Lin Yu-ting at City Hall.', '2023-10-02'),
    ).toEqual([{ who: ['Carla Fuentes', 'Lin Yu-ting'], date: '2023-10-02' }]);
  });

  it('companions join the meeting referred to since it was told ("During the meeting, the Ambassador ...")', () => {
    expect(
      whoWhen(
        'Ambassador Rodrigo Valen paid a courtesy call on Governor Kenta Morishima on 2 March 2022. During the ' +
          'meeting, the Ambassador thanked the Governor for the support. Governor Morishima recalled his own trip to ' +
          'Chile. The Ambassador was accompanied by First Secretary Ms. Paula Herranz.',
        '2022-03-04',
      ),
    ).toEqual([{ who: ['Rodrigo Valen', 'Kenta Morishima', 'Paula Herranz'], date: '2022-03-02' }]);
  });

  it('"the Lao guest", "the visitor": the one head of the party told just before', () => {
    expect(
      whoWhen(
        'Chairman Nguyen Van Tho received Governor Khamla Sayavong in Hanoi on May 18. Later, the Lao guest held ' +
          'talks with Party Secretary Hoang Minh Tri.',
        '2017-05-20',
      ),
    ).toEqual([
      { who: ['Nguyen Van Tho', 'Khamla Sayavong'], date: '2017-05-18' },
      { who: ['Khamla Sayavong', 'Hoang Minh Tri'], date: '2017-05-18' },
    ]);
  });
});

describe('hosting and talks told around another clause, made-up sentences', () => {
  it('"A honoured B with a dinner": the guest between the verb and the meal', () => {
    expect(
      meetingsOf(
        'Mayor Benoit Pagnol honoured Mayor Ana Lucia Reves with a dinner at the old fort on Tuesday.',
        '2024-07-03',
      ),
    ).toEqual([{ who: ['Benoit Pagnol', 'Ana Lucia Reves'], date: '2024-07-02', rule: 'hosted' }]);
    // Honoured with an award is no meeting.
    expect(whoWhen('Mayor Benoit Pagnol was honoured with an award on Tuesday.', '2024-07-03')).toEqual([]);
  });

  it('"After meeting B on Monday, A told reporters ...": the main clause\'s subject met B', () => {
    expect(
      whoWhen(
        'After meeting Governor Ahmed Salami on Monday, Mayor Todd Glover told reporters the tie was strong.',
        '2024-07-03',
      ),
    ).toEqual([{ who: ['Ahmed Salami', 'Todd Glover'], date: '2024-07-01' }]);
  });
});

describe('people by the shape of names in context, made-up sentences', () => {
  it('an envoy\'s full rank and where the envoy serves: "Ambassador Extraordinary ... of X to Y NAME"', () => {
    const g = goldOf(
      'Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Turkey Yerlan Tokmanov visited Bursa on Monday.',
      '2024-07-03',
    );
    expect(g.people.map((p) => [p.name, p.titles])).toEqual([
      ['Yerlan Tokmanov', ['Ambassador Extraordinary and Plenipotentiary']],
    ]);
    expect(peopleOf('On Monday the Ambassador of Kazakhstan to Japan Yerlan Tokmanov visited Osaka.')).toEqual([
      'Yerlan Tokmanov',
    ]);
  });

  it('"The Honourable X", "Consul-General of X in Y NAME": a style dropped, the city an envoy serves in', () => {
    expect(peopleOf('The Honourable Jane Philmore, Minister of Health, received Mayor Lu Yongfu.')).toEqual([
      'Jane Philmore',
      'Lu Yongfu',
    ]);
    expect(peopleOf('Consul-General of Japan in Chicago Hiroshi Tajimo visited Milwaukee.')).toEqual([
      'Hiroshi Tajimo',
    ]);
  });

  it('"Mayor Derrick Lane": a street word that is a surname after a title and a given name', () => {
    expect(peopleOf('On Tuesday Mayor Ingrid Solvang called on Mayor Derrick Lane at City Hall.')).toEqual([
      'Derrick Lane',
      'Ingrid Solvang',
    ]);
    expect(peopleOf('Mayor Ingrid Solvang opened a cafe on Memory Lane.')).toEqual(['Ingrid Solvang']);
  });

  it('styles of address between a title and a name: "His Worship", "Her Excellency"', () => {
    const g = goldOf(
      'Gweru Mayor His Worship Tendai Kombani on Monday welcomed a delegation led by Town Clerk Mr. Chola Mwansa.',
      '2022-08-30',
    );
    expect(g.people.map((p) => [p.name, p.titles])).toEqual([
      ['Tendai Kombani', ['Mayor']],
      ['Chola Mwansa', ['Town Clerk']],
    ]);
    expect(peopleOf('The visitors were received by Her Excellency Ambassador Grace Wanjiru.')).toEqual([
      'Grace Wanjiru',
    ]);
  });

  it('portfolios after "of": "Director of International Affairs, X", "Director of Culture and Tourism, X"', () => {
    expect(
      peopleOf(
        'Present were the Secretary of the City Council, Mtro. Jorge Ruelas, and the Director of International ' +
          'Affairs, Laura Pinedo.',
      ),
    ).toEqual(['Jorge Ruelas', 'Laura Pinedo']);
    expect(peopleOf('Also present was the Director of Culture and Tourism, Laura Pinedo.')).toEqual(['Laura Pinedo']);
  });
});

describe('visits going on and gatherings only planned, made-up sentences', () => {
  it('"X is visiting Y this week", "X is on a three-day visit to Y": a visit going on', () => {
    expect(whoWhen('Mayor Kenji Harata is visiting Hamburg this week.', '2024-03-10')).toEqual([
      { who: ['Kenji Harata'], date: '2024-03' },
    ]);
    expect(whoWhen('Mayor Ilse Brandl is on a three-day visit to Kobe.', '2024-03-10')).toEqual([
      { who: ['Ilse Brandl'], date: '2024-03-10' },
    ]);
  });

  it('a visit going on told in a relative clause describes the visitor: the main clause tells the event', () => {
    expect(
      whoWhen(
        'Mayor Dana Holliday presented the proclamation to Mayor Rosa Valdes of Colima, who is visiting Tucson this ' +
          'week.',
        '2024-03-10',
      ),
    ).toEqual([{ who: ['Dana Holliday', 'Rosa Valdes'], date: '2024-03' }]);
  });

  it('a time ahead after a cue not in the past, or a noun planned after it, is no meeting', () => {
    expect(whoWhen('Mayor Ilse Brandl is visiting Kobe next week.', '2024-03-10')).toEqual([]);
    expect(whoWhen('Mayor Ilse Brandl meets Mayor Kenji Harata tomorrow in Kobe.', '2024-03-10')).toEqual([]);
    expect(whoWhen('A visit by Mayor Ilse Brandl to Kobe is planned for October.', '2024-03-10')).toEqual([]);
    expect(
      whoWhen('Talks between Mayor Ilse Brandl and Mayor Kenji Harata are scheduled for Friday.', '2024-03-10'),
    ).toEqual([]);
    // A past cue keeps its meeting whatever lies ahead after it.
    expect(
      whoWhen('Mayor Ilse Brandl met Mayor Kenji Harata in Kobe ahead of next month’s festival.', '2024-03-10'),
    ).toEqual([{ who: ['Ilse Brandl', 'Kenji Harata'], date: '2024-03-10' }]);
  });
});

describe('witnesses of a signing and roles before names, made-up sentences', () => {
  it('"The signing was witnessed by A and B": witnesses of the signing told before, not signers of another', () => {
    expect(
      whoWhen(
        'On January 20, 2025, Mayor Joel Trevino of Iloilo City and Mayor Lee Min-ho of Ansan signed a memorandum of ' +
          'understanding in Ansan. The signing was witnessed by Councilor Rey Saravia and Council Chairman Park ' +
          'Tae-hoon.',
        '2025-02-03',
      ),
    ).toEqual([{ who: ['Joel Trevino', 'Lee Min-ho', 'Rey Saravia', 'Park Tae-hoon'], date: '2025-01-20' }]);
  });

  it('"accompanied by principal Karen Doyle", "led by headteacher X": a lower-case role before the name', () => {
    expect(
      peopleOf('The group, accompanied by principal Karin Dowling, was received by Vice Mayor Zhang Huiming.'),
    ).toEqual(['Karin Dowling', 'Zhang Huiming']);
    expect(peopleOf('The choir was led by headteacher Karin Dowling.')).toEqual(['Karin Dowling']);
    // A role without a whole name names nobody.
    expect(peopleOf('The choir was led by conductor Maria.')).toEqual([]);
  });
});

describe('gatherings named with their people, and days after a day told, made-up sentences', () => {
  it('"in a ceremony presided over by A and B", "At a meeting in X on Monday, A and B agreed"', () => {
    expect(
      whoWhen(
        'The friendship agreement was renewed on Friday in a ceremony presided over by Governor Mara Costin and ' +
          'Governor Baek Jin-seo.',
        '2023-11-20',
      ),
    ).toEqual([{ who: ['Mara Costin', 'Baek Jin-seo'], date: '2023-11-17' }]);
    expect(
      whoWhen(
        'At a meeting in Mombasa on Monday, Governor Abdul Nassor and Mayor Jane Odhiambe agreed on a joint campaign.',
        '2023-11-20',
      ),
    ).toEqual([{ who: ['Abdul Nassor', 'Jane Odhiambe'], date: '2023-11-20' }]);
  });

  it('"The next morning he held talks with B": the day after the day told before', () => {
    expect(
      whoWhen(
        'Governor Baek Jin-seo arrived in Curitiba on November 14. The next morning he held talks with Governor Mara ' +
          'Costin at the palace.',
        '2023-11-20',
      ),
    ).toEqual([{ who: ['Baek Jin-seo', 'Mara Costin'], date: '2023-11-15' }]);
  });

  it('"Chief Executive X": a title of two words; "Chief Executive Officer" names no officer', () => {
    expect(
      whoWhen(
        'Governor Carlo Mendez paid an official visit to Macau on 8 November, where he was received by Chief ' +
          'Executive Ho Iat Sang.',
        '2023-11-20',
      ),
    ).toEqual([{ who: ['Carlo Mendez', 'Ho Iat Sang'], date: '2023-11-08' }]);
    expect(peopleOf('Chief Executive Officer Jan Bergen met Mayor Carlo Mendez.')).toEqual([
      'Carlo Mendez',
      'Jan Bergen',
    ]);
  });

  it('a plural title before the names: "the mayors of X and Y, A and B", "the mayors of both cities, A and B"', () => {
    expect(
      whoWhen(
        'The agreement was signed on Monday by the mayors of Rosario and Porto Alegre, Pablo Javier and Sebastian ' +
          'Mello respectively.',
        '2023-11-20',
      ),
    ).toEqual([{ who: ['Pablo Javier', 'Sebastian Mello'], date: '2023-11-20' }]);
    expect(
      peopleOf('The mayors of the two cities, Pablo Javier and Sebastian Mello, met in Rosario on Monday.'),
    ).toEqual(['Pablo Javier', 'Sebastian Mello']);
  });
});

describe('a delegation led to a place, received later, made-up sentences', () => {
  it('"led a delegation of six from X to Y last week. The visitors were received by B on Wednesday"', () => {
    expect(
      whoWhen(
        'Deputy Mayor Anna Nowicka led a delegation of six from Poznan to Nantes last week. The visitors were ' +
          'received by Mayor Johanna Rolande on Wednesday.',
        '2023-06-17',
      ),
    ).toEqual([{ who: ['Anna Nowicka', 'Johanna Rolande'], date: '2023-06-07' }]);
  });
});

describe('no people in the names of buildings and firms, made-up sentences', () => {
  it('a title before a building\'s name names nobody: "the Grand President Hotel", "Governor Phillip Tower"', () => {
    expect(peopleOf('The delegation stayed at the Grand President Hotel and toured Governor Philip Tower.')).toEqual(
      [],
    );
    expect(peopleOf('The group saw the Chancellor Palace and met Director Lee Sun-mi of the city museum.')).toEqual([
      'Lee Sun-mi',
    ]);
  });

  it('"received Osaka Gas chairman Kenji Fuji": a lower-case title after the words makes them a firm', () => {
    expect(peopleOf('Mayor Tom Reeder received Osaka Gas chairman Kenji Fujiwaki.')).toEqual([
      'Kenji Fujiwaki',
      'Tom Reeder',
    ]);
  });
});

describe('time spent together and hosts of an attended gathering, made-up sentences', () => {
  it('"had lunch with B", "toured the port with B", "A accompanied B on a visit", "was given a tour ... by B"', () => {
    const day = [{ who: ['Kwesi Menson', 'Lise Aubert'], date: '2023-09-11' }];
    expect(whoWhen('Mayor Kwesi Menson had lunch with Mayor Lise Aubert on Monday.', '2023-09-15')).toEqual(day);
    expect(whoWhen('Mayor Kwesi Menson toured the port with Mayor Lise Aubert on Monday.', '2023-09-15')).toEqual(day);
    expect(
      whoWhen('Mayor Kwesi Menson accompanied Mayor Lise Aubert on a visit to the harbour on Monday.', '2023-09-15'),
    ).toEqual(day);
    expect(
      whoWhen('Mayor Kwesi Menson was given a tour of the city by Mayor Lise Aubert on Monday.', '2023-09-15'),
    ).toEqual(day);
    // Time with people who are no officials is no meeting.
    expect(whoWhen('Mayor Kwesi Menson had lunch with students on Monday.', '2023-09-15')).toEqual([]);
  });

  it('"A hosted a reception attended by B and C": the host was there; "on behalf of X": X was not', () => {
    expect(
      whoWhen(
        'Ambassador Omar Hadid hosted a reception on Tuesday attended by Mayor Lise Aubert and Governor Ana Pireso.',
        '2023-09-15',
      ),
    ).toEqual([{ who: ['Omar Hadid', 'Lise Aubert', 'Ana Pireso'], date: '2023-09-12' }]);
    expect(
      whoWhen(
        'On behalf of Mayor Lise Aubert, Deputy Mayor Paul Rochet received Mayor Kwesi Menson on Monday.',
        '2023-09-15',
      ),
    ).toEqual([{ who: ['Paul Rochet', 'Kwesi Menson'], date: '2023-09-11' }]);
  });
});

describe('"the Peruvian visitor" later in the day, made-up sentences', () => {
  it('the one at a gathering told before introduced with that adjective or holding office in that country', () => {
    expect(
      whoWhen(
        'Porto, 9 May 2018 - Mayor Rui Morais and the mayor of the Peruvian city of Arequipa, Sr. Omar Candia Luque, ' +
          'signed a cultural protocol on Monday.\n\nMayor Morais praised the link. Mr. Candia Luque invited the city ' +
          'to the festival.\n\nIn the afternoon, the Peruvian visitor was received by the President of the Regional ' +
          'Council, Dr. Ana Lisboa Reis, at the council building.',
        '2018-05-09',
      ),
    ).toEqual([
      { who: ['Rui Morais', 'Omar Candia Luque'], date: '2018-05-07' },
      { who: ['Omar Candia Luque', 'Ana Lisboa Reis'], date: '2018-05-07' },
    ]);
  });
});

describe('guests among others, companions named by role, a meeting dated by "It", made-up sentences', () => {
  it('"was among the guests received by B"', () => {
    expect(
      whoWhen('Deputy Mayor Pavol Novak was among the guests received by Mayor Ines Grosz on Monday.', '2023-10-12'),
    ).toEqual([{ who: ['Pavol Novak', 'Ines Grosz'], date: '2023-10-09' }]);
  });

  it('"accompanied by his deputy X": a possessive and a role before the companion\'s name', () => {
    expect(
      whoWhen(
        'Mayor Pavol Novak, accompanied by his deputy Jana Dvorska, called on Mayor Ines Grosz on Monday.',
        '2023-10-12',
      ),
    ).toEqual([{ who: ['Pavol Novak', 'Jana Dvorska', 'Ines Grosz'], date: '2023-10-09' }]);
    // A relative named so is no official.
    expect(peopleOf('Mayor Pavol Novak was accompanied by his wife Jana Dvorska.')).toEqual(['Pavol Novak']);
  });

  it('"It took place in X on Tuesday": the meeting the sentence before told', () => {
    expect(
      whoWhen(
        'It was the first meeting between Governor Lina Parke and Governor Dale Wrighton since the pandemic. It ' +
          'took place in Olympia on Tuesday.',
        '2023-10-12',
      ),
    ).toEqual([{ who: ['Lina Parke', 'Dale Wrighton'], date: '2023-10-10' }]);
  });
});

describe('more hosting and joint wordings, made-up sentences', () => {
  const day = [{ who: ['Ilse Brandel', 'Kenji Haruta'], date: '2023-03-19' }];
  it('"co-chaired the forum", "held a working session with"', () => {
    expect(
      whoWhen(
        'Mayor Ilse Brandel and Mayor Kenji Haruta co-chaired the twin cities forum in Kobe on Sunday.',
        '2023-03-20',
      ),
    ).toEqual(day);
    expect(
      whoWhen('Mayor Ilse Brandel held a working session with Mayor Kenji Haruta in Kobe on Sunday.', '2023-03-20'),
    ).toEqual(day);
  });

  it('"A gave B a tour of ...", "A showed B around ...", "..., where Mayor B welcomed her"', () => {
    const host = [{ who: ['Kenji Haruta', 'Ilse Brandel'], date: '2023-03-19' }];
    expect(
      whoWhen('Mayor Kenji Haruta gave Mayor Ilse Brandel a tour of the harbour on Sunday.', '2023-03-20'),
    ).toEqual(host);
    expect(whoWhen('Mayor Kenji Haruta showed Mayor Ilse Brandel around the harbour on Sunday.', '2023-03-20')).toEqual(
      host,
    );
    expect(
      whoWhen(
        'Mayor Ilse Brandel called at Kobe City Hall on Sunday, where Mayor Kenji Haruta welcomed her.',
        '2023-03-20',
      ),
    ).toEqual(day);
    // Giving a speech is no hosting.
    expect(whoWhen('Mayor Kenji Haruta gave a speech on Sunday.', '2023-03-20')).toEqual([]);
  });
});
