import { describe, expect, it } from 'vitest';
import { meetingsOf, whoWhen } from './meeting-helpers.ts';

describe('hosts pass: a host receiving guests', () => {
  it('"received", "welcomed", "hosted ... for": the host and the guest met', () => {
    expect(
      meetingsOf(
        'Vice Governor Seo Min-gyu received Mayor Tomas Varga of Brno at the provincial government building on Monday.',
      ),
    ).toEqual([{ who: ['Seo Min-gyu', 'Tomas Varga'], date: '2019-11-18', rule: 'hosted' }]);
    expect(
      whoWhen('Mayor Eileen Doyle hosted a civic reception for Mayor Marc Peeters of Leuven on Saturday.'),
    ).toEqual([{ who: ['Eileen Doyle', 'Marc Peeters'], date: '2019-11-23' }]);
    expect(
      whoWhen('Mayor Rui Costa welcomed Governor Akira Tanaka and a business delegation to Porto on Thursday.'),
    ).toEqual([{ who: ['Rui Costa', 'Akira Tanaka'], date: '2019-11-21' }]);
  });

  it('"welcomed a delegation led by": the head of the delegation met the host', () => {
    expect(
      meetingsOf('On 3 March, Mayor Eileen Doyle welcomed a delegation from Leuven led by Alderman Marc Peeters.'),
    ).toEqual([{ who: ['Eileen Doyle', 'Marc Peeters'], date: '2019-03-03', rule: 'hosted' }]);
  });

  it('a host welcoming a delegation nobody in it is named of: a meeting of the host', () => {
    expect(meetingsOf('Mayor Eileen Doyle welcomed a delegation from Leuven to City Hall on Friday.')).toEqual([
      { who: ['Eileen Doyle'], date: '2019-11-22', rule: 'welcomed-delegation' },
    ]);
  });

  it('guests received, in the passive: "was received by", "was met at the airport by"', () => {
    expect(meetingsOf('Mayor Kenji Mori was received by Governor Park Ji-won on Wednesday.')).toEqual([
      { who: ['Kenji Mori', 'Park Ji-won'], date: '2019-11-20', rule: 'hosted-visit' },
    ]);
    expect(whoWhen('Governor Li Ming was met at the airport by Mayor Anna Berg on Sunday.')).toEqual([
      { who: ['Li Ming', 'Anna Berg'], date: '2019-11-24' },
    ]);
  });

  it('a host welcoming "the meeting" was at the gathering told before', () => {
    expect(
      whoWhen(
        'A delegation of mayors from Tampere met officials of Porto on Monday to plan a festival. Mayor Rui Costa ' +
          'welcomed the meeting and promised support.',
      ),
    ).toEqual([{ who: ['Rui Costa'], date: '2019-11-18' }]);
  });

  it('things received are no guests: "received an award", "welcomed the decision"', () => {
    for (const text of [
      'Mayor Anna Berg received an award from the Chamber of Commerce on Monday.',
      'Mayor Anna Berg welcomed the decision of the council on Monday.',
      'Mayor Anna Berg receives a cheque from Governor Li Ming.',
    ])
      expect(whoWhen(text)).toEqual([]);
  });

  it('a planned reception is none', () => {
    expect(whoWhen('Mayor Anna Berg will host a dinner for Governor Li Ming on Friday.')).toEqual([]);
  });

  it('"among the guests of B", and a host giving a lunch for the visitors told before', () => {
    expect(whoWhen('Mayor Tom Hill was among the guests of Mayor Ken Ito at a dinner in Kobe on Thursday.')).toEqual([
      { who: ['Tom Hill', 'Ken Ito'], date: '2019-11-21' },
    ]);
    expect(
      whoWhen(
        'A delegation from Kobe arrived in Seattle on Monday. Mayor Tom Hill hosted a lunch for the visitors at City ' +
          'Hall. The delegation is led by Deputy Mayor Ken Ito.',
      ),
    ).toEqual([{ who: ['Tom Hill', 'Ken Ito'], date: '2019-11-18' }]);
  });

  it('letters beyond ASCII between the verb and its object: "welcomed Tromsø’s deputy mayor, Åse Nyström"', () => {
    expect(
      whoWhen(
        'On May 10, Mayor Anna Berg welcomed Tromsø’s deputy mayor, Åse Nyström, at the harbour festival.',
        '2019-05-15',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Åse Nyström'], date: '2019-05-10' }]);
  });

  it('another host receiving "the delegation" met its head: a meeting of its own, on the visit\'s day', () => {
    expect(
      whoWhen(
        'On Monday, a delegation led by Vice Governor Li Wen paid a courtesy call on Governor Ken Ito. In the ' +
          'evening, Vice Governor Anna Sato hosted a dinner for the delegation.',
        '2019-05-15',
      ),
    ).toEqual([
      { who: ['Li Wen', 'Ken Ito'], date: '2019-05-13' },
      { who: ['Anna Sato', 'Li Wen'], date: '2019-05-13' },
    ]);
  });

  it('the month May after a dateline day is no modal', () => {
    expect(
      whoWhen(
        'HANOI, 14 May (VNA) - Mayor Nguyen Van Tam on Monday received a delegation led by Mayor Hans Huber.',
        '2019-05-15',
      ),
    ).toEqual([{ who: ['Nguyen Van Tam', 'Hans Huber'], date: '2019-05-13' }]);
  });

  it('"X arrived at the head of a delegation"; "the mayor hosted a dinner for the delegation" the next day', () => {
    expect(
      whoWhen(
        'Mayor Eileen Doyle met Rui Costa, vice chairman of the Porto council, on Tuesday. Costa arrived in Cork on ' +
          'Sunday at the head of a delegation of ten. The mayor hosted a dinner for the delegation on Monday evening.',
        '2019-11-21',
      ),
    ).toEqual([
      { who: ['Eileen Doyle', 'Rui Costa'], date: '2019-11-19' },
      { who: ['Eileen Doyle', 'Rui Costa'], date: '2019-11-18' },
    ]);
  });

  it('"was also received by": the guest told before, received by another host', () => {
    expect(
      whoWhen(
        'Mayor Rui Costa of Porto signed the charter with Mayor Eileen Doyle on Wednesday. Costa, who arrived on ' +
          'Monday, was also received by Governor Li Ming on Tuesday.',
      ),
    ).toEqual([
      { who: ['Rui Costa', 'Eileen Doyle'], date: '2019-11-20' },
      { who: ['Rui Costa', 'Li Ming'], date: '2019-11-19' },
    ]);
  });

  it('a venue between the host verb and the guest: "received at the town hall B", "received in the Sala X B"', () => {
    expect(whoWhen('Mayor Paul Girard received at the town hall Mayor Jean Okoro of Kumasi on Saturday.')).toEqual([
      { who: ['Paul Girard', 'Jean Okoro'], date: '2019-11-23' },
    ]);
    expect(
      whoWhen('Yesterday the Sindaco, Marco Rossi, received in the Sala della Giunta the mayor of Lindau, Eva Maier.'),
    ).toEqual([{ who: ['Marco Rossi', 'Eva Maier'], date: '2019-11-23' }]);
  });

  it('"the Mayor and herself received B": a reflexive is the official the sentence began with', () => {
    expect(
      whoWhen(
        'Mayor Paul Girard opened the meeting. Deputy Mayor Anne Roux reports that on Saturday the Mayor and ' +
          'herself received Mayor Jean Okoro of Kumasi.',
      ),
    ).toEqual([{ who: ['Anne Roux', 'Paul Girard', 'Jean Okoro'], date: '2019-11-23' }]);
  });

  it('"the provincial governor", "the visiting mayor": the one holder of the office, the word describing it', () => {
    expect(
      whoWhen(
        'Governor Ana Lopes of Huila signed the protocol with Mayor Rui Costa on Wednesday. Costa was also received ' +
          'in audience by the provincial governor on Tuesday.',
      ),
    ).toEqual([
      { who: ['Ana Lopes', 'Rui Costa'], date: '2019-11-20' },
      { who: ['Rui Costa', 'Ana Lopes'], date: '2019-11-19' },
    ]);
  });
});
