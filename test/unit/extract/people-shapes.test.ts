import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.ts';
import { factsOf } from './helpers.ts';

const names = (body: string) => factsOf(body).people.map((p) => p.name);

describe('people: the complement of a title', () => {
  it('"of the X Region", "of the City of X", "of the Philippines": the place after "the"', () => {
    const f = factsOf(
      'Governor of the Kaluga Region Pavel Orlin held talks with the mayor of the city of Windhoek, Selma Nuyoma, ' +
        'and the Ambassador of the Philippines Rosa Fuentes.',
    );
    expect(f.people.map((p) => [p.name, p.offices[0]?.place])).toEqual([
      ['Pavel Orlin', 'Kaluga Oblast'],
      ['Selma Nuyoma', 'Windhoek'],
      ['Rosa Fuentes', 'Philippines'],
    ]);
  });

  it('after "the" and a place, a comma and one word is no name: "the mayor of the X District, Y man Cllr NAME"', () => {
    const f = factsOf('On Friday the mayor of the Kaluga Region, Orlin native Cllr Pavel Orlin, met the guests.');
    expect(f.people.map((p) => p.name)).toEqual(['Pavel Orlin']);
  });

  it('a lower-case portfolio runs into the name without a comma: "head of administration NAME said"', () => {
    expect(names('The town head of administration Oleg Varin had visited in 2019.')).toEqual(['Oleg Varin']);
    expect(names('The director of tourism Jane Roe said the fair was a success.')).toEqual(['Jane Roe']);
    // Not after "of the": "the president of the club Real Madrid", "the head of the family Tom Hill".
    expect(names('The president of the club Blue Harbour said no.')).toEqual([]);
    expect(names('The head of the family Tom Hill spoke.')).toEqual([]);
  });
});

describe('people: titles of minutes and of other countries', () => {
  it('"Mayor Pro Tem NAME", "President pro tempore NAME": the Latin stays in the title', () => {
    const f = factsOf('Mayor Pro Tem Karen Vold presided. President pro tempore Dale Ostrander spoke.');
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Karen Vold', 'Mayor Pro Tem'],
      ['Dale Ostrander', 'President Pro Tempore'],
    ]);
  });

  it('"Council Members A and B", "Board Members A and B": each name holds the title', () => {
    expect(
      names(
        'Present: Mayor Rod Harlan; Council Members Karen Vold and Dale Ostrander; City Manager Bob Ames (absent).',
      ),
    ).toEqual(['Rod Harlan', 'Karen Vold', 'Dale Ostrander', 'Bob Ames']);
    expect(names('Board Members Karen Vold and Dale Ostrander voted no.')).toEqual(['Karen Vold', 'Dale Ostrander']);
    expect(names('The Council Members voted against the motion.')).toEqual([]);
  });

  it('offices written in the language of the place: "Akim", "Intendenta", "Primátorka", "marshal"', () => {
    expect(names('Akim of Taraz Nurlan ABENOV signed the memorandum.')).toEqual(['Nurlan ABENOV']);
    expect(names('The Intendenta of Paysandú, Mónica Ferral, arrived.')).toEqual(['Mónica Ferral']);
    expect(names('Primátorka Eva Horalová signed the agreement.')).toEqual(['Eva Horalová']);
    expect(names('Bogdan Lisak, the marshal of the Lower Silesian Voivodeship, spoke.')).toEqual(['Bogdan Lisak']);
  });
});

describe('people: a line of a title and a name', () => {
  const line = (body: string) =>
    extractFacts(` date 2023-10-01 Letter from the mayor\n\n${body}\n`, { file: 'made-up.txt' }).people.map(
      (p) => p.name,
    );

  it('a signature under a letter names its writer: "— Mayor NAME"', () => {
    expect(line('I welcomed our guests from Hakodate this week.\n— Mayor Sarah Whitlow')).toEqual(['Sarah Whitlow']);
  });

  it('a headline in title case names nobody, nor does a signature of a name and a title after it', () => {
    expect(line('The council met.\nMayor Welcomes Guests')).toEqual([]);
    expect(line('The council met.\nMayor Lee Visits Hakodate')).toEqual([]);
    expect(line('The council met.\nCarla Brekke, President')).toEqual([]);
  });
});

