import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

const meetings = (f: ReturnType<typeof factsOf>) =>
  f.meetings.map((m) => ({ who: m.participants, date: m.date, place: m.place }));

describe('meetings', () => {
  it('"A met (with) B in X on <weekday>" resolves the weekday against the article date', () => {
    const f = factsOf(
      'Chinese Foreign Minister Li Wen met with Governor of Shizuoka Prefecture Ken Ito in Shizuoka on Sunday.',
      '2019-11-26',
    );
    expect(meetings(f)).toEqual([{ who: ['Li Wen', 'Ken Ito'], date: '2019-11-24', place: 'Shizuoka Prefecture' }]);
  });

  it('"agreed with" and "a meeting with the mayor" are one meeting', () => {
    const f = factsOf(
      'Osaka Gov. Anna Sato agreed with Kaohsiung Mayor Lin Bo on Wednesday ' +
        'to cooperate. Sato spoke after a closed-door meeting with the mayor.',
      '2024-02-07',
    );
    expect(meetings(f)).toEqual([{ who: ['Anna Sato', 'Lin Bo'], date: '2024-02-07', place: null }]);
  });

  it('a day relative to the sentence before: "One day earlier, A and B signed"', () => {
    const f = factsOf(
      'On the morning of September 24th, Mayor Tom Hill met Governor Ann Lee in ' +
        'Kunming. One day earlier, Mayor Tom Hill and Governor Ann Lee signed the deal.',
      '2016-09-27',
    );
    expect(meetings(f).map((m) => m.date)).toEqual(['2016-09-24', '2016-09-23']);
  });

  it('a planned or future visit is not a meeting', () => {
    const f = factsOf(
      'Mayor Tom Hill will meet Governor Ann Lee next month. Mayor Tom Hill plans to meet Governor Ann Lee in Kobe.',
    );
    expect(f.meetings).toEqual([]);
  });

  it('a host welcoming a delegation, on the day the paragraph gives', () => {
    const f = factsOf(
      'On October 14th, Kobe marked the day. Kobe Mayor Tom Hill welcomed a delegation from Seattle.',
      '2014-10-20',
    );
    expect(meetings(f)).toEqual([{ who: ['Tom Hill'], date: '2014-10-14', place: 'Kobe' }]);
  });

  it('a delegation headed by an official travelling to a place', () => {
    const f = factsOf(
      'A delegation from Kurashiki, headed by Mayor Ken Ito, traveled to Kansas City to take part in the festivities.',
    );
    // Told in the article's lead without a date of its own: dated by the article (its dateline).
    expect(meetings(f)).toEqual([{ who: ['Ken Ito'], date: '2019-11-24', place: 'Kansas City' }]);
  });

  it('a meeting told after the lead without a date stays undated; "After this" continues the last dated one', () => {
    const lead = 'The weather was fine. The port was busy. The fair opened. The parade was long. ';
    const late = factsOf(
      `${lead}A delegation from Kurashiki, headed by Mayor Ken Ito, traveled to Kansas City for the fair.`,
    );
    expect(meetings(late)).toEqual([{ who: ['Ken Ito'], date: null, place: 'Kansas City' }]);
    const after = factsOf(
      `Mayor Ken Ito of Kofu met Governor Ann Lee of Kansas on October 6. ${lead}After ` +
        `this, Deputy Mayor Jo Kim and Director Sam Roe signed a memorandum.`,
    );
    expect(meetings(after).map((m) => m.date)).toEqual(['2019-10-06', '2019-10-06']);
  });

  it('officials welcomed in a place, dated by the visit told next', () => {
    const f = factsOf(
      'Mayor Ken Ito of Kofu, Japan, was warmly welcomed in Seattle. Ito came to Seattle on Monday to renew the bond.',
      '2001-07-17',
    );
    expect(meetings(f)).toEqual([{ who: ['Ken Ito'], date: '2001-07-16', place: 'Seattle' }]);
  });

  it('visits told in quotes or in passing are not meetings', () => {
    const f = factsOf(
      '"We visited Seattle a few days ago," said Li Ming, deputy mayor ' +
        'of Wuhan. Tom Hill, mayor of Seattle who visited China five times, smiled.',
    );
    expect(f.meetings).toEqual([]);
  });

  it('a tie signed at a conference: the officials of both places named in the article met', () => {
    const f = factsOf(
      'The US-China Sister Cities Conference opened in Chicago on Oct 23.\n\nAt ' +
        'the conference, a sister city agreement was signed between Wuhan, ' +
        'Hubei province and Pittsburgh, Pennsylvania.\n\n"We came," said Li ' +
        'Ming, deputy mayor of Wuhan.\n\n"Welcome," said Tom Hill, mayor of Pittsburgh.',
      '2015-10-24',
    );
    expect(meetings(f)).toEqual([{ who: ['Li Ming', 'Tom Hill'], date: '2015-10-23', place: null }]);
  });

  it('the head of a delegation a host received, named in the next sentence, was at the meeting', () => {
    const f = factsOf(
      'Fresno Mayor Ann Lee received a delegation from Lishui, Zhejiang province, ' +
        'on Monday. The delegation was headed by Lishui Vice Mayor Chen Jian.',
      '2016-06-15',
    );
    expect(meetings(f)).toEqual([{ who: ['Ann Lee', 'Chen Jian'], date: '2016-06-13', place: 'Fresno' }]);
  });

  it('other meeting verbs, and a month or year given after the verb', () => {
    const f = factsOf(
      'Chinese Consul General Li Wei paid a courtesy call on Mayor Tom Hill of Portland in May 2004.',
      '2019-01-01',
    );
    expect(meetings(f)).toEqual([{ who: ['Li Wei', 'Tom Hill'], date: '2004-05', place: null }]);
  });

  it('a year before the meeting verb belongs to something else', () => {
    const f = factsOf(
      'On her first trip since taking office in 2016, Osaka Gov. Anna Sato held talks with Kaohsiung Mayor Lin Bo.',
      '2024-02-07',
    );
    expect(meetings(f)[0]!.date).toBeNull();
  });

  it('"also met" on the same trip takes the day of the meeting before; a modal after the verb is not future', () => {
    const f = factsOf(
      'Gangwon Province Governor Choi Min-su met Jilin Provincial Party Secretary Li ' +
        'Wen in Changchun on Tuesday.\n\nGangwon and Jilin Province established sister ' +
        'ties in 1994. Choi also met Jilin Governor Jiang Hao, who said Jilin would send ' +
        'athletes.',
      '2016-10-12',
    );
    expect(meetings(f)).toEqual([
      { who: ['Choi Min-su', 'Li Wen'], date: '2016-10-11', place: 'Changchun' },
      { who: ['Choi Min-su', 'Jiang Hao'], date: '2016-10-11', place: null },
    ]);
    expect(f.places.find((p) => p.name.startsWith('Jilin'))?.name).toBe('Jilin Province');
  });

  it('"A and B held online talks on Monday"', () => {
    const f = factsOf('Nagoya Mayor Ken Ito and Nanjing Mayor Han Wei held online talks on Monday.', '2021-11-30');
    expect(meetings(f)).toEqual([{ who: ['Ken Ito', 'Han Wei'], date: '2021-11-29', place: null }]);
  });

  it('a visitor "greeted ... by Mayor X" met the host', () => {
    const f = factsOf(
      'Shanghai Vice Mayor Li Wen led a delegation to San Francisco ' +
        'on Monday, where he was greeted at City Hall by Mayor Tom Hill.',
      '2005-03-22',
    );
    expect(meetings(f)).toEqual([{ who: ['Li Wen', 'Tom Hill'], date: '2005-03-21', place: 'San Francisco' }]);
  });

  it('"He was received ... by Lord Mayor X": the pronoun is the person the sentence before began with', () => {
    const f = factsOf(
      'The Mayor of Exmouth, Cllr Jeff Trail, has returned from Bad Homburg in ' +
        'Germany.\nHe was received at the town hall by Lord Mayor Alexander Hetjes ' +
        'on Saturday.',
      '2018-07-09',
    );
    // The town he returned from is where he was received.
    expect(meetings(f)).toEqual([
      { who: ['Jeff Trail', 'Alexander Hetjes'], date: '2018-07-07', place: 'Bad Homburg' },
    ]);
    expect(f.places.map((p) => p.name)).toContain('Bad Homburg');
  });

  it('a dateline dates the dispatch; "on Saturday" in the sentence dates the meeting', () => {
    const f = factsOf(
      'HANGZHOU, Oct. 27 -- Zhejiang Governor Li Wen met a delegation from ' +
        "Japan's Shizuoka Prefecture led by Vice Governor Ken Ito here on Saturday.",
      '2019-10-28',
    );
    expect(meetings(f)).toEqual([{ who: ['Li Wen', 'Ken Ito'], date: '2019-10-26', place: null }]);
    expect(f.people.find((p) => p.name === 'Ken Ito')?.offices[0]?.place).toBe('Shizuoka Prefecture');
  });

  it('a visit at the invitation of a host is a meeting of both; companions join it', () => {
    const f = factsOf(
      'Mayor of Leeds Tom Hill visited Dortmund on October 6, invited by the city’s ' +
        'Mayor Ann Lee. Hill was accompanied by Deputy Mayor Jo Kim and Director Sam Roe.',
      '2015-10-08',
    );
    expect(meetings(f)).toEqual([
      { who: ['Tom Hill', 'Ann Lee', 'Jo Kim', 'Sam Roe'], date: '2015-10-06', place: 'Dortmund' },
    ]);
  });

  it('"inked" is a signing of two officials', () => {
    const f = factsOf(
      'City Mayor Tom Hill and Lord Mayor of Leeds Ann Lee inked an agreement on Monday.',
      '2007-05-01',
    );
    expect(meetings(f)).toEqual([{ who: ['Tom Hill', 'Ann Lee'], date: '2007-04-30', place: null }]);
  });

  it('the one met named by title, then by name in the next sentence', () => {
    const f = factsOf(
      'Leeds Mayor Tom Hill had a meeting with the new Consul General on ' +
        'the afternoon of the 2nd. At the event, Consul General Ann Lee thanked him.',
      '2022-11-05',
    );
    expect(meetings(f)).toEqual([{ who: ['Tom Hill', 'Ann Lee'], date: '2022-11-02', place: null }]);
  });

  it('"has met X four times since they first met ... in March last year" is the first meeting, in that month', () => {
    const f = factsOf(
      'Mayor Tom Hill of Leeds said that he has met with Mayor Ann Lee ' +
        'of Lille four times since they first met at a summit in March last year.',
      '2020-01-15',
    );
    expect(meetings(f).map((m) => m.date)).toEqual(['2019-03']);
  });

  it('a ceremony attended by two officials, and officials who exchanged gifts, met', () => {
    expect(
      meetings(
        factsOf(
          'The signing ceremony on Friday was attended by Mayor Tom Hill of Leeds and Governor Ann Lee of Ontario.',
        ),
      ),
    ).toMatchObject([{ who: ['Tom Hill', 'Ann Lee'], date: '2019-11-22' }]);
    expect(
      meetings(factsOf('Mayor Tom Hill of Leeds and Governor Ann Lee of Ontario exchanged gifts on Friday.')),
    ).toMatchObject([{ who: ['Tom Hill', 'Ann Lee'], date: '2019-11-22' }]);
  });
});
