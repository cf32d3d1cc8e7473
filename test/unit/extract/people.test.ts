import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/extract/index.ts';
import { factsOf } from './helpers.ts';

const person = (f: ReturnType<typeof factsOf>, name: string) => f.people.find((p) => p.name === name);

describe('people with titles', () => {
  it('title and place before the name: "Mayor of Kobe Kizo Hisamoto"', () => {
    const f = factsOf('Mayor of Kobe Kizo Hisamoto opened the fair.');
    expect(person(f, 'Kizo Hisamoto')).toMatchObject({ country: 'JP', offices: [{ title: 'Mayor', place: 'Kobe' }] });
  });

  it('titles joined by "and", with a nationality: "Chinese State Councilor and Foreign Minister Wang Yi"', () => {
    const f = factsOf('Chinese State Councilor and Foreign Minister Wang Yi spoke on Sunday.');
    const p = person(f, 'Wang Yi')!;
    expect(p.country).toBe('CN');
    expect(p.offices.map((o) => [o.title, o.place])).toEqual([
      ['State Councilor', 'China'],
      ['Foreign Minister', 'China'],
    ]);
  });

  it('place before an abbreviated title: "Tokyo Gov. Anna Sato"', () => {
    const f = factsOf('Tokyo Gov. Anna Sato flew to Seoul.');
    expect(person(f, 'Anna Sato')?.offices[0]).toMatchObject({ title: 'Governor', place: 'Tokyo Prefecture' });
  });

  it('title after name: "Li Ming, deputy mayor of Wuhan", "Mr. Tom Reed, Premier of Queensland of Australia"', () => {
    const f = factsOf(
      '"We came," said Li Ming, deputy mayor of Wuhan. Mr. Tom Reed, Premier of Queensland of Australia, agreed.',
    );
    expect(person(f, 'Li Ming')?.offices[0]).toMatchObject({ title: 'Deputy Mayor', place: 'Wuhan' });
    expect(person(f, 'Tom Reed')).toMatchObject({
      country: 'AU',
      offices: [{ title: 'Premier', place: 'Queensland' }],
    });
  });

  it('"Mayor Ken Ito of Kofu, Japan": the place after the name', () => {
    const f = factsOf('Mayor Ken Ito of Kofu, Japan, arrived.');
    expect(person(f, 'Ken Ito')?.offices[0]?.place).toBe('Kōfu'); // the gazetteer's spelling; the text's stays an alias
  });

  it('a title with a surname only stays as the text gives it, and later surname references find the full name', () => {
    const f = factsOf(
      'Governor Park met Hunan Party Secretary Zhao Lei in Seoul. Later Party Secretary Zhao left. Zhao said so.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['Governor Park', 'Zhao Lei']);
    expect(person(f, 'Zhao Lei')!.aliases).toContain('Zhao');
  });

  it('a hyphenated surname is one word: the title-only mention and the full name are one person', () => {
    const f = factsOf(
      'Ambassador Adjei-Boateng visits Lorberg. Ms. Efua Adjei-Boateng, Ambassador of Ghana, met Mayor Greta ' +
        'Hollmann. Adjei-Boateng praised the town.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['Efua Adjei-Boateng', 'Greta Hollmann']);
    expect(person(f, 'Efua Adjei-Boateng')!.aliases).toContain('Adjei-Boateng');
  });

  it('a surname with its title only in an apposition is written as the text writes it, without the title', () => {
    const f = factsOf('Mayor Ola Berg met with Ms. Nwachukwu-Eze, the deputy mayor of Enugu, on Monday.');
    expect(f.people.map((p) => p.name)).toEqual(['Ola Berg', 'Nwachukwu-Eze']);
  });

  it('a surname of several syllables after a title names the person alone; of one syllable, keeps the title', () => {
    const f = factsOf('Mayor Varrenti greeted the guests. Governor Seo spoke after him.');
    expect(f.people.map((p) => p.name)).toEqual(['Varrenti', 'Governor Seo']);
  });

  it('a complement the gazetteer lacks, then a comma and a whole name: "the Mayor of Qorvale, Jane Roe"', () => {
    const f = factsOf('The Mayor of Qorvale, Jane Roe, met the Governor of Brindmoor, Tom Hill, on Monday.');
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Jane Roe', 'Mayor of Qorvale'],
      ['Tom Hill', 'Governor of Brindmoor'],
    ]);
  });

  it('a lower-case portfolio before an apposed name: "the councillor for culture, NAME", "head of ..., NAME"', () => {
    const f = factsOf(
      "The talks were attended by the city's councillor for education, Marta Gomes, and the head of international " +
        'relations, Tomas Ekdahl. The Zembe councillor for sport, JOAQUIM NHAMBIRRE, came too.',
    );
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Marta Gomes', 'Councillor for education'],
      ['Tomas Ekdahl', 'Head of international relations'],
      ['JOAQUIM NHAMBIRRE', 'Councillor for sport'],
    ]);
    // A complement that goes on as a clause, a count or a phrase of everyday life is no portfolio.
    expect(factsOf('He was the mayor for three terms, Jane Roe said.').people).toEqual([]);
    expect(factsOf('The mayor for three terms, John Smith, retired.').people).toEqual([]);
    expect(factsOf('The head of the family, Tom Brown, said the fair was great.').people).toEqual([]);
    // A capitalised portfolio and an organisation, then the name.
    const g = factsOf(
      'Mayor Bento Mavume received a delegation led by the Councillor for International Relations of the Arbela ' +
        'Municipal Chamber, ANA RITA VELOSO.',
    );
    expect(g.people.map((p) => p.name)).toEqual(['Bento Mavume', 'ANA RITA VELOSO']);
  });

  it('"Jan" and "Jun" are given names beside a name word, months beside a day', () => {
    const f = factsOf('Mayor Lu Wen met Alderman Jan de Wit and Vice Mayor Gao Jun on Jan. 5.');
    expect(f.people.map((p) => p.name)).toEqual(['Lu Wen', 'Jan de Wit', 'Gao Jun']);
  });

  it('honorifics of other countries\' English copy are dropped: "Dato\' Seri", "Alhaji", "Engr."', () => {
    const f = factsOf(
      "Also present were Alhaji Musa Bello, Engr. Chidi Okeke and Dato' Seri Ahmad Faizal, the mayor of Ipoh.",
    );
    expect(f.people.map((p) => p.name).sort()).toEqual(['Ahmad Faizal', 'Chidi Okeke', 'Musa Bello']);
  });

  it('envoys by where they serve: "Ambassador to X NAME", "Consul of the Republic of X in Y, NAME"', () => {
    const f = factsOf(
      'They signed in the presence of Ambassador to Japan Tomas Reyes. The ceremony was attended by the Consul of ' +
        'the Republic of Latvia in Gdansk, Ona Petraitiene-Lis, and the High Commissioner of the United ' +
        'Republic of Zambia to Malawi, H.E. Dr. Neema Kileo-Mushi.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['Tomas Reyes', 'Ona Petraitiene-Lis', 'Neema Kileo-Mushi']);
  });

  it('courtesy and academic titles of other countries before a name, and offices in their own languages', () => {
    const f = factsOf(
      'The Presidenta Municipal, Mtra. Lucia Ortega Pineda, and the Secretario del Ayuntamiento, Lic. Mario Ruiz ' +
        "Salas, met the Assessore for Culture, Dott.ssa Elena Fabbri, and Hon'ble Mayor Smt. Kavita Rao-Menon.",
    );
    expect(f.people.map((p) => p.name).sort()).toEqual([
      'Elena Fabbri',
      'Kavita Rao-Menon',
      'Lucia Ortega Pineda',
      'Mario Ruiz Salas',
    ]);
  });

  it('"Said", "An", "He" are names where a name stands: "Hon. Baraka Mosha Said", "Vice Governor An Jiahui"', () => {
    const f = factsOf(
      'The Mayor of Kigoma, Hon. Baraka Mosha Said, met Vice Governor An Jiahui and Mayor He Ping on Monday.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['Baraka Mosha Said', 'An Jiahui', 'He Ping']);
  });

  it('a capitalised office of local government before a name: "City Attorney NAME"; the town hall is no office', () => {
    const f = factsOf('Others present: City Attorney Milo Oakridge; City Clerk Tess Vale. They met at City Hall.');
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Milo Oakridge', 'City Attorney'],
      ['Tess Vale', 'City Clerk'],
    ]);
    const g = factsOf('Mayor Paul Girard received at the town hall Mayor Jean Okoro of Kumasi on Saturday.');
    expect(g.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Paul Girard', 'Mayor'],
      ['Jean Okoro', 'Mayor'],
    ]);
  });

  it("a name the gazetteer lacks, before a comma and a division, is a person in a person's context", () => {
    const f = factsOf("Mayor Ola Berg met with Gurdeep Singh Bajwa, Haryana's Minister for Urban Affairs.");
    expect(f.people.map((p) => p.name)).toEqual(['Ola Berg', 'Gurdeep Singh Bajwa']);
    expect(f.places.map((p) => p.name)).not.toContain('Gurdeep Singh Bajwa');
  });

  it('a plural title in apposition holds for both names: "A and B, the mayors of X and Y, signed"', () => {
    const f = factsOf('Ellen Marsh and Chen Liang, the mayors of Tacoma and Kobe, signed the agreement.');
    expect(f.people.map((p) => [p.name, p.offices[0]?.title])).toEqual([
      ['Ellen Marsh', 'Mayor'],
      ['Chen Liang', 'Mayor'],
    ]);
  });

  it('a word before a generic word of a place or street is no name: "of X Special City", "King Otto Boulevard"', () => {
    const f = factsOf(
      'Mr. Han Do-yun, First Vice Mayor of Gimhae Special City, met Mayor Ola Berg. The shop is on King Otto ' +
        'Boulevard.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['Han Do-yun', 'Ola Berg']);
  });

  it('a former office is marked', () => {
    const f = factsOf('Former US President Harold J. Brightman founded the group.');
    expect(person(f, 'Harold J. Brightman')?.offices[0]).toMatchObject({ title: 'President', former: true });
  });

  it('people without a title of office are not taken', () => {
    const f = factsOf(
      'The artist Bai Lin showed paintings. Zhang Wei, a master of paper-cutting, talked. Photo by Paul Smith.',
    );
    expect(f.people).toEqual([]);
  });

  it('keeps given names as written, also one letter from a common English one', () => {
    const f = factsOf('Mr. Oleksii Brovko, Premier of Queensland of Australia, came.');
    expect(person(f, 'Oleksii Brovko')).toBeDefined();
    expect(person(f, 'Aleksii Brovko')).toBeUndefined();
  });

  it('names from other naming traditions are left as written', () => {
    const f = factsOf('Mayor Koichi Sato and Mayor Wenjie Zhu spoke.');
    expect(f.people.map((p) => p.name)).toEqual(['Koichi Sato', 'Wenjie Zhu']);
  });

  it('a department after the title is part of it: "Secretary of State Mike Pompeo"', () => {
    const f = factsOf('US Secretary of State Mike Pompeo met Minister of Foreign Affairs Wang Yi in Beijing.');
    expect(f.people.map((p) => [p.name, p.offices[0]!.title])).toEqual([
      ['Mike Pompeo', 'Secretary of State'],
      ['Wang Yi', 'Minister of Foreign Affairs'],
    ]);
  });

  it('"the mayor of Kobe, Kizo Hisamoto" and "his counterpart from Seattle, Ed Murray"', () => {
    const f = factsOf('The mayor of Kobe, Kizo Hisamoto, met his counterpart from Seattle, Ed Murray, on Monday.');
    expect(f.people.map((p) => [p.name, p.offices[0]!.title, p.offices[0]!.place])).toEqual([
      ['Kizo Hisamoto', 'Mayor', 'Kobe'],
      ['Ed Murray', 'Mayor', 'Seattle'],
    ]);
  });

  it('"his Japanese counterpart Toshimitsu Motegi" holds the same office for Japan', () => {
    const f = factsOf(
      'Chinese Foreign Minister Wang Yi held talks with his Japanese counterpart Toshimitsu Motegi in Tokyo.',
    );
    expect(person(f, 'Toshimitsu Motegi')).toMatchObject({
      country: 'JP',
      offices: [{ title: 'Foreign Minister', place: 'Japan' }],
    });
  });

  it('a title and surname in the headline and the full name in the text are one person', () => {
    const f = extractFacts(
      ' date 2012-11-15 Gov. Brown signs pact\n\nCalifornia Gov. ' +
        'Jerry Brown met Hunan Party Secretary Luo Wen on Wednesday.\n',
      { file: 'a.txt' },
    );
    expect(f.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Jerry Brown', ['Brown']],
      ['Luo Wen', []],
    ]);
  });

  it('"The Mayor of Exmouth, Cllr Jeff Trail": both titles, the place from the first', () => {
    const f = factsOf('The Mayor of Exmouth, Cllr Jeff Trail, has returned from Germany.');
    expect(person(f, 'Jeff Trail')?.offices.map((o) => [o.title, o.place])).toEqual([
      ['Mayor', 'Exmouth'],
      ['Councillor', null],
    ]);
  });

  it('a headline in title case introduces nobody ("Mayor Hosts Delegation")', () => {
    const f = extractFacts(' date 2020-01-01 Mayor Hosts Delegation From Sister City Kobe\n\nSome text here.\n', {
      file: 'a.txt',
    });
    expect(f.people).toEqual([]);
    const g = extractFacts(
      ' date 2020-01-01 Mayor Hosts Delegation\n\nMayor Tom Hill of Seattle met Mayor Ken Ito of Kobe.\n',
      { file: 'a.txt' },
    );
    expect(g.people.map((p) => p.name)).toEqual(['Tom Hill', 'Ken Ito']);
  });

  it('"said its chairwoman, Susan Taylor": a possessive title before a name; a given name is no adjective', () => {
    const f = factsOf('The committee organized the visit, said its chairwoman, Susan Taylor.');
    expect(f.people.map((p) => [p.name, p.offices[0]!.title])).toEqual([['Susan Taylor', 'Chairwoman']]);
    expect(f.places).toEqual([]);
  });

  it('a title of an organisation, then the name: "Leader of Leeds City Council Mary Stone"', () => {
    const f = factsOf('The memorandum was signed by the Leader of Leeds City Council Mary Stone yesterday.');
    expect(f.people.map((p) => [p.name, p.offices[0]!.title, p.offices[0]!.place])).toEqual([
      ['Mary Stone', 'Leader of Leeds City Council', 'Leeds'],
    ]);
  });

  it('initials joined to a surname are a whole name: "B.Tamir", "P.V.Orlov"', () => {
    const f = factsOf(
      'Then the chairperson of the Water Office B.Tamir and the ' +
        'chairman of the Energy Committee of Omsk P.V.Orlov signed a deal.',
    );
    expect(f.people.map((p) => p.name)).toEqual(['B.Tamir', 'P.V.Orlov']);
  });

  it('a one-word place ending a name after a given name is its surname: "Minister Clara Jordan (left)"', () => {
    const f = factsOf('Officials led by Minister Clara Jordan (left) met the press.');
    expect(f.people.map((p) => p.name)).toEqual(['Clara Jordan']);
    expect(f.places).toEqual([]);
  });

  it('an organisation with "of" closed by a comma: "the president of the Community of Communes of X, Name"', () => {
    const f = factsOf('He met the president of the Community of Communes of Lille-Nord, Alain Dupré, on Friday.');
    expect(f.people.map((p) => p.name)).toEqual(['Alain Dupré']);
  });

  it('people without a title by the shape of the name: after an honorific, after "led by"; ALL-CAPS surnames', () => {
    expect(factsOf('Mr. Li Wen and Ms. Ann Smith came to Leeds.').people.map((p) => p.name)).toEqual([
      'Li Wen',
      'Ann Smith',
    ]);
    expect(factsOf('The delegation was led by Jane Roe of Leeds.').people.map((p) => p.name)).toEqual(['Jane Roe']);
    expect(factsOf('Mayor PARK Jin-woo of Busan met Governor KIM Sun.').people.map((p) => p.name)).toEqual([
      'PARK Jin-woo',
      'KIM Sun',
    ]);
    expect(factsOf('The NATO summit in Leeds was led by CSCI staff.').people).toEqual([]);
  });
});

