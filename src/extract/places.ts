/**
 * Place mentions: runs of capitalised words that the gazetteer knows, resolved to one entry from context
 * ("Shizuoka Prefecture", "Governor of Shizuoka" -> the prefecture; "Springfield, Illinois" -> the Illinois city;
 * "Tasmania of Australia" -> the Australian state), and adjectives of place ("Chinese", "Californian").
 */
import type { PlaceKind } from '../facts/types.ts';
import { GENERIC_KIND, gazetteer, placeKey, stripGeneric, type GazEntry } from './gazetteer/index.ts';
import {
  CITY_TITLES,
  DEMONYMS,
  DEPARTMENT_WORDS,
  DIVISION_TITLES,
  GEO_WORDS,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { isGivenName } from './given-names.ts';
import { isCommonWord } from './common-words.ts';
import { inTieSlot, townInTieSlot } from './passes/tie-slots.ts';
import { adjacent, capitalisedByPosition, isTitleCase, type Token } from './tokens.ts';

export interface PlaceSpan {
  /** Token range [i, j). */
  i: number;
  j: number;
  start: number;
  end: number;
  /** The words as written, without a generic word the gazetteer does not need. */
  surface: string;
  /** The full written form, with its generic word: "Guangdong province". */
  written: string;
  entries: readonly GazEntry[];
  /** Kind required by a generic word in the text ("Prefecture", "city of"). */
  generic: PlaceKind | null;
  /** An adjective ("Chinese", "Californian"): names the place but is not a mention of it as a name. */
  adjective: boolean;
  /** The chosen entry, after context resolution. */
  entry: GazEntry | null;
  /** The span this one qualifies ("Illinois" in "Springfield, Illinois"). */
  qualifies: PlaceSpan | null;
  /** Set by resolution when the text itself says which reading is meant (a generic word, a qualifier, a title). */
  strong?: boolean;
  /** A part of a hyphened compound of countries ("US-China"): the compound is its own cue. */
  compound?: boolean;
}

const MAX_WORDS = 5;

/**
 * Lower-case words inside a place's name: "Rio de Janeiro", "Dar es Salaam", "Kingston upon Hull", "Ústí nad Labem",
 * "Frankfurt an der Oder", "Bergen op Zoom", "Alphen aan den Rijn".
 */
const NAME_PARTICLES = new Set(
  'de del da do dos das di du des la le les el es am an im der den ob sur sous upon nad pod op aan'.split(' '),
);

/** All gazetteer matches in a sentence, longest first, without overlaps. */
export function findPlaceSpans(text: string, tokens: Token[]): PlaceSpan[] {
  const g = gazetteer();
  const out: PlaceSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    // "Franco-German", "Sino-Japanese", "German-French", "US-China": each part of a hyphened compound of countries.
    const chain = countryChain(text, tokens, i);
    if (chain) {
      out.push(...chain);
      i = chain[chain.length - 1]!.i;
      continue;
    }
    const demonym = demonymCountry(t.lower.replace(/[ .]/g, '_'));
    let found: PlaceSpan | null = null;
    // An adjective of nationality is that country, whatever else the word names ("German" is also a parish).
    const demonymEntry =
      demonym && !(tokens[i + 1]?.cap && adjacent(text, t, tokens[i + 1]!)) ? g.country(demonym) : undefined;
    if (demonymEntry)
      found = {
        i,
        j: i + 1,
        start: t.start,
        end: t.end,
        surface: t.text,
        written: t.text,
        entries: [demonymEntry],
        generic: null,
        adjective: true,
        entry: null,
        qualifies: null,
      };
    let quarterOf = false;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !found && !quarterOf; n--) {
      const last = tokens[i + n - 1]!;
      let ok = true;
      for (let k = i + 1; k < i + n; k++) {
        const tk = tokens[k]!;
        // "Washington, D.C.": a dotted abbreviation after a comma is part of the name.
        const dotted = n === 2 && /^(?:\p{Lu}\.)+$/u.test(tk.text) && text.slice(tokens[k - 1]!.end, tk.start) === ', ';
        if (!adjacent(text, tokens[k - 1]!, tk) && !dotted) ok = false;
        // "Rio de Janeiro", "Dar es Salaam", "Frankfurt am Main": a particle inside a name (the gazetteer decides).
        else if (
          !tk.cap &&
          !(k === i + n - 1 && GENERIC_KIND[tk.lower]) &&
          !(k < i + n - 1 && (NAME_PARTICLES.has(tk.text) || tk.text === 'and'))
        )
          ok = false;
        if (!ok) break;
      }
      if (!ok) continue;
      const written = text.slice(t.start, last.end);
      const genericWord = n > 1 ? GENERIC_KIND[last.lower] : undefined;
      // "Spokane City Council", "Osaka Prefectural Government": the generic word belongs to an organisation's name.
      // The kind still tells what the place is; the written form drops the organisation's word.
      const after = tokens[i + n];
      const orgName =
        !!genericWord &&
        !!after &&
        (ORG_HEADS.has(after.lower) || after.lower === 'hall') &&
        adjacent(text, last, after);
      // A name that ends in its generic word ("Hunan Province", "New York City") must be a place of that kind.
      const candidates: Array<[string, PlaceKind | null]> = orgName ? [] : [[written, genericWord ?? null]];
      // "the U.S. city": dotted initials before a generic word are a country's abbreviation, an adjective here.
      if (genericWord && n === 2 && t.text.endsWith('.') && /^(?:\p{Lu}\.){2,}$/u.test(t.text)) continue;
      // "the old Stone Town", "Old Town": a common word before a capitalised "Town" names a quarter, not the town of
      // that word ("Cape Town" is found whole, above).
      const quarter = genericWord === 'town' && last.text === 'Town' && n === 2 && isCommonWord(t.text);
      if (genericWord && !quarter) candidates.push([text.slice(t.start, tokens[i + n - 2]!.end), genericWord]);
      // (nor the word alone: "Deal" in "the old Deal Town quarter")
      if (quarter && !g.lookup(placeKey(written)).length) quarterOf = true;
      if (n > 2 && t.lower === 'city' && tokens[i + 1]!.lower === 'of')
        candidates.push([text.slice(tokens[i + 2]!.start, last.end), 'city']);
      for (const [surface, generic] of candidates) {
        if (n === 1 && isNotName(t)) break;
        let entries = g.lookup(placeKey(surface));
        // Dotted initials ("U.S.", "U.K.") abbreviate countries, not towns that happen to be spelt so.
        if (surface.endsWith('.') && /^(?:\p{Lu}\.){2,}$/u.test(surface) && entries.some((e) => e.kind === 'country'))
          entries = entries.filter((e) => e.kind === 'country');
        // "Bosnia and Herzegovina", "Trinidad and Tobago": "and" joins the words of a country's name only, never two
        // places ("Fresno and Oaxaca").
        if (/ and /.test(surface)) entries = entries.filter((e) => e.kind === 'country');
        if (generic) {
          const fitting = entries.filter((e) => kindFits(e, generic));
          // "Washington State" is the state; a full gazetteer name whose last word merely looks generic stays.
          entries = fitting.length || surface !== written ? fitting : entries;
        }
        if (entries.length === 0) continue;
        found = {
          i,
          j: i + n,
          start: t.start,
          end: last.end,
          surface,
          written: orgName ? surface : written,
          entries,
          generic,
          adjective: false,
          entry: null,
          qualifies: null,
        };
        break;
      }
    }
    if (!found && demonym) {
      const e = g.country(demonym);
      if (e)
        found = {
          i,
          j: i + 1,
          start: t.start,
          end: t.end,
          surface: t.text,
          written: t.text,
          entries: [e],
          generic: null,
          adjective: true,
          entry: null,
          qualifies: null,
        };
    }
    // "Lowell, Mass.", "Fresno, Calif.": a US state abbreviated as news agencies do, qualifying the town before it.
    const state = !found && text.slice(tokens[i - 1]?.end ?? 0, t.start) === ', ' ? AP_STATES[t.text] : undefined;
    if (state && text[t.end] === '.' && out.length && out[out.length - 1]!.j === i) {
      const entries = g.lookup(placeKey(state)).filter((e) => e.feature === 'ADM1' && e.country === 'US');
      if (entries.length)
        found = {
          i,
          j: i + 1,
          start: t.start,
          end: t.end + 1,
          surface: state,
          written: state,
          entries,
          generic: null,
          adjective: false,
          entry: null,
          qualifies: null,
        };
    }
    // An adjective stands before a common noun ("Californian friendship"), and is not a given name ("Susan Taylor").
    const nextWord = tokens[i + 1];
    const beforeNoun = !!nextWord && !nextWord.cap && adjacent(text, t, nextWord);
    if (
      !found &&
      beforeNoun &&
      t.text.length >= 5 &&
      t.text.endsWith('n') &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      !isGivenName(t.text)
    ) {
      // "Californian" -> California, "Australian" -> Australia: adjectives of countries and first-level divisions.
      const entries = g
        .lookup(placeKey(t.text.slice(0, -1)))
        .filter((e) => e.kind === 'country' || e.feature === 'ADM1');
      if (entries.length)
        found = {
          i,
          j: i + 1,
          start: t.start,
          end: t.end,
          surface: t.text.slice(0, -1),
          written: t.text,
          entries,
          generic: null,
          adjective: true,
          entry: null,
          qualifies: null,
        };
    }
    if (found) {
      // "Guangxi Zhuang Autonomous Region", "Hong Kong Special Administrative Region": the full written form.
      const rest = /^(?: \p{Lu}\p{Ll}+)? (?:Autonomous|Special Administrative) Region\b/u.exec(text.slice(found.end));
      if (rest && found.entries.some((e) => e.feature === 'ADM1')) {
        const end = found.end + rest[0].length;
        let j = found.j;
        while (j < tokens.length && tokens[j]!.start < end) j++;
        found = {
          ...found,
          j,
          end,
          written: text.slice(found.start, end),
          entries: found.entries.filter((e) => e.feature === 'ADM1'),
          generic: 'region',
        };
      }
    }
    // "the Province of Cremona" where the gazetteer knows only the town: the province is a place of its own.
    const divisionOf = unlistedDivisionOf(text, tokens, i);
    if (divisionOf && (!found || found.j <= divisionOf.j)) found = divisionOf;
    // "Carrick Hill Municipal District", "Jefferson County": a name ending in a generic word that the gazetteer
    // knows only in part is a place of its own.
    const unlisted = genericRun(text, tokens, i);
    // "Jefferson County" is the county, not the town of Jefferson that a lenient generic word would let it be.
    const looser = (f: PlaceSpan): boolean =>
      f.j === unlisted?.j && !f.entries.some((e) => e.kind === unlisted.generic || e.feature === 'ADM1');
    if (unlisted && (!found || found.j < unlisted.j || looser(found))) found = unlisted;
    if (found) {
      out.push(found);
      i = found.j - 1;
    }
  }
  return addUnlisted(text, tokens, joinHyphenedPlaces(text, tokens, out));
}

