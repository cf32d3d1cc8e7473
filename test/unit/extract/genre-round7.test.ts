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

describe('talks at a distance and before the press', () => {
  it('"held a video call with", "joined B in a videoconference", "spoke by video link", "In a video call"', () => {
    expect(meetingsOf('Mayor Lene Vik held a video call with Mayor Tan Weiling on Monday.')).toEqual([
      [['Lene Vik', 'Tan Weiling'], '2024-03-18'],
    ]);
    expect(meetingsOf('Mayor Paulo Serra joined Mayor Hiroko Abeno in a videoconference on Friday.')).toEqual([
      [['Paulo Serra', 'Hiroko Abeno'], '2024-03-15'],
    ]);
    expect(meetingsOf('Mayor Paulo Serra and Mayor Hiroko Abeno spoke by video link on Friday.')).toEqual([
      [['Paulo Serra', 'Hiroko Abeno'], '2024-03-15'],
    ]);
    expect(
      meetingsOf(
        'In a video conference on Tuesday, Governor Rui Matsuda and Premier Dan Holloway agreed to extend it.',
      ),
    ).toEqual([[['Rui Matsuda', 'Dan Holloway'], '2024-03-19']]);
  });

  it('"A and B held a joint press conference", "Speaking at a joint news conference with B, A said"', () => {
    expect(meetingsOf('Mayor Oda Brenn and Mayor Kenta Saito held a joint press conference on Tuesday.')).toEqual([
      [['Oda Brenn', 'Kenta Saito'], '2024-03-19'],
    ]);
    expect(
      meetingsOf(
        'Speaking at a joint news conference with Governor Li Nanfang on Friday, Governor Tom Brandt said ' +
          'the tie would grow.',
      ),
    ).toEqual([[['Li Nanfang', 'Tom Brandt'], '2024-03-15']]);
  });

  it('traps: one speaker before the press, a call still to come, "joined B in calling for"', () => {
    expect(meetingsOf('Mayor Oda Brenn held a press conference on Tuesday.')).toEqual([]);
    expect(
      meetingsOf('Speaking at a press conference on Monday, Mayor Oda Brenn said Governor Hua Peiyu had written.'),
    ).toEqual([]);
    expect(meetingsOf('Mayor Lene Vik will hold a video call with Mayor Tan Weiling next week.')).toEqual([]);
    expect(meetingsOf('Mayor Paulo Serra joined Mayor Hiroko Abeno in calling for a direct flight.')).toEqual([]);
  });
});

describe('photo captions', () => {
  it('"A (left) and B exchange gifts", "A presents B with a gift", "Photo: A with B at ..."', () => {
    expect(
      meetingsOf('Governor Ilse Varga (left) and Mayor Kenji Tanaba exchange gifts at City Hall on Monday.'),
    ).toEqual([[['Ilse Varga', 'Kenji Tanaba'], '2024-03-18']]);
    expect(meetingsOf('Mayor Oda Brenn presents Governor Hua Peiyu with a gift at City Hall on Monday.')).toEqual([
      [['Oda Brenn', 'Hua Peiyu'], '2024-03-18'],
    ]);
    expect(
      meetingsOf('Photo: Mayor Oda Brenn with Governor Hua Peiyu at the friendship garden in Harbin, 12 March 2024.'),
    ).toEqual([[['Oda Brenn', 'Hua Peiyu'], '2024-03-12']]);
  });

  it('traps: one official with others, an award to a student, gifts still to come', () => {
    expect(meetingsOf('Photo: Mayor Oda Brenn with pupils at the friendship garden on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Oda Brenn presented the prize to the winning school on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Oda Brenn and Governor Hua Peiyu will exchange gifts at City Hall next week.')).toEqual(
      [],
    );
  });
});

describe('who met, told in other shapes', () => {
  it('"Meeting B on Monday, A told him", "A caught up with B", "A and B, who met in X on Monday, agreed"', () => {
    expect(
      meetingsOf(
        'Meeting Mayor Jens Holst at City Hall on Monday, Vice Mayor Qiao Linfeng told him students would come.',
      ),
    ).toEqual([[['Jens Holst', 'Qiao Linfeng'], '2024-03-18']]);
    expect(meetingsOf('Mayor Erik Lunde caught up with Mayor Kenta Saito at the summit in Seoul on Monday.')).toEqual([
      [['Erik Lunde', 'Kenta Saito'], '2024-03-18'],
    ]);
    expect(
      meetingsOf('Mayor Erik Lunde and Mayor Kenta Saito, who met in Oslo on Monday, agreed to expand the exchange.'),
    ).toEqual([[['Erik Lunde', 'Kenta Saito'], '2024-03-18']]);
  });

  it('traps: a meeting of a council, a meeting still to come in the relative clause', () => {
    expect(meetingsOf('Meeting of the council: Mayor Erik Lunde opened the session on Monday.')).toEqual([]);
    expect(
      meetingsOf(
        'Mayor Erik Lunde and Mayor Kenta Saito, who will meet in Oslo next week, agreed to expand the exchange.',
      ),
    ).toEqual([]);
  });
});

