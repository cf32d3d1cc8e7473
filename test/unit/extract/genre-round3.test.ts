/**
 * The genre's wordings of the third round, on made-up text: ties told only in quotes, text in capitals, hyphenated
 * country adjectives and facts told across sentences. Each shape has precision traps beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { goldOf } from './helpers.ts';
import { whoWhen } from './meeting-helpers.ts';

function tiesOf(body: string, date = '2023-05-14'): Array<{ pair: string; since: number | null; rule: string }> {
  const x = extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' });
  return x.facts.partnerships
    .map((p, k) => ({ pair: [p.a, p.b].sort().join(' ~ '), since: p.since, rule: x.rules.partnerships[k]! }))
    .sort((a, b) => a.pair.localeCompare(b.pair));
}
const pairs = (body: string, date?: string): string[] => tiesOf(body, date).map((t) => t.pair);

describe('ties told only in quotes', () => {
  it('a pair inside a quote is the subject of the quote’s own tie word', () => {
    expect(tiesOf('"Tampere and Aachen have been sister cities since 1987," said Deputy Mayor Ulla Berg.')).toEqual([
      { pair: 'Aachen ~ Tampere', since: 1987, rule: 'pair-verb' },
    ]);
    expect(pairs('Deputy Mayor Ulla Berg said: "Tampere and Aachen have been sister cities since 1987."')).toEqual([
      'Aachen ~ Tampere',
    ]);
  });

  it('"we" and "our" in a quote are the speaker’s place', () => {
    expect(
      tiesOf('"Since 1979 we have been twinned with Besancon," Mayor Karl Huber of Freiburg told the visitors.'),
    ).toEqual([{ pair: 'Besançon ~ Freiburg', since: 1979, rule: 'with-list' }]);
    expect(pairs('"Gdynia has been our sister city for thirty years," said Mayor Ellen Strand of Drammen.')).toEqual([
      'Drammen ~ Gdynia',
    ]);
    // "she said": the official named just before.
    expect(
      pairs(
        'Mayor Ellen Strand of Drammen spoke at the ceremony. "We have been twinned with Gdynia since 1994," she said.',
      ),
    ).toEqual(['Drammen ~ Gdynia']);
  });

  it('"Our two cities have been sisters since 1994": the two places named just before', () => {
    expect(
      tiesOf(
        'Mayor Ellen Strand of Drammen welcomed guests from Gdynia on Monday. "Our two cities have been sisters ' +
          'since 1994," she said.',
      ),
    ).toEqual([{ pair: 'Drammen ~ Gdynia', since: 1994, rule: 'the-two' }]);
  });

  it('traps: a hoped-for tie, a simile, a firm, a tie word the narrator tells after the quote', () => {
    expect(pairs('"We hope to be twinned with Lille one day," said Mayor Jan Visser of Zwolle.')).toEqual([]);
    expect(pairs('"We would love to become sister cities with Lille," Mayor Jan Visser of Zwolle said.')).toEqual([]);
    expect(pairs('"Lund and Ostrava are like twins," the guide joked.')).toEqual([]);
    expect(pairs('"We have been partners with Siemens since 2001," said Mayor Jan Visser of Zwolle.')).toEqual([]);
    expect(pairs('Helen and Maria Quist, from Tampere, have been sisters for 40 years.')).toEqual([]);
  });
});

describe('text in capitals', () => {
  it('agency copy in capitals is read as if in the usual case', () => {
    const g = goldOf(
      'MAYOR JANE HOLT OF BRADFORD MET MAYOR PAUL ROUX OF MULHOUSE ON TUESDAY. BRADFORD AND MULHOUSE HAVE BEEN ' +
        'TWIN TOWNS SINCE 1972.',
      '2023-05-14',
    );
    expect(g.places.map((p) => p.name).sort()).toEqual(['Bradford', 'Mulhouse']);
    expect(g.people.map((p) => p.name).sort()).toEqual(['Jane Holt', 'Paul Roux']);
    expect(g.partnerships.map((p) => [p.a, p.b, p.since])).toEqual([['Bradford', 'Mulhouse', 1972]]);
    expect(whoWhen('MAYOR JANE HOLT OF BRADFORD MET MAYOR PAUL ROUX OF MULHOUSE ON TUESDAY.', '2023-05-14')).toEqual([
      { who: ['Jane Holt', 'Paul Roux'], date: '2023-05-09' },
    ]);
  });

  it('a shouted headline: "LEEDS AND DORTMUND MARK 50 YEARS OF TWINNING"', () => {
    expect(tiesOf('LEEDS AND DORTMUND MARK 50 YEARS OF TWINNING\nThe anniversary was celebrated on Saturday.')).toEqual(
      [{ pair: 'Dortmund ~ Leeds', since: 1973, rule: 'pair-verb' }],
    );
  });

  it('traps: function words in capitals are no towns; a line with a few capitals is left as written', () => {
    expect(goldOf('THE MAYOR OF LEEDS SPOKE OF THE FLOODS AND OF THE NEW BRIDGE.').places.map((p) => p.name)).toEqual([
      'Leeds',
    ]);
    expect(goldOf('The EU and the UK met in Leeds.').places.map((p) => p.name)).toContain('Leeds');
  });
});