/** Divisions named "Province of X": the kind of each head word. */
const DIVISION_OF: Readonly<Record<string, PlaceKind>> = {
  province: 'province',
  prefecture: 'prefecture',
  county: 'county',
  region: 'region',
};

/**
 * "Province of X", "County of X" (capitalised) where the gazetteer has no division X of that kind (only a town, or
 * nothing): a place of its own, named as written.
 */
function unlistedDivisionOf(text: string, tokens: Token[], i: number): PlaceSpan | null {
  const t = tokens[i]!;
  const kind = /^\p{Lu}/u.test(t.text) ? DIVISION_OF[t.lower] : undefined;
  const of = tokens[i + 1];
  if (!kind || of?.lower !== 'of' || !adjacent(text, t, of)) return null;
  let j = i + 2;
  while (j < tokens.length && j - i < 5 && tokens[j]!.cap && adjacent(text, tokens[j - 1]!, tokens[j]!)) j++;
  if (j === i + 2) return null;
  const name = tokens.slice(i + 2, j);
  if (name.some((w) => isNotName(w) || ORG_HEADS.has(w.lower) || TITLE_HEADS.has(w.lower))) return null;
  const entries = gazetteer().lookup(placeKey(text.slice(name[0]!.start, name[name.length - 1]!.end)));
  if (entries.some((e) => e.kind === 'country' || kindFits(e, kind))) return null;
  if (!entries.length && name.every((w) => isCommonWord(w.text))) return null;
  return textPlace(tokens, i, j, text.slice(t.start, tokens[j - 1]!.end), kind, null);
}

/** Generic words that end names of local divisions the gazetteer does not list. */
/** Capitalised function words that open a sentence or clause, never a place's name ("That X District be ..."). */
const OPENERS = new Set('that this these those whereas which if when where while'.split(' '));

/** Words of a town's government's name around the town's ("Greater X Municipality", "X Metropolitan Municipality"). */
const GOVERNMENT_MODIFIERS = new Set(['greater', 'metropolitan']);

const UNLISTED_GENERICS = new Set(['district', 'county', 'municipality', 'ward', 'region', 'province', 'prefecture']);

/**
 * A capitalised run of two to five words from token i that ends in a generic word of a local division, with a word of
 * its own before it (not only common words: "School District", "Central Business District" are no places), and no
 * capitalised word joined before it.
 */