describe('people by the shape of their names in context', () => {
  const names = (body: string): string[] => factsOf(body).people.map((p) => p.name);
  const titled = (body: string): string[][] =>
    factsOf(body).people.map((p) => [p.name, ...p.offices.map((o) => `${o.title}@${o.place ?? ''}`)]);

  it('particles stay inside a name: "van der", "de la", "bin"', () => {
    expect(names('Mayor Ursula van der Berg welcomed Councillor Maria de la Cruz.')).toEqual([
      'Ursula van der Berg',
      'Maria de la Cruz',
    ]);
    expect(titled('He was joined by Ahmed bin Salem, the director of tourism.')).toEqual([
      ['Ahmed bin Salem', 'Director@'],
    ]);
  });

  it('ALL-CAPS family names and whole names, as agencies write them', () => {
    expect(names('SEOUL, May 2 (Newswire) -- Daegu Mayor OH Se-ri met the delegation.')).toEqual(['OH Se-ri']);
    expect(titled('JOHN DARROW, Mayor of Dayton, signed the pact.')).toEqual([['JOHN DARROW', 'Mayor@Dayton']]);
  });

  it('a Korean or Taiwanese name by its shape; Korean districts of that shape are places', () => {
    expect(names('Later Yoon Ha-jin visited Haeundae-gu and met Ko Wen-li.')).toEqual(['Yoon Ha-jin', 'Ko Wen-li']);
  });

  it('royal and Gulf titles with an honorific and particles', () => {
    expect(titled('Crown Prince Sheikh Hamad bin Khalid Al Rami received the mayor.')).toEqual([
      ['Hamad bin Khalid Al Rami', 'Crown Prince@'],
    ]);
  });

  it('hyphenated and abbreviated titles, and titles of other countries written in English copy', () => {
    expect(titled('Mayor-elect Dana Kerr met Cr Liam Fox and Oberbürgermeister Klaus Weber.')).toEqual([
      ['Dana Kerr', 'Mayor-elect@'],
      ['Liam Fox', 'Councillor@'],
      ['Klaus Weber', 'Oberbürgermeister@'],
    ]);
  });

  it('a plural title before a list: "Councillors A. Brown, B. Green and C. White"', () => {
    expect(names('Present were Councillors A. Brown, B. Green and C. White.')).toEqual([
      'A. Brown',
      'B. Green',
      'C. White',
    ]);
  });

  it('an apposition with words of the title before it, after a possessor, or in a relative clause', () => {
    expect(titled('"We are glad," said Tom Hughes, the city\'s economic development manager.')).toEqual([
      ['Tom Hughes', 'Economic Development Manager@'],
    ]);
    expect(titled('Ruth Dale, who is the mayor of Dover, and Sam Bell (Leader of the Council) spoke.')).toEqual([
      ['Ruth Dale', 'Mayor@Dover'],
      ['Sam Bell', 'Leader@'],
    ]);
  });

  it('any noun after a word of local government is an office of it: "Mobile city archivist", "county engineer"', () => {
    expect(titled('"It was hard," said Jo Higgins, Mobile city archivist who was in Havana.')).toEqual([
      ['Jo Higgins', 'Archivist@Mobile'],
    ]);
    expect(titled('Karen Doyle, the county engineer, and town historian Ed Blake spoke.')).toEqual([
      ['Karen Doyle', 'County Engineer@'],
      ['Ed Blake', 'Town Historian@'],
    ]);
    expect(names('The city hall was closed, and the city centre welcomed city officials.')).toEqual([]);
  });

  it('a lower-case title and a comma before a whole name: "district manager, Jo Finn,"', () => {
    expect(
      titled('She was accompanied by the deputy mayor, Cllr Ian Keane, district manager, Jo Finn, and staff.'),
    ).toEqual([
      ['Ian Keane', 'Deputy Mayor@', 'Councillor@'],
      ['Jo Finn', 'District Manager@'],
    ]);
  });

  it('names after "led by", "accompanied by", "signed by" and verbs of meeting, with their lists', () => {
    expect(names('The mayor met with Wang Xiaoming and Li Hua in the afternoon.')).toEqual(['Wang Xiaoming', 'Li Hua']);
    expect(names('The pact was signed by Jane Roe and Tom Hill on behalf of the councils.')).toEqual([
      'Jane Roe',
      'Tom Hill',
    ]);
    expect(names('Wang Lei and Tom Hill signed the agreement on Friday.')).toEqual(['Wang Lei', 'Tom Hill']);
    expect(names('They met the Friends of Lyon, chaired by Alan Price.')).toEqual(['Alan Price']);
  });

  it('a photo caption lists people', () => {
    expect(names('Pictured: Cllr Jane Roe, Tom Hill, Ann Lee and Mayor Bob Stone.').sort()).toEqual([
      'Ann Lee',
      'Bob Stone',
      'Jane Roe',
      'Tom Hill',
    ]);
  });

  it('honours, degrees and seats after a name are not part of it; "MP" makes a member of parliament', () => {
    expect(titled('Mayor Jane Roe OBE greeted Andrew Hale MP and Prof. Ann Lee PhD.')).toEqual([
      ['Jane Roe', 'Mayor@'],
      ['Ann Lee'],
      ['Andrew Hale', 'Member of Parliament@'],
    ]);
  });

  it('is not fooled by organisations, possessive titles, or capitalised common words', () => {
    expect(names('The Mayor’s Office said the Governor’s Cup would go ahead.')).toEqual([]);
    expect(
      names('The delegation met with Blue Lake Partners in Denver. Sister Cities International welcomed it.'),
    ).toEqual([]);
    expect(names('Zhang Wei, a master of paper-cutting, talked to the artist Bai Lin.')).toEqual([]);
    expect(names('Hyundai Motor signed a deal. Later Blue Harbour Partners met the mayor.')).toEqual([]);
    expect(names('The mayor welcomed Team Canada. Good Morning America hosted her.')).toEqual([]);
    expect(names('Traders of King Street and Queen Street met.')).toEqual([]);
  });
});

