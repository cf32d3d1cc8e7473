import { describe, expect, it } from 'vitest';
import { whoWhen } from './meeting-helpers.ts';

describe('joins pass: people who were at a gathering told before', () => {
  it('companions join the meeting of the one they came with', () => {
    expect(
      whoWhen(
        'Mayor Jussi Koski met Mayor Rui Costa in Porto on Monday. Koski was accompanied by Deputy Mayor Liisa ' +
          'Niemi and Councillor Aino Virta.',
      ),
    ).toEqual([{ who: ['Jussi Koski', 'Rui Costa', 'Liisa Niemi', 'Aino Virta'], date: '2019-11-18' }]);
  });

  it('the head of a delegation received the sentence before', () => {
    expect(
      whoWhen(
        'Governor Li Ming received a delegation from Bergen on Monday. The delegation was headed by Deputy Mayor ' +
          'Ola Dahl.',
      ),
    ).toEqual([{ who: ['Li Ming', 'Ola Dahl'], date: '2019-11-18' }]);
  });

  it('"During the visit, the delegation met B": B joins the visit, on its day', () => {
    expect(
      whoWhen(
        'A delegation led by Vice Mayor Wu Hao visited Bergen on Monday. During the visit, the delegation met ' +
          'Mayor Anna Berg.',
      ),
    ).toEqual([{ who: ['Wu Hao', 'Anna Berg'], date: '2019-11-18' }]);
  });

  it('people speaking at a gathering told before were at it', () => {
    expect(
      whoWhen(
        'A signing ceremony was held at Porto City Hall on Thursday. At the ceremony, Mayor Rui Costa and Governor ' +
          'Akira Tanaka praised the ties.',
      ),
    ).toEqual([{ who: ['Rui Costa', 'Akira Tanaka'], date: '2019-11-21' }]);
  });

  it('two officials who attended a ceremony met there', () => {
    expect(
      whoWhen('Mayor Rui Costa and Governor Akira Tanaka attended a ceremony at Porto City Hall on Thursday.'),
    ).toEqual([{ who: ['Rui Costa', 'Akira Tanaka'], date: '2019-11-21' }]);
  });

  it('handing a gift to the delegation: the giver was at the visit', () => {
    expect(
      whoWhen(
        'Officials of Leuven welcomed a delegation from Cork from 13 to 16 September. Mayor Marc Peeters handed ' +
          'the delegation a symbolic cheque.',
        '2022-10-10',
      ),
    ).toEqual([{ who: ['Marc Peeters'], date: '2022-09-13' }]);
  });

  it('a gathering dated by a later sentence that refers to it', () => {
    expect(
      whoWhen(
        'The lead was about the port. The fair was long. The port was busy. The weather was fine. Mayor Anna Berg ' +
          'held talks with Governor Li Ming to discuss trade. The talks took place on Tuesday at the port.',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Li Ming'], date: '2019-11-19' }]);
  });

  it('a host handing over a key a few sentences after the welcome was at the visit', () => {
    expect(
      whoWhen(
        'Mayor Rui Costa of Porto was warmly welcomed in Tampere on Monday. He toured the harbour. "We are ' +
          'friends," Costa said at a ceremony. Councillor Aino Virta pledged support, handing over a key to the city.',
      ),
    ).toEqual([{ who: ['Rui Costa', 'Aino Virta'], date: '2019-11-18' }]);
  });

  it('a leg of a trip with a day of its own is not folded into the undated one told before', () => {
    expect(
      whoWhen(
        `${'The port was busy. '.repeat(4)}Minister Maria Santos welcomed the delegation. The delegation, led by ` +
          'Mayor Ana Reyes, was in Sydney from March 3 to March 7.',
        '2019-03-10',
      ),
    ).toEqual([
      { who: ['Maria Santos'], date: null },
      { who: ['Ana Reyes'], date: '2019-03-03' },
    ]);
  });

  it('members of the party named after it: "included", "Also on the trip were", "were part of the delegation"', () => {
    const met = 'Mayor Ann Byrne met Burgomaster Marc Peeters in Leuven on Monday. ';
    expect(whoWhen(`${met}The Cork delegation included Deputy Mayor Tom Walsh and Councillor Mary Kelly.`)).toEqual([
      { who: ['Ann Byrne', 'Marc Peeters', 'Tom Walsh', 'Mary Kelly'], date: '2019-11-18' },
    ]);
    expect(whoWhen(`${met}Also on the trip were Deputy Mayor Tom Walsh and Councillor Mary Kelly.`)).toEqual([
      { who: ['Ann Byrne', 'Marc Peeters', 'Tom Walsh', 'Mary Kelly'], date: '2019-11-18' },
    ]);
    expect(whoWhen(`${met}Deputy Mayor Tom Walsh was also part of the delegation.`)).toEqual([
      { who: ['Ann Byrne', 'Marc Peeters', 'Tom Walsh'], date: '2019-11-18' },
    ]);
  });

  it('a thing received from someone in person: "A received the key to the city from B"', () => {
    expect(whoWhen('Mayor Marc Peeters received the key to the city from Mayor Ann Byrne on Monday.')).toEqual([
      { who: ['Marc Peeters', 'Ann Byrne'], date: '2019-11-18' },
    ]);
  });

  it('"The delegation was accompanied by A"; "A and B were also present": the party of the call told before', () => {
    expect(
      whoWhen(
        'A delegation from Leuven, led by Alderman Marc Peeters, called on Mayor Eileen Doyle on Wednesday. The ' +
          'delegation was accompanied by Consul General Lin Qiao. Deputy Mayor Tom Walsh and Councillor Mary Kelly ' +
          'were also present.',
      ),
    ).toEqual([{ who: ['Marc Peeters', 'Eileen Doyle', 'Lin Qiao', 'Tom Walsh', 'Mary Kelly'], date: '2019-11-20' }]);
  });

  it('"presented the Mayor with a plate": not the Vice Mayor; "Presidenta Quiroga" is Rosa Quiroga Llanos', () => {
    expect(
      whoWhen(
        'Present: Mayor Carla Pruitt; Vice Mayor Owen Tully. The Mayor read the proclamation and handed it to ' +
          'Presidenta Municipal Lic. Rosa Quiroga Llanos of Ensenada. Presidenta Quiroga thanked Council and ' +
          'presented the Mayor with a hand-painted plate on Tuesday.',
      ),
    ).toEqual([{ who: ['Rosa Quiroga Llanos', 'Carla Pruitt'], date: '2019-11-19' }]);
  });
});