function genericRun(text: string, tokens: Token[], i: number): PlaceSpan | null {
  const prev = tokens[i - 1];
  if (prev?.cap && adjacent(text, prev, tokens[i]!) && prev.text !== 'The' && !OPENERS.has(prev.lower)) return null;
  // "That Lichfield District be twinned", "This Brindle District partnership": a function word opening the clause.
  if (OPENERS.has(tokens[i]!.lower)) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 5 && tokens[j]!.cap && adjacent(text, tokens[j - 1]!, tokens[j]!)) {
    j++;
    if (UNLISTED_GENERICS.has(tokens[j - 1]!.lower)) break;
  }
  const last = tokens[j - 1]!;
  if (j - i < 2 || !UNLISTED_GENERICS.has(last.lower) || !/^\p{Lu}/u.test(last.text)) return null;
  // A common word capitalised by its position does not start the name ("Beyond Gangwon Province").
  if (isCommonWord(tokens[i]!.text) && (i === 0 || isTitleCase(text, tokens) || capitalisedByPosition(text, tokens, i)))
    return null;
  // The gazetteer knows the end of it ("... Gyeonggi Province"): that is the place.
  for (let n = i + 1; n < j - 1; n++)
    if (gazetteer().lookup(placeKey(text.slice(tokens[n]!.start, last.end))).length) return null;
  const words = tokens.slice(i, j - 1);
  // "Gaziantep Metropolitan Municipality", "the Greater Amman Municipality": the town's government, named for the
  // town; the modifier alone ("the Metropolitan Municipality") names none.
  const core = words.filter((t, k) => !(GOVERNMENT_MODIFIERS.has(t.lower) && (k === 0 || k === words.length - 1)));
  if (core.length < words.length && last.lower === 'municipality') {
    if (!core.length) return null;
    const surface = text.slice(core[0]!.start, core[core.length - 1]!.end);
    const towns = gazetteer()
      .lookup(placeKey(surface))
      .filter((e) => e.kind === 'city');
    if (towns.length)
      return {
        i: core[0] === words[0] ? i : i + 1,
        j,
        start: core[0]!.start,
        end: last.end,
        surface,
        written: surface,
        entries: towns,
        generic: 'city',
        adjective: false,
        entry: null,
        qualifies: null,
      };
  }
  if (!words.some((t) => !isCommonWord(t.text) && !NOT_NAMES.has(t.lower) && !demonymCountry(t.lower))) return null;
  if (words.some((t) => ORG_HEADS.has(t.lower) || TITLE_HEADS.has(t.lower) || t.possessive)) return null;
  const written = text.slice(tokens[i]!.start, last.end);
  const kind = GENERIC_KIND[last.lower]!;
  if (gazetteer().lookup(placeKey(written)).length) return null;
  return textPlace(tokens, i, j, written, kind, null);
}

/** A place the text names that the gazetteer lacks: no coordinates, the country of its qualifier when there is one. */
function textPlace(
  tokens: Token[],
  i: number,
  j: number,
  written: string,
  kind: PlaceKind,
  qualEntry: GazEntry | null | undefined,
): PlaceSpan {
  const entry: GazEntry = {
    name: written,
    kind,
    country: qualEntry?.country ?? '',
    aliases: [],
    geonamesId: null,
    lat: null,
    lng: null,
    population: 0,
    feature: 'TEXT',
    division: qualEntry && qualEntry.feature === 'ADM1' ? qualEntry.division : null,
  };
  return {
    i,
    j,
    start: tokens[i]!.start,
    end: tokens[j - 1]!.end,
    surface: written,
    written,
    entries: [entry],
    generic: kind,
    adjective: false,
    entry: null,
    qualifies: null,
  };
}

/**
 * "Kitchener-Waterloo Council", "the mayor of Kitchener-Waterloo": two towns joined by a hyphen are one place
 * (a merged municipality) when an office of it follows or a title's "of" precedes; elsewhere such a pair is two
 * places ("the Busan-Fukuoka ferry", "the Seattle-Kobe Sister City Association").
 */
function joinHyphenedPlaces(text: string, tokens: Token[], spans: PlaceSpan[]): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const a = spans[n]!;
    const b = spans[n + 1];
    const towns = (sp: PlaceSpan): boolean =>
      !sp.adjective && !sp.generic && sp.entries.some((e) => e.kind === 'city') && sp.entries[0]?.kind !== 'country';
    if (b && text.slice(a.end, b.start) === '-' && towns(a) && towns(b)) {
      const v: SentenceView = { text, tokens, spans, headline: false };
      const run = runAfter(v, b);
      const before = wordBeforeOf(text, a.start);
      const office =
        /^(?:council|government|city|town|shire|borough|municipal|municipality)$/.test(run[0]?.lower ?? '') ||
        TITLE_HEADS.has(run[0]?.lower ?? '') ||
        TITLE_HEADS.has(before) ||
        /^(?:city|town|municipality|council)$/.test(before);
      if (office) {
        const shared = a.entries.find((e) => b.entries.some((q) => q.country === e.country));
        const country = shared ? gazetteer().country(shared.country) : undefined;
        out.push(textPlace(tokens, a.i, b.j, text.slice(a.start, b.end), 'city', country));
        n++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Places the gazetteer does not list, when the text says what they are: "the city of Qorvale", "Brindmoor, Hunan
 * province" (a name qualified by a known division or country). They keep the text's spelling and have no coordinates.
 */
function addUnlisted(text: string, tokens: Token[], spans: PlaceSpan[]): PlaceSpan[] {
  const taken = new Set<number>();
  for (const sp of spans) for (let k = sp.i; k < sp.j; k++) taken.add(k);
  const added: PlaceSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken.has(k) || !t.cap || isNotName(t) || /^\p{Lu}+$/u.test(t.text) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    let j = k + 1;
    while (
      j < tokens.length &&
      j - k < 3 &&
      !taken.has(j) &&
      tokens[j]!.cap &&
      !isNotName(tokens[j]!) &&
      adjacent(text, tokens[j - 1]!, tokens[j]!)
    )
      j++;
    const written = text.slice(t.start, tokens[j - 1]!.end);
    const kindWord = /\b(city|town|village|county|district) of (?:the )?$/i
      .exec(text.slice(Math.max(0, t.start - 20), t.start))?.[1]
      ?.toLowerCase();
    // "Brindmoor, Hunan province"; one word that is no given name also "Brindmoor in Ukraine".
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]?.start ?? tokens[j - 1]!.end);
    const inCountry = gap === ' ' && tokens[j]?.lower === 'in' && j === k + 1 && !isGivenName(t.text);
    const qualifier = spans.find(
      (sp) =>
        (sp.start === tokens[j - 1]!.end + 2 && text.slice(tokens[j - 1]!.end, sp.start) === ', ') ||
        (inCountry && sp.i === j + 1 && sp.entries[0]?.kind === 'country' && !sp.adjective),
    );
    const qualEntry = qualifier?.entries.find((e) => e.kind === 'country' || e.feature === 'ADM1');
    const before = tokens[k - 1]?.lower ?? '';
    const placeContext = /^(?:between|and|with|in|to|from|near)$/.test(before);
    if (!kindWord && !(qualEntry && placeContext) && !townInTieSlot(text, tokens, k, j)) continue;
    const kind: PlaceKind =
      kindWord === 'county'
        ? 'county'
        : kindWord === 'district'
          ? 'district'
          : kindWord === 'town' || kindWord === 'village'
            ? 'town'
            : 'city';
    added.push(textPlace(tokens, k, j, written, kind, qualEntry));
    k = j - 1;
  }
  if (!added.length) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Words that name directions and landforms: "Western", "Central" are divisions somewhere, but not in running text. */
