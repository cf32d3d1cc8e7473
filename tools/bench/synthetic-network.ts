/**
 * Synthetic twinning networks of any size with the real data set's shape, for the benchmark: deterministic for a
 * seed. The shape is fitted at run time from the real files (never copied into the repository): the number of cities
 * per tie, the share of cities per country, and the degree distribution, taken as it is below `TAIL_FROM` ties and as
 * a fitted power law above (so that larger networks grow larger hubs, as real ones do). Ties are then drawn by the
 * configuration model: every city gets as many stubs as its degree, and shuffled stubs are paired.
 *
 * Names are made up from syllables, so they repeat within a country now and then as real names do.
 */
import { csvRows } from '../../src/import/csv.ts';
import { random } from './random.ts';

/** Degrees from here up follow the fitted power law. */
export const TAIL_FROM = 10;

export interface NetworkShape {
  citiesPerTie: number;
  /** Degrees of the real cities below TAIL_FROM, to draw from as they are. */
  bodyDegrees: number[];
  /** Share of cities with TAIL_FROM ties or more. */
  tailShare: number;
  /** Exponent of the power law fitted to the tail (discrete maximum likelihood, Clauset et al. approximation). */
  alpha: number;
  realCities: number;
  realMaxDegree: number;
  /** [code as the data set writes it, country name, number of cities]. */
  countries: [string, string, number][];
}

/** Fits the shape of a network from the data set's cities.csv and links.csv text. */
export function fitShape(citiesText: string, linksText: string): NetworkShape {
  const countries = new Map<string, [string, string, number]>();
  let realCities = 0;
  let first = true;
  for (const row of csvRows(citiesText, 'cities.csv')) {
    if (first) {
      first = false;
      continue;
    }
    realCities++;
    const [code, name] = [row.fields[5]!, row.fields[4]!];
    const entry = countries.get(code) ?? [code, name, 0];
    entry[2]++;
    countries.set(code, entry);
  }
  const degree = new Map<string, number>();
  let ties = -1;
  for (const row of csvRows(linksText, 'links.csv')) {
    if (ties++ < 0) continue;
    for (const id of row.fields) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  const degrees = [...degree.values()];
  const tail = degrees.filter((d) => d >= TAIL_FROM);
  const alpha = 1 + tail.length / tail.reduce((sum, d) => sum + Math.log(d / (TAIL_FROM - 0.5)), 0);
  return {
    citiesPerTie: realCities / ties,
    bodyDegrees: degrees.filter((d) => d < TAIL_FROM),
    tailShare: tail.length / degrees.length,
    alpha,
    realCities,
    realMaxDegree: Math.max(...degrees),
    countries: [...countries.values()].sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0])),
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ven',
  'dra',
  'mi',
  'sul',
  'tor',
  'ba',
  'nes',
  'rin',
  'ga',
  'fel',
  'or',
  'tam',
  'bel',
  'ost',
  'ki',
  'len',
  'har',
  'zu',
];
const SUFFIXES = ['', '', '', 'ton', 'berg', 'dale', 'mont', 'ville', 'holm', 'stad'];

/** A made-up place name of two or three syllables. */
function placeName(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const syllables = 2 + Math.floor(next() * 2);
  const word = Array.from({ length: syllables }, () => pick(SYLLABLES)).join('') + pick(SUFFIXES);
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface SyntheticNetwork {
  citiesCsv: string;
  linksCsv: string;
  cities: number;
  ties: number;
  maxDegree: number;
}

/** A network of exactly `ties` distinct ties (no self-ties) in the data set's format, the same for the same seed. */
export function syntheticNetwork(shape: NetworkShape, ties: number, seed = 1): SyntheticNetwork {
  const next = random(seed);
  const cities = Math.max(2, Math.round(ties * shape.citiesPerTie));
  // The largest hub the fitted tail predicts for this many cities: a draw beyond it would be one outlier's luck.
  const cap = Math.min(
    cities - 1,
    Math.round(shape.realMaxDegree * (cities / shape.realCities) ** (1 / (shape.alpha - 1))),
  );
  const totalWeight = shape.countries.reduce((sum, c) => sum + c[2], 0);

  const cityLines = ['id,name,lng,lat,country,countrycd,continent'];
  const stubs: number[] = [];
  for (let i = 0; i < cities; i++) {
    let w = next() * totalWeight;
    const country =
      shape.countries.find((c) => {
        w -= c[2];
        return w < 0;
      }) ?? shape.countries[0]!;
    const lat = (next() * 140 - 70).toFixed(4);
    const lng = (next() * 360 - 180).toFixed(4);
    const countryName = country[1].includes(',') ? `"${country[1]}"` : country[1];
    cityLines.push(`Q${1_000_000 + i},${placeName(next)},${lng},${lat},${countryName},${country[0]},Synthetic`);
    const degree =
      next() < shape.tailShare
        ? Math.floor((TAIL_FROM - 0.5) * (1 - next()) ** (-1 / (shape.alpha - 1)) + 0.5)
        : shape.bodyDegrees[Math.floor(next() * shape.bodyDegrees.length)]!;
    for (let k = Math.min(degree, cap); k > 0; k--) stubs.push(i);
  }
  // Fisher-Yates shuffle, then pairs of stubs are ties; self-ties and repeated pairs are dropped, and the shortfall is
  // made up by pairing random stubs again (which keeps the preference for well-tied cities).
  for (let i = stubs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [stubs[i], stubs[j]] = [stubs[j]!, stubs[i]!];
  }
  const seen = new Set<number>();
  const degree = new Uint32Array(cities);
  const linkLines = ['source,target'];
  const add = (a: number, b: number) => {
    if (a === b || linkLines.length > ties) return;
    const key = a < b ? a * cities + b : b * cities + a;
    if (seen.has(key)) return;
    seen.add(key);
    degree[a]!++;
    degree[b]!++;
    linkLines.push(`Q${1_000_000 + a},Q${1_000_000 + b}`);
  };
  for (let i = 0; i + 1 < stubs.length; i += 2) add(stubs[i]!, stubs[i + 1]!);
  while (linkLines.length <= ties) {
    add(stubs[Math.floor(next() * stubs.length)] ?? Math.floor(next() * cities), Math.floor(next() * cities));
  }
  return {
    citiesCsv: `${cityLines.join('\n')}\n`,
    linksCsv: `${linkLines.join('\n')}\n`,
    cities,
    ties,
    maxDegree: degree.reduce((max, d) => Math.max(max, d), 0),
  };
}
