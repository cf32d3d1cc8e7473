import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.ts';

describe('country figures', () => {
  it('"the two countries" are the two the article names most, and the speaker is kept', () => {
    const f = factsOf(
      'China and Japan should work together, Chinese Foreign ' +
        'Minister Li Wen said. More than 250 pairs of sister ' +
        'cities have been established between the two countries, he noted.',
    );
    expect(f.countryFigures).toEqual([
      expect.objectContaining({
        countries: ['CN', 'JP'],
        metric: 'sister city pairs',
        value: 250,
        qualifier: 'more than',
        statedBy: 'Li Wen',
        asOf: '2019-11-24',
      }),
    ]);
  });

  it('countries named in the sentence, and the qualifier of the number', () => {
    const f = factsOf('There are about 1,200 sister-city relationships between France and Germany.');
    expect(f.countryFigures[0]).toMatchObject({ countries: ['DE', 'FR'], value: 1200, qualifier: 'about' });
  });

  it('a count of one city is no figure', () => {
    expect(factsOf('Tulsa has 88 friendship cities.').countryFigures).toEqual([]);
  });

  it('a count of one province is a figure of that one place', () => {
    const [figure, ...more] = factsOf('Anhui has 88 friendship cities.').countryFigures;
    expect(more).toEqual([]);
    expect([figure?.places, figure?.value]).toEqual([['Anhui Province'], 88]);
  });

  it('countries of a list are not a pair of countries', () => {
    expect(
      factsOf('Incheon has 21 sister cities abroad, including Kitakyushu in Japan and Tianjin in China.')
        .countryFigures,
    ).toEqual([]);
  });
});

describe('country figures in other wordings', () => {
  it('"The two countries have established N ...": the subject before the count', () => {
    const f = factsOf(
      'Chile and Peru are neighbours. The two countries have established more than 250 pairs of sister cities.',
    );
    expect(f.countryFigures).toMatchObject([{ countries: ['CL', 'PE'], value: 250, qualifier: 'more than' }]);
  });

  it('numbers in words and twinnings between adjectives of two countries', () => {
    const f = factsOf('There are now eighty-five twinning links between Norwegian and Chilean towns.');
    expect(f.countryFigures).toMatchObject([{ countries: ['CL', 'NO'], value: 85 }]);
  });
});

describe('pairs of cities counted with no country named', () => {
  const body =
    'Peru and Chile signed a sister-city accord in 1990, when Lima and Santiago were twinned. Chile welcomed it. ' +
    'Since then, five other pairs of cities have followed suit: Cusco and Arica; Puno and Iquique.';

  it('are the pair of countries the article is about', () => {
    expect(factsOf(body).countryFigures.map((f) => [f.countries, f.value])).toEqual([[['CL', 'PE'], 5]]);
  });

  it('not pairs of a tie word in a sentence that names a province, nor with one country in the article', () => {
    expect(factsOf('Peru and Chile met. Hunan has 88 pairs of friendship city ties.').countryFigures).toEqual([]);
    expect(factsOf('Peru is proud. Since then, five other pairs of cities have followed suit.').countryFigures).toEqual(
      [],
    );
  });
});