const COMMON_PLACE_WORDS = new Set(
  (
    'north south east west northern southern eastern western central upper lower middle capital coast coastal ' +
    'island islands lakes highlands valley border far near greater new'
  ).split(' '),
);

function isDirectionWord(surface: string): boolean {
  return surface
    .split(/[\s-]+/)
    .every(
      (w) =>
        COMMON_PLACE_WORDS.has(w.toLowerCase()) || NOT_NAMES.has(w.toLowerCase()) || GEO_WORDS.has(w.toLowerCase()),
    );
}

function isNotName(t: Token): boolean {
  if (/^[\p{Lu}.]{2,}$/u.test(t.text)) return false; // "US", "U.S.", "UK"
  return NOT_NAMES.has(t.lower) || GEO_WORDS.has(t.lower);
}

function kindFits(e: GazEntry, kind: PlaceKind): boolean {
  if (kind === 'city' || kind === 'town' || kind === 'municipality')
    return e.kind === 'city' || e.kind === 'municipality';
  if (kind === 'state') return e.kind === 'state' || e.kind === 'province';
  if (kind === 'province') return e.kind === 'province' || e.kind === 'state' || e.kind === 'region';
  if (kind === 'county' || kind === 'district') return e.kind !== 'country';
  if (kind === 'region') return e.kind !== 'country';
  return e.kind === kind;
}

export interface ResolveContext {
  /** How often each country is named in the document (by code). */
  docCountries: ReadonlyMap<string, number>;
  /** Entries already chosen for a key earlier in the document: later bare mentions follow them. */
  chosen: ReadonlyMap<string, GazEntry>;
  /** The sentence is a short line over a list ("A" over "- B, Country (1966)"): a name alone there is a place. */
  headsList?: boolean;
}

/** Divisions written with their generic word when a town has their bare name. */
const NAMED_WITH_GENERIC: ReadonlySet<PlaceKind> = new Set(['region', 'district', 'county']);

