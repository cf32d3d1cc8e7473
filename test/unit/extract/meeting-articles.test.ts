/**
 * Short made-up articles in the registers of the genre (agency copy, council minutes, an embassy page, a local paper,
 * a provincial portal), each with what is and what is not a meeting.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../../src/extract/index.ts';
import { whoWhen } from './meeting-helpers.ts';

/** Who and when of a whole made-up article text, header and headline included. */
const toGoldMeetings = (text: string) =>
  toGold(extractArticle(text, { file: 'made-up.txt' })).meetings.map((m) => ({ who: m.participants, date: m.date }));

describe('meetings in made-up articles of several registers', () => {
  it('agency copy: a host received a delegation, "During the meeting" is that meeting, a scheduled visit none', () => {
    expect(
      whoWhen(
        'DAEGU, April 12 (Yonhap) -- Daegu Mayor Park Su-min on Tuesday received a delegation from its German sister ' +
          'city Leipzig led by Mayor Karin Vogel, the city government said.\n\nDuring the meeting at City Hall, Park ' +
          'and Vogel agreed to expand youth and cultural exchanges.\n\nThe two cities have been sister cities since ' +
          '1991.\n\nVogel is scheduled to visit a local university on Thursday before returning home.',
        '2023-04-12',
      ),
    ).toEqual([{ who: ['Park Su-min', 'Karin Vogel'], date: '2023-04-11' }]);
  });

  it('council minutes: a delegation received and welcomed; a budget presented and a future visit are none', () => {
    expect(
      whoWhen(
        'Minutes of the meeting of the Policy Committee held on 28 June 2022.\n\nCivic visit. The Lord Mayor ' +
          'reported that a delegation from Aarhus, headed by Deputy Mayor Mette Holm, had been received at the ' +
          'Guildhall on 14 June. The delegation was welcomed by Councillor Peter Shaw, Chair of the Twinning ' +
          'Committee.\n\nBudget. Councillor Peter Shaw presented the annual budget.\n\nFuture visit. The Committee ' +
          'noted that the Lord Mayor will visit Aarhus in September.',
        '2022-06-30',
      ),
    ).toEqual([{ who: ['Mette Holm', 'Peter Shaw'], date: '2022-06-14' }]);
  });

  it('an embassy page: a courtesy call, and those "also present during the call"', () => {
    expect(
      whoWhen(
        'Ambassador Hiroshi Sato paid a courtesy call on Governor Elena Cruz of Cebu at the Capitol on 3 March ' +
          '2021.\n\nThe Ambassador congratulated the Governor on the 30th anniversary of the sister-province ties ' +
          'between Cebu and Hiroshima Prefecture. Governor Cruz thanked the Embassy and hoped that she could visit ' +
          'Hiroshima next year.\n\nAlso present during the call were Vice Governor Luis Tan and Consul Mika Ono.',
        '2021-03-05',
      ),
    ).toEqual([{ who: ['Hiroshi Sato', 'Elena Cruz', 'Luis Tan', 'Mika Ono'], date: '2021-03-03' }]);
  });

  it('a local paper: visitors greeted by the mayor, dated by the arrival the sentence before', () => {
    expect(
      whoWhen(
        'Visitors from the French twin town arrived in Ludlow on Friday for a four-day stay. The group, led by ' +
          'Mayor Jean Dupont of Dinan, was greeted at the Assembly Rooms by Ludlow Mayor Sarah Green. On Saturday ' +
          'the guests toured the castle, and in the evening a dinner was held in their honour.\n\nMrs Green said: ' +
          '"It was wonderful to welcome our friends again." Mr Dupont invited the mayor to visit Dinan next spring.',
        '2019-08-19',
      ),
    ).toEqual([{ who: ['Jean Dupont', 'Sarah Green'], date: '2019-08-16' }]);
  });

  it('a provincial portal: a meeting, then "the two sides signed" after it', () => {
    expect(
      whoWhen(
        'On the afternoon of September 18, Vice Governor Zhao Lin met with a delegation led by Mayor Gabor Kiss of ' +
          'Pecs, Hungary, in Kunming. Zhao welcomed the delegation and briefed them on the economy of the ' +
          'province. After the meeting, the two sides signed a memorandum on cultural exchanges. Officials of the ' +
          'provincial foreign affairs office attended the meeting.',
        '2018-09-20',
      ),
    ).toEqual([{ who: ['Zhao Lin', 'Gabor Kiss'], date: '2018-09-18' }]);
  });

  it('plans, history and quotes: no meeting at all', () => {
    expect(
      whoWhen(
        'The mayor of Bergen, Anna Berg, will lead a delegation to Tampere in May. Berg said she plans to meet Mayor ' +
          'Jussi Koski to discuss a new exchange programme. Bergen and Tampere have been twin towns since 1952, when ' +
          'Mayor Per Lund visited Tampere. "I have met Jussi many times," Berg said.',
        '2020-02-10',
      ),
    ).toEqual([]);
  });

  it("a visit and the meeting held during it are one meeting, on the meeting's day", () => {
    expect(
      whoWhen(
        'Mayor Rui Costa of Porto arrived in Tampere on Wednesday for a three-day visit. On Thursday he met Mayor ' +
          'Jussi Koski at the City Hall, where the two discussed a student exchange.',
        '2017-05-06',
      ),
    ).toEqual([{ who: ['Rui Costa', 'Jussi Koski'], date: '2017-05-04' }]);
  });

  it('background and arrangements are none: an old signing, talks with "many" leaders, staff planning a visit', () => {
    for (const text of [
      'The sister city agreement was signed in 1990. Mayor Tom Hill, speaking at the anniversary dinner on Saturday, ' +
        'praised the founders.',
      'Governor Anna Sato has held talks with many foreign leaders.',
      'Mayor Tom Hill met with city staff on Monday to plan the visit of Mayor Ken Ito.',
      'Since the two cities signed the agreement in 1985, students have visited every summer.',
      'Governor Anna Sato received the Order of the Rising Sun in Tokyo on Monday.',
    ])
      expect(whoWhen(text, '2019-05-15')).toEqual([]);
  });

  it('a delegation referred to several sentences after its visit was told is still that visit', () => {
    expect(
      whoWhen(
        'Officials of Leuven welcomed a delegation from Cork from 13 to 16 September. The visit was long planned. ' +
          'The two towns met online in 2021. The war changed much. Leuven offered shelter. The partners grew closer. ' +
          'Leuven showed its parks. Mayor Marc Peeters handed the Irish delegation a cheque.',
        '2022-10-10',
      ),
    ).toEqual([{ who: ['Marc Peeters'], date: '2022-09-13' }]);
  });

  it('a headline naming an official by surname and the text by full name tell one meeting', () => {
    expect(
      toGoldMeetings(
        ' date 2024-02-22 Ambassador Santos pays courtesy call on the Governor of Kumamoto\n\nAmbassador Maria ' +
          'Santos paid a courtesy call on Governor Ken Ito at the prefectural office on Tuesday, 20 February 2024.\n',
      ),
    ).toEqual([{ who: ['Maria Santos', 'Ken Ito'], date: '2024-02-20' }]);
  });
});