describe('people in the registers of the genre', () => {
  const names = (body: string): string[] => factsOf(body).people.map((p) => p.name);

  it('agency copy: a dateline, a party chief, a governor leading a delegation, a vice mayor present', () => {
    expect(
      names(
        'HANGZHOU, June 5 (Newswire) -- Zhejiang Party Secretary Yi Lianhong on Wednesday met with a delegation ' +
          'from Shizuoka led by Governor Ken Ito. Yi said the provinces have deep ties. ' +
          'Vice Mayor Hua Yuan was present.',
      ),
    ).toEqual(['Yi Lianhong', 'Ken Ito', 'Hua Yuan']);
  });

  it('council minutes: councillors present, officers in brackets, a later surname', () => {
    expect(
      names(
        'Present: Councillor J. Harris (Chair), Councillors M. O’Brien and S. Patel. Also present: Ms L. Carter ' +
          '(Head of Legal). Item 5: twinning with Kraków. Cllr O’Brien thanked officers.',
      ),
    ).toEqual(['J. Harris', 'M. O’Brien', 'S. Patel', 'L. Carter']);
  });

  it('an embassy page: mayors of two countries, an ambassador and a consul', () => {
    expect(
      names(
        'The Embassy announced that Mayor of Suwon Lee Jae-joon and Mayor of Guadalajara Pablo Lemus Navarro signed ' +
          'a friendship agreement. Ambassador Suh Jeong-in attended, together with Consul Kim Min-ji.',
      ),
    ).toEqual(['Lee Jae-joon', 'Pablo Lemus Navarro', 'Suh Jeong-in', 'Kim Min-ji']);
  });

  it('a local paper: a maire leading visitors, a mayor and a clerk in appositions, a resident left out', () => {
    expect(
      names(
        'The visitors, led by Maire Claire Dubois, were welcomed by the Mayor of Ravensby, Cllr Peter Gale, and the ' +
          'Town Clerk, Mrs Janet Frost. The link was proposed by local resident Grace Otieno.',
      ),
    ).toEqual(['Claire Dubois', 'Peter Gale', 'Janet Frost']);
  });
});

