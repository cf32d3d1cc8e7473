/**
 * The seventh round's tie probes: shapes of city web pages, encyclopedia entries, council minutes and translated local
 * features, where the owner of a tie is the place the article is about and is not named in the tie's own sentence
 * ("Since 2007 the borough has ...", "An earlier twinning with B ...", "and in 1997 the partnership with C followed"),
 * and lists that must stop where a new phrase begins. Made-up text, with traps.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

function goldOf(body: string, date = '2021-06-10') {
  return toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
}

function tiesOf(body: string, date = '2021-06-10'): Array<[string, number | null, number | null]> {
  return goldOf(body, date)
    .partnerships.map((p): [string, number | null, number | null] => [
      [p.a, p.b].sort().join(' ~ '),
      p.since ?? null,
      p.until ?? null,
    ])
    .sort();
}

/** A lead that makes Tours the place the article is about (named three times, in the lead). */
const TOURS_LEAD = 'Tours is a city on a river. Tours has welcomed visitors for centuries. The Tours council met.\n\n';

describe('the place the article is about owns a tie its sentence gives no owner', () => {
  it('"Since 2007 the city has also held a friendship agreement with B": the fronted year dates it', () => {
    expect(
      tiesOf(`${TOURS_LEAD}Since 2007 the city has also held a friendship agreement with Mardan in Pakistan.`),
    ).toEqual([['Mardan ~ Tours', 2007, null]]);
    expect(
      tiesOf(
        'Halle is proud of its links. Halle hosted a gala. The mayor of Halle spoke.\n\n' +
          'Today the borough also has a friendship agreement with Ulsan.',
      ),
    ).toEqual([['Halle ~ Ulsan', null, null]]);
  });

  it('"An earlier twinning with C" after a tie of "the city": the same owner, with its start and end', () => {
    expect(
      tiesOf(
        `${TOURS_LEAD}Since 2007 the city has also held a friendship agreement with Mardan in Pakistan. An earlier ` +
          'twinning with Trier was agreed in 1981 but lapsed in 1998.',
      ),
    ).toEqual([
      ['Mardan ~ Tours', 2007, null],
      ['Tours ~ Trier', 1981, 1998],
    ]);
  });

  it('"there exists a town twinning with B near C, and in 1997 the partnership with D followed"', () => {
    expect(
      tiesOf(
        'PADERBORN. Paderborn and Le Mans mark 40 years of partnership. Le Mans sent a choir; Le Mans sent a band. ' +
          'Le Mans sent its mayor, who praised Paderborn.\n\n' +
          'Le Mans is not the oldest partner town of Paderborn. Already since 1978 there exists a town twinning with ' +
          'Enschede near Hengelo, and in 1997 the partnership with Lublin in eastern Poland followed.',
      ),
    ).toEqual([
      ['Enschede ~ Paderborn', 1978, null],
      ['Le Mans ~ Paderborn', 1981, null],
      ['Lublin ~ Paderborn', 1997, null],
    ]);
  });

  it('trap: with no clear home place, an ownerless tie stays unowned', () => {
    expect(tiesOf('Since 2007 the city has also held a friendship agreement with Mardan in Pakistan.')).toEqual([]);
    expect(tiesOf('Halle met Ulsan. Kiel met Sopot.\n\nThe town also has a friendship agreement with Gera.')).toEqual(
      [],
    );
  });

  it("trap: the place of a local paper's place line is home, not the partner it names more often", () => {
    const ties = tiesOf(
      'PADERBORN. Le Mans, Le Mans and Le Mans again: the partner town was everywhere at the weekend, and Paderborn ' +
        'enjoyed it. Paderborn will return the visit.\n\nThe partnership with Lublin began in 1997.',
    );
    expect(ties).toContainEqual(['Lublin ~ Paderborn', 1997, null]);
    expect(ties.some(([pair]) => pair === 'Le Mans ~ Lublin')).toBe(false);
  });
});

