/**
 * Round 7b: meetings in the genres the new made-up tuning articles showed failing, each rule confirmed on made-up
 * sentences in other wordings and places, with traps.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

// 2024-03-23 is a Saturday.
function meetingsOf(body: string, date = '2024-03-23', title = 'Local news'): Array<[string[], string | null]> {
  return toGold(extractArticle(` date ${date} ${title}\n\n${body}\n`, { file: 'made-up.txt' })).meetings.map((m) => [
    [...m.participants].sort(),
    m.date ?? null,
  ]);
}

describe('"received and worked with": one act of hosting', () => {
  it('"A received and worked with the delegation of X led by B"', () => {
    expect(
      meetingsOf(
        "On the afternoon of March 21, Mr. Pham Van Duc - Chairman of the Provincial People's Committee received " +
          'and worked with the delegation of Changwon City led by Mr. Seo Jun-ho - Mayor of Changwon City.',
      ),
    ).toEqual([[['Pham Van Duc', 'Seo Jun-ho'], '2024-03-21']]);
    expect(meetingsOf('Governor Maret Sepp received and held talks with Mayor Olev Rand of Narva on Tuesday.')).toEqual(
      [[['Maret Sepp', 'Olev Rand'], '2024-03-19']],
    );
  });

  it('a headline that tells the reception without names does not swallow the lead', () => {
    expect(
      meetingsOf(
        'Provincial leader receives delegation of Changwon City\n\nOn the afternoon of March 21, Mr. Pham Van ' +
          "Duc - Chairman of the Provincial People's Committee received and worked with the delegation of Changwon " +
          'City led by Mr. Seo Jun-ho - Mayor of Changwon City.',
      ),
    ).toEqual([[['Pham Van Duc', 'Seo Jun-ho'], '2024-03-21']]);
  });

  it('traps: the reception planned, or what was received is no party', () => {
    expect(meetingsOf('Governor Maret Sepp will receive and work with Mayor Olev Rand of Narva next week.')).toEqual(
      [],
    );
    expect(meetingsOf('Governor Maret Sepp received the report and worked with staff on Tuesday.')).toEqual([]);
  });
});

describe('dated headings of a report told day by day', () => {
  it('"Wednesday, 20 March" above a paragraph dates its meeting; a dated paragraph between stops it', () => {
    expect(
      meetingsOf(
        [
          'Governor Maret Sepp kept a full schedule this week.',
          'Wednesday, 20 March',
          'The day began with a tour of the port. Later Governor Sepp held talks with Mayor Olev Rand.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Maret Sepp', 'Olev Rand'], '2024-03-20']]);
    expect(
      meetingsOf(
        [
          'Day 1 - Monday, March 18',
          'The delegation landed in Riga.',
          'The port reopened on 2 March after repairs.',
          'Governor Maret Sepp later held talks with Mayor Olev Rand.',
        ].join('\n\n'),
      ),
    ).not.toContainEqual([['Maret Sepp', 'Olev Rand'], '2024-03-18']);
  });

  it('trap: a long paragraph with a date is no heading', () => {
    expect(
      meetingsOf(
        [
          'On Monday, March 18, the council approved the budget for the coming year after a long debate.',
          'The port is busy.',
          'Governor Maret Sepp held talks with Mayor Olev Rand.',
        ].join('\n\n'),
        '2024-05-30',
      ),
    ).not.toContainEqual([['Maret Sepp', 'Olev Rand'], '2024-03-18']);
  });
});