/** A description of the name just before as a town: "is a market town", ", a small port city", "was a village". */
const DESCRIBED_AS_TOWN =
  /^(?:\s+(?:is|was|remains)|,)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:city|town|village|borough|port)\b(?!['’])/u;

/**
 * Chooses an entry for each span of one sentence, or drops the span when no reading is likely (a small town whose
 * name is a common word, with no cue in the text). Returns the spans kept.
 */
export function resolveSpans(text: string, tokens: Token[], spans: PlaceSpan[], ctx: ResolveContext): PlaceSpan[] {
  // Qualifiers: "Springfield, Illinois", "Kofu, Japan", "Tasmania of Australia", "Wuhan, Hubei province".
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    const gap = text.slice(a.end, b.start);
    // "Windsor (Ontario)": a division in brackets right after a town qualifies it like one after a comma.
    const bracketed = gap === ' (' && text[b.end] === ')';
    // "Deventer, the Netherlands": a country whose name takes the article.
    const theCountry = /^, the $/i.test(gap) && b.entries.some((e) => e.kind === 'country');
    if ((gap === ', ' || gap === ' of ' || gap === ' in ' || gap === ' ' || bracketed || theCountry) && !b.adjective) {
      const inside = a.entries.filter((e) => b.entries.some((q) => contains(q, e)));
      if (inside.length) {
        a.entries = inside;
        b.entries = b.entries.filter((q) => inside.some((e) => contains(q, e)));
        b.qualifies = a;
      }
    }
  }
  const kept: PlaceSpan[] = [];
  const view: SentenceView = { text, tokens, spans, headline: isTitleCase(text, tokens) };
  for (const sp of spans) {
    const before = text.slice(Math.max(0, sp.start - 30), sp.start);
    const after = text.slice(sp.end, sp.end + 30);
    const prevWord = tokens[sp.i - 1]?.lower ?? '';
    const nextWord = tokens[sp.j]?.lower ?? '';
    const cityCue =
      /\b(?:city|town|village|municipality) of $/i.test(before) ||
      /\b(?:twin|sister|partner|friendship)[- ](?:city|town|municipality),? $/i.test(before) ||
      /^ (?:City|city)\b/.test(after) ||
      // "X is a market town on the river", "X, a port city in the north,": the text says what the place is.
      DESCRIBED_AS_TOWN.test(text.slice(sp.end, sp.end + 60)) ||
      sp.generic === 'city';
    const titleAfter = /^'?s? ?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
    const ofTitle = wordBeforeOf(text, sp.start);
    // "Jiangsu Vice Governor", "Ohio Lt. Governor": the head past the title's modifiers.
    const headAfter = titleHeadAfter(tokens, text, sp);
    const divisionCue =
      DIVISION_TITLES.has(titleAfter) ||
      DIVISION_TITLES.has(headAfter) ||
      DIVISION_TITLES.has(ofTitle) ||
      /^(?:provincial|prefectural)$/.test(titleAfter);
    const mayorCue = CITY_TITLES.has(titleAfter) || CITY_TITLES.has(ofTitle);
    const key = placeKey(stripGeneric(sp.surface));
    const earlier = ctx.chosen.get(key);
    // "Singapore", "Kuwait": a country and its capital of one name are the country; the country's own mention does
    // not count as the article naming the country of the city.
    const countryOfName = sp.entries.find((e) => e.kind === 'country')?.country;
    let best: GazEntry | null = null;
    let bestScore = -Infinity;
    let bestTown: GazEntry | null = null;
    let bestTownScore = -Infinity;
    for (const e of sp.entries) {
      let score = 0;
      if (e.kind === 'country') score += sp.adjective || sp.generic === null ? 8 : -5;
      // "Maryland" is Maryland, not Maryland County; a city-division (Incheon, Shanghai) yields to the city itself, and
      // so does a division named after its own capital ("Utrecht", "New York": the city, unless a cue says otherwise).
      else if (e.feature === 'ADM1')
        score +=
          4 +
          (e.kind !== 'city' && placeKey(e.name) === placeKey(sp.surface) && !hasCapitalOfName(e, sp.entries)
            ? 1.5
            : 0) -
          // "Trenčín", "Zlín", "Pärnu": a region, district or county named after its capital is written with its
          // generic word ("Trenčín Region", "Pärnu County"); the bare name is the town (provinces, states and
          // prefectures are named bare).
          (NAMED_WITH_GENERIC.has(e.kind) && hasCapitalOfName(e, sp.entries) ? 1.5 : 0);
      else {
        score += Math.log10(Math.max(10, e.population)) - 2;
        if (e.feature === 'PPLC') score += 1.5;
        else if (e.feature === 'PPLA') score += 1;
        else if (e.feature === 'PPLA2') score += 0.5;
        else if (e.feature === 'PPLX') score -= 1.5;
      }
      if (cityCue) score += e.kind === 'city' ? 6 : -6;
      if (divisionCue) score += e.feature === 'ADM1' ? 5 : -2;
      if (mayorCue) score += e.kind === 'city' ? 3 : -1;
      const n = ctx.docCountries.get(e.country) ?? 0;
      if (e.kind !== 'country' && n > 0 && e.country !== countryOfName) score += 2 + Math.min(2, n / 2);
      if (earlier === e && !cityCue && !divisionCue) score += 6;
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
      if (e.kind === 'city' && score > bestTownScore) {
        bestTownScore = score;
        bestTown = e;
      }
    }
    if (!best) continue;
    // "Friendship City News", "Sister City Program": a tie word before a generic word or a tie's noun names the kind
    // of tie, not a town of that name.
    if (
      sp.j === sp.i + 1 + (sp.generic ? 1 : 0) &&
      TIE_WORDS.has(tokens[sp.i]!.lower) &&
      (sp.generic || TIE_NOUN_AFTER.test(text.slice(sp.end)))
    )
      continue;
    sp.entry = best;
    // A country after the name ("Shizuoka, Japan") does not settle which Shizuoka; a state or province does.
    sp.strong =
      !!sp.generic ||
      cityCue ||
      divisionCue ||
      mayorCue ||
      spans.some((q) => q.qualifies === sp && q.entry?.kind !== 'country' && q.entries[0]?.kind !== 'country');
    // A division of a country the article never names needs a generic word, a qualifier or a title cue:
    // "Western" (China) is not Sri Lanka's Western Province.
    if (
      best.feature === 'ADM1' &&
      !sp.generic &&
      !sp.qualifies &&
      !divisionCue &&
      // "Kansas Secretary of Agriculture NAME", "Guangdong Party chief NAME": an office a state or province has.
      !STATE_OFFICES.has(headAfter) &&
      earlier !== best &&
      !(ctx.docCountries.get(best.country) ?? 0) &&
      !hasQualifier(sp, spans) &&
      !divisionInContext(text, tokens, sp, spans) &&
      // "Penang is twinned with B": a tie slot is a place's context.
      !inTieSlot(text, sp.start, sp.end)
    ) {
      // "Toledo" with no Belize in the article: the town of the name, a sizeable one and no common word ("the
      // Central ..."), read as towns are (not dropped).
      if (!bestTown || bestTown.population < 50_000 || isCommonWord(sp.surface)) continue;
      best = bestTown;
      sp.entry = best;
    }
    if (!sp.adjective && !sp.compound && !placeReading(view, sp, best)) continue;
    const weakCue =
      !!sp.generic ||
      cityCue ||
      divisionCue ||
      mayorCue ||
      !!sp.qualifies ||
      hasQualifier(sp, spans) ||
      earlier === best ||
      officeAfter(view, sp);
    // "Bath is twinned with B", "Nice, twinned with B since 1958": a tie slot reads a common word as the town.
    if (
      !sp.adjective &&
      !weakCue &&
      commonWordReading(view, sp, best) &&
      !(best.kind !== 'country' && townInTieSlot(text, tokens, sp.i, sp.j))
    )
      continue;
    const joined = capNeighbours(tokens, sp);
    if (best.kind === 'city' && sp.generic && best.population < 100_000 && joined.left && joined.right) continue;
    if (
      best.kind === 'city' &&
      !sp.generic &&
      // A town's name in a tie slot ("twinned with X", "X's twin town") is a place however small.
      !accepted(
        sp,
        best,
        prevWord,
        nextWord,
        ctx,
        cityCue ||
          mayorCue ||
          hasQualifier(sp, spans) ||
          townInTieSlot(text, tokens, sp.i, sp.j, best.population >= 10_000) ||
          (!!ctx.headsList && spans.length === 1 && sp.start === 0),
      )
    )
      continue;
    kept.push(sp);
  }
  // "Bloomington, Ind.": an abbreviated state has told which town is meant; the text names it no more than an
  // adjective would.
  for (const sp of kept) if (AP_STATES[text.slice(sp.start, sp.end - 1)] === sp.written) sp.adjective = true;
  return kept;
}

/**
 * Whether a capitalised word is joined to the span on its left and on its right: the span is then part of a longer
 * name ("Lantern Festival", "International Friendship City Exchanges", "North-South Institute"). A neighbouring place
 * is not ("Ohio-Saitama", "Fresno, California"), nor is a sentence's "The".
 */
function capNeighbours(
  tokens: Token[],
  sp: PlaceSpan,
  spans: readonly PlaceSpan[] = [],
): { left: boolean; right: boolean } {
  const prev = spans.some((o) => o.j === sp.i) ? undefined : tokens[sp.i - 1];
  const next = spans.some((o) => o.i === sp.j) ? undefined : tokens[sp.j];
  const left =
    !!prev?.cap &&
    !prev.possessive &&
    prev.outerEnd + 1 >= tokens[sp.i]!.start &&
    !/^(?:The|A|An)$/.test(prev.text) &&
    // "In Ohio, ...", "Across Ohio": a function word capitalised by its place opens the sentence, not a name.
    !(sp.i === 1 && /^(?:In|Across|From|To|Throughout|Outside|Inside|Beyond|Within)$/.test(prev.text));
  const right = !!next?.cap && next.start <= tokens[sp.j - 1]!.outerEnd + 1 && !tokens[sp.j - 1]!.possessive;
  return { left, right };
}

/** Lower-case local bodies after a division's name: "Arizona cities", "Ontario municipalities". */
const LOCAL_BODIES_AFTER = /^(?:cities|towns|municipalities|councils|counties|communities|townships|localities)$/;

/**
 * A division of a country the article does not name is taken only where the words around it read as a place:
 * "with Alberta", "Hokkaido's", "Ohio-Saitama", "Californian", "New South Wales"; not "Meiji era", "Northern Europe",
 * or a byline's "Paul".
 */
function divisionInContext(text: string, tokens: Token[], sp: PlaceSpan, spans: PlaceSpan[]): boolean {
  const joined = capNeighbours(tokens, sp, spans);
  if (isDirectionWord(sp.surface) || joined.left || joined.right) return false;
  if (sp.adjective) return true;
  const prev = tokens[sp.i - 1]?.lower ?? '';
  const last = tokens[sp.j - 1]!;
  const neighbourPlace = spans.some(
    (o) =>
      o !== sp &&
      (o.j === sp.i || o.i === sp.j) &&
      /^[-–]$|^, $|^ and $/.test(text.slice(Math.min(o.end, sp.end), Math.max(o.start, sp.start))),
  );
  if (
    last.possessive ||
    neighbourPlace ||
    /^(?:in|of|to|from|with|and|between|at|across|throughout|visit|visited|visiting)$/.test(prev)
  )
    return true;
  // "Arizona cities hold ...", "Ontario municipalities have ...": the division's own towns.
  const next = tokens[sp.j];
  if (next && text.slice(last.end, next.start) === ' ' && LOCAL_BODIES_AFTER.test(next.text)) return true;
  return sp.j - sp.i > 1;
}

/**
 * The word before "of" in "Mayor of X", lower case; in "Mayor Ana Reis of X" the title before the name (a title
 * before a person's name still tells the kind of X).
 */
function wordBeforeOf(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const at = before.endsWith(' of ') ? before.length - 4 : before.endsWith(' of the ') ? before.length - 8 : -1;
  if (at < 0) return '';
  const words = before
    .slice(0, at)
    .split(' ')
    .slice(-4)
    .reverse()
    .filter((w) => /^[\p{L}.'’-]+$/u.test(w));
  if (!words.length) return '';
  const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '');
  for (const w of words) {
    if (CITY_TITLES.has(lower(w)) || DIVISION_TITLES.has(lower(w))) return lower(w);
    if (!/^\p{Lu}/u.test(w)) break;
  }
  return lower(words[0]!);
}

function hasQualifier(sp: PlaceSpan, spans: PlaceSpan[]): boolean {
  return spans.some((q) => q.qualifies === sp);
}

/** A city reading needs a sizeable city or a cue, so that common words and names are not taken for towns. */
function accepted(
  sp: PlaceSpan,
  e: GazEntry,
  prevWord: string,
  nextWord: string,
  ctx: ResolveContext,
  cue: boolean,
): boolean {
  if (cue || sp.qualifies || ctx.chosen.get(placeKey(stripGeneric(sp.surface))) === e) return true;
  const multiword = sp.j - sp.i > 1;
  const inDocCountry = (ctx.docCountries.get(e.country) ?? 0) > 0;
  // An article that names no country gives no country to prefer: towns are then taken on context alone.
  const noCountries = ctx.docCountries.size === 0;
  const big = e.feature === 'PPLC' || e.population >= 1_000_000;
  // (Longer names, "Lantern Festival", "North-South Institute", were turned away before: `placeReading`.) A common
  // given name alone is a person ("with Paul").
  const major = big || e.feature === 'PPLA' || e.population >= 300_000;
  const floor = inDocCountry ? 1_000 : noCountries ? 5_000 : 20_000;
  // "Rotherham Council": the council of a place (whatever given name the word also is).
  if (ORG_HEADS.has(nextWord)) return e.population >= floor;
  if (!multiword && !major && isGivenName(sp.surface)) return false;
  if (/^(?:in|to|from|at|near|visit|visited|visiting|between|and|with)$/.test(prevWord)) return e.population >= floor;
  if (multiword) return e.population >= 20_000 || (inDocCountry && e.population >= 5_000);
  if (e.feature === 'PPLC' || (e.feature === 'PPLA' && e.population >= 50_000)) return true;
  if (inDocCountry || noCountries) return e.population >= 30_000;
  return e.population >= 150_000;
}

/** True when `outer` contains `inner`: a country its divisions and cities, a division its cities. */
export function contains(outer: GazEntry, inner: GazEntry): boolean {
  if (outer === inner) return false;
  if (outer.kind === 'country') return inner.country === outer.country && inner.kind !== 'country';
  if (outer.feature === 'ADM1')
    return inner.feature !== 'ADM1' && inner.kind !== 'country' && inner.division === outer.division;
  return false;
}

/** A division named after its own capital: "Utrecht" (the province) holds Utrecht (the city), its capital. */
function hasCapitalOfName(division: GazEntry, entries: readonly GazEntry[]): boolean {
  return entries.some(
    (c) =>
      c.feature !== 'ADM1' &&
      c.kind === 'city' &&
      c.division === division.division &&
      (c.feature === 'PPLA' || c.feature === 'PPLC' || c.population >= 300_000),
  );
}

/**
 * Combining forms that stand for a country only as the first part of a hyphened compound ("Franco-German",
 * "Sino-Japanese", "Russo-Japanese"). Grammar, like the adjectives of nationality.
 */
const COMBINING_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    franco: 'FR',
    sino: 'CN',
    anglo: 'GB',
    russo: 'RU',
    italo: 'IT',
    luso: 'PT',
    hispano: 'ES',
    germano: 'DE',
    austro: 'AT',
    greco: 'GR',
    nippo: 'JP',
    turco: 'TR',
    indo: 'IN',
    polono: 'PL',
    dano: 'DK',
    belgo: 'BE',
  }),
);

