/**
 * The tie passes (src/extract/passes/tie-*.ts), each on made-up sentences in the registers the genre uses: news copy,
 * council minutes, embassy pages, agency headlines. Each test checks the pairs, the rule that found them and the year.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

interface Found {
  pair: string;
  rule: string;
  since: number | null;
  kind: string;
}

function tiesOf(body: string, date = '2019-11-24'): Found[] {
  const x = extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' });
  return x.facts.partnerships
    .map((p, k) => ({
      pair: [p.a, p.b].sort().join(' ~ '),
      rule: x.rules.partnerships[k]!,
      since: p.since,
      kind: p.kind,
    }))
    .sort((a, b) => a.pair.localeCompare(b.pair));
}

const pairs = (found: Found[]): string[] => found.map((f) => f.pair);

describe('tie-subjects: the pair is the subject of the tie', () => {
  it('any tense of a tie verb: became, have been twinned, celebrate, have shared', () => {
    expect(tiesOf('Lyon and Birmingham have been twinned since 1951.')).toMatchObject([
      { pair: 'Birmingham ~ Lyon', rule: 'pair-verb', since: 1951, kind: 'twin' },
    ]);
    expect(tiesOf('Toulouse and Bologna celebrated 40 years of twinning this weekend.')).toMatchObject([
      { pair: 'Bologna ~ Toulouse', rule: 'pair-verb', since: 1979 },
    ]);
    expect(tiesOf('Hobart and Yaizu have shared a sister city relationship since 1977.')).toMatchObject([
      { pair: 'Hobart ~ Yaizu', since: 1977, kind: 'sister' },
    ]);
  });

  it('a qualifier between the pair and the verb: "A and B, Country, officially become sister cities today"', () => {
    expect(tiesOf('Tucson and Almaty, Kazakhstan, officially become sister cities today.', '1994-03-01')).toMatchObject(
      [{ pair: 'Almaty ~ Tucson', rule: 'pair-verb', since: 1994 }],
    );
  });

  it('a pair set beside a plural tie word: "A and B, sister cities since 1986, ..."', () => {
    expect(tiesOf('Denver and Kunming, sister cities since 1986, held a joint photo exhibition.')).toMatchObject([
      { pair: 'Denver ~ Kunming', rule: 'pair-apposition', since: 1986 },
    ]);
  });

  it('a pair that shares a partner is not a tie of its own: "A and B have sister-city ties with C"', () => {
    expect(pairs(tiesOf('Omaha and Tulsa have sister-city ties with Mexican cities.'))).toEqual([]);
  });

  it('a headline marking a tie: "A, B mark 25 years of friendship"', () => {
    const x = extractArticle(' date 2019-05-02 Daegu, Atlanta mark 25 years of friendship\n\nThe mayors met.\n', {
      file: 'made-up.txt',
    });
    expect(x.facts.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Daegu', 'Atlanta', 1994]]);
  });
});

describe('tie-between: pairs named together', () => {
  it('nominalisations: "the twinning of A and B", "the jumelage between A and B"', () => {
    expect(tiesOf('The twinning of Nantes and Cardiff dates back to 1964.')).toMatchObject([
      { pair: 'Cardiff ~ Nantes', rule: 'of-pair', since: 1964, kind: 'twin' },
    ]);
    expect(tiesOf('The jumelage between Lille and Bologna was sealed in 1958.')).toMatchObject([
      { pair: 'Bologna ~ Lille', rule: 'between', since: 1958, kind: 'twin' },
    ]);
  });

  it('"the signing of a friendship agreement between A and B in YEAR"', () => {
    expect(
      tiesOf('Officials recalled the signing of a friendship agreement between Sendai and Kunming in 1981.'),
    ).toMatchObject([{ pair: 'Kunming ~ Sendai', rule: 'between', since: 1981, kind: 'friendship' }]);
  });
});

describe('tie-partner-lists: one place and its partners', () => {
  it('"A is twinned with B, C and D"; "A has partnerships with B and C"', () => {
    expect(pairs(tiesOf('Graz is twinned with Dresden, Coventry and Volgograd.'))).toEqual([
      'Coventry ~ Graz',
      'Dresden ~ Graz',
      'Graz ~ Volgograd',
    ]);
    expect(tiesOf('Gdańsk has partnerships with Bremen and Kaliningrad.')).toMatchObject([
      { pair: 'Bremen ~ Gdańsk', rule: 'with-list', kind: 'partnership' },
      { pair: 'Gdańsk ~ Kaliningrad', rule: 'with-list' },
    ]);
  });

  it('a year in brackets after each partner is that partner\'s: "B (since 1978) and C (1947)"', () => {
    expect(tiesOf('Bordeaux is twinned with Porto (since 1978) and Bristol (1947).')).toMatchObject([
      { pair: 'Bordeaux ~ Bristol', since: 1947 },
      { pair: 'Bordeaux ~ Porto', since: 1978 },
    ]);
  });

  it('"partner cities include A, B and C", "The partner towns of A are B and C", "A has N sister cities: B, C"', () => {
    expect(tiesOf("Tampere's partner cities include Bergen, Kaunas and Esbjerg.")).toMatchObject([
      { pair: 'Bergen ~ Tampere', rule: 'list-include', kind: 'partnership' },
      { pair: 'Esbjerg ~ Tampere', rule: 'list-include' },
      { pair: 'Kaunas ~ Tampere', rule: 'list-include' },
    ]);
    expect(pairs(tiesOf('The partner cities of Tampere are Kaunas and Esbjerg.'))).toEqual([
      'Esbjerg ~ Tampere',
      'Kaunas ~ Tampere',
    ]);
    expect(pairs(tiesOf('Perth has four sister cities: Kagoshima, Houston, Taiyuan and Vasto.'))).toEqual([
      'Houston ~ Perth',
      'Kagoshima ~ Perth',
      'Perth ~ Taiyuan',
      'Perth ~ Vasto',
    ]);
  });

  it('a list qualified by countries and states goes on: "B in Italy, C in Nebraska, USA and D in Lithuania"', () => {
    expect(
      pairs(
        tiesOf("Tampere's other twin towns include Bologna in Italy, Omaha in Nebraska, USA and Kaunas in Lithuania."),
      ),
    ).toEqual(['Bologna ~ Tampere', 'Kaunas ~ Tampere', 'Omaha ~ Tampere']);
  });

  it('"Its twin towns are B and C": the place the sentence before is about', () => {
    expect(
      pairs(tiesOf('Esbjerg lies on the west coast. Its twin towns are Kaunas and Tampere, the council said.')),
    ).toEqual(['Esbjerg ~ Kaunas', 'Esbjerg ~ Tampere']);
  });

  it('a list stops at the end of its clause: a place named afterwards is no partner', () => {
    expect(pairs(tiesOf("Perth's sister cities include Kagoshima, and the mayor flew on to Houston in May."))).toEqual([
      'Kagoshima ~ Perth',
    ]);
  });
});

describe('tie-owners: a partner named with its owner', () => {
  it('"X\'s twin town Y" and "Y is X\'s sister city", "Y, which has been X\'s sister city since 1982"', () => {
    expect(tiesOf("Bristol's twin town Bordeaux hosted the students last week.")).toMatchObject([
      { pair: 'Bordeaux ~ Bristol', rule: 'possessive', kind: 'twin' },
    ]);
    expect(tiesOf("Hakodate, which has been Halifax's sister city since 1982, sent a delegation.")).toMatchObject([
      { pair: 'Hakodate ~ Halifax', rule: 'possessive-copula', since: 1982 },
    ]);
    expect(tiesOf("Kaunas became one of Tampere's partner cities in 1993.")).toMatchObject([
      { pair: 'Kaunas ~ Tampere', rule: 'possessive-copula', since: 1993 },
    ]);
  });

  it('"their German twin town, Y": a comma between the tie word and the partner', () => {
    expect(
      tiesOf('Mayor Anna Kowalska of Gdańsk thanked their German twin town, Bremen, for the donation.'),
    ).toMatchObject([{ pair: 'Bremen ~ Gdańsk', rule: 'pronoun-owner', kind: 'twin' }]);
  });
});

describe('tie words across usages', () => {
  it('partner municipality, friendship prefecture, sister municipality, town partnership', () => {
    expect(tiesOf('Esbjerg signed a town partnership agreement with Kaunas in 1991.')).toMatchObject([
      { pair: 'Esbjerg ~ Kaunas', since: 1991, kind: 'partnership' },
    ]);
    expect(tiesOf('Kumamoto Prefecture and Guangxi became friendship prefectures in 1982.')).toMatchObject([
      { since: 1982, kind: 'friendship' },
    ]);
    expect(tiesOf('Bergen and Kaunas have been partner municipalities since 1998.')).toMatchObject([
      { pair: 'Bergen ~ Kaunas', since: 1998, kind: 'partnership' },
    ]);
  });
});

describe('what is no tie', () => {
  it('planned, hoped for, or an agreement to cooperate', () => {
    expect(pairs(tiesOf('Mombasa and Tacoma plan to become sister cities next year.'))).toEqual([]);
    expect(pairs(tiesOf('Kano and Ibadan agreed to cooperate on trade.'))).toEqual([]);
    expect(pairs(tiesOf('Tallinn will sign a twinning agreement with Kaunas in the spring.'))).toEqual([]);
  });
});

describe('tie-slots: names in a tie slot are places', () => {
  it('a small town, or a name the gazetteer lacks, is a place where a tie puts it', () => {
    expect(pairs(tiesOf('Tampere and Vennecy became twin towns in 1988.'))).toEqual(['Tampere ~ Vennecy']);
    expect(pairs(tiesOf('Brindlecombe is twinned with Kervellec in Brittany.'))).toEqual(['Brindlecombe ~ Kervellec']);
    expect(pairs(tiesOf('Bergen is twinned with Kaunas (1990), Obernwald and Galway.'))).toEqual([
      'Bergen ~ Galway',
      'Bergen ~ Kaunas',
      'Bergen ~ Obernwald',
    ]);
  });

  it('a description and an organisation are not places: "the Breton town of X", "Twinning Committee, Name"', () => {
    expect(pairs(tiesOf('Bergen has been twinned with the Breton town of Kervellec since 1972.'))).toEqual([
      'Bergen ~ Kervellec',
    ]);
    const x = extractArticle(
      ' date 2019-11-24 Local news\n\nThe chair of the Bergen Town Twinning Committee, Orla Vennecy, spoke.\n',
      { file: 'made-up.txt' },
    );
    expect(x.facts.places.map((p) => p.name)).toEqual(['Bergen']);
  });
});

describe('ties told across sentences', () => {
  it('"The twinning began in YEAR" and "marks the Nth anniversary of the link" date the tie just before', () => {
    expect(tiesOf('Leeds is twinned with Dortmund. The twinning began in 1969.')).toMatchObject([{ since: 1969 }]);
    expect(tiesOf('Leeds is twinned with Dortmund. This year marks the golden anniversary of the link.')).toMatchObject(
      [{ since: 1969 }],
    );
  });

  it('"The two cities have been partners since YEAR" after a visit', () => {
    expect(
      tiesOf('Mayor Jan Novak of Brno welcomed guests from Plovdiv. The two cities have been partners since 1972.'),
    ).toMatchObject([{ pair: 'Brno ~ Plovdiv', rule: 'the-two', since: 1972 }]);
  });

  it('"N pairs of cities did the same: A and B; C and the city of D"', () => {
    expect(
      pairs(
        tiesOf(
          'Since then, three more pairs of cities did the same: Omaha and Kunming; Tucson and the city of Almaty.',
        ),
      ),
    ).toEqual(['Almaty ~ Tucson', 'Kunming ~ Omaha']);
  });

  it('a partner named as a city and as the division of the same name is one partner', () => {
    expect(
      pairs(
        tiesOf(
          'The friendship agreement between Tacoma and the Japanese city of Kumamoto was renewed. ' +
            'Tacoma Mayor Ann Lee and Kumamoto Prefecture Vice Governor Ken Ota signed the twinning document.',
        ),
      ),
    ).toEqual(['Kumamoto ~ Tacoma']);
  });
});

describe('more of what is no tie', () => {
  it('ties of a field ("cultural and trade ties between the two cities") and proposals', () => {
    expect(
      pairs(
        tiesOf(
          'Tallinn council tabled a proposal to establish a sister city relationship with the city of Kharkiv. ' +
            'The step would bring closer cultural and trade ties between the two cities.',
        ),
      ),
    ).toEqual([]);
    expect(pairs(tiesOf('Kaunas is also considering a twinning with Tampere.'))).toEqual([]);
    expect(pairs(tiesOf('Kaunas and Tampere discussed a possible twinning.'))).toEqual([]);
  });
});

describe('pairs and partners in other shapes', () => {
  it('"the sister-city agreement signed by A and B in YEAR"', () => {
    expect(tiesOf('The sister-city agreement signed by Omaha and Kunming in 1990 was renewed.')).toMatchObject([
      { pair: 'Kunming ~ Omaha', rule: 'pair-after', since: 1990 },
    ]);
  });

  it('two places joined before a tie word: "the Omaha–Kunming tie", "the Kaunas-Bergen twinning"', () => {
    expect(tiesOf('The Omaha–Kunming sister city relationship began in 1990.')).toMatchObject([
      { pair: 'Kunming ~ Omaha', rule: 'hyphen-pair', since: 1990 },
    ]);
    expect(pairs(tiesOf('The Kaunas-Bergen twinning, which dates from 1989, is one of the oldest.'))).toEqual([
      'Bergen ~ Kaunas',
    ]);
  });

  it('countries in brackets after the pair: "A (Country) and B (Country) have been sister cities"', () => {
    expect(tiesOf('Sendai (Japan) and Kunming (China) have been sister cities since 1985.')).toMatchObject([
      { pair: 'Kunming ~ Sendai', since: 1985 },
    ]);
  });

  it('"a sister city to B", "twinned to B"', () => {
    expect(tiesOf('Dalian has been a sister city to Oakland since 1982.')).toMatchObject([{ since: 1982 }]);
    expect(tiesOf('Tampere was twinned to Kaunas in 1993.')).toMatchObject([{ pair: 'Kaunas ~ Tampere' }]);
  });

  it('"The two sides signed ..." after a visit names the two places', () => {
    expect(
      tiesOf(
        'The delegation from Kunming visited Omaha. ' +
          'The two sides signed an agreement establishing friendly city relations.',
      ),
    ).toMatchObject([{ pair: 'Kunming ~ Omaha', since: 2019 }]);
  });

  it('lists: "among them B and C", "are: B, Country; C, Country; and D, Country", "B is among A\'s ..."', () => {
    expect(pairs(tiesOf('Omaha has 8 sister cities around the world, among them Kunming and Sendai.'))).toEqual([
      'Kunming ~ Omaha',
      'Omaha ~ Sendai',
    ]);
    expect(pairs(tiesOf("Omaha's sister cities are: Kunming, China; Sendai, Japan; and Bergen, Norway."))).toEqual([
      'Bergen ~ Omaha',
      'Kunming ~ Omaha',
      'Omaha ~ Sendai',
    ]);
    expect(pairs(tiesOf("Kunming is among Omaha's eight sister cities."))).toEqual(['Kunming ~ Omaha']);
    expect(pairs(tiesOf("Omaha's oldest sister city is Kunming."))).toEqual(['Kunming ~ Omaha']);
  });
});

describe('tie-associations and "our": the register of local papers and council minutes', () => {
  it('a twinning association named after a town that visits, or is visited from, another', () => {
    expect(tiesOf('Members of the Bergen Twinning Association travelled to Kotka last week.')).toMatchObject([
      { pair: 'Bergen ~ Kotka', rule: 'association-visit', kind: 'twin' },
    ]);
    expect(pairs(tiesOf('The Haddington Town Twinning Committee welcomed guests from Kotka.'))).toEqual([
      'Haddington ~ Kotka',
    ]);
    expect(pairs(tiesOf('The Bergen Twinning Association met in the town hall on Monday.'))).toEqual([]);
  });

  it('"our twin town Y" belongs to the place the text is about; "the twinning link with Y"', () => {
    expect(tiesOf('Cllr Ann Holm of Bergen welcomed visitors from our twin town Kotka.')).toMatchObject([
      { pair: 'Bergen ~ Kotka', rule: 'pronoun-owner' },
    ]);
    expect(pairs(tiesOf('Bergen Council approved the twinning link with Kervellec.'))).toEqual(['Bergen ~ Kervellec']);
  });
});

describe('pairs that own ties are not partners', () => {
  it('"A and B are cities with many sister cities", "are among the towns with twinning links"', () => {
    expect(pairs(tiesOf('Omaha and Tucson are cities with many sister cities.'))).toEqual([]);
    expect(pairs(tiesOf('Kaunas and Tampere are among the towns with twinning links.'))).toEqual([]);
    expect(pairs(tiesOf('Kaunas and Tampere signed an agreement to become sister cities.'))).toEqual([
      'Kaunas ~ Tampere',
    ]);
  });
});

describe('"its partner": a possessive partner', () => {
  it('"its partner Tampere", "Kaunas\'s sister cities Tampere, Turku and Bergen", not "its partner in ..."', () => {
    expect(tiesOf('Kaunas sent a choir to its partner Tampere.')).toMatchObject([
      { pair: 'Kaunas ~ Tampere', rule: 'pronoun-owner', kind: 'partnership' },
    ]);
    expect(pairs(tiesOf("Kaunas's sister cities Tampere, Turku and Bergen sent choirs to Oslo."))).toEqual([
      'Bergen ~ Kaunas',
      'Kaunas ~ Tampere',
      'Kaunas ~ Turku',
    ]);
    expect(pairs(tiesOf('Kaunas thanked its partner in the project.'))).toEqual([]);
  });
});

describe('start years told in other shapes', () => {
  const sinceOf = (body: string, date?: string): Array<number | null> => tiesOf(body, date).map((t) => t.since);

  it('an anniversary joined to the tie by "of" phrases: "the 10th anniversary of the conclusion of ..."', () => {
    const marks = 'This year marks the 10th anniversary of the conclusion of the friendship agreement';
    expect(sinceOf(`${marks} between Nagano Prefecture and Sichuan Province.`, '2020-03-01')).toEqual([2010]);
    const est = 'It is the 20th anniversary of the establishment of the sister-city relationship';
    expect(sinceOf(`${est} between Lyon and Leipzig.`, '2020-03-01')).toEqual([2000]);
  });

  it("a place's own founding or a diplomatic anniversary gives no start", () => {
    const diplomatic = 'This year marks the 45th anniversary of the establishment of diplomatic relations';
    const tie = 'Nagano Prefecture and Sichuan Province are sister provinces.';
    expect(sinceOf(`${diplomatic} between Chile and Peru. ${tie}`, '2020-03-01')).toEqual([null]);
  });

  it('a year told apart, in a later or quoted sentence naming both places', () => {
    const later =
      'Lyon and Birmingham, where many car firms are located, have widened exchanges since the friendship city ' +
      'relationship was established in 2016.';
    expect(sinceOf(`Birmingham hosted a delegation from Lyon, its sister city. ${later}`)).toEqual([2016]);
    const quoted = '"Lyon and Leipzig have been sister cities since 2001, but we can do more," the mayor said.';
    expect(sinceOf(`The club hosted a delegation from Leipzig, Lyon's sister city in Germany. ${quoted}`)).toEqual([
      2001,
    ]);
    // A bare "in 2015" about something else is no start.
    expect(sinceOf('Lyon and Leipzig are sister cities. Lyon and Leipzig hosted a sister city fair in 2015.')).toEqual([
      null,
    ]);
  });

  it('a sealing told with its place and date: "was sealed in the town hall of ... in May 1951"', () => {
    const sealed =
      'The twinning of Lyon and Birmingham was sealed in the town hall of the little market town north of ' +
      'Manchester in May 1951, and the two towns have been twinned ever since.';
    expect(sinceOf(sealed)).toEqual([1951]);
  });
});

describe('partners held in other shapes', () => {
  it('"and with" after a described partner: "with the German city of B and with C in Italy"', () => {
    expect(pairs(tiesOf('Lyon is also twinned with the German city of Leipzig and with Turin in Italy.'))).toEqual([
      'Leipzig ~ Lyon',
      'Lyon ~ Turin',
    ]);
  });

  it('a name inside an apposition describes the subject: "A, the gateway to X, is also twinned with B"', () => {
    expect(
      pairs(tiesOf('Lyon, the gateway to Savoie, is also twinned with Leipzig in Germany and Turin in Italy.')),
    ).toEqual(['Leipzig ~ Lyon', 'Lyon ~ Turin']);
  });

  it('"A, which also counts B and C among its sister cities"', () => {
    const sentence =
      'The mayor noted that Leipzig, which also counts Lyon and Houston among its sister cities, sees Turin ' +
      'as a gateway.';
    expect(tiesOf(sentence)).toMatchObject([
      { pair: 'Houston ~ Leipzig', rule: 'list-include' },
      { pair: 'Leipzig ~ Lyon', rule: 'list-include' },
    ]);
    // Partners in a project are no tie.
    expect(pairs(tiesOf('Leipzig counts Lyon among its partners in the project.'))).toEqual([]);
  });

  it('"A has a second twin town, B in C, and a friendship link with D": both belong to A', () => {
    const sentence =
      'The mayor said Leeds has a second twin town, Nantes in France, and a friendship link with Bilbao in Spain.';
    expect(pairs(tiesOf(sentence))).toEqual(['Bilbao ~ Leeds', 'Leeds ~ Nantes']);
    // A partner school is no tie.
    expect(pairs(tiesOf('The mayor said Leeds has a partner school in Nantes.'))).toEqual([]);
  });
});

describe('"our" in a council\'s own text, and ties only promoted', () => {
  it('"our twin town" is the twin town of the place the source line names', () => {
    const text =
      ' date 2023-03-14 Committee minutes\n\nSource:Leeds Town Council Published: 2023/03/20\n\n' +
      'Members noted that Leeds and Nantes have been twinned since 1979.\n\n' +
      'The programme includes a coach trip to Nantes in May and a visit from our German twin town, Kassel ' +
      '(twinned 1996), in September.\n';
    const x = extractArticle(text, { file: 'made-up.txt' });
    expect(x.facts.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([
      ['Leeds', 'Nantes', 1979],
      ['Leeds', 'Kassel', 1996],
    ]);
  });

  it('"the friendship link with X" in a council\'s own minutes is the council\'s, not in a newspaper', () => {
    const minutes = (source: string) =>
      ` date 2023-03-14 Committee minutes\n\nSource:${source} Published: 2023/03/20\n\n` +
      'Members noted that Leeds and Nantes have been twinned since 1979.\n\n' +
      'The Clerk reminded members that the friendship link with Kassel, Germany, was suspended in March 2022.\n';
    const council = extractArticle(minutes('Leeds Town Council'), { file: 'made-up.txt' });
    expect(council.facts.partnerships.map((p) => [p.a, p.b, p.until ?? null])).toEqual([
      ['Leeds', 'Nantes', null],
      ['Leeds', 'Kassel', 2022],
    ]);
    const paper = extractArticle(minutes('Leeds Evening Post'), { file: 'made-up.txt' });
    expect(paper.facts.partnerships.map((p) => p.b)).not.toContain('Kassel');
  });

  it('a tie whose establishment is only promoted or worked towards is no tie', () => {
    const hoped =
      'He also hoped to promote the establishment of friendship city relationship between Leeds and Nantes soon.';
    expect(pairs(tiesOf(hoped))).toEqual([]);
    expect(
      pairs(tiesOf('Both sides will work towards the signing of a sister city agreement between Leeds and Nantes.')),
    ).toEqual([]);
  });
});

describe('owners left implicit, ties told before their subject or in the sentence before', () => {
  it('a tie word with no owner word names a partner of the sentence\'s subject: "A and sister city B"', () => {
    expect(tiesOf('Tacoma and sister city Kitakyushu held a joint photo exhibition.')).toMatchObject([
      { pair: 'Kitakyushu ~ Tacoma', rule: 'bare-owner', kind: 'sister' },
    ]);
    expect(pairs(tiesOf('Tacoma welcomed a delegation from sister city Kitakyushu on Monday.'))).toEqual([
      'Kitakyushu ~ Tacoma',
    ]);
    // an article or a possessive before the tie word is read by the other passes
    expect(pairs(tiesOf('Tacoma is a sister city of Kitakyushu.'))).toEqual(['Kitakyushu ~ Tacoma']);
  });

  it('a tie told before its subject: "Twinned since 1990, A and B ...", "Twinned with B since 1990, A ..."', () => {
    expect(tiesOf('Twinned since 1990, Pécs and Olomouc hold a wine fair every year.')).toMatchObject([
      { pair: 'Olomouc ~ Pécs', rule: 'fronted', since: 1990, kind: 'twin' },
    ]);
    expect(tiesOf('Sister cities for 30 years, Boise and Chita exchange students.')).toMatchObject([
      { pair: 'Boise ~ Chita', since: 1989, kind: 'sister' },
    ]);
    expect(tiesOf('Twinned with Olomouc since 1990, Pécs hosts a wine fair every year.')).toMatchObject([
      { pair: 'Olomouc ~ Pécs', rule: 'fronted', since: 1990 },
    ]);
    expect(pairs(tiesOf('Twinning aside, Pécs and Olomouc compete for tourists.'))).toEqual([]);
  });

  it('"the sister city relationship" in a sentence naming no pair is the tie of the two places just named', () => {
    const visit = 'Mayor Jo Finn of Tacoma led a delegation to Kitakyushu.';
    expect(tiesOf(`${visit} The visit marked the 25th anniversary of the sister city relationship.`)).toMatchObject([
      { pair: 'Kitakyushu ~ Tacoma', rule: 'the-tie-before', since: 1994 },
    ]);
    // not across a paragraph, not two places of one country, not a body ("the national twinning body")
    expect(pairs(tiesOf(`${visit}\n\nThe visit marked the 25th anniversary of the sister city relationship.`))).toEqual(
      [],
    );
    expect(
      pairs(tiesOf('Mayor Jo Finn of Tacoma met the mayor of Boise. They praised the sister city relationship.')),
    ).toEqual([]);
    expect(pairs(tiesOf('Choirs from Pécs and Olomouc sang. Both are members of the national twinning body.'))).toEqual(
      [],
    );
  });

  it('"The sister city relationship with B ..." naming no owner: the one foreign place after it or just before', () => {
    expect(
      pairs(tiesOf('The sister city relationship with Kitakyushu dates from 1959, Tacoma Mayor Jo Finn said.')),
    ).toEqual(['Kitakyushu ~ Tacoma']);
    expect(
      pairs(
        tiesOf('Mayor Jo Finn of Tacoma spoke at the dinner. The sister city relationship with Kitakyushu is strong.'),
      ),
    ).toEqual(['Kitakyushu ~ Tacoma']);
    // a partner of the list is no owner; two places of one country before it are ambiguous
    expect(pairs(tiesOf('The town celebrated the twinning with Olomouc and Pécs.'))).toEqual([]);
    expect(
      pairs(tiesOf('Mayor Jo Finn of Tacoma spoke in Boise. The sister city relationship with Kitakyushu is strong.')),
    ).toEqual([]);
  });

  it('possessives: "B is A\'s oldest partner", "her city\'s sister city B", "B has been its sister city"', () => {
    expect(pairs(tiesOf("Olomouc is Pécs's oldest partner."))).toEqual(['Olomouc ~ Pécs']);
    expect(pairs(tiesOf("Olomouc is Pécs's partner in the project."))).toEqual([]);
    expect(pairs(tiesOf("Mayor Ana Ruiz of Arequipa said her city's sister city Kitakyushu had sent aid."))).toEqual([
      'Arequipa ~ Kitakyushu',
    ]);
    expect(
      tiesOf('A delegation from Kitakyushu arrived in Tacoma on Monday. Tacoma has been its sister city since 1959.'),
    ).toMatchObject([{ pair: 'Kitakyushu ~ Tacoma', since: 1959 }]);
  });

  it('"A twins with B" is a tie, "A plans to twin with B" is not', () => {
    expect(pairs(tiesOf('Tacoma twins with Kitakyushu after years of talks.'))).toEqual(['Kitakyushu ~ Tacoma']);
    expect(pairs(tiesOf('Tacoma plans to twin with Kitakyushu.'))).toEqual([]);
  });

  it('"Partner cities of A: B (1987), C (1994)": the list after the owner and a colon, each with its year', () => {
    expect(tiesOf('Partner cities of Pécs: Olomouc (1987), Lublin (1994) and Arad (2001).')).toMatchObject([
      { pair: 'Arad ~ Pécs', since: 2001 },
      { pair: 'Lublin ~ Pécs', since: 1994 },
      { pair: 'Olomouc ~ Pécs', since: 1987 },
    ]);
  });

  it('"A and B were linked as twin cities", not a new clause before the tie word', () => {
    expect(tiesOf('Olomouc and Pécs were linked as twin cities in 1959.')).toMatchObject([
      { pair: 'Olomouc ~ Pécs', since: 1959 },
    ]);
    expect(
      pairs(tiesOf('Tacoma and Boise were linked by a new highway, and the sister city festival was held.')),
    ).toEqual([]);
  });

  it("a bulleted list under a heading naming partners: the partners of the publishing association's town", () => {
    const newsletter = (source: string) =>
      ` date 2024-03-15 Spring newsletter\n\nSource:${source} Published: 2024/03/15\n\n` +
      'KIEL TWINNING ASSOCIATION\n\nOUR TWIN TOWNS\n\n- Tampere, Finland - since 1967\n\n' +
      '- Gdynia, Poland - since 1985 (official contacts frozen in 2020)\n\n' +
      'NEWS\n\n- The choir needs singers.\n';
    const x = extractArticle(newsletter('Kiel Twinning Association'), { file: 'made-up.txt' });
    expect(x.facts.partnerships.map((p) => [p.a, p.b, p.since, p.until ?? null])).toEqual([
      ['Kiel', 'Tampere', 1967, null],
      ['Kiel', 'Gdynia', 1985, 2020],
    ]);
    expect(x.rules.partnerships).toEqual(['heading-list', 'heading-list']);
    expect(x.facts.places.map((p) => p.name)).toContain('Kiel');
    // a newspaper's list has no owner
    expect(extractArticle(newsletter('The Baltic Courier'), { file: 'made-up.txt' }).facts.partnerships).toEqual([]);
  });

  it('a name before a plural place word names a class of places, no partner: "links with Nordic towns"', () => {
    expect(pairs(tiesOf('Across Ontario there are some 70 sister-city links with Nordic towns.'))).toEqual([]);
  });

  it('"B is the third city with which A has signed ..., following C (1985) and D (1990)": all partners of A', () => {
    const third =
      'Tampere is the third city with which Kiel has signed a twinning agreement, following Gdynia (1985) and ' +
      'Lublin of Poland (1990).';
    expect(tiesOf(third)).toMatchObject([
      { pair: 'Gdynia ~ Kiel', rule: 'earlier-partners', since: 1985 },
      { pair: 'Kiel ~ Lublin', rule: 'earlier-partners', since: 1990 },
      { pair: 'Kiel ~ Tampere', rule: 'with-which' },
    ]);
    // the year of the tie signed now is not the earlier partners'
    expect(tiesOf('Kiel signed a twinning agreement with Tampere in 2019, following Gdynia and Lublin.')).toMatchObject(
      [
        { pair: 'Gdynia ~ Kiel', since: null },
        { pair: 'Kiel ~ Lublin', since: null },
        { pair: 'Kiel ~ Tampere', since: 2019 },
      ],
    );
    expect(pairs(tiesOf('The hotel with which Kiel has a twinning deal is in Tampere.'))).toEqual([]);
  });

  it('a list under a heading in a hard-wrapped page: each bulleted line an item, its first year the start', () => {
    const page =
      ' date 2023-07-28 Courtesy call on the Mayor\n\n' +
      'Source:Kiel City, International Section Published: 2023/07/28\n\n' +
      'On July 26 a delegation of seven from Tampere paid a courtesy call on the Mayor at\n' +
      'the Kiel City Hall, where the two sides discussed exchanges of students and\n' +
      'the next joint concert of the youth orchestras planned for the spring of\n' +
      'next year in both cities, as well as a trade fair in the autumn.\n' +
      "[Reference] Kiel City's twin towns\n" +
      '- Gdynia (Republic of Poland) - 1985 (exchanges suspended since March 2022)\n' +
      '- Lublin (Republic of Poland) - 1990\n' +
      'Contact: International Section, Kiel City Hall, second floor of the main building\n';
    const x = extractArticle(page, { file: 'made-up.txt' });
    expect(x.facts.partnerships.map((p) => [p.a, p.b, p.since, p.until ?? null])).toEqual([
      ['Kiel', 'Gdynia', 1985, 2022],
      ['Kiel', 'Lublin', 1990, null],
    ]);
  });

  it('a town\'s own release ("City of A - News", "Ville de A") owns "the twinning with B", "the City\'s ..."', () => {
    const release = (source: string, body: string) =>
      extractArticle(` date 2022-05-27 News\n\nSource:${source} Published: 2022/05/27\n\n${body}\n`, {
        file: 'made-up.txt',
      }).facts.partnerships.map((p) => [p.a, p.b, p.since, p.until ?? null]);
    expect(
      release('City of Kiel - News', 'The mayor of Kiel spoke.\n\nThe twinning with Gdynia, signed in 1985, goes on.'),
    ).toEqual([['Kiel', 'Gdynia', 1985, null]]);
    expect(
      release('Ville de Kiel', "Kiel hosted a fair.\n\nThe City's sister city agreement with Gdynia was renewed."),
    ).toEqual([['Kiel', 'Gdynia', null, null]]);
    expect(
      release(
        'Kiel City, International Section',
        'Kiel hosted a fair.\n\nExchanges with Gdynia (Poland), a friendship partner since 1998, go on.',
      ),
    ).toEqual([['Kiel', 'Gdynia', 1998, null]]);
    // a newspaper is nobody's town
    expect(release('The Baltic Courier', 'Kiel hosted a fair.\n\nThe twinning with Gdynia goes on.')).toEqual([]);
  });

  it('lists: a place in brackets after a partner qualifies it; "A\'s other link, with B"; "its twin towns"', () => {
    expect(
      pairs(tiesOf("Kiel's sister cities abroad include Pasadena (California), Austin (Texas) and Lublin.")),
    ).toEqual(['Austin ~ Kiel', 'Kiel ~ Lublin', 'Kiel ~ Pasadena']);
    expect(pairs(tiesOf("Kiel's other link, with Gdynia in Poland, is looked after by volunteers."))).toEqual([
      'Gdynia ~ Kiel',
    ]);
    expect(pairs(tiesOf('Kiel and its twin cities Gdynia and Tampere signed a climate pledge.'))).toEqual([
      'Gdynia ~ Kiel',
      'Kiel ~ Tampere',
    ]);
  });

  it('items of a list take their own years: "its sister city B since 1992, and its friendship city C ..."', () => {
    expect(
      tiesOf(
        'Kiel has ties with two cities: its sister city Gdynia since 1992, and its friendship city Tampere since 2004.',
      ),
    ).toMatchObject([
      { pair: 'Gdynia ~ Kiel', since: 1992 },
      { pair: 'Kiel ~ Tampere', since: 2004 },
    ]);
  });

  it('the words other languages keep in English copy: hermanamiento, gemellaggio, Städtepartnerschaft', () => {
    expect(tiesOf('Kiel and Valparaíso renewed the hermanamiento that has united them since 1996.')).toMatchObject([
      { pair: 'Kiel ~ Valparaíso', since: 1996, kind: 'sister' },
    ]);
    expect(tiesOf('The gemellaggio between Kiel and Cremona dates from 1993.')).toMatchObject([
      { pair: 'Cremona ~ Kiel', since: 1993, kind: 'twin' },
    ]);
  });

  it('an end year is not the start told beside it; "N years after the two cities signed" dates the start', () => {
    const x = extractArticle(
      ' date 2014-03-06 News\n\nKiel is twinned with Gdynia. ' +
        'The twinning with Gdynia, signed in 1985, was cancelled by the council in 2012.\n',
      { file: 'made-up.txt' },
    );
    expect(x.facts.partnerships.map((p) => [p.b, p.until])).toEqual([['Gdynia', 2012]]);
    expect(
      tiesOf(
        'Kiel has ended its twinning with Gdynia, nearly 25 years after the two cities signed the agreement.',
        '2020-02-19',
      ),
    ).toMatchObject([{ pair: 'Gdynia ~ Kiel', since: 1995 }]);
  });

  it('talk of a tie, a possible tie, or an MoU named after a tie word is no tie', () => {
    expect(pairs(tiesOf('The visit revives talk of a Kiel-Tampere friendship city link.'))).toEqual([]);
    expect(
      pairs(tiesOf('The visit put a possible friendship city link between Kiel and Tampere on the agenda.')),
    ).toEqual([]);
    expect(pairs(tiesOf('A delegation from Kiel arrived; sister city MoU to be renewed.'))).toEqual([]);
  });

  it('ends and anniversaries in notes and title case: "remain suspended since 2022", "30th Anniversary of ..."', () => {
    const release =
      ' date 2024-06-30 Newsletter\n\nSource:Kiel City, International Section Published: 2024/06/30\n\n' +
      'Kiel hosted a fair.\n\n' +
      'Exchanges with Gdynia (Poland), a friendship partner since 1998, remain suspended since 2022.\n';
    expect(
      extractArticle(release, { file: 'made-up.txt' }).facts.partnerships.map((p) => [p.b, p.since, p.until]),
    ).toEqual([['Gdynia', 1998, 2022]]);
    expect(
      tiesOf('Proclamation: 30th Anniversary of the Sister City Relationship between Kiel and Tampere'),
    ).toMatchObject([{ pair: 'Kiel ~ Tampere', since: 1989 }]);
    // a twinning committee dissolved is not the tie ended: "put an end to the twinning" is, with its own year
    const minutes =
      ' date 2023-01-26 Minutes\n\nKiel is twinned with Gdynia. ' +
      'The twinning committee with Gdynia was dissolved last ' +
      'year. The Council decides to put an end to the twinning with Gdynia with effect from 1 February 2023.\n';
    expect(extractArticle(minutes, { file: 'made-up.txt' }).facts.partnerships.map((p) => p.until)).toEqual([2023]);
  });

  it('a country after "in the" qualifies a partner of a list: "Eindhoven in the Netherlands and Milwaukee"', () => {
    expect(
      pairs(
        tiesOf(
          "Kiel's partner cities include Tampere, Eindhoven in the Netherlands and Milwaukee in the United States.",
        ),
      ),
    ).toEqual(['Eindhoven ~ Kiel', 'Kiel ~ Milwaukee', 'Kiel ~ Tampere']);
  });

  it('"the City Council suspended the partnership with B": the town the article is about, named most and first', () => {
    const article = (lead: string) =>
      extractArticle(
        ` date 2021-06-10 Kiel and Tampere are now partner cities\n\n${lead}\n\n` +
          'The mayor of Kiel thanked the guests. Kiel will host a summer camp.\n\n' +
          'In 2020 the City Council suspended the partnership with Gdynia, signed in 1996.\n',
        { file: 'made-up.txt' },
      ).facts.partnerships.map((p) => [p.a, p.b, p.since]);
    expect(article('The mayors of Kiel and Tampere signed a partnership agreement on Tuesday.')).toEqual([
      ['Kiel', 'Tampere', 2021],
      ['Kiel', 'Gdynia', 1996],
    ]);
  });

  it('"partner cities include B" is a tie slot; "A is also linked with B and with the Polish city of C"', () => {
    expect(pairs(tiesOf("Kigali's partner cities include Ghent in Belgium and Ankara in Turkey."))).toEqual([
      'Ankara ~ Kigali',
      'Ghent ~ Kigali',
    ]);
    expect(pairs(tiesOf('Kiel is also linked with Tampere and with the Polish port city of Gdynia.'))).toEqual([
      'Gdynia ~ Kiel',
      'Kiel ~ Tampere',
    ]);
    expect(pairs(tiesOf('Kiel is also linked with Tampere by ferry.'))).toEqual([]);
    expect(pairs(tiesOf('Kiel is linked with Tampere through trade.'))).toEqual([]);
  });

  it('"A\'s twin B", "A and B are twins", "the A-B friendship", "partnered with", "The sister cities, A and B"', () => {
    expect(pairs(tiesOf("Kiel's twin Tampere sent a choir."))).toEqual(['Kiel ~ Tampere']);
    expect(tiesOf('Gdynia and Kiel are twins since 1985.')).toMatchObject([{ pair: 'Gdynia ~ Kiel', since: 1985 }]);
    expect(tiesOf('The Kiel-Tampere friendship dates back to 1990.')).toMatchObject([
      { pair: 'Kiel ~ Tampere', since: 1990 },
    ]);
    expect(tiesOf('Kiel has been partnered with Tampere since 1990.')).toMatchObject([
      { pair: 'Kiel ~ Tampere', since: 1990 },
    ]);
    expect(pairs(tiesOf('Students from Kiel partnered with host families in Tampere.'))).toEqual([]);
    expect(pairs(tiesOf('The sister cities, Kiel and Tampere, held a joint festival.'))).toEqual(['Kiel ~ Tampere']);
    expect(pairs(tiesOf('Kiel and Tampere, two sister cities, held talks.'))).toEqual(['Kiel ~ Tampere']);
  });

  it('durations, headlines: "30 years as sister cities", "turns 30 this year", "A and B: 30 years of twinning"', () => {
    const title = (t: string) =>
      extractArticle(` date 2019-05-02 ${t}\n\nThe mayors met.\n`, { file: 'made-up.txt' }).facts.partnerships.map(
        (p) => [p.a, p.b, p.since],
      );
    expect(title('Kiel, Tampere celebrate 30 years as sister cities')).toEqual([['Kiel', 'Tampere', 1989]]);
    expect(title('Kiel and Tampere: 30 years of twinning')).toEqual([['Kiel', 'Tampere', 1989]]);
    expect(tiesOf('The town twinning between Kiel and Tampere turns 30 this year.')).toMatchObject([
      { pair: 'Kiel ~ Tampere', since: 1989 },
    ]);
  });

  it('coordinated subjects: "B and C are A\'s twin towns", "Both B and C are twinned with A", not B with C', () => {
    expect(pairs(tiesOf("Tampere and Gdynia are Kiel's twin towns."))).toEqual(['Gdynia ~ Kiel', 'Kiel ~ Tampere']);
    expect(pairs(tiesOf('Both Tampere and Gdynia are twinned with Kiel.'))).toEqual([
      'Gdynia ~ Kiel',
      'Kiel ~ Tampere',
    ]);
    expect(pairs(tiesOf('Tampere, like Gdynia, is twinned with Kiel.'))).toEqual(['Kiel ~ Tampere']);
    expect(pairs(tiesOf('The mayors of Tampere and Gdynia said Kiel is twinned with Lublin.'))).toEqual([
      'Kiel ~ Lublin',
    ]);
  });

  it('"Under the sister city agreement signed in 1990, A and B ..."; headline "A mayor visits sister city B"', () => {
    expect(tiesOf('Under the sister city agreement signed in 1990, Kiel and Tampere exchange students.')).toMatchObject(
      [{ pair: 'Kiel ~ Tampere', since: 1990 }],
    );
    const x = extractArticle(' date 2019-05-02 Kiel mayor visits sister city Tampere\n\nThe mayor arrived.\n', {
      file: 'made-up.txt',
    });
    expect(x.facts.partnerships.map((p) => [p.a, p.b])).toEqual([['Kiel', 'Tampere']]);
  });

  it('tie words of translated East Asian pages: sisterhood city, sister affiliation, friendly exchange cities', () => {
    expect(pairs(tiesOf("Jeonju's sisterhood city Suzhou sent a delegation."))).toEqual(['Jeonju ~ Suzhou']);
    expect(tiesOf('Jeonju and Suzhou concluded a sister affiliation in 1996.')).toMatchObject([{ since: 1996 }]);
    expect(tiesOf('Jeonju and Suzhou signed a friendship exchange agreement in 1996.')).toMatchObject([
      { pair: 'Jeonju ~ Suzhou', kind: 'friendship' },
    ]);
    expect(pairs(tiesOf('Jeonju and Suzhou signed a friendship and cooperation agreement.'))).toEqual([
      'Jeonju ~ Suzhou',
    ]);
    expect(pairs(tiesOf('Jeonju and Suzhou became friendly exchange cities in 1996.'))).toEqual(['Jeonju ~ Suzhou']);
    expect(pairs(tiesOf('Jeonju and Suzhou signed a cooperation agreement in 1996.'))).toEqual([]);
  });

  it('"A adopted B as its sister city", "A has dropped B as a sister city"; not "A sees B as a model"', () => {
    expect(tiesOf('Kiel adopted Tampere as its sister city in 1990.')).toMatchObject([
      { pair: 'Kiel ~ Tampere', rule: 'as-tie', since: 1990 },
    ]);
    expect(pairs(tiesOf('Kiel has dropped Tampere as a sister city.'))).toEqual(['Kiel ~ Tampere']);
    expect(pairs(tiesOf('Kiel sees Tampere as a model for sister city programs.'))).toEqual([]);
    expect(pairs(tiesOf('The mayor of Kiel described Tampere as a sister city of the heart.'))).toEqual([]);
  });

  it('a council with a verb after a list starts a clause: "with B and C City Council is considering ..."', () => {
    expect(
      pairs(
        tiesOf('Kiel will revoke its twin town arrangement with Tampere and Gdynia City Council is considering it.'),
      ),
    ).toEqual(['Kiel ~ Tampere']);
  });

  it('"the cities\' relationship" names the two places of the sentence as partners, anywhere in it', () => {
    expect(
      pairs(tiesOf("Officials from Kiel visited Tampere to discuss the future of the cities' relationship.")),
    ).toEqual(['Kiel ~ Tampere']);
    expect(pairs(tiesOf("Officials from Kiel visited Tampere to discuss the cities' trade."))).toEqual([]);
  });

  it('list shapes: "three sister cities — B, C", "A\'s partners are B, C", "B, C and D are twinned with A"', () => {
    const all = ['Gdynia ~ Kiel', 'Kiel ~ Lublin', 'Kiel ~ Tampere'];
    for (const sentence of [
      'Kiel now has three sister cities — Tampere, Gdynia and Lublin.',
      "Kiel's partners are Tampere, Gdynia and Lublin.",
      'Tampere, Gdynia and Lublin are twinned with Kiel.',
      'Besides Tampere, Kiel is also twinned with Gdynia and Lublin.',
    ])
      expect(pairs(tiesOf(sentence))).toEqual(all);
    expect(tiesOf('Kiel signed twinning agreements with Tampere in 1990 and Gdynia in 1995.')).toMatchObject([
      { pair: 'Gdynia ~ Kiel', since: 1995 },
      { pair: 'Kiel ~ Tampere', since: 1990 },
    ]);
  });

  it('"A has twin towns in Finland (B) and Poland (C, D)": the partners in brackets after the countries', () => {
    expect(pairs(tiesOf('Kiel has twin towns in Finland (Tampere) and Poland (Gdynia, Lublin).'))).toEqual([
      'Gdynia ~ Kiel',
      'Kiel ~ Lublin',
      'Kiel ~ Tampere',
    ]);
    expect(pairs(tiesOf('Kiel has twin towns in Finland and Poland (since 1990).'))).toEqual([]);
  });

  it('start years: "became sister cities 30 years ago", "their 1990 twinning agreement"', () => {
    expect(tiesOf('Kiel and Tampere became sister cities 30 years ago.')).toMatchObject([{ since: 1989 }]);
    expect(tiesOf('Kiel and Tampere renewed their 1990 twinning agreement.')).toMatchObject([{ since: 1990 }]);
    expect(tiesOf('The 1990 sister city agreement between Kiel and Tampere was renewed.')).toMatchObject([
      { since: 1990 },
    ]);
    // a year before other words is none
    expect(tiesOf('Kiel is twinned with Tampere, host of the 1990 games.')).toMatchObject([{ since: null }]);
  });

  it('a tie refused, asked for, or a transport link is none', () => {
    for (const sentence of [
      'Kiel voted against twinning with Tampere.',
      'Kiel rejected a proposal to twin with Tampere.',
      'Kiel is also linked with Tampere via a new rail line.',
      'The Kiel-Tampere ferry line was opened in 1990.',
    ])
      expect(pairs(tiesOf(sentence))).toEqual([]);
  });

  it('a bare "partnership" in the sentence after two places is not taken for their tie', () => {
    expect(pairs(tiesOf('Police in Tacoma arrested two men from Kitakyushu. Their partnership lasted years.'))).toEqual(
      [],
    );
  });

  it('headlines: "A, B forge sister-city ties", "A, B agree to become ...", "Sister cities A, B mark ..."', () => {
    for (const t of [
      'Kiel, Tampere forge sister-city ties',
      'Kiel, Tampere agree to become sister cities',
      'Sister cities Kiel, Tampere mark anniversary',
    ]) {
      const x = extractArticle(` date 2019-05-02 ${t}\n\nThe mayors met.\n`, { file: 'made-up.txt' });
      expect(x.facts.partnerships.map((p) => [p.a, p.b])).toEqual([['Kiel', 'Tampere']]);
    }
  });

  it('"A\'s partner city in Finland is B": a country between the tie word and its copula', () => {
    expect(pairs(tiesOf("Kiel's partner city in Finland is Tampere."))).toEqual(['Kiel ~ Tampere']);
  });

  it('a joint possessive of the tie names the pair: "A and B\'s sister city relationship", not "... cities"', () => {
    expect(tiesOf("Kiel and Tampere's sister city relationship began in 1990.")).toMatchObject([
      { pair: 'Kiel ~ Tampere', since: 1990 },
    ]);
    expect(pairs(tiesOf("Kiel and Tampere's sister cities met in Gdynia."))).toEqual([]);
  });

  it('"The city" or "It" opening a sentence after one that opens with the place: that place owns the tie', () => {
    expect(tiesOf('Kiel lies on the Baltic coast. The city has been twinned with Tampere since 1990.')).toMatchObject([
      { pair: 'Kiel ~ Tampere', since: 1990 },
    ]);
    expect(pairs(tiesOf('Kiel lies on the Baltic coast. It is twinned with Tampere.'))).toEqual(['Kiel ~ Tampere']);
    // not across a paragraph, nor when the sentence before does not open with a place
    expect(pairs(tiesOf('Kiel lies on the coast.\n\nIt is twinned with Tampere.'))).toEqual([]);
    expect(pairs(tiesOf('The mayor of Kiel spoke. It is twinned with Tampere.'))).toEqual([]);
  });
});

describe('tie slots: a subject or list item of a tie verb reads as a town', () => {
  it('a common word opening the sentence: "Bath is twinned with B", "Nice, twinned since 1958 with B"', () => {
    expect(pairs(tiesOf('Bath has twinned with Alkmaar, Braunschweig and Kaposvar.'))).toEqual([
      'Alkmaar ~ Bath',
      'Bath ~ Braunschweig',
      'Bath ~ Kaposvár',
    ]);
    expect(tiesOf('Nice, twinned since 1958 with Edinburgh, hosted the festival.')).toMatchObject([
      { pair: 'Edinburgh ~ Nice', since: 1958 },
    ]);
  });

  it('a division of a country the article never names: "Penang is twinned with B"', () => {
    expect(pairs(tiesOf('Penang is twinned with Adelaide.'))).toEqual(['Adelaide ~ Penang']);
  });

  it('a partner with its country in a list: "twin towns are B in Germany and C in Ireland"', () => {
    expect(pairs(tiesOf("Worcester's twin towns are Rinteln in Germany and Killarney in Ireland."))).toEqual([
      'Killarney ~ Worcester',
      'Rinteln ~ Worcester',
    ]);
  });

  it('a given name the gazetteer knows as a town: "twinned with Celle", "B is twinned with Kendal"', () => {
    expect(tiesOf('Tulsa officially twinned with Celle in 1992.')).toMatchObject([
      { pair: 'Celle ~ Tulsa', since: 1992 },
    ]);
    expect(pairs(tiesOf('Rinteln is twinned with Kendal.'))).toEqual(['Kendal ~ Rinteln']);
    // an unknown given name there is still no town
    expect(pairs(tiesOf('The twinning with Rinteln was praised by Kendra.'))).toEqual([]);
  });

  it('more slots: "A, which is twinned with B", "A\'s twinning with B", "A and its (French) twin town B"', () => {
    expect(pairs(tiesOf('Esztergom, which is twinned with Maintal, hosted the games.'))).toEqual([
      'Esztergom ~ Maintal',
    ]);
    expect(tiesOf("Galway's twinning with Lorient was signed in 1975.")).toMatchObject([
      { pair: 'Galway ~ Lorient', since: 1975 },
    ]);
    expect(pairs(tiesOf('Ghent and its sister city Kanazawa exchanged gifts.'))).toEqual(['Ghent ~ Kanazawa']);
    expect(pairs(tiesOf('Aalst and its French twin town Lens held a market.'))).toEqual(['Aalst ~ Lens']);
    // a name the gazetteer lacks outside a slot is no place
    expect(pairs(tiesOf('Ghent and Kanazawa exchanged gifts.'))).toEqual([]);
  });

  it('a common word capitalised by position outside a tie slot is the word', () => {
    expect(pairs(tiesOf('Nice weather greeted the twinning delegation. Bath towels were sold out.'))).toEqual([]);
  });
});

describe('with-list: a second clause is no list item', () => {
  it('a gapped clause: "A is twinned with B, and C with D"', () => {
    expect(pairs(tiesOf('Accra is twinned with Chicago, and Kumasi with Newark.'))).toEqual([
      'Accra ~ Chicago',
      'Kumasi ~ Newark',
    ]);
  });

  it('a clause with its own verb: ", and C is twinned with D"', () => {
    expect(pairs(tiesOf('Accra is twinned with Chicago, and Kumasi is twinned with Newark.'))).toEqual([
      'Accra ~ Chicago',
      'Kumasi ~ Newark',
    ]);
    expect(pairs(tiesOf('Accra is twinned with Chicago, and Kumasi has a rail link with Tamale.'))).toEqual([
      'Accra ~ Chicago',
    ]);
  });

  it('a list still goes on past ", and" to a place: "with A, Japan, B, China, and C"', () => {
    expect(pairs(tiesOf('Accra is twinned with Chicago, Illinois, Lyon, France, and Newark.'))).toEqual([
      'Accra ~ Chicago',
      'Accra ~ Lyon',
      'Accra ~ Newark',
    ]);
  });
});

describe('with-list: a bare partnership is said of firms and fields too', () => {
  it('the partner must follow "with": not "a partnership agreement with Lufthansa in Frankfurt"', () => {
    expect(pairs(tiesOf('Shenzhen Airlines signed a partnership agreement with Lufthansa in Frankfurt.'))).toEqual([]);
    expect(tiesOf('Plymouth signed a partnership agreement with the French city of Brest in 1990.')).toMatchObject([
      { pair: 'Brest ~ Plymouth', since: 1990, kind: 'partnership' },
    ]);
  });

  it('a partnership on a field is none: "a partnership with B on marine research"', () => {
    expect(pairs(tiesOf('Plymouth signed a partnership with Brest on marine research.'))).toEqual([]);
    expect(pairs(tiesOf('Plymouth signed a partnership with Brest to develop tourism.'))).toEqual([]);
    expect(pairs(tiesOf('Plymouth signed a partnership with Brest on the sidelines of the summit.'))).toEqual([
      'Brest ~ Plymouth',
    ]);
    expect(pairs(tiesOf('Plymouth signed a sister city agreement with Brest on Monday.'))).toEqual([
      'Brest ~ Plymouth',
    ]);
  });
});

describe('the-two: "they" for the two places just named', () => {
  it('"They have been sister cities since 1982", "They were twinned in 1964"', () => {
    expect(
      tiesOf('The mayors of Tartu and Uppsala met on Monday. They have been sister cities since 1982.'),
    ).toMatchObject([{ pair: 'Tartu ~ Uppsala', rule: 'the-two', since: 1982, kind: 'sister' }]);
    expect(tiesOf('The mayors of Tartu and Uppsala met. They were twinned in 1964.')).toMatchObject([
      { pair: 'Tartu ~ Uppsala', since: 1964 },
    ]);
  });

  it('not a tie word that is no plural of places, two places of one country, or across a paragraph', () => {
    expect(pairs(tiesOf('The mayors of Tartu and Uppsala met. They discussed sister cities.'))).toEqual([]);
    expect(pairs(tiesOf('Officials of Lyon and Lille met. They have been sister cities of Kyoto since 1990.'))).toEqual(
      [],
    );
    expect(pairs(tiesOf('The mayors of Tartu and Uppsala met.\n\nThey have been sister cities since 1982.'))).toEqual(
      [],
    );
  });
});

describe('start years from durations told around the tie', () => {
  it('a duration in the year the sentence speaks of: "Next year A and B will celebrate 60 years"', () => {
    expect(
      tiesOf('Next year, Sendai and Riverside will celebrate 60 years as sister cities.', '2024-11-24'),
    ).toMatchObject([{ pair: 'Riverside ~ Sendai', since: 1965 }]);
    expect(tiesOf('Last year Kiel and Tampere marked 30 years of twinning.', '2024-11-24')).toMatchObject([
      { since: 1993 },
    ]);
  });

  it('"N years after the original charter was signed"', () => {
    const found = tiesOf(
      'Haarlem and Osnabrück renewed their twinning vows this week, 60 years after the original charter was signed.',
      '2024-11-24',
    );
    expect(found).toMatchObject([{ pair: 'Haarlem ~ Osnabrück', since: 1964 }]);
  });
});

describe('tie slots: a pair before its tie verb', () => {
  it('"A and B established friendly city relations", "A and B officially signed a twinning charter"', () => {
    expect(tiesOf('Ningbo and Nagaokakyo established friendly city relations in 1983.')).toMatchObject([
      { pair: 'Nagaokakyo ~ Ningbo', since: 1983, kind: 'friendship' },
    ]);
    expect(tiesOf('Nagaokakyo and Ningbo established friendly city relations in 1983.')).toMatchObject([
      { pair: 'Nagaokakyo ~ Ningbo', since: 1983 },
    ]);
    expect(tiesOf('Esztergom and Maintal officially signed a twinning charter in 1990.')).toMatchObject([
      { pair: 'Esztergom ~ Maintal', since: 1990 },
    ]);
  });

  it('not a pair that signs something else', () => {
    expect(pairs(tiesOf('Esztergom and Maintal signed a trade deal in 1990.'))).toEqual([]);
  });
});

describe('a town named like a division of a country the article never names', () => {
  it('is read as the town, not dropped: "Under a 1988 twinning accord, Toledo and Szeged ..."', () => {
    expect(tiesOf('Under a 1988 twinning accord, Toledo and Szeged exchange teachers every year.')).toMatchObject([
      { pair: 'Szeged ~ Toledo', rule: 'fronted', since: 1988 },
    ]);
  });

  it('a division name that is no town stays out: "Western officials visited Szeged"', () => {
    expect(pairs(tiesOf('Western officials visited the twin town of Szeged.'))).toEqual([]);
  });
});

describe('names with particles and councils as subjects', () => {
  it('a particle inside a place name: "Rio de Janeiro", "Dar es Salaam", "Frankfurt am Main"', () => {
    expect(pairs(tiesOf('Kigali and Dar es Salaam signed a twinning agreement in 2012.'))).toEqual([
      'Dar es Salaam ~ Kigali',
    ]);
    expect(pairs(tiesOf('Frankfurt am Main is twinned with Kraków.'))).toEqual(['Frankfurt am Main ~ Kraków']);
    expect(pairs(tiesOf('Rio de Janeiro and Lisbon have been sister cities since 1984.'))).toEqual([
      'Lisbon ~ Rio de Janeiro',
    ]);
  });

  it('"The City of A and B City Council on Wednesday signed ...": the councils are their places', () => {
    expect(
      tiesOf('The City of Kigali and Mombasa City Council on Wednesday signed a twinning agreement.', '2022-05-27'),
    ).toMatchObject([{ pair: 'Kigali ~ Mombasa', rule: 'pair-verb', since: 2022 }]);
  });
});