describe('people: appositions that say what a person leads or sits in', () => {
  it('"NAME, the X Committee chair,": a body\'s name between the determiner and the title', () => {
    expect(names('Nora Pell, the Kellerby Twinning Committee chair, spoke.')).toEqual(['Nora Pell']);
    expect(names('Nora Pell, The Daily Courier reporter, wrote it.')).toEqual([]);
  });

  it('"member" is an office of a council, parliament or assembly, not of a delegation or a club\'s board', () => {
    expect(names('Idris Oduya, a member of the municipal council, attended.')).toEqual(['Idris Oduya']);
    expect(names('Member of Parliament Idris Oduya attended.')).toEqual(['Idris Oduya']);
    expect(names('Idris Oduya, a member of the delegation, attended.')).toEqual([]);
    expect(names('Idris Oduya, a member of the board of the local football club, attended.')).toEqual([]);
  });

  it('"NAME, who heads the city\'s international office,": a relative clause naming a body of government led', () => {
    const f = factsOf("Efua Sarpong, who heads the city's international office, organised the visit.");
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Efua Sarpong', "Head of the city's international office"],
    ]);
    expect(names('Efua Sarpong, who chairs the planning committee, spoke.')).toEqual(['Efua Sarpong']);
    expect(names('Efua Sarpong, who runs a bakery, spoke.')).toEqual([]);
    expect(names('Efua Sarpong, who heads the school, spoke.')).toEqual([]);
  });
});

describe('people: later mentions', () => {
  it('a surname in capitals, then without them or its marks, is one person: "AYDIN", "Mr. Aydın", "Aydin"', () => {
    const f = factsOf('Orhan KARACA, Mayor of Bodrum, arrived. Mr. Karaça said the cities would cooperate.');
    expect(f.people.map((p) => p.name)).toEqual(['Orhan KARACA']);
    const g = factsOf('Mayor Kemal Yıldız arrived. Mr. YILDIZ thanked the hosts.');
    expect(g.people.map((p) => p.name)).toEqual(['Kemal Yıldız']);
  });
});

describe('people: more title shapes', () => {
  it('an age between the name and its apposition: "NAME, 54, the mayor of X,"', () => {
    expect(names('Tessa Brisk, 54, the mayor of Ashby, said the visit went well.')).toEqual(['Tessa Brisk']);
  });

  it('"Then-mayor NAME", "ex-governor NAME": a time hyphened to the head', () => {
    const f = factsOf('Then-mayor Tessa Brisk signed in 1990. Ex-governor Lars Vexley attended.');
    expect(f.people.map((p) => [p.name, p.offices[0]?.title, p.offices[0]?.former ?? false])).toEqual([
      ['Tessa Brisk', 'Mayor', false],
      ['Lars Vexley', 'Governor', true],
    ]);
  });

  it('"member of the Standing Committee ... and secretary of the X Party Committee": a long apposition', () => {
    expect(
      names(
        'Zhou Ting, member of the Standing Committee of the Provincial Party Committee and secretary of the Yiyang ' +
          'Municipal Party Committee, met the delegation.',
      ),
    ).toEqual(['Zhou Ting']);
  });
});

describe('people: halls, markets and memorials named after people', () => {
  it("a venue word after a name makes it the venue's name, not a person", () => {
    expect(names('They visited the Sun Yat-sen Memorial Hall.')).toEqual([]);
    expect(names('The guests toured the Queen Victoria Market and the Prince Albert Hall.')).toEqual([]);
    expect(names('They met at Victoria Hall, the concert venue.')).toEqual([]);
  });

  it('a venue word that is a surname, after a title and a given name or before an apposition, is the surname', () => {
    expect(names('Mayor Nora Hall welcomed the guests. Cllr Ann Church said so.')).toEqual(['Nora Hall', 'Ann Church']);
    expect(names('Tom Hall, mayor of Ashby, spoke.')).toEqual(['Tom Hall']);
  });
});