/**
 * A compound of two or more countries joined by hyphens ("Franco-German twinnings", "Sino-Japanese ties", "the
 * German-French friendship", "US-China sister states", "Japan-China-Korea"): every part is an adjective of nationality,
 * a combining form ("Franco", only before a hyphen) or a country's name. One adjective span per part; null otherwise
 * ("Anglo-Saxon", "Indo-European", "East-West").
 */
function countryChain(text: string, tokens: Token[], i: number): PlaceSpan[] | null {
  const after = text[tokens[i]!.end];
  if (after !== '-' && after !== '–') return null;
  let j = i;
  while (j + 1 < tokens.length && /^[-–]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && tokens[j + 1]!.cap)
    j++;
  if (j === i) return null;
  const g = gazetteer();
  const out: PlaceSpan[] = [];
  for (let k = i; k <= j; k++) {
    const t = tokens[k]!;
    const adjectiveCode = demonymCountry(t.lower) ?? (k < j ? COMBINING_FORMS.get(t.lower) : undefined);
    const code =
      adjectiveCode ??
      (t.possessive && k < j ? undefined : g.lookup(placeKey(t.text)).find((e) => e.kind === 'country')?.country);
    const entry = code ? g.country(code) : undefined;
    if (!entry) return null;
    // (a combining form last in the chain names no country: the lookup of "Franco" alone finds none, so no span)
    const named = !adjectiveCode && !COMBINING_FORMS.has(t.lower);
    out.push({
      i: k,
      j: k + 1,
      start: t.start,
      end: t.end,
      surface: named ? t.text : entry.name,
      written: t.text,
      entries: [entry],
      generic: null,
      adjective: !named,
      entry: null,
      qualifies: null,
      compound: true,
    });
  }
  return out;
}

/** The country code of an adjective of nationality ("chinese" -> CN); own keys only ("constructor" is none). */
function demonymCountry(word: string): string | undefined {
  return DEMONYM_CODES.get(word);
}

const DEMONYM_CODES: ReadonlyMap<string, string> = new Map(Object.entries(DEMONYMS));