describe('people in the registers of minutes and agency copy', () => {
  const names = (body: string) => factsOf(body).people.map((p) => p.name);

  it('a labelled list of minutes is no headline: "Present: Cllr A (Chair), Cllr B (Town Mayor)"', () => {
    const body =
      'Present: Cllr Jane Rowe (Chair), Cllr Tom Hallam (Town Mayor), Cllr Ada Brook\nIn attendance: Mrs Eva Lund';
    expect(names(body)).toEqual(['Jane Rowe', 'Tom Hallam', 'Ada Brook', 'Eva Lund']);
    // A headline in title case still introduces nobody.
    expect(names('Mayor Hosts Delegation From Lyon And Leeds')).toEqual([]);
  });

  it('honorifics of other languages are dropped: "Monsieur A, Maire de X", "Madame B", "Herr C"', () => {
    const body =
      'The Chair had received Monsieur Luc Perrin, Maire de Vannes, and his deputy, Madame Anne Morel, at noon.';
    expect(names(body)).toEqual(['Luc Perrin', 'Anne Morel']);
    expect(names('Herr Klaus Weber said the link had lasted.')).toEqual(['Klaus Weber']);
  });

  it('a portfolio after "for" belongs to the title: "Deputy Mayor for Economic Affairs Park Min-ji"', () => {
    const f = factsOf('On Monday, Deputy Mayor for Economic Affairs Park Min-ji met with Mayor Ken Ito.');
    expect(person(f, 'Park Min-ji')?.offices[0]?.title).toBe('Deputy Mayor for Economic Affairs');
  });

  it('"Republic" after an office\'s place is no surname: "Vice Governor of X Province, Republic of Y"', () => {
    const body =
      'A delegation headed by Mr. Budi Lubis, Vice Governor of Jambi Province, Republic of Indonesia, ' +
      'paid a courtesy call on Governor Ken Ito.';
    expect(names(body).sort()).toEqual(['Budi Lubis', 'Ken Ito']);
  });
});