describe('people: agency copy with surnames in capitals', () => {
  it('"the akim of the region NAME", "The head of the city NAME": a place\'s generic word after "of the"', () => {
    expect(names('The akim of the region Rustem ZHAKUPOV met the delegation.')).toEqual(['Rustem ZHAKUPOV']);
    expect(names('The head of the city Pavlo HRYNENKO welcomed the guests.')).toEqual(['Pavlo HRYNENKO']);
    expect(names('Khokim of Bukhara region Ulugbek RASHIDOV received the guests.')).toEqual(['Ulugbek RASHIDOV']);
  });

  it('an initial and a surname in capitals: "D. ZHAKUPOV, deputy head of ..."', () => {
    expect(names('The meeting was attended by R. ZHAKUPOV, deputy head of the regional administration.')).toEqual([
      'R. ZHAKUPOV',
    ]);
  });

  it('"attended by", "represented by" name the people listed after them', () => {
    expect(names('The sides were represented by Orhan KARTAL and Rustem ZHAKUPOV.')).toEqual([
      'Orhan KARTAL',
      'Rustem ZHAKUPOV',
    ]);
    expect(names('The fair was attended by Blue Lake Partners.')).toEqual([]);
  });
});

describe('people: one person named in two orders', () => {
  it('"Mayor TANAKA Hiroshi" and later "Mr. Hiroshi Tanaka" are one person', () => {
    const f = factsOf('Mayor SUZUKI Haruto of Matsue welcomed the guests. Mr. Haruto Suzuki later left.');
    expect(f.people.map((p) => p.name)).toEqual(['SUZUKI Haruto']);
    expect(f.people[0]!.aliases).toContain('Haruto Suzuki');
  });

  it('"An" and "He" end a name of three words: "Tran Van An, Chairman of ..."', () => {
    expect(names("Tran Van An, Chairman of the People's Committee, welcomed the guests.")).toEqual(['Tran Van An']);
    expect(names('Later Mayor Tom Hill said He would go.')).toEqual(['Tom Hill']);
  });
});

describe('people without a title, where the sentence says they act', () => {
  it('the subject of "held talks", "paid a courtesy call", "presented", "thanked", "invited", "toured"', () => {
    expect(names('Dara Quill held talks with Tomas Reyes.')).toEqual(['Dara Quill', 'Tomas Reyes']);
    expect(names('Dara Quill paid a courtesy call on Tomas Reyes.')).toEqual(['Dara Quill', 'Tomas Reyes']);
    expect(names('Dara Quill presented Tomas Reyes with a plaque.')).toEqual(['Dara Quill', 'Tomas Reyes']);
    expect(names('Dara Quill thanked Tomas Reyes for his hospitality.')).toEqual(['Dara Quill', 'Tomas Reyes']);
    expect(names('Dara Quill invited Tomas Reyes to visit next year.')).toEqual(['Dara Quill', 'Tomas Reyes']);
  });

  it('"talks between A and B", "in the presence of A and B", "A (left) and B (right)"', () => {
    expect(names('Talks between Dara Quill and Tomas Reyes focused on trade.')).toEqual(['Dara Quill', 'Tomas Reyes']);
    expect(names('In the presence of Dara Quill and Tomas Reyes, the cities signed.')).toEqual([
      'Dara Quill',
      'Tomas Reyes',
    ]);
    expect(names('Dara Quill (left) and Tomas Reyes (right) exchanged gifts.')).toEqual(['Dara Quill', 'Tomas Reyes']);
  });

  it('after thanking, presenting or talks, a place or a hyphened town is no person', () => {
    expect(names('The officials thanked Bad-Ems for its openness.')).toEqual([]);
    expect(names('Talks between Santa Cruz and San Jose went well.')).toEqual([]);
    expect(names('The mayor presented Blue Lake Partners with an award.')).toEqual([]);
  });
});

