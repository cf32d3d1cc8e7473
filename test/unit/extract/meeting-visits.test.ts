import { describe, expect, it } from 'vitest';
import { meetingsOf, whoWhen } from './meeting-helpers.ts';

describe('visits pass: officials who went somewhere met the people there', () => {
  it('"visited X, invited by B" and "led a delegation to X, where he was greeted by B"', () => {
    expect(
      meetingsOf('Mayor Rui Costa of Porto visited Tampere on October 6, invited by Mayor Jussi Koski.', '2019-10-08'),
    ).toEqual([{ who: ['Rui Costa', 'Jussi Koski'], date: '2019-10-06', rule: 'invited-visit' }]);
  });

  it('a visit with one official named, to a place, dated', () => {
    expect(meetingsOf('Mayor Anna Berg visited Tampere last month to open a design fair.')).toEqual([
      { who: ['Anna Berg'], date: '2019-10', rule: 'visit' },
    ]);
    expect(whoWhen('Governor Akira Tanaka was in Porto earlier this week for the wine festival.')).toEqual([
      { who: ['Akira Tanaka'], date: '2019-11' },
    ]);
  });

  it('a delegation headed by an official that travelled, or "were in" a place from one day to another', () => {
    expect(
      meetingsOf(
        'The delegation of city mayors, led by its President, Mayor Ana Reyes of Cebu, were in Sydney, ' +
          'Australia from March 3 to March 7, where a memorandum was signed.',
        '2019-03-10',
      ),
    ).toEqual([{ who: ['Ana Reyes'], date: '2019-03-03', rule: 'led-delegation' }]);
  });

  it('"During his visit to X, he met B": the pronoun is the official the sentence before began with', () => {
    expect(
      whoWhen(
        'Mayor Jussi Koski of Tampere travelled to Portugal last week. During his visit to Porto, he met Mayor ' +
          'Rui Costa.',
      ),
    ).toEqual([{ who: ['Jussi Koski', 'Rui Costa'], date: '2019-11' }]);
  });

  it('a visit told as background, as a habit, or in quotes is none', () => {
    for (const text of [
      'The twinning began in 1975 after Mayor Per Lund visited Porto.',
      'Mayor Anna Berg, who has visited Japan several times, praised the festival.',
      '"I visited Porto last year," said Mayor Anna Berg.',
      'Governor Li Ming is expected to visit Bergen in the spring.',
      'Mayor Anna Berg invited Governor Li Ming to visit Bergen.',
    ])
      expect(whoWhen(text)).toEqual([]);
  });

  it('a delegation nobody in it is named of, then its hosts and head', () => {
    // Local-paper register: the visit first, who was there after.
    expect(
      whoWhen(
        'Representatives from Leuven visited Cork today to discuss the future of the twinning. Leuven delivered a ' +
          'cheque for 5,000 euro to Mayor Eileen Doyle. The visiting delegation, headed by Alderman Marc Peeters, ' +
          'also attended a meeting with councillors.',
        '2018-10-31',
      ),
    ).toEqual([{ who: ['Eileen Doyle', 'Marc Peeters'], date: '2018-10-31' }]);
  });

  it('a stay is a visit: "spent four days in X", and "the guests were received by B" names its host', () => {
    expect(
      whoWhen(
        'A delegation from Leuven, headed by Alderman Marc Peeters, spent four days in Cork last week. The guests ' +
          'were received at City Hall by Mayor Eileen Doyle.',
      ),
    ).toEqual([{ who: ['Marc Peeters', 'Eileen Doyle'], date: '2019-11' }]);
    // A stay that is no place is no visit.
    expect(whoWhen('Mayor Eileen Doyle spent two days in hospital last week.')).toEqual([]);
  });

  it('a visit dated before the clause of the meeting: "travelled to X last week for ..., where she was"', () => {
    expect(
      whoWhen(
        'Mayor Ann Byrne travelled to Leuven last week for the town festival, where she was welcomed by ' +
          'Burgomaster Marc Peeters.',
      ),
    ).toEqual([{ who: ['Ann Byrne', 'Marc Peeters'], date: '2019-11' }]);
  });

  it('a destination told by description: "was in the Chinese capital this week", welcomed by a host after', () => {
    expect(
      whoWhen(
        '"We owe them much," said Ellen Marsh, Tacoma city archivist, who was in the Chinese capital this week. ' +
          "Wu Guoqiang, president of Hunan's People's Congress, welcomed the visit.",
        '2000-05-24',
      ),
    ).toEqual([{ who: ['Ellen Marsh', 'Wu Guoqiang'], date: '2000-05' }]);
  });
});