describe('a later day of a stay', () => {
  it('"X arrived on Monday for a three-day visit. On Tuesday the delegation was received by B": Tuesday', () => {
    expect(
      meetingsOf(
        'A twelve-member delegation from Tainan, led by Deputy Mayor Lin Jiahui, arrived in Cebu on Monday for a ' +
          'three-day visit.\n\nThe delegation paid a courtesy call at City Hall on Tuesday, where they were ' +
          'received by Mayor Ramon Ocampo.',
      ),
    ).toEqual([[['Lin Jiahui', 'Ramon Ocampo'], '2024-03-19']]);
  });

  it('trap: received on the day of arrival stays one meeting on that day', () => {
    expect(
      meetingsOf(
        'A delegation led by Deputy Mayor Lin Jiahui arrived in Cebu on Monday. They were received by Mayor Ramon ' +
          'Ocampo at City Hall.',
      ),
    ).toEqual([[['Lin Jiahui', 'Ramon Ocampo'], '2024-03-18']]);
  });
});

describe('"B told A" after a gathering of A', () => {
  it('"Vice Mayor A visited X on Monday. Mayor B told her that ...": B met A there', () => {
    expect(
      meetingsOf(
        'Vice Mayor Qiao Linfeng visited Aarhus on Monday. Mayor Jens Holst told her that the city valued the tie.',
      ),
    ).toEqual([[['Qiao Linfeng', 'Jens Holst'], '2024-03-18']]);
  });

  it('traps: told in a letter or on the phone, told reporters, told someone of no gathering', () => {
    for (const told of [
      'told her in a letter that',
      'told her by phone that',
      'told reporters that',
      'told Governor Ilse Varga that',
    ])
      expect(
        meetingsOf(
          `Vice Mayor Qiao Linfeng visited Aarhus on Monday. Mayor Jens Holst ${told} the city valued the tie.`,
        ),
      ).toEqual([[['Qiao Linfeng'], '2024-03-18']]);
  });
});

function peopleOf(body: string): string[] {
  return goldOf(body).people.map((p) => `${p.name} | ${p.titles.join(', ')} | ${p.office_place ?? '-'}`);
}

describe('a second title after a name', () => {
  it('"A, chairman of the board and mayor of X,": both titles, the place of the second', () => {
    expect(
      peopleOf(
        'Tom Haldane, chairman of the twinning committee and mayor of Leeds, met Mayor Lars Dahlberg on Monday.',
      ),
    ).toEqual(['Tom Haldane | Chairman, Mayor | Leeds', 'Lars Dahlberg | Mayor | -']);
    expect(
      peopleOf('Sofia Reyna, the mayor of Valencia and chair of the regional tourism board, met Mayor Lars Dahlberg.'),
    ).toEqual(['Sofia Reyna | Mayor, Chair | Valencia', 'Lars Dahlberg | Mayor | -']);
  });

  it('trap: two people each with a title of their own', () => {
    expect(peopleOf('Tom Haldane, chair of the board, and Ana Ruiz, mayor of Seville, met on Monday.')).toEqual([
      'Tom Haldane | Chair | -',
      'Ana Ruiz | Mayor | Seville',
    ]);
  });
});

describe('"the mayor" in a week told day by day', () => {
  it('is the mayor, not the deputy mayor named since', () => {
    expect(
      meetingsOf(
        'Mayor Grace Wambui received Ambassador Tomas Eklund on Monday.\n\nThe next day she hosted a delegation from ' +
          'Tampere led by Deputy Mayor Aino Lahti. On Thursday the mayor travelled to Mombasa, where she met ' +
          'Governor Hassan Abdi.',
        '2024-03-22',
      ),
    ).toEqual([
      [['Grace Wambui', 'Tomas Eklund'], '2024-03-18'],
      [['Grace Wambui', 'Aino Lahti'], '2024-03-19'],
      [['Grace Wambui', 'Hassan Abdi'], '2024-03-21'],
    ]);
  });
});

describe('a readout’s word order', () => {
  it('"received on 12 March the Ambassador of X, B", "received in his office the new Ambassador, B"', () => {
    expect(meetingsOf('Minister Tomas Vargo received on 12 March the Ambassador of Chile, Rosa Olmeda.')).toEqual([
      [['Tomas Vargo', 'Rosa Olmeda'], '2024-03-12'],
    ]);
    expect(
      meetingsOf(
        'On 15 March, Minister Alar Kestner received in his office the newly appointed Ambassador of Peru, ' +
          'Jorge Salcedo.',
      ),
    ).toEqual([[['Alar Kestner', 'Jorge Salcedo'], '2024-03-15']]);
    expect(
      meetingsOf(
        'Minister Tomas Vargo received on Tuesday a delegation of the national parliament led by Mr. Kono Tarou.',
      ),
    ).toEqual([[['Tomas Vargo', 'Kono Tarou'], '2024-03-19']]);
  });

  it('trap: a letter received on a day is no meeting', () => {
    expect(meetingsOf('Mayor Ana Reisz received on Monday a letter from Governor Hua Peiyu.')).toEqual([]);
  });
});

