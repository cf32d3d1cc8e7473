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
