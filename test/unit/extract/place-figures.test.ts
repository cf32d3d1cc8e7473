import { describe, expect, it } from 'vitest';
import { goldOf } from './helpers.ts';

const figures = (body: string) =>
  goldOf(body).country_stats.map((s) => ({
    places: s.countries,
    value: s.value,
    qualifier: s.qualifier,
    rule: s.rule,
  }));

/** Places (sorted), value and rule of each figure of a made-up article about Canada. */
const sortedFigures = (body: string) =>
  figures(`News from Canada.\n\n${body}`).map((x) => [[...x.places].sort(), x.value, x.rule]);

describe('figures about places', () => {
  it('a figure about one country or province, with its qualifier', () => {
    expect(figures('Portugal has some 1,200 twinnings, officials said.')).toEqual([
      { places: ['Portugal'], value: 1200, qualifier: 'about', rule: 'figure-subject-list' },
    ]);
  });

  it('a count of countries after the figure shares its subject', () => {
    const f = figures('Officials in Canada said Manitoba has established 64 sister-city ties with 20 countries.');
    expect(f.map((x) => [x.places, x.value])).toEqual([
      [['Manitoba'], 64],
      [['Manitoba'], 20],
    ]);
  });

  it('three places sharing one figure "among them"', () => {
    expect(figures('Chile, Peru and Ecuador count 140 pairs among them.').map((x) => [x.places, x.value])).toEqual([
      [['Chile', 'Peru', 'Ecuador'], 140],
    ]);
  });

  it('places counted in a country with partners of another', () => {
    expect(
      figures('In all, 52 municipalities in Norway have friendship agreements with Mexican partners.').map((x) => [
        x.places,
        x.value,
      ]),
    ).toEqual([[['Norway', 'Mexico'], 52]]);
  });

  it('"the province has" refers to the province named before; a figure about one city is not recorded', () => {
    expect(
      figures('Manitoba in Canada welcomed the guests. Now the province has 64 sister cities.').map((x) => [
        x.places,
        x.value,
      ]),
    ).toEqual([[['Manitoba'], 64]]);
    expect(figures('Leeds has 12 sister cities.')).toEqual([]);
  });
});

describe('figures about places in other wordings', () => {
  const pairsOf = sortedFigures;

  it('numbers in words, and a possessive subject', () => {
    expect(pairsOf('Manitoba now has two dozen sister provinces.')).toEqual([
      [['Manitoba'], 24, 'figure-subject-list'],
    ]);
    expect(pairsOf("Norway's 52 twinnings are mostly in Europe.")).toEqual([[['Norway'], 52, 'figure-possessive']]);
    expect(pairsOf('Portugal has five sister-city links with Chile.')).toEqual([
      [['Chile', 'Portugal'], 5, 'figure-subject-list'],
    ]);
  });

  it('an adjective of place before the counted places, with the partner country after', () => {
    expect(pairsOf('Some 40 Norwegian municipalities have sister cities in Chile.')).toEqual([
      [['Chile', 'Norway'], 40, 'figure-adjective'],
    ]);
    expect(pairsOf('Nearly 1,750 Norwegian municipalities are twinned with foreign towns.')).toEqual([
      [['Norway'], 1750, 'figure-adjective'],
    ]);
  });

  it('countries joined before the noun (named as the places list names them), the number after the noun', () => {
    expect(pairsOf('It is one of 26 U.S.-Chile sister-state pairs.').map((x) => [x[0], x[1]])).toEqual([
      [['Chile', 'U.S.'], 26],
    ]);
    expect(pairsOf('The number of sister cities between Chile and Peru has reached 60.')).toEqual([
      [['Chile', 'Peru'], 60, 'figure-number-after'],
    ]);
  });

  it('counts of places after a tie phrase, and the subject of a sentence that adds to its count', () => {
    expect(pairsOf('Manitoba has signed sister-province agreements with 12 regions in 9 countries.')).toEqual([
      [['Manitoba'], 12, 'figure-subject-list'],
      [['Manitoba'], 9, 'figure-follow-on'],
    ]);
    expect(
      pairsOf(
        'Since 2015, Manitoba has widened its exchanges abroad, adding 11 new friendship provinces in four years.',
      ),
    ).toEqual([[['Manitoba'], 11, 'figure-sentence-subject']]);
  });

  it('no figure: people and visits counted, or a count with no place', () => {
    expect(pairsOf('The delegation of 30 people from Portugal visited 12 cities.')).toEqual([]);
    expect(pairsOf('There are 300 twinnings in all.')).toEqual([]);
  });
});

