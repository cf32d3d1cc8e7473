/**
 * The sixth round's probes: meeting shapes of the genre written blind (wire copy, municipal press releases, embassy
 * pages, translated Chinese, Japanese and Korean press): meals shared, places before officials' titles. Made-up text,
 * with traps.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import './helpers.ts';

function goldOf(body: string, date = '2023-05-10') {
  return toGold(extractArticle(` date ${date} Local news\n\n${body}\n`, { file: 'made-up.txt' }));
}

function meetingsOf(body: string, date = '2023-05-10'): Array<[string[], string | null]> {
  return goldOf(body, date).meetings.map((m) => [m.participants, m.date ?? null]);
}

describe('a meal shared', () => {
  it('"A joined B for dinner", "A joined B at a reception": the two met', () => {
    expect(
      meetingsOf('Governor Nora Quill joined Vice Governor Yeo Han-sol for dinner on Saturday in Jeonju.'),
    ).toEqual([[['Nora Quill', 'Yeo Han-sol'], '2023-05-06']]);
    expect(meetingsOf('Mayor Sam Ito joined Mayor Pia Lund for lunch at the harbour on Friday.')).toEqual([
      [['Sam Ito', 'Pia Lund'], '2023-05-05'],
    ]);
    expect(meetingsOf('Mayor Sam Ito joined Governor Pia Lund at a reception on Friday.')).toEqual([
      [['Sam Ito', 'Pia Lund'], '2023-05-05'],
    ]);
  });

  it('"A dined with B", "A lunched with B"', () => {
    expect(meetingsOf('Minister Aiko Sato dined with Mayor Jane Cole on Friday.')).toEqual([
      [['Aiko Sato', 'Jane Cole'], '2023-05-05'],
    ]);
    expect(meetingsOf('Mayor Jane Cole lunched with Governor Kenta Ono on Friday.')).toEqual([
      [['Jane Cole', 'Kenta Ono'], '2023-05-05'],
    ]);
  });

  it('traps: a meal only planned, with no official, or someone joined by another', () => {
    expect(meetingsOf('Mayor Jane Cole is set to join Governor Kenta Ono for dinner on Friday.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole will be joined by Governor Kenta Ono for dinner on Friday.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole joined the board for dinner on Friday.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole joined the city in 1998 and served at its museum for years.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole has never dined with Governor Kenta Ono.')).toEqual([]);
  });
});

function peopleOf(body: string): string[] {
  return goldOf(body).people.map((p) => `${p.name} | ${p.titles.join(', ')} | ${p.office_place ?? '-'}`);
}

describe('a state or province before an official’s title', () => {
  it('"Jiangsu Vice Governor NAME", "Ohio Lt. Governor NAME": the head past the modifiers', () => {
    expect(peopleOf('Sichuan Vice Governor Hu Guangjie met Ohio Lt. Governor Jon Husted on Friday.')).toEqual([
      'Hu Guangjie | Vice Governor | Sichuan Province',
      'Jon Husted | Lieutenant Governor | Ohio',
    ]);
  });

  it('"Kansas Secretary of Agriculture NAME", "Texas Agriculture Commissioner NAME", "Guangdong Party chief"', () => {
    expect(peopleOf('Kansas Secretary of Agriculture Mike Bell met Governor Hu Guangjie on Friday.')).toEqual([
      'Mike Bell | Secretary of Agriculture | Kansas',
      'Hu Guangjie | Governor | -',
    ]);
    expect(peopleOf('Texas Agriculture Commissioner Sid Miller met Governor Hu Guangjie on Friday.')).toEqual([
      'Sid Miller | Agriculture Commissioner | Texas',
      'Hu Guangjie | Governor | -',
    ]);
    expect(peopleOf('Guangdong Party chief Wu Haoming met Governor Jon Husted on Friday.')).toEqual([
      'Wu Haoming | Party Chief | Guangdong Province',
      'Jon Husted | Governor | -',
    ]);
  });

  it('trap: a company named after a state is no place of its officer', () => {
    expect(goldOf('Texas Instruments President Rich Lee met Governor Jon Husted on Friday.').places).toEqual([]);
  });
});

describe('a guest at a host’s table, a call, an audience', () => {
  it('"A attended a dinner hosted by B", "A joined a reception given by B"', () => {
    expect(meetingsOf('Mayor Pia Lund attended a dinner hosted by Governor Chen Hao on Monday.')).toEqual([
      [['Pia Lund', 'Chen Hao'], '2023-05-08'],
    ]);
    expect(meetingsOf('Mayor Pia Lund joined a reception given by Governor Chen Hao on Monday.')).toEqual([
      [['Pia Lund', 'Chen Hao'], '2023-05-08'],
    ]);
  });

  it('"A hosted a working breakfast for B"', () => {
    expect(meetingsOf('Mayor Lars Holm hosted a working breakfast for Governor Emi Tanabe on Monday.')).toEqual([
      [['Lars Holm', 'Emi Tanabe'], '2023-05-08'],
    ]);
  });

  it('"A called upon B", "A granted an audience to B"', () => {
    expect(meetingsOf('Mayor Pia Lund called upon Governor Chen Hao at his office on Monday.')).toEqual([
      [['Pia Lund', 'Chen Hao'], '2023-05-08'],
    ]);
    expect(meetingsOf('Governor Chen Hao granted an audience to Ambassador Tom Ward on Monday.')).toEqual([
      [['Chen Hao', 'Tom Ward'], '2023-05-08'],
    ]);
  });

  it('traps: a dinner only invited to or planned, a call upon the public, an audience of listeners', () => {
    expect(meetingsOf('Mayor Pia Lund was invited to a dinner hosted by Governor Chen Hao on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Pia Lund will attend a dinner hosted by Governor Chen Hao on Monday.')).toEqual([]);
    expect(meetingsOf('Governor Chen Hao called upon residents to save water on Monday.')).toEqual([]);
    expect(meetingsOf('Governor Chen Hao spoke to an audience of 300 students on Monday.')).toEqual([]);
  });
});

describe('a later day of a visit', () => {
  it('"On Tuesday Holm had talks with B": the surname after a fronted weekday, no comma', () => {
    expect(
      meetingsOf(
        'Mayor Lars Holm of Aalborg arrived in Wuxi on Sunday for a week-long visit.\n\n' +
          'On Tuesday Holm had talks with Party Secretary Du Xiaogang.',
      ),
    ).toEqual([[['Lars Holm', 'Du Xiaogang'], '2023-05-09']]);
  });

  it('trap: a capitalised word before a surname that is no weekday still makes a longer name', () => {
    expect(
      meetingsOf(
        'Mayor Lars Holm of Aalborg arrived in Wuxi on Sunday.\n\n' +
          'On Tuesday Karen Holm met Party Secretary Du Xiaogang.',
      ),
    ).toEqual([[['Lars Holm'], '2023-05-07']]);
  });
});

describe('a visit as the subject of what it held', () => {
  const visit =
    'Mayor Lars Holm of Aalborg visited Wuxi from 2 to 4 May.\n\n' +
    'The two cities have been sister cities since 1998.\n\n';

  it('"The visit included talks with B": the visitor met B, on the visit’s day', () => {
    expect(meetingsOf(`${visit}The visit included talks with Party Secretary Du Xiaogang.`)).toEqual([
      [['Lars Holm', 'Du Xiaogang'], '2023-05-02'],
    ]);
    expect(meetingsOf(`${visit}His programme also featured a meeting with Party Secretary Du Xiaogang.`)).toEqual([
      [['Lars Holm', 'Du Xiaogang'], '2023-05-02'],
    ]);
  });

  it('traps: a programme only planned, talks with no official', () => {
    expect(
      meetingsOf(`${visit}His next trip will include talks with Party Secretary Du Xiaogang.`).map(([p]) => p),
    ).toEqual([['Lars Holm']]);
    expect(meetingsOf(`${visit}The visit included talks with business leaders.`).map(([p]) => p)).toEqual([
      ['Lars Holm'],
    ]);
  });
});

describe('hosting told in translated and wire copy', () => {
  it('"A was feted by B", "A was treated to dinner by B", "B treated A to dinner"', () => {
    expect(meetingsOf('Mayor Lars Holm was feted by Governor Ikuo Tanaka at a dinner on May 8.')).toEqual([
      [['Lars Holm', 'Ikuo Tanaka'], '2023-05-08'],
    ]);
    expect(meetingsOf('Mayor Lars Holm was treated to dinner by Governor Ikuo Tanaka on May 8.')).toEqual([
      [['Lars Holm', 'Ikuo Tanaka'], '2023-05-08'],
    ]);
    expect(meetingsOf('Governor Ikuo Tanaka treated Mayor Lars Holm to dinner on May 8.')).toEqual([
      [['Ikuo Tanaka', 'Lars Holm'], '2023-05-08'],
    ]);
  });

  it('"A and B held a friendly exchange"', () => {
    expect(meetingsOf('Mayor Lars Holm and Governor Ikuo Tanaka held a friendly exchange on May 8.')).toEqual([
      [['Lars Holm', 'Ikuo Tanaka'], '2023-05-08'],
    ]);
  });

  it('traps: a youth exchange, a treat for pupils, a town feted for its flowers', () => {
    expect(meetingsOf('Mayor Lars Holm and Governor Ikuo Tanaka held a youth exchange in 2019.')).toEqual([]);
    expect(meetingsOf('Governor Ikuo Tanaka treated the pupils to lunch on May 8.')).toEqual([]);
    expect(meetingsOf('Aalborg was feted for its flowers by the jury on May 8.')).toEqual([]);
  });
});

describe('a stay told by its days, a host showing the guest something', () => {
  it('"A spent Monday and Tuesday in X. She was shown the tram line by B"', () => {
    expect(
      meetingsOf(
        'Mayor Jane Doe spent Monday and Tuesday in Lahr. She was shown the new tram line by ' +
          'Oberbürgermeister Markus Ibert.',
      ),
    ).toEqual([[['Jane Doe', 'Markus Ibert'], '2023-05-08']]);
  });

  it('traps: a film shown by a club, a weekend spent at home', () => {
    expect(meetingsOf('Mayor Jane Doe was shown the film by the local club on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Doe spent Monday and Tuesday at home.')).toEqual([]);
  });
});

describe('one whose stand-in is named', () => {
  it('"A met Mayor B’s deputy, Vice Mayor C": B was not there', () => {
    expect(
      meetingsOf('Governor Hiro Matsuda met Mayor Li Qiang’s deputy, Vice Mayor Zong Ming, at city hall on May 4.'),
    ).toEqual([[['Hiro Matsuda', 'Zong Ming'], '2023-05-04']]);
    expect(meetingsOf("Governor Hiro Matsuda received Mayor Li Qiang's envoy, Ana Ruiz, on May 4.")).toEqual([
      [['Hiro Matsuda', 'Ana Ruiz'], '2023-05-04'],
    ]);
  });

  it('trap: a possessive of another kind keeps its owner at the meeting', () => {
    expect(meetingsOf('Governor Hiro Matsuda met Mayor Li Qiang at the mayor’s office on May 4.')).toEqual([
      [['Hiro Matsuda', 'Li Qiang'], '2023-05-04'],
    ]);
  });
});

describe('seated together', () => {
  it('"At a banquet on May 3, A sat next to B"', () => {
    expect(
      meetingsOf(
        'Mayor Lars Holm of Aalborg was in Wuxi on May 2-4.\n\n' +
          'At a banquet on May 3, Holm sat next to Party Secretary Du Xiaogang, who praised the two cities’ ties.',
      ),
    ).toEqual([[['Lars Holm', 'Du Xiaogang'], '2023-05-03']]);
  });

  it('traps: a seat by the window, a seat only planned', () => {
    expect(meetingsOf('Mayor Lars Holm sat next to the window on the flight to Wuxi on May 3.')).toEqual([]);
    expect(meetingsOf('Mayor Lars Holm will sit next to Party Secretary Du Xiaogang at the banquet.')).toEqual([]);
  });
});

describe('talk told by a pair, and habits', () => {
  it('"A and B talked about trade on Friday": a joint act of the two', () => {
    expect(meetingsOf('Mayor Jane Cole and Governor Kenta Ono talked about trade on Friday.')).toEqual([
      [['Jane Cole', 'Kenta Ono'], '2023-05-05'],
    ]);
  });

  it('traps: one who talked about another, a habit before the verb', () => {
    expect(meetingsOf('Mayor Jane Cole talked about Governor Kenta Ono’s visit on Friday.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole and Governor Kenta Ono have often talked about the tie.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole and Governor Kenta Ono have often discussed the tie.')).toEqual([]);
    expect(meetingsOf('Mayor Jane Cole regularly meets Governor Kenta Ono.')).toEqual([]);
  });
});