/** Words that end the name of an institution named after a town ("Lincoln High School", "Aomori Airport"). */
const INSTITUTION_WORDS = new Set(
  (
    'school schools university college academy institute monastery cathedral church temple shrine mosque hospital ' +
    'hotel airport station stadium arena museum library theatre theater park zoo bridge street road avenue square ' +
    'market mall centre center harbour harbor port gallery'
  ).split(' '),
);
/** Words before a town's name that make it an institution's name ("Hotel Cusco", "Colegio Lima"). */
const INSTITUTION_BEFORE = new Set(['hotel', 'hostal', 'colegio', 'escuela', 'liceo', 'gymnasium', 'lycée', 'lycee']);

/** A sentence as the context rules read it. */
interface SentenceView {
  text: string;
  tokens: Token[];
  spans: readonly PlaceSpan[];
  /** A headline in title case, where capitals tell nothing. */
  headline: boolean;
}

/** Landforms named after a place: "the Gulf of Mexico", "the Sea of Japan" name the water, not the place. */
const LANDFORM_OF = /\b(?:Gulf|Bay|Sea|Straits?|Isles?|Islands?|Lake|Mount|Cape|River|Peninsula)\s+of\s+(?:the\s+)?$/;

/** Words after a place that make it a place of a tie ("Kobe Sister City"), not part of a longer name. */
const TIE_WORDS = new Set(['sister', 'sisters', 'friendship', 'twin', 'twinning', 'twinned', 'partner']);
/** The noun a tie word qualifies: "Friendship city", "Sister-State agreement", "Twin Towns association". */
const TIE_NOUN_AFTER = new RegExp(
  String.raw`^[\s-]+(?:cit(?:y|ies)|towns?|states?|provinces?|prefectures?|regions?|municipalit(?:y|ies)` +
    String.raw`|communit(?:y|ies)|counties|county|agreements?|relations(?:hips?)?|ties|links?|associations?` +
    String.raw`|committees?|exchanges?|programs?|programmes?|partners?)\b`,
  'i',
);

/**
 * Whether the words around a span let it be read as a place: not inside a longer proper name ("Osaka Gas", "Paris
 * Agreement", "George Washington", "the Gulf of Mexico"), not a named thing after "the" ("the North Port"), and not
 * contradicted by the country written after it ("a Delta region of China" is not Nigeria's Delta State).
 */
function placeReading(v: SentenceView, sp: PlaceSpan, e: GazEntry): boolean {
  const { text, spans } = v;
  if (LANDFORM_OF.test(text.slice(Math.max(0, sp.start - 24), sp.start))) return false;
  if (e.kind !== 'country') {
    const next = spans.find((o) => o.i > sp.j - 1 && o.start >= sp.end);
    if (
      next &&
      text.slice(sp.end, next.start) === ' of ' &&
      !next.adjective &&
      next.entries[0]?.kind === 'country' &&
      !next.entries.some((q) => q.country === e.country)
    )
      return false;
  }
  return !joinedRight(v, sp, e) && !joinedLeft(v, sp) && !namedThingAfterThe(v, sp, e);
}

/**
 * The head of a title right after a place, past up to three of its modifiers or portfolio words ("Jiangsu Vice
 * Governor", "Texas Agriculture Commissioner", "Guangdong Party chief"), lower case; '' when no title follows.
 */
function titleHeadAfter(tokens: readonly Token[], text: string, sp: PlaceSpan): string {
  for (let n = sp.j; n < Math.min(tokens.length, sp.j + 4); n++) {
    const t = tokens[n]!;
    if (text.slice(tokens[n - 1]!.outerEnd, t.start) !== ' ' || (t.possessive && n > sp.j)) return '';
    const word = t.lower.replace(/\.$/, '');
    if (TITLE_HEADS.has(word)) return word;
    if (!TITLE_MODIFIERS.has(word) && !(t.cap && DEPARTMENT_WORDS.has(word))) return '';
  }
  return '';
}

/** Offices a state or province has besides its governor: "Kansas Secretary of State", "Texas ... Commissioner". */
const STATE_OFFICES = new Set(['secretary', 'commissioner', 'chief', 'treasurer', 'minister', 'chairman']);

/** A title, an honorific, a generic or an organisation's word: what follows a place's name in "Tokyo Governor". */
function isOfficeWord(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower) || ORG_HEADS.has(t.lower);
}

/**
 * "Osaka Gas", "Paris Agreement", "Beijing Olympics", "Home Town Buffet": a capitalised word right after the place
 * that is no title, organisation or place word makes the place part of a longer name. "Tokyo Governor", "Seattle
 * Sister Cities Association", "Busan Metropolitan City", "Kofu, Japan" and "Busan Korea" keep the place. Headlines in
 * title case tell nothing.
 */
function joinedRight(v: SentenceView, sp: PlaceSpan, e: GazEntry): boolean {
  const { text, tokens, spans, headline } = v;
  const last = tokens[sp.j - 1]!;
  const next = tokens[sp.j];
  if (headline || !next?.cap || last.possessive) return false;
  const other = spans.find((o) => o.i === sp.j);
  const gap = text.slice(last.end, next.start);
  if (gap === '-' && (!other || isDirectionWord(other.surface)) && !isOfficeWord(next) && !GENERIC_KIND[next.lower])
    return true;
  if (gap !== ' ') return false;
  if (other?.entries.some((q) => q.kind === 'country' || sp.entries.some((x) => contains(q, x) || contains(x, q))))
    return false;
  // "Lincoln High School", "Kyoto University", "Seoul Station": a run ending in an institution's word is its name.
  const tail = runAfter(v, sp).at(-1);
  if (tail && INSTITUTION_WORDS.has(tail.lower) && !TIE_WORDS.has(next.lower)) return true;
  if (TIE_WORDS.has(next.lower) || NOT_NAMES.has(next.lower) || demonymCountry(next.lower)) return false;
  // "Mayor of Tartu Jaan Kask", "chairman of the Water Committee of Eastport P.K.Lunin": the place completes a title
  // or an organisation, and a name follows.
  const of = wordBeforeOf(text, sp.start);
  if (TITLE_HEADS.has(of) || ORG_HEADS.has(of)) return false;
  // "Ambassador to Japan Tom Hill", "Ambassador of Kazakhstan to Japan Tom Hill": the country an envoy serves in, and a
  // name follows.
  if (ENVOY_TO.test(text.slice(Math.max(0, sp.start - 80), sp.start))) return false;
  // "the Taipei Economic and Cultural Office in Chicago Jo Finn": where a mission is, and its head's name follows.
  if (/\b(?:Office|Bureau|Mission|Consulate|Embassy|Representation)\s+in\s+$/.test(text.slice(0, sp.start)))
    return false;
  const run = runAfter(v, sp);
  const generic = GENERIC_KIND[run[run.length - 1]!.lower];
  // A generic word of another kind: "Dakota Territory" (one of the place's own kind would have joined the span).
  if (run.length === 1 && generic) return !kindFits(e, generic);
  return !officeRun(run);
}

