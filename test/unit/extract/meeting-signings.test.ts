import { describe, expect, it } from 'vitest';
import { meetingsOf, whoWhen } from './meeting-helpers.ts';
import { goldOf } from './helpers.ts';

describe('signings pass: officials who signed together met', () => {
  it('"A and B signed", and the passive "signed by A and B"', () => {
    expect(
      meetingsOf('Mayor Anna Berg and Mayor Jussi Koski signed a twinning agreement at Tampere City Hall on Monday.'),
    ).toEqual([{ who: ['Anna Berg', 'Jussi Koski'], date: '2019-11-18', rule: 'signing' }]);
    expect(
      meetingsOf('The memorandum was signed by Governor Li Ming and Mayor Anna Berg on 5 May.', '2019-06-01'),
    ).toEqual([{ who: ['Li Ming', 'Anna Berg'], date: '2019-05-05', rule: 'signing' }]);
  });

  it('one signer, with a counterpart or during a visit, is a meeting of that one', () => {
    expect(
      meetingsOf('Mayor Anna Berg signed a friendship agreement with Porto during her visit to Portugal on Tuesday.'),
    ).toEqual([{ who: ['Anna Berg'], date: '2019-11-19', rule: 'signing-one' }]);
    expect(whoWhen('Mayor Anna Berg signed the annual budget on Tuesday.')).toEqual([]);
  });

  it('a signing told without names, then its people at the ceremony', () => {
    // Council-minutes register: the signing first, who spoke and who witnessed after.
    expect(
      whoWhen(
        'The twinning agreement between Cork and Leuven was signed on Tuesday at a ceremony in Cork City Hall. In ' +
          'her address during the signing ceremony, Mayor Eileen Doyle spoke of friendship. Alderman Marc Peeters, ' +
          'who witnessed for his city, thanked the council.',
      ),
    ).toEqual([{ who: ['Eileen Doyle', 'Marc Peeters'], date: '2019-11-19' }]);
  });

  it('a planned signing is none', () => {
    expect(whoWhen('Mayor Anna Berg and Mayor Jussi Koski will sign the agreement in May.')).toEqual([]);
    expect(whoWhen('The mayors of both cities are to sign an agreement at the ceremony on Friday.')).toEqual([]);
  });

  it('"The two signed" after a visit at someone\'s invitation is the same meeting', () => {
    expect(
      whoWhen(
        'Mayor Rui Costa of Porto visited Tampere on October 6, invited by Mayor Jussi Koski. The two signed a ' +
          'memorandum of understanding.',
        '2019-10-08',
      ),
    ).toEqual([{ who: ['Rui Costa', 'Jussi Koski'], date: '2019-10-06' }]);
  });

  it('the signing told again by a signer without a date ("were delighted to sign") is the same signing', () => {
    expect(
      whoWhen(
        'Mayor Anna Berg on Tuesday signed an agreement with her Porto counterpart, Mayor Rui Costa. Costa said he ' +
          'and Deputy Mayor Ines Lopes were delighted to sign the first twinning of their term.',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Rui Costa', 'Ines Lopes'], date: '2019-11-19' }]);
  });

  it('witnesses named in the passive were at the signing', () => {
    expect(
      whoWhen(
        'The memorandum was signed by Mayor Anna Berg and Mayor Rui Costa during an online ceremony on Tuesday. ' +
          'Witnessed in Bergen by Consul General Lin Qiao and guests.',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Rui Costa', 'Lin Qiao'], date: '2019-11-19' }]);
  });

  it('one signer named beside an unnamed one: "signed by Mayor A and the Governor of X"', () => {
    expect(whoWhen('The memorandum was signed by Mayor Anna Berg and the Governor of Sichuan on Friday.')).toEqual([
      { who: ['Anna Berg'], date: '2019-11-22' },
    ]);
  });

  it('a renewal the two sign: "A and B renewed the twinning charter"', () => {
    expect(whoWhen('Mayor Anna Berg and Mayor Rui Costa renewed the twinning charter on Sunday.')).toEqual([
      { who: ['Anna Berg', 'Rui Costa'], date: '2019-11-24' },
    ]);
    expect(whoWhen('Mayor Anna Berg renewed the lease of the harbour office on Sunday.')).toEqual([]);
  });

  it('a witness "in the presence of" signed with them: one meeting of all three', () => {
    expect(
      whoWhen(
        'The agreement was signed by the Mayor of Kigoma, Hon. Baraka Mosha Said, and Mayor Anna Berg on Wednesday, ' +
          'in the presence of Ambassador to Norway Tomas Reyes.',
      ),
    ).toEqual([{ who: ['Baraka Mosha Said', 'Anna Berg', 'Tomas Reyes'], date: '2019-11-20' }]);
  });

  it('"renewed on Tuesday the agreement"; a double surname alone is the person named in full before', () => {
    expect(
      whoWhen(
        'Mayor Lucia Ortega Pineda and Mayor Tomas Ruiz Salas renewed on Tuesday the twinning agreement. Mayor Ruiz ' +
          'Salas invited the city to a festival.',
      ),
    ).toEqual([{ who: ['Lucia Ortega Pineda', 'Tomas Ruiz Salas'], date: '2019-11-19' }]);
    expect(
      goldOf('Mayor Tomas Ruiz Salas spoke. Alcalde Ruiz Salas smiled. TOMAS SALAS left.').people.map((p) => p.name),
    ).toEqual(['Tomas Ruiz Salas']);
  });

  it('"put pen to paper"; "Signing for X was A; Y was represented by B" after a signing told without names', () => {
    expect(
      whoWhen('Bergen and Porto signed a charter on Monday. Mayor Anna Berg and Mayor Rui Costa put pen to paper.'),
    ).toEqual([{ who: ['Anna Berg', 'Rui Costa'], date: '2019-11-18' }]);
    expect(
      whoWhen(
        'The charter was signed on Monday. Signing for Bergen was Mayor Anna Berg; Porto was represented by Mayor ' +
          'Rui Costa.',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Rui Costa'], date: '2019-11-18' }]);
    // Represented elsewhere, after a meeting that is no signing: nobody joins it.
    expect(
      whoWhen(
        'Mayor Anna Berg met Governor Li Ming on Monday. Residents were represented by Councillor Tom Hill at a ' +
          'hearing.',
      ),
    ).toEqual([{ who: ['Anna Berg', 'Li Ming'], date: '2019-11-18' }]);
  });
});
