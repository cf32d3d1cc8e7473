/**
 * Places are read from the gazetteer only where the words around a name support a place reading. Made-up sentences
 * and short made-up articles in the registers the extractor meets: agency copy, council minutes, embassy pages, local
 * papers.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const places = (body: string): string[] => factsOf(body).places.map((p) => `${p.name}/${p.kind}/${p.country}`);
const names = (body: string): string[] => factsOf(body).places.map((p) => p.name);

describe('a place inside a longer proper name is no mention of the place', () => {
  it('a capitalised word after the name makes a company, treaty, event or building of it', () => {
    expect(names('Osaka Gas signed a supply deal, the company said.')).toEqual([]);
    expect(names('The council remains committed to the Paris Agreement on climate.')).toEqual([]);
    expect(names('Sydney Opera House hosted a concert for the Beijing Olympics anniversary.')).toEqual([]);
    expect(names('The visitors had lunch at Home Town Buffet before the tour.')).toEqual([]);
  });

  it('a given name before the place makes it a person or an institution', () => {
    expect(names('Students of George Washington University sang for the guests.')).toEqual([]);
  });

  it('waters and landforms named after a place are not the place', () => {
    expect(names('The ship crossed the Gulf of Mexico and the Sea of Japan.')).toEqual([]);
  });

  it('a town name after "the" that ends the phrase names a thing ("the North Port")', () => {
    expect(names('The mayor promised to redevelop the North Port and the Old Town.')).toEqual([]);
  });

  it('keeps the place before a title, an organisation, a tie word or a qualifier', () => {
    expect(names('Tokyo Governor Mia Sato met the Seattle Sister Cities Association in Kobe, Japan.')).toEqual([
      'Tokyo Prefecture',
      'Seattle',
      'Kobe',
      'Japan',
    ]);
    expect(names('The Busan Metropolitan City government and the Lyon office of the agency met.')).toEqual([
      'Busan',
      'Lyon',
    ]);
  });

  it('keeps the place that completes a title or an organisation before a name', () => {
    const f = factsOf('The Mayor of Kaunas Rasa Vilkaite met the chairman of the Water Board of Tartu K.L.Tamm.');
    expect(f.places.map((p) => p.name)).toEqual(['Kaunas', 'Tartu']);
    expect(f.people.map((p) => p.name)).toEqual(['Rasa Vilkaite', 'K.L.Tamm']);
  });

  it('a headline in title case capitalises every word: neighbours there tell nothing', () => {
    const f = factsOf('Officials met on Monday.').document;
    expect(f.title).toBe('Local news');
    expect(names('Rosario Signs Twinning Pact With Leipzig Delegation\n\nThe pact was signed on Monday.')).toEqual([
      'Rosario',
      'Leipzig',
    ]);
  });
});

describe('common words capitalised by their position', () => {
  it('a sentence-initial common word is the word, not the town of that name', () => {
    expect(names('Mobile phones were banned at the meeting. Reading the statement, the mayor thanked all.')).toEqual(
      [],
    );
    expect(names('Will the two cities renew their pact? Police said the road was closed.')).toEqual([]);
  });

  it('the same word with a cue is the town: a qualifier, a title, a place word or an earlier reading', () => {
    expect(
      names('The mayor of Mobile, Alabama, flew to Havana. Mobile has been a partner of Havana since 1993.'),
    ).toEqual(['Mobile', 'Alabama', 'Havana']);
    expect(names('Nice weather greeted the delegation. It then flew on to Nice, France.')).toEqual(['Nice', 'France']);
  });

  it('a division whose name is a common word needs a generic word or a qualifier ("a Delta region of China")', () => {
    expect(places('Foshan lies in a Delta region of China, and the Central government approved the plan.')).toEqual([
      'Foshan/city/CN',
      'China/country/CN',
    ]);
  });
});

describe('the reading of an ambiguous name', () => {
  it('a bare name shared by a division and its capital is the city; a title cue makes it the division', () => {
    expect(places('Delegates from Utrecht and Salzburg arrived by train.')).toEqual([
      'Utrecht/city/NL',
      'Salzburg/city/AT',
    ]);
    expect(places('The King’s Commissioner of Utrecht province met them.')).toEqual(['Utrecht/province/NL']);
  });

  it('a title with its holder before "of" still tells the kind: "Mayor Ana Reis of Victoria"', () => {
    expect(places('Mayor Ana Reis of Victoria met the press.')[0]).toMatch(/^Victoria\/city\//);
  });

  it('a city-state is the country', () => {
    expect(places('The Singapore Prime Minister met the delegation.')).toEqual(['Singapore/country/SG']);
  });

  it('a country written as an abbreviation keeps the text’s form', () => {
    expect(names('Its twin towns include Salem, Oregon, USA and Lund in Sweden.')).toEqual(
      expect.arrayContaining(['USA', 'Sweden']),
    );
    expect(names('The statue angered the U.S. city.')).toEqual(['U.S.']);
  });

  it('a surname after a title is the person, not the country of that name', () => {
    const f = factsOf('Officers were led by Minister Ana Malta. Minister Malta welcomed the mayors.');
    expect(f.places.map((p) => p.name)).toEqual([]);
  });
});

describe('places the gazetteer lacks, kept where the text says what they are', () => {
  it('a name ending in the generic word of a local division', () => {
    expect(places('The mayor of the Kilbeggan Moate Municipal District met the mayor of Jefferson County.')).toEqual([
      'Kilbeggan Moate Municipal District/district/null',
      'Jefferson County/county/null',
    ]);
    expect(names('The Central Business District and the School District were closed.')).toEqual([]);
  });

  it('the gazetteer’s own division is not lengthened by a word before it', () => {
    expect(names('“Beyond Gangwon Province, we look to Asia,” he said.')).toEqual(['Gangwon Province']);
  });

  it('one unknown word placed in a country: "Zarichne in Ukraine"', () => {
    expect(places('Officials from Bielawa in Poland and Zarichne in Ukraine met.')).toEqual(
      expect.arrayContaining(['Zarichne/city/UA', 'Poland/country/PL', 'Ukraine/country/UA']),
    );
  });

  it('a small town after "twin town" or "sister city" is the town', () => {
    expect(names('The money came from their German twin-city, Olpe.')).toContain('Olpe');
  });

  it('two towns joined by a hyphen are one merged place when its council or mayor is named', () => {
    expect(names('The mayor of Kitchener-Waterloo visited. Kitchener-Waterloo Council paid.')).toEqual([
      'Kitchener-Waterloo',
    ]);
    expect(names('The Busan-Fukuoka ferry and the Seattle-Kobe Sister City Association.')).toEqual([
      'Busan',
      'Fukuoka',
      'Seattle',
      'Kobe',
    ]);
  });
});

describe('registers', () => {
  it('agency copy: a shouted dateline, a company and a capital', () => {
    const f = factsOf(
      'HAVRELL, June 3 (Newswire) -- Lisbon and Maputo signed a twinning accord on Monday, officials said. ' +
        'Lisbon Metro and Maputo Port Authority will also cooperate. Reading from a statement, the mayor praised ' +
        'the ties.',
    );
    expect(f.places.map((p) => p.name)).toEqual(['Lisbon', 'Maputo']);
  });

  it('a council of a town named by a common word, at the start of a sentence', () => {
    expect(names('Reading Borough Council also sent greetings to Düsseldorf.')).toEqual(['Reading', 'Düsseldorf']);
  });

  it('council minutes: the council of a town and a resolution', () => {
    const f = factsOf(
      'Minutes of the meeting of Rotherham Council. Present: Cllr J. Doe (Chair). Resolved: that the twinning ' +
        'with Kursk be revoked. Will members note the Paris Agreement targets in item 4.',
    );
    expect(f.places.map((p) => p.name)).toEqual(['Rotherham', 'Kursk']);
  });

  it('an embassy page: a minister whose surname is a country, and the embassy’s country', () => {
    const f = factsOf(
      'Shown above is Minister Lina Jordan of the Embassy of the Philippines. Minister Jordan welcomed the ' +
        'mayors to Washington, D.C.',
    );
    expect(f.places.map((p) => p.name)).toEqual(['Philippines', 'Washington, D.C.']);
  });

  it('a local paper: a shop, a river delta and the towns', () => {
    const f = factsOf(
      'The visitors from Zhuhai, China, ate at Old Town Diner and toured the Sacramento Delta before ' +
        'returning to Modesto.',
    );
    expect(f.places.map((p) => p.name)).toEqual(['Zhuhai', 'China', 'Modesto']);
  });
});

describe('text as pages give it', () => {
  it('two words whose space after a full stop was lost are two words ("City.In")', () => {
    expect(places('The forum was held in Mexico City.In Mexico City, the mayor spoke.')).toEqual([
      'Mexico City/city/MX',
    ]);
  });
});