describe('figures about the local governments of countries', () => {
  const valued = (body: string) => figures(body).map((x) => [x.places, x.value, x.qualifier]);

  it('"local governments in A have 14 sister or friendship ties with cities and regions in B"', () => {
    const body =
      'Officials said local governments in Chile have 14 sister or friendship ties with cities and regions in Norway.';
    expect(valued(body)).toEqual([[['Chile', 'Norway'], 14, 'exactly']]);
  });

  it('"municipalities in A and B are linked by more than 70 ...", "the local governments of A and B have 52"', () => {
    expect(
      valued('Officials said municipalities in Chile and Norway are linked by more than 70 partnership agreements.'),
    ).toEqual([[['Chile', 'Norway'], 70, 'more than']]);
    expect(valued('Officials said the local governments of Chile and Norway have 52 exchange relations.')).toEqual([
      [['Chile', 'Norway'], 52, 'exactly'],
    ]);
  });

  it('an adjective of the country, and partners listed: "A-ish municipalities have signed 28 ... in B, C, D"', () => {
    const body =
      'Jordanian municipalities have signed 28 twinning agreements with cities in Peru, Bolivia and Ecuador ' +
      'since 2010.';
    expect(valued(body)).toEqual([[['Jordan', 'Peru', 'Bolivia', 'Ecuador'], 28, 'exactly']]);
  });

  it('places counted in a country: "some 1,900 towns in the A have at least one twin"', () => {
    expect(valued('Officials said some 1,900 towns in the Czech Republic have at least one twin.')).toEqual([
      [['Czech Republic'], 1900, 'about'],
    ]);
  });

  it('local bodies without a country are no figure: "local governments have 14 sister or friendship ties"', () => {
    expect(valued('Officials said local governments have 14 sister or friendship ties.')).toEqual([]);
  });
});

