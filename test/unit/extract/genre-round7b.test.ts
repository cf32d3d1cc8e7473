/**
 * Round 7b: meetings in the genres the new made-up tuning articles showed failing, each rule confirmed on made-up
 * sentences in other wordings and places, with traps: a first-person trip report told under dated headings, a
 * provincial reception told as "received and worked with", ...
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

describe('a first-person report: "I", "we", "us", "our delegation" are its author', () => {
  const blog = (lines: string[]): string => ['Travel diary | Posted by Mayor Linnea Storvik', ...lines].join('\n\n');

  it('a byline names the author; the days come from the headings above', () => {
    expect(
      meetingsOf(
        blog([
          'I am back home after four busy days. Here is my diary of the trip.',
          'Day 1 - Tuesday, March 19',
          'We arrived in Kaunas at noon. That evening Mayor Jaan Kivisild welcomed our delegation at the town hall.',
          'Day 2 - Wednesday',
          'In the morning we were received by Governor Maret Sepp at her office.',
          'Day 3 - Thursday',
          'A short train ride took us to Narva, where Mayor Olev Rand hosted us for lunch.',
        ]),
      ),
    ).toEqual([
      [['Jaan Kivisild', 'Linnea Storvik'], '2024-03-19'],
      [['Linnea Storvik', 'Maret Sepp'], '2024-03-20'],
      [['Linnea Storvik', 'Olev Rand'], '2024-03-21'],
    ]);
  });

  it('a signature closing the text names the author too ("- Linnea")', () => {
    expect(
      meetingsOf(
        [
          'Dear friends,',
          'I spent last week in Porto with Councillor Ada Berg. On Thursday we had lunch with Mayor Rui Falcao.',
          'I will write again soon.',
          '- Linnea',
          'Mayor Linnea Storvik is the mayor of Bergen.',
        ].join('\n\n'),
      ),
      // "last week": its Thursday.
    ).toEqual([[['Linnea Storvik', 'Rui Falcao'], '2024-03-14']]);
  });

  it('traps: no author named, "I" only in quotes, two bylines', () => {
    // A news report: "we" in a quote is the speaker's, not an author's.
    expect(
      meetingsOf('"We had lunch with Mayor Rui Falcao," Councillor Ada Berg said. I think the trip went well.'),
    ).toEqual([]);
    // No byline or signature: "we" stands for no one.
    expect(meetingsOf('I was there. We had lunch with Mayor Rui Falcao on Thursday. My thanks to all.')).toEqual([]);
    // A byline without first-person narration: a report about the official, not by him.
    expect(
      meetingsOf(
        'Posted by Mayor Linnea Storvik\n\nThe city council met on Thursday. Members had lunch with us afterwards.',
      ),
    ).toEqual([]);
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
          'The delegation landed in Vilnius.',
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

describe('a meeting told beside a gathering takes its day', () => {
  it('"The two met privately before the ceremony": the day the signing was told with', () => {
    expect(
      meetingsOf(
        [
          'A cooperation agreement between two colleges was signed in Kaunas on Tuesday.',
          'It was the first meeting between Mayor Jaan Kivisild and Vice Mayor Wu Shanlin, who is in Estonia this ' +
            'week. The two met privately before the ceremony.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Jaan Kivisild', 'Wu Shanlin'], '2024-03-19']]);
    expect(
      meetingsOf(
        [
          'A gala dinner for the twinning anniversary was held at the castle on Thursday.',
          'Mayor Jaan Kivisild held talks with Mayor Olev Rand on the sidelines of the dinner.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Jaan Kivisild', 'Olev Rand'], '2024-03-21']]);
  });

  it('traps: a gathering told with no day, or a day it does not fit', () => {
    expect(
      meetingsOf(
        [
          'The festival opened in Kaunas on Tuesday.',
          'Crowds filled the old town.',
          'Mayor Jaan Kivisild held talks with Mayor Olev Rand after the ceremony.',
        ].join('\n\n'),
        '2024-03-23',
      ),
    ).not.toContainEqual([['Jaan Kivisild', 'Olev Rand'], '2024-03-19']);
    expect(
      meetingsOf(
        [
          'An agreement was signed in Kaunas on Tuesday.',
          'In February, Mayor Jaan Kivisild held talks with Mayor Olev Rand before the ceremony.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Jaan Kivisild', 'Olev Rand'], '2024-02']]);
  });
});

describe('a stay told as a whole, then day by day', () => {
  it('"X spent four days in Y this week, paying courtesy calls": the dated calls stand for the stay', () => {
    expect(
      meetingsOf(
        [
          'Consul General Ines Varro spent three days in Kochi Prefecture this week, paying courtesy calls on ' +
            'local leaders. She was accompanied by Vice Consul Pia Lund.',
          'Tuesday, 19 March',
          'Consul General Varro called on Governor Sato Kenta at the prefectural office.',
          'Wednesday, 20 March',
          'In Nankoku, Consul General Varro met Mayor Ueda Jun.',
        ].join('\n\n'),
      ),
    ).toEqual([
      [['Ines Varro', 'Sato Kenta'], '2024-03-19'],
      [['Ines Varro', 'Ueda Jun'], '2024-03-20'],
    ]);
  });

  it('trap: a stay whose later meetings are of others stays a visit', () => {
    expect(
      meetingsOf(
        [
          'Consul General Ines Varro spent three days in Kochi Prefecture this week.',
          'On Wednesday, Governor Sato Kenta met Mayor Ueda Jun in Nankoku.',
        ].join('\n\n'),
      ),
    ).toContainEqual([['Ines Varro'], '2024-03']);
  });
});

describe('"On this occasion": the gathering just told', () => {
  it('signers named "on this occasion", or in the next sentence by the document they signed, were at it', () => {
    const reception = 'On the afternoon of March 21, Chairman Pham Van Duc received Mayor Seo Jun-ho of Changwon.';
    expect(
      meetingsOf(
        `${reception} On this occasion, Ms. Do Thi Lan, Chairwoman of Hue City, and Mr. Ahn Se-jin, Deputy Mayor of ` +
          'Changwon, signed a memorandum of understanding.',
      ),
    ).toEqual([[['Ahn Se-jin', 'Do Thi Lan', 'Pham Van Duc', 'Seo Jun-ho'], '2024-03-21']]);
    expect(
      meetingsOf(
        `${reception} On this occasion, Hue City and Changwon City signed a memorandum of understanding. The MOU ` +
          'was signed by Ms. Do Thi Lan, Chairwoman of Hue City, and Mr. Ahn Se-jin, Deputy Mayor of Changwon.',
      ),
    ).toEqual([[['Ahn Se-jin', 'Do Thi Lan', 'Pham Van Duc', 'Seo Jun-ho'], '2024-03-21']]);
  });

  it('traps: "on the occasion of" an anniversary, a signing told in another paragraph', () => {
    expect(
      meetingsOf(
        'On the afternoon of March 21, Chairman Pham Van Duc received Mayor Seo Jun-ho of Changwon.\n\nOn the ' +
          'occasion of the 30th anniversary of their ties in 2022, Mayor Lars Ek met Governor Ida Holm.',
      ),
    ).toEqual([
      [['Pham Van Duc', 'Seo Jun-ho'], '2024-03-21'],
      [['Ida Holm', 'Lars Ek'], '2022'],
    ]);
    expect(
      meetingsOf(
        'On the afternoon of March 21, Chairman Pham Van Duc received Mayor Seo Jun-ho of Changwon and they ' +
          'signed a memorandum.\n\nThe agreement was signed by Mayor Lars Ek and Governor Ida Holm in 2019.',
      ),
    ).toContainEqual([['Ida Holm', 'Lars Ek'], '2019']);
  });
});

describe("a tie's history told in passing", () => {
  it('"in 1987, when then-Governor A signed an agreement with B": one signer of a past office, no meeting', () => {
    expect(
      meetingsOf(
        'The port city found its first partner in 1987, when then-Governor Ida Holm signed a friendship agreement ' +
          'with Hokkaido.',
      ),
    ).toEqual([]);
    expect(
      meetingsOf('Our exchanges date to 1995, when then-Mayor Lars Ek signed a twinning charter with Kaunas.'),
    ).toEqual([]);
  });

  it('traps: two signers, or a signing told now', () => {
    expect(
      meetingsOf(
        'The twinning began in 1987, when then-Governor Ida Holm signed a friendship agreement with Mayor Lars Ek.',
      ),
    ).toEqual([[['Ida Holm', 'Lars Ek'], '1987']]);
    expect(meetingsOf('On Monday, Governor Ida Holm signed a friendship agreement with Hokkaido in Sapporo.')).toEqual([
      [['Ida Holm'], '2024-03-18'],
    ]);
  });
});
