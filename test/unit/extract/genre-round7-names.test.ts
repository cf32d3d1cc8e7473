/**
 * The seventh round's probes on names: people named only by a council member's title and surname, degrees before a
 * name, parties that are no people, countries the package writes formally, and places inside longer names. Made-up
 * text, with traps.
 */
import { describe, expect, it } from 'vitest';
import { goldOf } from './helpers.ts';

function peopleOf(body: string): string[] {
  return goldOf(body).people.map((p) => p.name);
}

function placesOf(body: string): string[] {
  return goldOf(body).places.map((p) => `${p.name} (${p.kind})`);
}

describe('a council member named by surname alone', () => {
  it('"Councillor Fenwick said", "Cllr Dyer asked", "Alderman Okonjo agreed": no name the text gives whole', () => {
    expect(
      peopleOf(
        'Councillor Brackwell said the exchange had gone well. Cllr Dyer asked about costs. Alderman Obuke agreed.',
      ),
    ).toEqual([]);
  });

  it('the full name given elsewhere is that person', () => {
    expect(
      peopleOf('Councillor Jane Brackwell chaired the session. Councillor Brackwell said the exchange had gone well.'),
    ).toEqual(['Jane Brackwell']);
    expect(peopleOf('Cllr Dyer asked about costs. Mayor Ann Ross met Cllr Tom Dyer on Friday.')).toEqual([
      'Tom Dyer',
      'Ann Ross',
    ]);
  });

  it('trap: a mayor or governor so named is still the office holder', () => {
    expect(peopleOf('Mayor Varrenti said the exchange had gone well. Governor Park agreed.')).toEqual([
      'Varrenti',
      'Governor Park',
    ]);
  });
});

describe('degrees and parties', () => {
  it('"Mayor Ir. NAME", "Dipl.-Ing. NAME", "Drs. NAME", "Mgr. NAME": the degree is no name', () => {
    expect(peopleOf('Mayor Ir. Budi Hartono of Semarang met Mayor Won Kang-su of Wonju on Monday.')).toEqual([
      'Budi Hartono',
      'Won Kang-su',
    ]);
    expect(
      peopleOf('The charter was signed by Mayor Dipl.-Ing. Karl Weiland and Deputy Mayor Mgr. Eva Hornak.'),
    ).toEqual(['Karl Weiland', 'Eva Hornak']);
  });

  it('"the X Delegation visited": a party, no person', () => {
    expect(peopleOf('The Nordvik Delegation visited the city hall and was received by Mayor Ana Reis.')).toEqual([
      'Ana Reis',
    ]);
  });
});

describe('countries', () => {
  it('the everyday name of a country the package writes formally ("Laos", "Syria", "Moldova")', () => {
    expect(placesOf('China is ready to work with Laos, the minister said.')).toEqual([
      'China (country)',
      'Laos (country)',
    ]);
    expect(placesOf('Refugees from Syria and Moldova were named.')).toEqual(['Syria (country)', 'Moldova (country)']);
  });

  it('"Bosnia and Herzegovina", "Antigua and Barbuda": "and" inside a country’s name', () => {
    expect(placesOf('The ambassador of Bosnia and Herzegovina in Ankara attended.')).toEqual([
      'Bosnia and Herzegovina (country)',
      'Ankara (city)',
    ]);
    expect(placesOf('Ties between Turkey and Bosnia and Herzegovina grew.')).toEqual([
      'Turkey (country)',
      'Bosnia and Herzegovina (country)',
    ]);
  });

  it('trap: "and" between two places joins no name', () => {
    expect(placesOf('Fresno and Oaxaca signed the charter in Fresno, California.')).toEqual([
      'Fresno (city)',
      'Oaxaca (city)',
      'California (state)',
    ]);
  });
});

describe('generic words of other countries and councils', () => {
  it('"That X District be twinned", "This X District partnership": the function word is no part of the name', () => {
    expect(placesOf('RESOLVED (1) That Brindle District be formally twinned with Tarnów, Poland.')).toEqual([
      'Brindle District (district)',
      'Tarnów (city)',
      'Poland (country)',
    ]);
    expect(placesOf('This Brindle District partnership was approved.')).toEqual(['Brindle District (district)']);
  });

  it('"X Metropolitan Municipality", "the Greater X Municipality": the town; the bare modifier names none', () => {
    expect(
      placesOf('The Greater Irbid Municipality and Gaziantep Metropolitan Municipality signed a twinning agreement.'),
    ).toEqual(['Irbid (city)', 'Gaziantep (city)']);
    expect(placesOf('Guests were welcomed in front of the Metropolitan Municipality service building.')).toEqual([]);
  });

  it('"Nagano City" beside "Nagano Prefecture": each named apart', () => {
    expect(
      placesOf('The Ambassador called on the Mayor of Nagano City and on the Governor of Nagano Prefecture.'),
    ).toEqual(['Nagano City (city)', 'Nagano Prefecture (prefecture)']);
  });

  it('trap: a town alone keeps its name', () => {
    expect(placesOf('The Mayor of Nagano City met the guests.')).toEqual(['Nagano (city)']);
  });
});
