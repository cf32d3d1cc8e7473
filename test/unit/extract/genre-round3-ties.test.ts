/** Ties of the third round's probes told across sentences and in appositions, with traps. Made-up text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function tiesOf(body: string, date = '2019-10-10'): Array<[string, number | null]> {
  const x = extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' });
  return x.facts.partnerships.map((p) => [[p.a, p.b].sort().join(' ~ '), p.since]);
}

describe('ties in appositions and told on in the next sentence', () => {
  it('"B, the city’s partner since 1976": the place the sentence is about', () => {
    expect(
      tiesOf('Mayor Aleksandra Dulkiewicz of Gdansk visited Bremen, the city’s partner since 1976, on Tuesday.'),
    ).toEqual([['Bremen ~ Gdańsk', 1976]]);
    expect(tiesOf('Mayor Aleksandra Dulkiewicz of Gdansk visited Bremen, the city’s partner for 43 years.')).toEqual([
      ['Bremen ~ Gdańsk', 1976],
    ]);
    // A partner for an event, or a firm, is none.
    expect(
      tiesOf('Mayor Aleksandra Dulkiewicz of Gdansk visited Bremen, the city’s partner for the festival.'),
    ).toEqual([]);
    expect(tiesOf('Mayor Jane Roe welcomed Siemens, the city’s partner since 1976, to the fair in Leeds.')).toEqual([]);
  });

  it('"The link, established in 1995, was put on hold": the start of the one tie told just before', () => {
    expect(
      tiesOf(
        'Oxford has suspended its twinning with Perm. The link, established in 1995, was put on hold.',
        '2023-02-20',
      ),
    ).toEqual([['Oxford ~ Perm', 1995]]);
  });

  it('"the Bellingham–Tateyama relationship": an en dash joins a pair as a hyphen does', () => {
    expect(
      tiesOf(
        'Mayor Karen Olsen attended the 50th anniversary of the Bellingham–Tateyama sister city ' + 'relationship.',
        '2017-08-14',
      ),
    ).toEqual([['Bellingham ~ Tateyama', 1967]]);
  });

  it('"A and B marked ... of their partnership with a photo exhibition": "with" names no shared partner', () => {
    expect(
      tiesOf(
        'Kunming and Zurich marked the 36th anniversary of their partnership with a photo exhibition in Kunming ' +
          'on Friday.',
        '2018-07-07',
      ),
    ).toEqual([['Kunming ~ Zürich', 1982]]);
    // A shared partner: not each other's.
    expect(tiesOf('Kunming and Zurich have sister-city ties with cities in Japan.')).toEqual([]);
  });
});

describe('divisions as ends of a tie', () => {
  it('"A and B have been sister provinces": a division of a country the article never names stands in the slot', () => {
    expect(tiesOf('Gyeonggi-do and Jiangsu have been sister provinces since 1993.')).toEqual([
      ['Gyeonggi-do ~ Jiangsu Province', 1993],
    ]);
    expect(tiesOf('Penang and Jiangsu have been sister provinces since 1993.')).toEqual([
      ['Jiangsu Province ~ Penang', 1993],
    ]);
    // No tie word of places: no slot, and the unqualified division is not read.
    expect(tiesOf('Penang and Jiangsu have been rivals since 1993.')).toEqual([]);
  });

  it('a division named in its own language keeps the written form ("Jeollanam-do"), not a generic word more', () => {
    const x = extractArticle(' date 2023-05-14 Local news\n\nGovernor Baek Sung-ho of Jeollanam-do visited Saga.\n', {
      file: 'made-up.txt',
    });
    expect(x.facts.places.map((p) => p.name)).toContain('Jeollanam-do');
    const y = extractArticle(' date 2023-05-14 Local news\n\nThe Governor of Shizuoka Prefecture visited Leeds.\n', {
      file: 'made-up.txt',
    });
    expect(y.facts.places.map((p) => p.name)).toContain('Shizuoka Prefecture');
  });

  it('"following C of the Republic of Korea (2011)": the bracketed year after a formal qualifier', () => {
    expect(
      tiesOf(
        'Lampung Province is the third region with which Saga Prefecture has concluded a friendship agreement, ' +
          'following Liaoning Province of China (1998) and Jeollanam-do of the Republic of Korea (2011).',
        '2023-05-14',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Jeollanam-do ~ Saga Prefecture', 2011],
        ['Liaoning Province ~ Saga Prefecture', 1998],
      ]),
    );
  });
});

describe('English exonyms of towns the gazetteer names in their own language', () => {
  it('"Cologne", "Ghent", "Nuremberg", "Cracow" are the large towns, also where a small town has the name', () => {
    expect(tiesOf('Cologne is a sister city of Lille.')).toEqual([['Cologne ~ Lille', null]]);
    expect(tiesOf('Ghent and Nuremberg have been twin cities since 1962.')).toEqual([['Ghent ~ Nuremberg', 1962]]);
    const x = extractArticle(' date 2023-05-14 Local news\n\nMayor Ana Reis of Leeds visited Cracow on Monday.\n', {
      file: 'made-up.txt',
    });
    expect(x.facts.places.find((p) => p.name === 'Cracow')?.country).toBe('PL');
  });

  it('a name held by a sizeable town of its own stays that town’s ("Canton" is not Guangzhou)', () => {
    const x = extractArticle(' date 2023-05-14 Local news\n\nMayor Ana Reis of Canton visited Leeds on Monday.\n', {
      file: 'made-up.txt',
    });
    expect(x.facts.places.find((p) => p.name === 'Canton')?.country).toBe('US');
  });
});

describe('pairs in relative clauses, clefts and coordinated verbs', () => {
  it('"A and B, which established friendly relations in 1985, ...": divisions of a country not named', () => {
    expect(tiesOf('Hunan and Kansas, which established friendly relations in 1985, held a forum.')).toEqual([
      ['Hunan Province ~ Kansas', 1985],
    ]);
    expect(tiesOf('Tampere and Aachen formalised their twinning in 1979.')).toEqual([['Aachen ~ Tampere', 1979]]);
  });

  it('"It was in 1979 that A and B became twin towns": the cleft’s year, not the article’s', () => {
    expect(tiesOf('It was in 1979 that Tampere and Aachen became twin towns.', '2023-05-14')).toEqual([
      ['Aachen ~ Tampere', 1979],
    ]);
  });

  it('"A is twinned with B and has friendship ties with C": C is A’s, not B’s', () => {
    expect(tiesOf('Tampere is also twinned with Kiel and has friendship ties with Tartu.').map((t) => t[0])).toEqual([
      'Kiel ~ Tampere',
      'Tampere ~ Tartu',
    ]);
    // A new subject after ", and": its own tie.
    expect(tiesOf('Tampere is twinned with Kiel, and Lund has friendship ties with Tartu.').map((t) => t[0])).toEqual([
      'Kiel ~ Tampere',
      'Lund ~ Tartu',
    ]);
  });
});

describe('a tie told before its pair', () => {
  it('"Ever since signing their twinning charter in 1979, A and B ..."; a tie with a third party is none', () => {
    expect(
      tiesOf('Ever since signing their twinning charter in 1979, Tampere and Aachen have exchanged students.'),
    ).toEqual([['Aachen ~ Tampere', 1979]]);
    expect(tiesOf('Since becoming sister cities, Tampere and Aachen have exchanged students.')).toEqual([
      ['Aachen ~ Tampere', null],
    ]);
    expect(tiesOf('Since establishing a partnership with Siemens in 1985, Tampere and Aachen have grown.')).toEqual([]);
  });
});