describe('people: a title-case headline read with the body', () => {
  const article = (title: string, body: string) =>
    extractFacts(` date 2023-04-01 ${title}\n\n${body}\n`, { file: 'made-up.txt' }).people.map((p) => p.name);

  it('the body\'s "Mayor Kang" is the headline\'s "Mayor Kang Ki-jung" (the family name first)', () => {
    expect(
      article('Jecheon Mayor Kang Min-jae Visits Hakodate', 'Mayor Kang arrived on Monday. Kang said it went well.'),
    ).toEqual(['Kang Min-jae']);
  });

  it('the body\'s "Roldán said" is the headline\'s "Tomás Roldán" (the surname last)', () => {
    expect(
      article('Alcalde Tomás Roldán Firma Hermanamiento Con Iquique', 'The mayor signed. Roldán said it went well.'),
    ).toEqual(['Tomás Roldán']);
  });

  it('two or three uncommon words after a title, ended by a common word, are a name the body need not repeat', () => {
    expect(article('Governor Alma Reyes Visits Iquique', 'The governor arrived on Monday.')).toEqual(['Alma Reyes']);
    expect(article('Mayor Welcomes Sister City Delegation From Hakodate', 'The mayor welcomed them.')).toEqual([]);
    expect(article('Mayor Roldán Hakodate Visit Set', 'The mayor will travel.')).toEqual([]);
    expect(article('Governor Brown Signs Twinning Bill', 'The governor signed.')).toEqual([]);
  });
});

describe('people: Mongolian initials and offices of other languages', () => {
  it('"Ts. NAME", "Kh. NAME", "Sh.NAME": an initial of two letters that spell one sound', () => {
    expect(names('Darkhan Mayor Ts. Ganzorig met the delegation.')).toEqual(['Ts. Ganzorig']);
    expect(names('The guests were received by Kh. Oyunbileg, Governor of the province.')).toEqual(['Kh. Oyunbileg']);
    expect(names('Sh.Tsogtbaatar, Chairman of the City Council, attended.')).toEqual(['Sh.Tsogtbaatar']);
    // A family name of two letters ending a sentence is no initial.
    expect(names('He met Governor Li. Wang said so.')).toEqual(['Governor Li']);
  });

  it('"Schepen NAME", "Wethouder NAME", "Kommunalråd NAME": the office is no part of the name', () => {
    expect(names('Schepen Anne-Sophie Marlier signed on behalf of the city.')).toEqual(['Anne-Sophie Marlier']);
    expect(names('Kommunalråd Mikael Lindfors met the delegation.')).toEqual(['Mikael Lindfors']);
  });
});

describe('people: only in quoted words', () => {
  it('a person named only inside a quote, with no office, is spoken of, not recorded', () => {
    expect(
      names('"Our ties go back to the scholar Dr. Ilse Vorobek\'s travels," Mayor Tessa Brisk said on Monday.'),
    ).toEqual(['Tessa Brisk']);
  });

  it('one named in a quote with an office, or outside quotes too, is recorded', () => {
    expect(names('"President Omar Sadiq has praised the link," Mayor Tessa Brisk said.')).toEqual([
      'Omar Sadiq',
      'Tessa Brisk',
    ]);
    expect(names('"We thank Dr. Ilse Vorobek," the mayor said. Dr. Ilse Vorobek received a medal.')).toEqual([
      'Ilse Vorobek',
    ]);
  });
});

describe('people: lists', () => {
  it('a bracketed aside after each listed name: "Councillors A (Party), B (Party) and C (Party)"', () => {
    expect(names('Councillors Ann Lyle (Labour), Tom Harker (Green) and Jo Fenn (Independent) voted.')).toEqual([
      'Ann Lyle',
      'Tom Harker',
      'Jo Fenn',
    ]);
    expect(names('Mayors Dara Quill (Ashby) and Tomas Reyes (Velden) signed the charter.')).toEqual([
      'Dara Quill',
      'Tomas Reyes',
    ]);
  });
});

describe('people: traps of captions and events', () => {
  it('one position in brackets after a place is no caption; an event or ensemble that tours is no person', () => {
    expect(names('Victoria Park (left) and the harbour (right) were decorated.')).toEqual([]);
    expect(names('Kyoto Gion Festival toured the city. The Ashby Youth Orchestra visited the school.')).toEqual([]);
  });
});