describe('partner lists stop where a new phrase begins', () => {
  it('"A, which is twinned with B, C and D, welcomed a delegation from E": E is no partner', () => {
    expect(
      tiesOf('Rennes, which is twinned with Erlangen, Bolton and Brno, welcomed a delegation from Sendai.'),
    ).toEqual([
      ['Bolton ~ Rennes', null, null],
      ['Brno ~ Rennes', null, null],
      ['Erlangen ~ Rennes', null, null],
    ]);
  });

  it('a place after "near" locates the partner and is no partner itself', () => {
    expect(
      tiesOf('Kiel has been twinned with the Danish municipality of Vordingborg near Næstved since 1990.'),
    ).toEqual([['Kiel ~ Vordingborg', 1990, null]]);
  });
});

describe('a place that has partners, and the lists that name them', () => {
  it('a division opening the sentence before "has sister cities such as" is a place (no preposition needed)', () => {
    expect(tiesOf('Ohio has sister cities such as Bremen and Kraków.')).toEqual([
      ['Bremen ~ Ohio', null, null],
      ['Kraków ~ Ohio', null, null],
    ]);
    expect(tiesOf('Today Sichuan has 20 sister provinces. Among them are Bremen and Kraków.').length).toBeGreaterThan(
      0,
    );
  });

  it('"has added partners such as B (1996), C (2002)": each partner with the year in brackets after it', () => {
    expect(
      tiesOf('Over the years Hubei has added partners such as Bremen (1996), Kraków (2002) and Porto Alegre (2011).'),
    ).toEqual([
      ['Bremen ~ Hubei Province', 1996, null],
      ['Hubei Province ~ Kraków', 2002, null],
      ['Hubei Province ~ Porto Alegre', 2011, null],
    ]);
  });

  it('trap: partners of a firm are no ties', () => {
    expect(tiesOf('The carmaker has partners such as Bosch and Siemens in Munich.')).toEqual([]);
    expect(tiesOf('Munich has trade partners such as Dalian.')).toEqual([]);
  });

  it('"A\'s first twin town was B (1981), followed by C (1975) and D (1981)"', () => {
    expect(
      tiesOf("Toulouse's first twin town was Bologna (1961), followed by Atlanta (1975) and Chongqing (1981)."),
    ).toEqual([
      ['Atlanta ~ Toulouse', 1975, null],
      ['Bologna ~ Toulouse', 1961, null],
      ['Chongqing ~ Toulouse', 1981, null],
    ]);
  });

  it('"A now has three sister cities. The sister cities are B, Country (1996) and C, Country (2002)"', () => {
    expect(
      tiesOf(
        'Meanwhile, with Surabaya, Daegu now has 3 sister cities. The sister cities are Hiroshima, Japan (1996) and ' +
          'Yantai, China (2002).',
      ),
    ).toEqual([
      ['Daegu ~ Hiroshima', 1996, null],
      ['Daegu ~ Yantai', 2002, null],
    ]);
    expect(tiesOf('Daegu now has 2 sister cities. They are Hiroshima and Yantai.')).toEqual([
      ['Daegu ~ Hiroshima', null, null],
      ['Daegu ~ Yantai', null, null],
    ]);
  });

  it('trap: "They are" after a sentence about no partners lists none', () => {
    expect(tiesOf('Daegu hosted the mayors of Hiroshima and Yantai. They are old friends.')).toEqual([]);
  });
});

describe('encyclopedia and council shapes', () => {
  it('"An earlier twinning with C, a town ..., was agreed in 1981 but lapsed in 1998 and has not been revived"', () => {
    expect(
      tiesOf(
        `${TOURS_LEAD}Since 2007 the city has also held a friendship agreement with Mardan in Pakistan, from where ` +
          "many of Tours' residents trace their roots.[10]\n\nAn earlier twinning with Trier, a town on the " +
          'Moselle chosen for the similarities between two old cathedral towns, was agreed in 1981 but lapsed in ' +
          '1998 and has not been revived.[11] Proposals in 2016 to twin Tours with a town in Poland were not ' +
          'taken forward.',
      ),
    ).toEqual([
      ['Mardan ~ Tours', 2007, null],
      ['Tours ~ Trier', 1981, 1998],
    ]);
  });

  it('trap: a tie taken up again has no end', () => {
    expect(tiesOf('Tours and Trier ended their twinning in 1998 but revived it in 2005.')).toEqual([
      ['Tours ~ Trier', null, null],
    ]);
  });

  it('"... confirmed the partnerships of A with the other cities. These are:" and a bulleted list', () => {
    expect(
      tiesOf(
        'The deputies confirmed the partnerships of Poznań with the other cities. These are:\n' +
          '- Zlín (Czech Republic) - since 1997\n- Szeged (Hungary) - since 1995',
      ),
    ).toEqual([
      ['Poznań ~ Szeged', 1995, null],
      ['Poznań ~ Zlín', 1997, null],
    ]);
  });

  it('trap: "These are:" after a sentence that tells no tie lists no partners', () => {
    expect(tiesOf('The council met in Trnava on Monday. These are:\n- Zlín (Czech Republic)\n- Szeged')).toEqual([]);
  });
});