describe("figures in more of the genre's wordings", () => {
  const got = sortedFigures;

  it('kinds of tie coordinated before one noun, exchange ties, and the words of other languages', () => {
    expect(
      got('Manitoba has so far signed 14 sister-province and sister-city agreements with partners abroad.'),
    ).toEqual([[['Manitoba'], 14, 'figure-subject-list']]);
    expect(got('Officials say Ontario holds about 400 twinning and friendship agreements.')).toEqual([
      [['Ontario'], 400, 'figure-subject-list'],
    ]);
    expect(got('Manitoba currently maintains 21 international exchange ties with regions in 12 countries.')).toEqual([
      [['Manitoba'], 21, 'figure-subject-list'],
      [['Manitoba'], 12, 'figure-follow-on'],
    ]);
    expect(got('The report says Peru has 62 hermanamientos in force.')).toEqual([
      [['Peru'], 62, 'figure-subject-list'],
    ]);
  });

  it('the place\'s bodies or government before the verb, an aside, "which has", "is home to", ", with N ..."', () => {
    expect(got('A councillor noted that Alberta cities hold more than 110 sister city relationships.')).toEqual([
      [['Alberta'], 110, 'figure-subject-list'],
    ]);
    expect(got('The Ontario Provincial Government has signed 14 sister-province agreements.')).toEqual([
      [['Ontario'], 14, 'figure-subject-list'],
    ]);
    expect(got("Officials said Kenya's districts and the City of Nairobi have signed 27 twinning agreements.")).toEqual(
      [[['Kenya'], 27, 'figure-subject-list']],
    );
    expect(
      got('The Province of Manitoba, with its 98 municipalities, counts 31 twinnings with towns in Peru.'),
    ).toEqual([[['Manitoba', 'Peru'], 31, 'figure-subject-list']]);
    expect(got('Manitoba, which has 64 sister provinces, sent a delegation.')).toEqual([
      [['Manitoba'], 64, 'figure-subject-list'],
    ]);
    expect(got('Ontario is home to more than 90 sister-city relationships.')).toEqual([
      [['Ontario'], 90, 'figure-subject-list'],
    ]);
    expect(got('Manitoba, with 64 sister provinces, leads the country.')).toEqual([
      [['Manitoba'], 64, 'figure-subject-list'],
    ]);
  });

  it('"there are N ... in A", "across A, B and C there are N ..."', () => {
    expect(got('There are 1,300 twinnings in Peru.')).toEqual([[['Peru'], 1300, 'figure-there-are']]);
    expect(got('Across Ontario, Quebec and Manitoba there are some 70 sister-city links with Nordic towns.')).toEqual([
      [['Manitoba', 'Ontario', 'Québec'], 70, 'figure-there-are'],
    ]);
  });

  it('a part of the figure before: "nearly 40 of them with cities in B", "C alone accounts for 11 of them"', () => {
    expect(
      got('Peru councils hold about 100 sister city relationships, nearly 40 of them with cities in Japan.'),
    ).toEqual([
      [['Peru'], 100, 'figure-subject-list'],
      [['Japan', 'Peru'], 40, 'figure-part'],
    ]);
    const body =
      'Up to now, China and Peru have established 41 pairs of friendship provinces and cities, and Hunan Province ' +
      'alone accounts for 11 of them.';
    expect(got(body)).toEqual([
      [['China', 'Peru'], 41, 'figure-country-pair'],
      [['Hunan Province', 'Peru'], 11, 'figure-part'],
    ]);
    // A part with no partner and no place of its own is no figure of its own.
    expect(got('Peru has 100 sister cities, 40 of them active.')).toEqual([[['Peru'], 100, 'figure-subject-list']]);
  });

  it('a partner of an earlier figure is not a subject of the next one', () => {
    const body =
      'Municipalities of Mexico have signed more than 300 hermanamientos with cities of the United States, and the ' +
      'State of Jalisco alone has 62 hermanamientos in force.';
    expect(got(body)).toEqual([
      [['Mexico', 'United States'], 300, 'figure-local-bodies'],
      [['Jalisco'], 62, 'figure-subject-list'],
    ]);
  });

  it('no figure: people, events or years counted with a tie word; a count of ties nobody holds', () => {
    expect(got('Twenty sister city delegates from Peru arrived in Ontario.')).toEqual([]);
    expect(got('Peru has sent 15 sister-city students to Ontario.')).toEqual([]);
    expect(got('Manitoba has held 12 twinning events this year.')).toEqual([]);
    expect(got('There are 300 twinnings in all, in 2019 more than ever.')).toEqual([]);
  });
});

describe('figures: more shapes of subject and number', () => {
  const got = sortedFigures;

  it('"the province\'s 47 ...", places counted in a country that "are twinned", "between A and B", "share"', () => {
    expect(got("Manitoba in Canada welcomed the guests. The province's 47 sister provinces sent greetings.")).toEqual([
      [['Manitoba'], 47, 'figure-coreference'],
    ]);
    expect(got('Officials say some 300 towns in Peru are twinned with towns in Chile.')).toEqual([
      [['Chile', 'Peru'], 300, 'figure-in-country'],
    ]);
    expect(got('There are now 40 sister-state agreements between Ontario and Jalisco.')).toEqual([
      [['Jalisco', 'Ontario'], 40, 'figure-between'],
    ]);
    expect(got('Ontario and Manitoba share 40 sister-province agreements.')).toEqual([
      [['Manitoba', 'Ontario'], 40, 'figure-shared-list'],
    ]);
    expect(got('Germany and France share more than 2,200 town twinnings.')).toEqual([
      [['France', 'Germany'], 2200, 'figure-country-pair'],
    ]);
    expect(got('Over 1,300 Italian towns and cities are twinned with foreign towns.')).toEqual([
      [['Italy'], 1300, 'figure-adjective'],
    ]);
  });

  it("the number after a possessive's ties, by a verb of counting; numbers in thousands", () => {
    expect(got("The number of Manitoba's sister cities has grown to 30.")).toEqual([
      [['Manitoba'], 30, 'figure-number-after'],
    ]);
    expect(got("Manitoba's sister cities now number 12.")).toEqual([[['Manitoba'], 12, 'figure-number-after']]);
    expect(got('Peru has two thousand five hundred twinnings.')).toEqual([[['Peru'], 2500, 'figure-subject-list']]);
  });

  it("no figure: a distance or an age after a possessive's tie, two towns", () => {
    expect(got("Manitoba's sister city is 12 km away.")).toEqual([]);
    expect(got('Twinning links between Paris and Rome are 70 years old.')).toEqual([]);
    expect(got('There are 5 sister-city agreements between Lyon and Turin.')).toEqual([]);
  });
});

