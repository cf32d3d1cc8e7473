import { describe, expect, it } from 'vitest';
import { gazetteer, placeKey } from '../../../src/extract/gazetteer/index.ts';
import { factsOf } from './helpers.ts';

const place = (f: ReturnType<typeof factsOf>, name: string) => f.places.find((p) => p.name === name);

describe('gazetteer', () => {
  it('holds divisions and cities of one name, with local-language names', () => {
    const entries = gazetteer().lookup(placeKey('Shizuoka'));
    expect(entries.map((e) => `${e.name}/${e.kind}`)).toEqual(
      expect.arrayContaining(['Shizuoka Prefecture/prefecture', 'Shizuoka/city']),
    );
    expect(gazetteer().lookup(placeKey('浙江省'))[0]?.name).toBe('Zhejiang Province');
    expect(gazetteer().lookup(placeKey('U.S.'))[0]?.country).toBe('US');
  });
});

describe('places', () => {
  it('reads a name with its generic word as the division, and keeps the written form as an alias', () => {
    const f = factsOf('The Governor of Shizuoka Prefecture spoke in Japan. Shizuoka welcomes tourists.');
    expect(place(f, 'Shizuoka Prefecture')).toMatchObject({ kind: 'prefecture', country: 'JP' });
    expect(place(f, 'Shizuoka Prefecture')!.aliases).toContain('Shizuoka');
    expect(f.places.filter((p) => p.name === 'Shizuoka')).toEqual([]);
  });

  it('keeps Slavic and Dutch particles inside a name: "nad", "op", "aan"', () => {
    const f = factsOf(
      'The mayor of Ústí nad Labem welcomed a choir from Bergen op Zoom. Alphen aan den Rijn sent a band.',
    );
    expect(place(f, 'Ústí nad Labem')).toMatchObject({ country: 'CZ' });
    expect(place(f, 'Bergen op Zoom')).toMatchObject({ country: 'NL' });
    expect(place(f, 'Alphen aan den Rijn')).toMatchObject({ country: 'NL' });
    // The parts are no places of their own.
    expect(f.places.map((p) => p.name)).not.toContain('Labem');
  });

  it('reads "X City" and "the city of X" as the city', () => {
    const f = factsOf('Officials of Shizuoka City in Japan opened a hall.');
    expect(place(f, 'Shizuoka')).toMatchObject({ kind: 'city', country: 'JP' });
    expect(place(f, 'Shizuoka')!.lat).toBeCloseTo(34.98, 1);
  });

  it('resolves an ambiguous town by the state or country written after it', () => {
    const f = factsOf('The city of Springfield, Illinois hosted a fair. Tasmania of Australia sent a team.');
    expect(place(f, 'Springfield')).toMatchObject({ kind: 'city', country: 'US', within: 'Illinois' });
    expect(place(f, 'Tasmania')).toMatchObject({ kind: 'state', country: 'AU' });
  });

  it('takes countries named by adjective only when a fact needs them, and never common words as towns', () => {
    const f = factsOf(
      'Chinese Foreign Minister Li Wen met reporters. The Spring Festival is near. Friendship matters.',
    );
    expect(f.places.map((p) => p.name)).toEqual(['China']);
  });

  it('keeps a place the gazetteer lacks when the text says what it is', () => {
    const f = factsOf('Delegates came from the city of Qorvale and from Brindmoor, Shaanxi province.');
    expect(place(f, 'Qorvale')).toMatchObject({ kind: 'city', country: null, geonamesId: null });
    expect(place(f, 'Brindmoor')).toMatchObject({ kind: 'city', country: 'CN', within: 'Shaanxi Province' });
  });

  it("a generic word inside an organisation's name still tells the kind, but is not part of the place's name", () => {
    const f = factsOf('The Spokane City Council voted on Monday.');
    expect(place(f, 'Spokane')).toMatchObject({ kind: 'city', country: 'US', aliases: [] });
  });

  it('countries have their everyday English names', () => {
    const f = factsOf('Delegates from Russia, the United States of America, Turkey and South Korea came.');
    expect(f.places.map((p) => p.name).sort()).toEqual(['Russia', 'South Korea', 'Turkey', 'United States']);
  });

  it('names written without letters that folding keeps ("Adapazari" for "Adapazarı") are found', () => {
    const f = factsOf('Its sister cities include Adapazari, Turkey.');
    const p = f.places.find((q) => q.country === 'TR' && q.kind === 'city')!;
    expect([p.name, ...(p.aliases ?? [])]).toContain('Adapazari');
  });

  it('a reading the text settles later holds for earlier bare mentions too', () => {
    const f = factsOf(
      'Officials met in Shizuoka, Japan, on Sunday. Later the Governor of Shizuoka Prefecture Ken Ito spoke.',
    );
    expect(f.places.map((p) => `${p.name}/${p.kind}`)).toEqual(['Shizuoka Prefecture/prefecture', 'Japan/country']);
  });

  it('"Washington, D.C." is the capital, written as the text writes it', () => {
    const f = factsOf('Leaders gathered in Washington, D.C., for the summit.');
    expect(f.places.map((p) => `${p.name}/${p.kind}/${p.country}`)).toEqual(['Washington, D.C./city/US']);
  });

  it('dotted initials name a country, not a town spelt so: "the U.S. city"', () => {
    const f = factsOf('The statue was set up by the U.S. city of Fresno as a symbol.');
    expect(f.places.map((p) => p.country)).not.toContain('FR');
  });
});

describe('a division after a sentence-opening preposition', () => {
  it('"In Ohio, ...", "Across Ohio, Iowa and Utah ...": the capitalised preposition is no part of a name', () => {
    expect(place(factsOf('In Ohio, there are many small towns.'), 'Ohio')).toBeDefined();
    const f = factsOf('Across Ohio, Iowa and Utah there are many sister-city links.');
    expect(['Ohio', 'Iowa', 'Utah'].every((n) => place(f, n))).toBe(true);
  });
});