describe('"a Zhang Wei-led delegation"', () => {
  it('the name ends before "-led"', () => {
    expect(
      meetingsOf('A Vice Governor Zhang Xiaoming-led delegation visited Kobe on Monday and met Governor Saito Kenji.'),
    ).toEqual([[['Zhang Xiaoming', 'Saito Kenji'], '2024-03-18']]);
  });
});

describe('more ways two spent time together', () => {
  it('"The meeting of A and B", "held a working lunch with", "visited X with B", seeing off, guiding, touring', () => {
    const pair = [[['Erik Lunde', 'Hua Peiyu'], '2024-03-18']];
    for (const s of [
      'The meeting of Mayor Erik Lunde and Governor Hua Peiyu on Monday focused on trade.',
      'Mayor Erik Lunde held a working lunch with Governor Hua Peiyu on Monday.',
      'Mayor Erik Lunde visited the harbour institute on Monday with Governor Hua Peiyu.',
      'Mayor Erik Lunde bid farewell to Governor Hua Peiyu at the airport on Monday.',
      'Mayor Erik Lunde saw off Governor Hua Peiyu at the airport on Monday.',
      'Mayor Erik Lunde escorted Governor Hua Peiyu around the old town on Monday.',
      'Mayor Erik Lunde guided Governor Hua Peiyu through the museum on Monday.',
      'Mayor Erik Lunde took Governor Hua Peiyu on a tour of the harbour on Monday.',
    ])
      expect(meetingsOf(s)).toEqual(pair);
    expect(
      meetingsOf('Governor Hua Peiyu was accompanied by Mayor Erik Lunde on a tour of the port on Monday.'),
    ).toEqual([[['Hua Peiyu', 'Erik Lunde'], '2024-03-18']]);
  });

  it('traps: a meeting of a body, a visit with family, a budget guided through, a farewell still to come', () => {
    expect(meetingsOf('The meeting of the twinning committee on Monday was chaired by Mayor Erik Lunde.')).toEqual([]);
    expect(meetingsOf('Mayor Erik Lunde visited Kobe on Monday with his wife and two children.')).toEqual([
      [['Erik Lunde'], '2024-03-18'],
    ]);
    expect(meetingsOf('Mayor Erik Lunde guided the council through the budget on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Erik Lunde will bid farewell to Governor Hua Peiyu at the airport on Friday.')).toEqual(
      [],
    );
  });
});

describe('precision: people named beside a meeting they were not at', () => {
  it('traps: a proposed meeting discussed, one spoken about at a meeting, another clause of time, a possessive', () => {
    expect(
      meetingsOf('A proposed meeting between Mayor Erik Lunde and Governor Hua Peiyu was discussed on Monday.'),
    ).toEqual([]);
    expect(meetingsOf('Mayor Erik Lunde spoke about Governor Hua Peiyu at the council meeting on Monday.')).toEqual([]);
    expect(meetingsOf('Mayor Erik Lunde met with reporters after Governor Hua Peiyu left Oslo on Monday.')).toEqual([]);
    expect(meetingsOf("Mayor Erik Lunde welcomed Governor Hua Peiyu's announcement on Monday.")).toEqual([]);
  });

  it('still met: a meeting after another event, two at a meeting', () => {
    expect(meetingsOf('Mayor Erik Lunde met Governor Hua Peiyu after the ceremony on Monday.')).toEqual([
      [['Erik Lunde', 'Hua Peiyu'], '2024-03-18'],
    ]);
    expect(meetingsOf('At the meeting on Monday, Mayor Erik Lunde and Governor Hua Peiyu agreed on a ferry.')).toEqual([
      [['Erik Lunde', 'Hua Peiyu'], '2024-03-18'],
    ]);
  });
});

describe('a trip report told day by day', () => {
  it('"X is leading a delegation to Y this week. Day 1 (Monday): The delegation met B"', () => {
    expect(
      meetingsOf(
        'Mayor Erik Lunde is leading a delegation to Japan this week.\n\nDay 1 (Monday): The delegation met Governor ' +
          'Haruka Tanabe in Nagano.\n\nDay 2 (Tuesday): Mayor Lunde visited Matsumoto and held talks with Mayor ' +
          'Shigeo Otani.',
      ),
    ).toEqual([
      [['Erik Lunde', 'Haruka Tanabe'], '2024-03-18'],
      [['Erik Lunde', 'Shigeo Otani'], '2024-03-19'],
    ]);
  });

  it('trap: a delegation still to be led', () => {
    expect(meetingsOf('Mayor Erik Lunde is leading a delegation to Japan next week.')).toEqual([]);
  });
});