describe('the parts of one sentence, each with its own owner, kind and year', () => {
  it('"A signed a sister-city agreement with B in 1989 and a friendship agreement with C in 1994" (no comma)', () => {
    expect(
      goldOf(
        'Daejeon signed a sister-city agreement with Portland in 1989 and a friendship agreement with Wuhan in 1994.',
      )
        .partnerships.map((p) => [[p.a, p.b].sort().join(' ~ '), p.kind, p.since ?? null])
        .sort(),
    ).toEqual([
      ['Daejeon ~ Portland', 'sister', 1989],
      ['Daejeon ~ Wuhan', 'friendship', 1994],
    ]);
  });

  it('"with B and with C, the latter since 1995": the year is C\'s alone', () => {
    expect(tiesOf('Córdoba maintains hermanamientos with Monterrey and with Kraków, the latter since 1995.')).toEqual([
      ['Córdoba ~ Kraków', 1995, null],
      ['Córdoba ~ Monterrey', null, null],
    ]);
  });

  it('"In 2001 the two cities, A and B, formalised their partnership": the fronted year, not the article\'s', () => {
    expect(tiesOf('In 2001 the two cities, Rosario and Ostrava, formalised their partnership.')).toEqual([
      ['Ostrava ~ Rosario', 2001, null],
    ]);
    // trap: a fronted year before an anniversary is the anniversary's year, not the start
    expect(tiesOf('In 2019 Rosario and Ostrava celebrated 30 years of partnership.')).toEqual([
      ['Ostrava ~ Rosario', 1989, null],
    ]);
  });

  it('"Windsor (Ontario) and B": a division in brackets qualifies the town before it', () => {
    expect(
      tiesOf('London (Ontario) and Mannheim celebrated the 25th anniversary of their twinning on Saturday.'),
    ).toEqual([['London ~ Mannheim', 1996, null]]);
    expect(goldOf('London (Ontario) and Mannheim met.').places.find((p) => p.name === 'London')?.country).toBe(
      'Canada',
    );
  });

  it('"Ties were established with B in 1992 and with C in 1998, she said.": the speaker\'s town', () => {
    expect(
      tiesOf(
        'Mayor Ana Ruiz of Valparaíso spoke at the forum. Sister city relationships were established with ' +
          'Kaohsiung in 1992 and with Cebu City in 1998, she said.',
      ),
    ).toEqual([
      ['Cebu City ~ Valparaíso', 1998, null],
      ['Kaohsiung ~ Valparaíso', 1992, null],
    ]);
  });
});

describe('which place, and which year', () => {
  it('a bare name that is a town and the region named after it ("Trenčín Region") is the town', () => {
    expect(tiesOf('Trenčín has partner cities. They are:\n- Zlín (Czech Republic) - since 1997')).toEqual([
      ['Trenčín ~ Zlín', 1997, null],
    ]);
  });

  it('"will mark its 15th anniversary next spring": the anniversary falls in the coming year', () => {
    expect(
      tiesOf('The Gifu-Szeged friendship agreement will mark its 15th anniversary next spring.', '2023-10-02'),
    ).toEqual([['Gifu ~ Szeged', 2009, null]]);
  });

  it('"the partnership between the port cities of A and B had been dormant since 2015": a pair, not a start', () => {
    expect(
      tiesOf('Officials said the partnership between the port cities of Rijeka and Kobe had been dormant since 2015.'),
    ).toEqual([['Kobe ~ Rijeka', null, null]]);
  });
});