/**
 * An envoy's title up to where the envoy serves: "Ambassador (Extraordinary ...) (of Kazakhstan) to", "Consul-General
 * of Japan in".
 */
const ENVOY_TO = new RegExp(
  String.raw`\b(?:ambassador|envoy|consul|consul-general|commissioner)` +
    String.raw`(?:\s+(?:general|extraordinary(?:\s+and\s+plenipotentiary)?))?` +
    String.raw`(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3})?` +
    // "Ambassador to the United States Xie Feng": a country named with its article.
    String.raw`\s+(?:to|in)\s+(?:the\s+)?$`,
  'iu',
);

/** The capitalised words after a span (through "of", "for", "and", "&"), up to seven tokens on. */
function runAfter(v: SentenceView, sp: PlaceSpan): Token[] {
  const { text, tokens } = v;
  const run: Token[] = [];
  for (let n = sp.j; n < Math.min(tokens.length, sp.j + 7); n++) {
    const t = tokens[n]!;
    if (!/^(?: | & )$/.test(text.slice(tokens[n - 1]!.outerEnd, t.start))) break;
    if (t.cap) run.push(t);
    else if (!/^(?:of|for|and|the)$/.test(t.lower)) break;
    // "Hanoi People's Committee": the possessive is inside the body's name.
    if (t.possessive && t.lower !== 'people') break;
  }
  return run;
}

/**
 * An office of the place ("Tokyo Governor Mia Sato") or an organisation named after it ("Seattle Sister Cities
 * Association", "Busan Metropolitan City", "Reading Borough Council"): a title in the run, or an organisation's,
 * generic or tie word ending it.
 */
function officeRun(run: readonly Token[]): boolean {
  if (!run.length) return false;
  if (run.some((t) => TITLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower))) return true;
  const end = run[run.length - 1]!.lower;
  return ORG_HEADS.has(end) || TITLE_MODIFIERS.has(end) || !!GENERIC_KIND[end] || TIE_WORDS.has(end);
}

/** "Reading Borough Council", "Nice Mayor": an office of the place right after it is a cue for the place reading. */
function officeAfter(v: SentenceView, sp: PlaceSpan): boolean {
  const next = v.tokens[sp.j];
  return !!next?.cap && !v.tokens[sp.j - 1]!.possessive && officeRun(runAfter(v, sp));
}

/**
 * "Benjamin Franklin Institute", "Clara Holland", "Spanish Florida Territory": a capitalised word before the place
 * that is not a place, a title, a direction ("Greater", "Central") or a common word capitalised because a sentence or
 * a headline starts with it ("Visiting Beijing, ...").
 */
function joinedLeft(v: SentenceView, sp: PlaceSpan): boolean {
  const { text, tokens, spans, headline } = v;
  const prev = tokens[sp.i - 1];
  if (headline || !prev?.cap || prev.possessive) return false;
  const gap = text.slice(prev.end, tokens[sp.i]!.start);
  // "North-South Institute": a capitalised word hyphened to the place is part of its name, unless it is a place too
  // ("Ohio-Saitama").
  if (gap === '-') return !spans.some((o) => o.j === sp.i && !isDirectionWord(o.surface));
  if (gap !== ' ') return false;
  // A place before it: an adjective ("Spanish Florida") or a qualifier's shape; another town makes a longer name
  // ("Lisbon Metro").
  const other = spans.find((o) => o.j === sp.i);
  if (
    other &&
    (other.adjective ||
      other.entries.some((q) => q.kind === 'country' || sp.entries.some((x) => contains(q, x) || contains(x, q))))
  )
    return false;
  // "Datuk Bandar": a Malaysian mayor's title, no town Bandar.
  if (prev.text === 'Datuk' && sp.surface === 'Bandar') return true;
  // "Hotel Cusco", "Colegio Lima": an institution named with the town after its word.
  if (INSTITUTION_BEFORE.has(prev.lower)) return true;
  // "South America", "Latin America": a continent, not the country.
  if (/^(?:south|north|latin|central)$/.test(prev.lower) && sp.surface === 'America') return true;
  if (NOT_NAMES.has(prev.lower) || isOfficeWord(prev)) return false;
  if (COMMON_PLACE_WORDS.has(prev.lower) || demonymCountry(prev.lower) || /^\p{Lu}+$/u.test(prev.text)) return false;
  return !isCommonWord(prev.text);
}

/**
 * "the North Port", "the Old Town": a town's name after "the" that ends the noun phrase names a thing, not the town
 * ("the Busan office", "the Seoul-Busan line" use the town's name as a modifier and keep it).
 */
function namedThingAfterThe(v: SentenceView, sp: PlaceSpan, e: GazEntry): boolean {
  const { text, tokens } = v;
  if (e.kind !== 'city' || tokens[sp.i - 1]?.text !== 'the' || /^the /i.test(e.name)) return false;
  const next = tokens[sp.j];
  if (!next || tokens[sp.j - 1]!.possessive) return !next;
  const gap = text.slice(tokens[sp.j - 1]!.end, next.start);
  return !(/^[ -]$/.test(gap) && (next.cap || !NOT_NAMES.has(next.lower)));
}

/**
 * "Mobile phones were banned", "Reading the statement, ...", "Will the cities ...": a town or division whose name is a
 * common English word, capitalised only because a sentence or a title-case headline starts with it, is the word, not
 * the place, unless the text gives a cue (the caller checks qualifiers, titles, generic words and earlier readings).
 * Capitals and cities of a million are taken all the same; a division whose name is a common word ("Delta",
 * "Central") needs a cue wherever it stands.
 */
function commonWordReading(v: SentenceView, sp: PlaceSpan, e: GazEntry): boolean {
  const { text, tokens, headline } = v;
  if (e.kind === 'country' || sp.j - sp.i !== 1 || !isCommonWord(sp.surface) || tokens[sp.i]!.possessive) return false;
  if (e.feature === 'ADM1') return true;
  if (e.feature === 'PPLC' || e.population >= 1_000_000) return false;
  return headline || capitalisedByPosition(text, tokens, sp.i);
}

/** US states as news agencies abbreviate them after a town ("Lowell, Mass."); not the two-letter postal codes. */
const AP_STATES: Record<string, string> = {
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Del: 'Delaware',
  Fla: 'Florida',
  Ga: 'Georgia',
  Ill: 'Illinois',
  Ind: 'Indiana',
  Kan: 'Kansas',
  Ky: 'Kentucky',
  La: 'Louisiana',
  Md: 'Maryland',
  Mass: 'Massachusetts',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Miss: 'Mississippi',
  Mo: 'Missouri',
  Mont: 'Montana',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Pa: 'Pennsylvania',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Va: 'Virginia',
  Vt: 'Vermont',
  Wash: 'Washington',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};
