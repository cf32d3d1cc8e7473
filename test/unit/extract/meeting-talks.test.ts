import { describe, expect, it } from 'vitest';
import { meetingsOf, whoWhen } from './meeting-helpers.ts';

describe('talks pass: people joined by a verb, noun or passive of meeting', () => {
  it('"met (with)" and "held talks with", in agency copy with a dateline', () => {
    expect(
      meetingsOf(
        'CHENGDU, May 14 (Xinhua) -- Sichuan Governor Li Ming met with a delegation led by Mayor Anna Berg of ' +
          'Bergen, Norway, here on Tuesday.',
        '2019-05-15',
      ),
    ).toEqual([{ who: ['Li Ming', 'Anna Berg'], date: '2019-05-14', rule: 'meeting-verb' }]);
    expect(
      whoWhen(
        'Gangwon Governor Park Ji-won held talks with visiting Sendai Mayor Kenji Mori on Thursday.',
        '2019-11-24',
      ),
    ).toEqual([{ who: ['Park Ji-won', 'Kenji Mori'], date: '2019-11-21' }]);
  });

  it('talks in the passive: "talks were held between A and B"', () => {
    expect(meetingsOf('Talks were held between Mayor Anna Berg and Governor Li Ming in Chengdu on Friday.')).toEqual([
      { who: ['Anna Berg', 'Li Ming'], date: '2019-11-22', rule: 'talks-held' },
    ]);
  });

  it('nominal meetings: "in a meeting with", "during the meeting with"', () => {
    expect(
      meetingsOf(
        'In a meeting with Ambassador Maria Santos on Monday, Mayor Akira Tanaka of Kumamoto expressed his hope ' +
          'for more flights.',
      ),
    ).toEqual([{ who: ['Maria Santos', 'Akira Tanaka'], date: '2019-11-18', rule: 'meeting-noun' }]);
  });

  it('a guest calling on a host: "called on", "paid a courtesy call on", "made a courtesy visit to"', () => {
    expect(
      whoWhen('Ambassador Maria Santos called on Governor Akira Tanaka of Kumamoto Prefecture on 12 February 2019.'),
    ).toEqual([{ who: ['Maria Santos', 'Akira Tanaka'], date: '2019-02-12' }]);
    expect(
      meetingsOf('Consul General Lin Qiao made a courtesy visit to Mayor Eileen Doyle of Cork on Wednesday.'),
    ).toEqual([{ who: ['Lin Qiao', 'Eileen Doyle'], date: '2019-11-20', rule: 'courtesy-call' }]);
  });

  it('"exchanged views with", "discussed ... with": two officials met', () => {
    expect(whoWhen('On Monday, Ambassador Maria Santos exchanged views with Mayor Akira Tanaka on trade.')).toEqual([
      { who: ['Maria Santos', 'Akira Tanaka'], date: '2019-11-18' },
    ]);
    expect(
      whoWhen('Mayor Rui Costa discussed tourism and trade with Governor Akira Tanaka in Porto on Saturday.'),
    ).toEqual([{ who: ['Rui Costa', 'Akira Tanaka'], date: '2019-11-23' }]);
  });

  it('one official and a party nobody of is named: a meeting when it adds to a gathering told before', () => {
    expect(whoWhen('Governor Akira Tanaka met a delegation from Porto at the prefectural office on Tuesday.')).toEqual(
      [],
    );
    expect(
      meetingsOf(
        'A delegation from Porto arrived in Kumamoto on Tuesday. The delegation met Governor Akira Tanaka at the ' +
          'prefectural office.',
      ),
    ).toEqual([{ who: ['Akira Tanaka'], date: '2019-11-19', rule: 'visit' }]);
  });

  it('but not reporters, students or residents', () => {
    expect(whoWhen('Mayor Anna Berg met with students at the school on Monday.')).toEqual([]);
    expect(whoWhen('Governor Li Ming talked with reporters after lunch on Monday.')).toEqual([]);
  });

  it('"The two" and "They" stand for the two officials told just before', () => {
    expect(
      whoWhen(
        'Mayor Jussi Koski of Tampere welcomed Mayor Rui Costa of Porto on Monday. The two then signed a ' +
          'memorandum on culture.',
      ),
    ).toEqual([{ who: ['Jussi Koski', 'Rui Costa'], date: '2019-11-18' }]);
  });

  it('planned, hoped for, denied: no meeting', () => {
    for (const text of [
      'Mayor Anna Berg will meet Governor Li Ming next month.',
      'Governor Li Ming said he looks forward to meeting Mayor Anna Berg.',
      'Mayor Anna Berg is expected to hold talks with Governor Li Ming in Chengdu.',
      'Mayor Anna Berg did not meet Governor Li Ming during the fair.',
      'Mayor Anna Berg hopes to meet Governor Li Ming in the spring.',
    ])
      expect(whoWhen(text)).toEqual([]);
  });

  it('a purpose clause after a journey made is a meeting: "came to Bergen to meet"', () => {
    expect(whoWhen('Vice Mayor Wu Hao came to Bergen on Monday to meet Mayor Anna Berg.')).toEqual([
      { who: ['Wu Hao', 'Anna Berg'], date: '2019-11-18' },
    ]);
  });

  it('a count of meetings is no meeting; the first one, dated, is', () => {
    expect(whoWhen('Mayor Anna Berg has met Governor Li Ming several times.')).toEqual([]);
  });

  it('a participle clause and a phone call: "..., meeting B", "spoke with B by telephone"', () => {
    expect(
      whoWhen('Mayor Tom Hill and his wife visited Kobe in April, meeting Mayor Ken Ito and touring the port.'),
    ).toEqual([{ who: ['Tom Hill', 'Ken Ito'], date: '2019-04' }]);
    expect(whoWhen('Mayor Tom Hill spoke with Mayor Ken Ito by telephone on Thursday.')).toEqual([
      { who: ['Tom Hill', 'Ken Ito'], date: '2019-11-21' },
    ]);
  });

  it('"the delegation met B" on a later day: the head of the delegation told before met B', () => {
    expect(
      whoWhen(
        'Mayor Baraka Mosha of Kigoma led a delegation to Bergen on Wednesday. On Thursday, the delegation toured ' +
          'the port and met Vice Mayor Solveig Aas.',
        '2019-11-22',
      ),
      // The visit and the meeting during it are one trip.
    ).toEqual([{ who: ['Baraka Mosha', 'Solveig Aas'], date: '2019-11-21' }]);
    expect(
      whoWhen(
        'Mayor Baraka Mosha signed the charter with Mayor Anna Berg on Wednesday. Mosha, who led a delegation of ' +
          'twelve, said the city would learn much. On Thursday, the delegation met Vice Mayor Solveig Aas.',
        '2019-11-22',
      ),
    ).toEqual([
      { who: ['Baraka Mosha', 'Anna Berg'], date: '2019-11-20' },
      { who: ['Baraka Mosha', 'Solveig Aas'], date: '2019-11-21' },
    ]);
  });

  it('"The two mayors held talks": the last two mayors named, each in a sentence of their own', () => {
    expect(
      whoWhen(
        "Mayor Ellen Marsh of Tacoma arrived in Kobe on Monday. Kobe's mayor, Ken Ito, said the visit was welcome. " +
          'Deputy Mayor Jo Finn agreed. The two mayors held talks on Tuesday.',
        '2019-11-22',
      ),
    ).toEqual([{ who: ['Ellen Marsh', 'Ken Ito'], date: '2019-11-19' }]);
  });
});
