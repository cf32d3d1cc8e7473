/**
 * The seventh round's probes: meetings and people in readouts, schedules, trip reports, captions and agency copy,
 * written blind before the meeting passes were read. Made-up text, with traps.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

// 2024-03-20 is a Wednesday.
function goldOf(body: string, date = '2024-03-20', title = 'Local news') {
  return toGold(extractArticle(` date ${date} ${title}\n\n${body}\n`, { file: 'made-up.txt' }));
}

function meetingsOf(body: string, date = '2024-03-20', title = 'Local news'): Array<[string[], string | null]> {
  return goldOf(body, date, title).meetings.map((m) => [m.participants, m.date ?? null]);
}

describe('a meeting called off after its noun', () => {
  it('"A meeting between A and B, planned for Monday, was cancelled": none', () => {
    expect(
      meetingsOf('A meeting between Mayor Tove Rask and Vice Mayor Qiao Linfeng, planned for Monday, was cancelled.'),
    ).toEqual([]);
    expect(
      meetingsOf('The talks between Governor Ilse Varga and Mayor Daiki Mori were postponed by the storm.'),
    ).toEqual([]);
    expect(
      meetingsOf(
        "Mayor Oda Brenn's meeting with Governor Hua Peiyu, originally set for Monday, has been moved to April.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf('The video conference between Mayor Oda Brenn and Mayor Tan Weiling did not take place.'),
    ).toEqual([]);
  });

  it('"the visit, which was to include talks with B": a future in the past', () => {
    expect(
      meetingsOf(
        "Mayor Tove Rask's visit to Ningbo, which was to include talks with Mayor Qiao Linfeng, was postponed.",
      ),
    ).toEqual([]);
  });

  it('traps: a meeting held while something else was called off', () => {
    expect(
      meetingsOf('In a meeting with Governor Hua Peiyu on Monday, Mayor Oda Brenn said the festival was postponed.'),
    ).toEqual([[['Hua Peiyu', 'Oda Brenn'], '2024-03-18']]);
    expect(
      meetingsOf('Mayor Oda Brenn held talks with Governor Hua Peiyu on Monday after the ferry was delayed.'),
    ).toEqual([[['Oda Brenn', 'Hua Peiyu'], '2024-03-18']]);
  });
});

describe('two meetings across a semicolon', () => {
  it('"On Monday, A met B; on Tuesday, she met C": each clause its own meeting and day', () => {
    expect(
      meetingsOf('On Monday, Mayor Oda Brenn met Governor Hua Peiyu; on Tuesday, she met Mayor Lin Jiayi.'),
    ).toEqual([
      [['Oda Brenn', 'Hua Peiyu'], '2024-03-18'],
      [['Oda Brenn', 'Lin Jiayi'], '2024-03-19'],
    ]);
    expect(
      meetingsOf(
        'Governor Ilse Varga met Premier Dan Holloway in Perth on Monday; Deputy Governor Ole Sand met Mayor ' +
          'Basil Zorn in Fremantle on Tuesday.',
      ),
    ).toEqual([
      [['Ilse Varga', 'Dan Holloway'], '2024-03-18'],
      [['Ole Sand', 'Basil Zorn'], '2024-03-19'],
    ]);
  });

  it('traps: the second clause planned, or only telling what the two did', () => {
    expect(
      meetingsOf('Mayor Oda Brenn met Governor Hua Peiyu on Monday; she will meet Mayor Lin Jiayi on Friday.'),
    ).toEqual([[['Oda Brenn', 'Hua Peiyu'], '2024-03-18']]);
    expect(
      meetingsOf('Mayor Oda Brenn met Governor Hua Peiyu on Monday; the two discussed the ferry and the port.'),
    ).toEqual([[['Oda Brenn', 'Hua Peiyu'], '2024-03-18']]);
  });
});
