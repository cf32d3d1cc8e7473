import { describe, expect, it } from 'vitest';
import { goldOf } from './helpers.ts';

const figures = (body: string) =>
  goldOf(body).country_stats.map((s) => ({
    places: s.countries,
    value: s.value,
    qualifier: s.qualifier,
    rule: s.rule,
  }));

describe('figures about places', () => {
  it('a figure about one country or province, with its qualifier', () => {
    expect(figures('Portugal has some 1,200 twinnings, officials said.')).toEqual([
      { places: ['Portugal'], value: 1200, qualifier: 'about', rule: 'figure-subject-list' },
    ]);
  });

  it('a count of countries after the figure shares its subject', () => {
    const f = figures('Officials in Canada said Manitoba has established 64 sister-city ties with 20 countries.');
    expect(f.map((x) => [x.places, x.value])).toEqual([
      [['Manitoba'], 64],
      [['Manitoba'], 20],
    ]);
  });

  it('three places sharing one figure "among them"', () => {
    expect(figures('Chile, Peru and Ecuador count 140 pairs among them.').map((x) => [x.places, x.value])).toEqual([
      [['Chile', 'Peru', 'Ecuador'], 140],
    ]);
  });

  it('places counted in a country with partners of another', () => {
    expect(
      figures('In all, 52 municipalities in Norway have friendship agreements with Mexican partners.').map((x) => [
        x.places,
        x.value,
      ]),
    ).toEqual([[['Norway', 'Mexico'], 52]]);
  });

  it('"the province has" refers to the province named before; a figure about one city is not recorded', () => {
    expect(
      figures('Manitoba in Canada welcomed the guests. Now the province has 64 sister cities.').map((x) => [
        x.places,
        x.value,
      ]),
    ).toEqual([[['Manitoba'], 64]]);
    expect(figures('Leeds has 12 sister cities.')).toEqual([]);
  });
});