describe('the places a figure names', () => {
  it('a country first met as an adjective is named as the text then writes it', () => {
    const g = goldOf(
      'Officials met Korean guests.\n\nThe local governments of Korea and Peru have 52 exchange relations.',
    );
    expect(g.places.find((p) => p.kind === 'country' && p.name.includes('Korea'))?.name).toBe('Korea');
    expect(g.country_stats.map((s) => [[...s.countries].sort(), s.value])).toEqual([[['Korea', 'Peru'], 52]]);
  });

  it('a division the article never names, before its own towns: "Alberta cities hold ..."', () => {
    const g = goldOf('A councillor noted that Alberta cities hold more than 110 sister city relationships.');
    expect(g.country_stats.map((s) => [s.countries, s.value])).toEqual([[['Alberta'], 110]]);
  });
});

describe('figures: the subject in other places of the sentence, and the partner', () => {
  const got = sortedFigures;

  it('a fronted count or place, a ranking verb, two counts joined, "the N ... of A", "has added"', () => {
    expect(got('With 45 sister cities, Peru leads the region.')).toEqual([[['Peru'], 45, 'figure-fronted']]);
    expect(got('Peru ranks first with 45 sister-city ties.')).toEqual([[['Peru'], 45, 'figure-subject-list']]);
    expect(got('In Peru, 45 cities have sister cities in Chile.')).toEqual([
      [['Chile', 'Peru'], 45, 'figure-there-are'],
    ]);
    expect(got('Peru has 45 sister cities and 12 friendship cities.')).toEqual([
      [['Peru'], 45, 'figure-subject-list'],
      [['Peru'], 12, 'figure-follow-on'],
    ]);
    expect(got('Delegates from the 45 sister cities of Peru attended.')).toEqual([[['Peru'], 45, 'figure-possessive']]);
    expect(got('Over the past 10 years, Peru has added 12 sister cities.')).toEqual([
      [['Peru'], 12, 'figure-subject-list'],
    ]);
  });

  it('the partner: "with 43 Chilean cities", "ties to Chilean cities", "twin towns in Chile", "linked to B by"', () => {
    expect(got('Peru has signed sister-city agreements with 43 Chilean cities.')).toEqual([
      [['Chile', 'Peru'], 43, 'figure-subject-list'],
    ]);
    expect(got('The council counts 43 Peruvian municipalities with sister-city ties to Chilean cities.')).toEqual([
      [['Chile', 'Peru'], 43, 'figure-adjective'],
    ]);
    expect(got('Peru counts 43 twin towns in Chile.')).toEqual([[['Chile', 'Peru'], 43, 'figure-subject-list']]);
    expect(got('Peru is linked to Chile by 43 twinning agreements.')).toEqual([
      [['Chile', 'Peru'], 43, 'figure-shared-list'],
    ]);
    // "The country" is the country named before it, not the partner after it.
    expect(got('The country has 43 sister-city ties with Chile, the report said.')).toEqual([
      [['Canada', 'Chile'], 43, 'figure-coreference'],
    ]);
  });

  it("no figure: a plan, one city's ties, a place named later in the sentence is no partner", () => {
    expect(got('Peru hopes to have 50 sister cities by 2030.')).toEqual([]);
    expect(got('The 12 sister cities of Lima in Peru sent gifts.')).toEqual([]);
    expect(got('Alberta cities hold 110 sister city relationships, a third of them with cities in Mexico.')).toEqual([
      [['Alberta'], 110, 'figure-subject-list'],
    ]);
  });
});