describe('figures of places told through their local bodies', () => {
  const figures = (body: string) => goldOf(body).country_stats.map((f) => [[...f.countries].sort().join('/'), f.value]);

  it('"Across A, communities hold 19 sister city relationships"', () => {
    expect(figures('Across Manitoba, communities hold 19 sister city relationships, four of them in Brandon.')).toEqual(
      [['Manitoba', 19]],
    );
  });

  it('"Slovak towns and municipalities maintain around 40 partnership relations with municipalities in B"', () => {
    expect(
      figures(
        'Slovak towns and municipalities maintain around 40 partnership relations with municipalities in Russia.',
      ),
    ).toEqual([['Russia/Slovakia', 40]]);
    expect(figures('Croatian municipalities have 25 partnerships with towns in Italy.')).toEqual([
      ['Croatia/Italy', 25],
    ]);
  });

  it('"42 localities of 21 countries, including 8 localities of B": the part is the subject\'s and B\'s', () => {
    expect(
      figures(
        'Up to now, Anhui has established friendly relations with 42 localities of 21 countries and territories, ' +
          'including 8 localities of the Republic of Korea.',
      ),
    ).toContainEqual(['Anhui Province/Republic of Korea', 8]);
  });

  it('trap: bodies of a place that hold no count give no figure', () => {
    expect(figures('Across Manitoba, communities held 19 festivals last year.')).toEqual([]);
  });
});

describe('pairs named after the tie word', () => {
  it('"The agreement was signed in 1994 by the mayors of A and B"', () => {
    expect(tiesOf('The sister-city agreement was signed in 1994 by the mayors of Plovdiv and Brno.')).toEqual([
      ['Brno ~ Plovdiv', 1994, null],
    ]);
    expect(
      tiesOf('The twinning charter, signed by the mayors of Plovdiv and Brno in 1994, hangs in the hall.'),
    ).toEqual([['Brno ~ Plovdiv', 1994, null]]);
  });

  it('"As sister cities, A and B exchange students every year"', () => {
    expect(tiesOf('As sister cities, Daegu and Plovdiv exchange students every year.')).toEqual([
      ['Daegu ~ Plovdiv', null, null],
    ]);
  });

  it('"B is one of A\'s oldest partners"', () => {
    expect(tiesOf("Plovdiv is one of Brno's oldest partners.")).toEqual([['Brno ~ Plovdiv', null, null]]);
  });

  it('traps: heads of places who signed something else, or "as" of another kind', () => {
    expect(tiesOf('The trade deal was signed in 1994 by the mayors of Plovdiv and Brno.')).toEqual([]);
    expect(tiesOf('As capitals of culture, Plovdiv and Brno drew tourists.')).toEqual([]);
  });
});

describe('places inside the names of institutions and continents', () => {
  const placesOf = (body: string) => goldOf(body).places.map((p) => p.name);

  it('"Lowell High School", "Hotel Cusco": a town in an institution\'s name is no place mention', () => {
    expect(placesOf('Students from Lowell High School will travel to Bergen in June.')).toEqual(['Bergen']);
    expect(placesOf('The guests stayed at the Hotel Cusco in Arequipa.')).toEqual(['Arequipa']);
  });

  it('"South America", "Latin America" are continents, not the United States', () => {
    expect(placesOf('Fez opens a door to South America, the mayor of Arequipa said.')).toEqual(['Arequipa']);
  });

  it('trap: the town itself, named beside its institution, stays a place', () => {
    expect(placesOf('Lowell is twinned with Bergen; Lowell High School sent a choir.')).toContain('Lowell');
  });
});

describe('quotes in single curly marks', () => {
  it('"‘Our twinning with B matters,’ said Mayor A of X": the speaker\'s town owns the tie', () => {
    expect(tiesOf('‘Our twinning with Sopot matters,’ said Mayor Jan Nowak of Gdynia.')).toEqual([
      ['Gdynia ~ Sopot', null, null],
    ]);
  });

  it('trap: an apostrophe inside a word closes no quote', () => {
    expect(tiesOf('Gdynia’s twinning with Sopot, the mayor’s pride, is old.')).toEqual([
      ['Gdynia ~ Sopot', null, null],
    ]);
  });
});
