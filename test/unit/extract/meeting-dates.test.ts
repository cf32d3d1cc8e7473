import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import { whoWhen } from './meeting-helpers.ts';

const lead = 'The lead was about the port. The fair was long. The port was busy. The weather was fine. ';

describe('meeting dates: from the sentence, the text around it, or the dateline', () => {
  it('a weekday, "last month", "earlier this week", "a year ago"', () => {
    expect(whoWhen('Governor Li Ming met Mayor Anna Berg on Friday.')).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: '2019-11-22' },
    ]);
    expect(whoWhen('Last month, Governor Li Ming met Mayor Anna Berg in Bergen.')).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: '2019-10' },
    ]);
    expect(whoWhen('Governor Li Ming met Mayor Anna Berg earlier this week.')).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: '2019-11' },
    ]);
    expect(
      whoWhen(`${lead}Mayor Anna Berg signed the first part of the pact a year ago during her visit to Porto.`),
    ).toEqual([{ who: ['Anna Berg'], date: '2018' }]);
  });

  it('the dateline dates a dispatch whose sentence gives no other date', () => {
    expect(whoWhen('BERGEN, Nov. 20 (NTB) -- Mayor Anna Berg met Chengdu Vice Mayor Wu Hao.')).toEqual([
      { who: ['Anna Berg', 'Wu Hao'], date: '2019-11-20' },
    ]);
  });

  it('weekdays of a dispatch count from its dateline, not from the page date', () => {
    expect(
      whoWhen(
        'CHANGSHA, March 4 (Xinhua) -- Wu Hao, Party Secretary of Changsha, met Mayor Anna Berg on Thursday.',
        '2023-03-06',
      ),
    ).toEqual([{ who: ['Wu Hao', 'Anna Berg'], date: '2023-03-02' }]);
  });

  it('the date of a visit in the same sentence: "visited X last week, where he met", "During his visit ..., "', () => {
    expect(whoWhen('Mayor Wu Hao visited Bergen last week, where he met Mayor Anna Berg.')).toEqual([
      { who: ['Wu Hao', 'Anna Berg'], date: '2019-11' },
    ]);
    expect(whoWhen('During his visit to Bergen on Tuesday, Mayor Wu Hao met with Mayor Anna Berg.')).toEqual([
      { who: ['Wu Hao', 'Anna Berg'], date: '2019-11-19' },
    ]);
    // A date of something before: "since taking office in 2016".
    expect(
      whoWhen(`${lead}On his first trip since taking office in 2016, Mayor Wu Hao met with Mayor Anna Berg.`),
    ).toEqual([{ who: ['Wu Hao', 'Anna Berg'], date: null }]);
  });

  it('a date stated in the sentence before: the day the paragraph is about', () => {
    expect(
      whoWhen(
        `${lead}A delegation from Sendai led by Mayor Kenji Mori arrived in Daegu on Monday. Mayor Kenji Mori ` +
          'met Daegu Mayor Choi Hyun-woo at City Hall.',
      ),
    ).toEqual([{ who: ['Kenji Mori', 'Choi Hyun-woo'], date: '2019-11-18' }]);
  });

  it("a meeting in the lead without a date takes the article's; one told later stays undated", () => {
    expect(whoWhen('Governor Li Ming met Mayor Anna Berg to discuss trade.')).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: '2019-11-24' },
    ]);
    expect(whoWhen(`${lead}Governor Li Ming met Mayor Anna Berg to discuss trade.`)).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: null },
    ]);
  });

  it('a visit over several days is dated by its first', () => {
    expect(whoWhen('Officials of Leuven welcomed Mayor Eileen Doyle from 13 to 16 September.', '2022-10-10')).toEqual([
      { who: ['Eileen Doyle'], date: '2022-09-13' },
    ]);
  });

  it('the same meeting told twice, once by month and once by day, is one meeting on that day', () => {
    expect(
      whoWhen(
        'Last weekend, Mayor Eileen Doyle met Mayor Marc Peeters in Leuven. Mayor Eileen Doyle was welcomed by ' +
          'Mayor Marc Peeters on Friday September 13 at a reception.',
        '2019-09-22',
      ),
    ).toEqual([{ who: ['Eileen Doyle', 'Marc Peeters'], date: '2019-09-13' }]);
  });

  it('the date of a coordinated verb, not one of a relative clause', () => {
    expect(whoWhen('The ties began when Mayor Tom Hill visited Kobe in 1965 and met Mayor Ken Ito.')).toEqual([
      { who: ['Tom Hill', 'Ken Ito'], date: '1965' },
    ]);
    expect(
      whoWhen(`${lead}Governor Ann Lee, who served as minister in 2007, arrived in Taipei to meet Mayor Lin Bo.`),
    ).toEqual([{ who: ['Ann Lee', 'Lin Bo'], date: null }]);
  });

  it('"the following day" counts from the day told a few sentences before, across a paragraph break', () => {
    expect(
      whoWhen(
        'Ambassador Maria Santos called on Governor Ken Ito in Kobe on Monday, 13 May. The Ambassador praised ' +
          'the port.\n\nGovernor Ito spoke of trade. During her visit to Osaka the following day, the Ambassador met ' +
          'with Mayor Jo Kim.',
        '2019-05-15',
      ),
    ).toEqual([
      { who: ['Maria Santos', 'Ken Ito'], date: '2019-05-13' },
      { who: ['Maria Santos', 'Jo Kim'], date: '2019-05-14' },
    ]);
  });

  it('a meeting takes the day of an event its people took part in a few sentences before', () => {
    expect(
      whoWhen(
        `${lead}On Saturday, the Consul General of Japan in Seattle, Dr. Aiko Mori, took part in the festival. ` +
          'The gala drew many guests. During her stay, the Consul General met with Mayor Tom Hill.',
        '2019-05-15',
      ),
    ).toEqual([{ who: ['Aiko Mori', 'Tom Hill'], date: '2019-05-11' }]);
  });

  it('a dateline in title case with its date in digits: "Kigoma, 27th May 2022 - ... on Wednesday"', () => {
    expect(
      whoWhen(
        'Kigoma, 27th May 2022 - Mayor Baraka Mosha and Mayor Anna Berg on Wednesday signed a twinning agreement.',
        '2022-05-30',
      ),
    ).toEqual([{ who: ['Baraka Mosha', 'Anna Berg'], date: '2022-05-25' }]);
  });

  it('minutes tell what happened at the meeting they record on its day, past their lead', () => {
    const body =
      'Item 1. The Mayor opened the meeting. Item 2. The Clerk read the agenda. Item 3. The budget was adopted. ' +
      'Item 4. Mayor Carla Pruitt presented a plaque to Mayor Rosa Quiroga of Ensenada.';
    const dated = (title: string) =>
      toGold(extractArticle(` date 2019-08-13 ${title}\n\n${body}\n`, { file: 'made-up.txt' })).meetings.map(
        (m) => m.date ?? null,
      );
    expect(dated('Regular Council Meeting Minutes')).toEqual(['2019-08-13']);
    expect(dated('Local news')).toEqual([null]);
  });
});