describe('figures shared by several places, and numbers after a possessive or a joined pair', () => {
  const got = sortedFigures;

  it('"a combined 140", "together", and "the three countries" after they were named', () => {
    expect(got('Peru, Chile and Bolivia have a combined 140 twinnings.')).toEqual([
      [['Bolivia', 'Chile', 'Peru'], 140, 'figure-shared-list'],
    ]);
    expect(got('Together, Peru, Chile and Bolivia count 140 twinnings.')).toEqual([
      [['Bolivia', 'Chile', 'Peru'], 140, 'figure-shared-list'],
    ]);
    expect(got('Peru, Chile and Bolivia met in Lima. The three countries have 140 twinnings among them.')).toEqual([
      [['Bolivia', 'Chile', 'Peru'], 140, 'figure-coreference'],
    ]);
    // Each with a count of its own: no shared figure.
    expect(got('Peru, Chile and Bolivia each have 14 twinnings.')).toEqual([]);
  });

  it('"A\'s count of sister cities has risen to 45", "B-C sister city pairs number 45"', () => {
    expect(got("Peru's count of sister cities has risen to 45.")).toEqual([[['Peru'], 45, 'figure-number-after']]);
    expect(got("Peru's total number of twinnings stands at 45.")).toEqual([[['Peru'], 45, 'figure-number-after']]);
    expect(got('Chile-Peru sister city pairs number 45.')).toEqual([[['Chile', 'Peru'], 45, 'figure-number-after']]);
    expect(got('Chile-Peru sister city pairs were 45 km apart.')).toEqual([]);
  });
});

describe('counts with no noun after a figure of the sentence', () => {
  const got = sortedFigures;

  it('"B has 30", "followed by B with 30 and C with 12", "B 30": the same kind of count, of that place', () => {
    expect(got('Peru leads with 45 sister cities, followed by Chile with 30 and Bolivia with 12.')).toEqual([
      [['Peru'], 45, 'figure-subject-list'],
      [['Chile'], 30, 'figure-ellipsis'],
      [['Bolivia'], 12, 'figure-ellipsis'],
    ]);
    expect(got('Peru has 45 sister cities; Chile has 30.')).toEqual([
      [['Peru'], 45, 'figure-subject-list'],
      [['Chile'], 30, 'figure-ellipsis'],
    ]);
  });

  it('no figure: another count in between, a comparison with the past, a town', () => {
    const tails = [' and a population of 33 million, Chile 19.', ', up from 30 in 2010.', ', and Lima alone has 12.'];
    for (const tail of tails)
      expect(got(`Peru has 45 sister cities${tail}`)).toEqual([[['Peru'], 45, 'figure-subject-list']]);
  });
});

describe('a division the gazetteer lacks, named after its town', () => {
  it('"the Province of X" where the gazetteer has only the town X is a province of its own', () => {
    const g = goldOf('The Province of Verona, with its 98 municipalities, counts 31 twinnings with towns in Peru.');
    expect(g.places.filter((p) => p.name.includes('Verona')).map((p) => [p.name, p.kind])).toEqual([
      ['Province of Verona', 'province'],
    ]);
    expect(g.country_stats.map((s) => [[...s.countries].sort(), s.value])).toEqual([
      [['Peru', 'Province of Verona'], 31],
    ]);
    // A province the gazetteer lists stays that province.
    expect(sortedFigures('The Province of Ontario has 12 sister provinces.')).toEqual([
      [['Ontario'], 12, 'figure-subject-list'],
    ]);
  });
});

describe('the subject before an aside of its own', () => {
  it('"A\'s network of 45 ...", "A, home to 45 ...", "A — which has 45 ... —"; not a town', () => {
    const cases: Array<[string, string]> = [
      ["Peru's network of 45 sister cities spans the globe.", 'figure-possessive'],
      ['Peru, home to 45 sister-city relationships, hosted the meeting.', 'figure-subject-list'],
      ['Peru — which has 45 sister cities — hosted the meeting.', 'figure-subject-list'],
    ];
    for (const [body, rule] of cases) expect(sortedFigures(body)).toEqual([[['Peru'], 45, rule]]);
    expect(sortedFigures('Lima, home to 45 sister-city relationships, hosted the meeting.')).toEqual([]);
  });
});

describe('local bodies counted', () => {
  it('"some 300 Peruvian councils have twinning links with Chilean towns"; not districts that merely met', () => {
    expect(sortedFigures('Some 300 Peruvian councils have twinning links with Chilean towns.')).toEqual([
      [['Chile', 'Peru'], 300, 'figure-adjective'],
    ]);
    expect(sortedFigures('The 12 districts of Peru met in Lima to discuss twinning.')).toEqual([]);
  });
});
