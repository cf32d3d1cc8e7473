/**
 * People, found through their titles of office:
 * - title before the name: "Chinese State Councilor and Foreign Minister Wang Yi", "Osaka Gov. Anna Sato",
 *   "Governor of Shizuoka Prefecture Heita Kawakatsu", "Mayor Ken Ito of Kofu";
 * - title after the name: "Li Ming, deputy mayor of Wuhan", "Mr. Li Wen, Vice Secretary of ... and Governor of ...".
 * People without a title (artists, reporters, bylines) are not officials and are not taken.
 */
import { HONORIFICS, NOT_NAMES, ORG_HEADS, TITLE_EXPANSIONS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import type { PlaceSpan } from './places.ts';
import { adjacent, type Token } from './tokens.ts';

export interface TitleDecl {
  title: string;
  /** Lower-case head word ("mayor"), for "the mayor" references. */
  head: string;
  place: PlaceSpan | null;
  former: boolean;
}

export interface PersonDecl {
  /** The name as written ("Heita Kawakatsu"); a surname alone ("Park") when that is all the text gives. */
  name: string;
  /** True when only one word of the name is given. */
  single: boolean;
  nameStart: number;
  nameEnd: number;
  /** The whole pattern, title included. */
  start: number;
  end: number;
  titles: TitleDecl[];
}

interface TitlePhrase {
  /** Token range [i, j). */
  i: number;
  j: number;
  titles: TitleDecl[];
  capitalised: boolean;
}

function isHead(t: Token | undefined): boolean {
  return !!t && TITLE_HEADS.has(t.lower);
}
function isModifier(t: Token | undefined): boolean {
  return !!t && TITLE_MODIFIERS.has(t.lower) && t.lower !== 'and';
}

/** Finds the people a sentence introduces with a title. */
export function findPeople(text: string, tokens: Token[], places: PlaceSpan[]): PersonDecl[] {
  const placeAt = new Map<number, PlaceSpan>();
  for (const p of places) for (let k = p.i; k < p.j; k++) placeAt.set(k, p);
  const phrases = titlePhrases(text, tokens, placeAt);
  const out: PersonDecl[] = [];
  const taken = new Set<number>();
  // "The Mayor of Exmouth, Cllr Jeff Trail": a title whose name follows another title carries over to it.
  let carried: TitleDecl[] = [];
  for (const ph of phrases) {
    if (carried.length) {
      ph.titles = [...carried, ...ph.titles];
      carried = [];
    }
    // Title first: [place] TITLE [of PLACE] [,] NAME [of PLACE]
    let k = ph.j;
    let complementPlace: PlaceSpan | null = null;
    // "Leader of Brightwater City Council Jane Holt", "chairman of the Water Committee of Eastport P.K.Lunin": an
    // organisation after the title belongs to it; the name follows the organisation (its place is the office's).
    let department = '';
    const org = tokens[k]?.lower === 'of' ? organisationAt(text, tokens, k + 1, placeAt) : null;
    if (org) {
      department = ` of ${text.slice(tokens[k + 1]!.start, tokens[org.j - 1]!.end)}`;
      complementPlace = org.place;
      k = org.j;
    } else if (
      (tokens[k]?.lower === 'of' || (ph.titles[0]?.head === 'counterpart' && tokens[k]?.lower === 'from')) &&
      placeAt.has(k + 1)
    ) {
      let m = k + 1;
      while (placeAt.has(m)) {
        const p = placeAt.get(m)!;
        complementPlace ??= p;
        m = p.j;
        if (tokens[m]?.lower === 'of' && placeAt.has(m + 1)) m++;
      }
      k = m;
    }
    // "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Wang Yi": the department is part of the title.
    if (!complementPlace && !department && tokens[k]?.lower === 'of') {
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const first = m;
      while (tokens[m]?.cap && isModifier(tokens[m]) && adjacent(text, tokens[m - 1]!, tokens[m]!)) m++;
      if (m > first) {
        department = ` of ${text.slice(tokens[first]!.start, tokens[m - 1]!.end)}`;
        k = m;
      }
    }
    const gap = tokens[k] ? text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start) : '';
    const commaBefore = gap === ', ';
    // "Mayor of Kobe Kizo Hisamoto", "Communications Director, Jane Roe", "the mayor of Kobe, Kizo Hisamoto,".
    // "said its chairwoman, Susan Taylor." too: a possessive title, the name ending the clause.
    const possessiveTitle = /^(?:its|their|his|her)$/.test(tokens[ph.i - 1]?.lower ?? '');
    if (gap === ' ' || (commaBefore && (ph.capitalised || complementPlace || org || possessiveTitle))) {
      const name = nameAt(text, tokens, k, placeAt);
      if (name && !taken.has(name.i)) {
        let titles = department
          ? ph.titles.map((t, n) => (n === ph.titles.length - 1 ? { ...t, title: t.title + department } : t))
          : ph.titles;
        if (complementPlace) titles = titles.map((t) => ({ ...t, place: t.place ?? complementPlace }));
        // "Mayor Ken Ito of Kofu, Japan"
        const after = name.j;
        if (
          tokens[after]?.lower === 'of' &&
          placeAt.has(after + 1) &&
          text.slice(tokens[name.j - 1]!.outerEnd, tokens[after]!.start) === ' '
        ) {
          const p = placeAt.get(after + 1)!;
          titles = titles.map((t) => ({ ...t, place: t.place ?? p }));
        }
        for (let q = name.i; q < name.j; q++) taken.add(q);
        out.push(decl(text, tokens, ph.i, name, titles));
        continue;
      }
      const next = phrases[phrases.indexOf(ph) + 1];
      if (next && next.i === k) {
        carried = complementPlace ? ph.titles.map((t) => ({ ...t, place: t.place ?? complementPlace })) : ph.titles;
        continue;
      }
    }
    // Name first: NAME, [the|a] TITLE [of ... PLACE]
    let b = ph.i - 1;
    if (tokens[b] && /^(the|a|an|its|their)$/.test(tokens[b]!.lower)) b--;
    const commaAfterName = tokens[b] && text.slice(tokens[b]!.outerEnd, tokens[b + 1]!.start).trim() === ',';
    if (!commaAfterName) continue;
    const name = nameEndingAt(text, tokens, b, placeAt);
    if (!name || taken.has(name.i)) continue;
    const titles = ph.titles.map((t) => ({ ...t, place: t.place ?? complementOf(text, tokens, ph.j, placeAt) }));
    for (let q = name.i; q < name.j; q++) taken.add(q);
    out.push(decl(text, tokens, name.i, name, titles, ph.j));
  }
  // People without a title, by the shape of the name in context: after an honorific ("Mr. Li Wen", "Ms. Jane
  // Roe"), or after "led by" / "headed by" ("a delegation led by Jane Roe").
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const honorific = HONORIFICS.has(t.lower) && t.cap && t.lower !== 'hon';
    const ledBy = t.lower === 'by' && /^(?:led|headed)$/.test(tokens[k - 1]?.lower ?? '');
    if (!honorific && !ledBy) continue;
    const name = nameAt(text, tokens, k + 1, placeAt);
    if (!name || taken.has(name.i) || tokens[name.i]!.start !== tokens[k + 1]!.start) continue;
    // A single word after "led by" is too weak ("led by Beijing"); after an honorific it is a surname ("Mr. Li").
    if (name.j - name.i < 2 && !honorific) continue;
    for (let q = name.i; q < name.j; q++) taken.add(q);
    out.push(decl(text, tokens, k, name, []));
  }
  return out;
}

function decl(
  text: string,
  tokens: Token[],
  from: number,
  name: { i: number; j: number },
  titles: TitleDecl[],
  to?: number,
): PersonDecl {
  const first = tokens[name.i]!;
  const last = tokens[name.j - 1]!;
  return {
    name: text.slice(first.start, last.end),
    // "B.Tamir", "M.A.Orlov": initials and a surname in one word are a whole name, as written in Mongolian and Russian
    // copy.
    single: name.j - name.i === 1 && !/^(?:\p{Lu}\.)+\p{Lu}\p{Ll}/u.test(first.text),
    nameStart: first.start,
    nameEnd: last.end,
    start: tokens[from]!.start,
    end: tokens[Math.max(name.j, to ?? 0) - 1]!.end,
    titles,
  };
}

/** Title phrases: runs of modifiers ending in a head, joined by "and": "State Councilor and Foreign Minister". */
function titlePhrases(text: string, tokens: Token[], placeAt: Map<number, PlaceSpan>): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  for (let h = 0; h < tokens.length; h++) {
    if (!isHead(tokens[h])) continue;
    let j = h + 1;
    // "Consul General", "Secretary General", "Vice Secretary": heads and "general" after a head stay in the title.
    while ((isHead(tokens[j]) || tokens[j]?.lower === 'general') && adjacent(text, tokens[j - 1]!, tokens[j]!)) j++;
    let i = h;
    while (i > 0 && (isModifier(tokens[i - 1]) || isHead(tokens[i - 1])) && adjacent(text, tokens[i - 1]!, tokens[i]!))
      i--;
    let former = false;
    if (tokens[i - 1] && /^(former|then|ex)$/.test(tokens[i - 1]!.lower)) {
      former = tokens[i - 1]!.lower !== 'then';
    }
    const titleText = clean(
      tokens
        .slice(i, j)
        .map((t) => expand(t))
        .join(' '),
    );
    const head = tokens[j - 1]!.lower;
    // A place or nationality just before the title is the office's place: "Tokyo Gov.", "China's president".
    let place: PlaceSpan | null = null;
    let start = i;
    let b = i - 1;
    if (tokens[b] && /^(former|then|ex)$/.test(tokens[b]!.lower)) b--;
    const pb = placeAt.get(b);
    // "Tokyo Gov.", "China's president", not "Exmouth, Cllr".
    if (pb && pb.j === b + 1 && /^(?:['’]s)?\s$/.test(text.slice(tokens[b]!.end, tokens[b + 1]!.start))) {
      place = pb;
      start = pb.i;
      // "Former US President": the word before the place still marks the office.
      if (tokens[pb.i - 1] && /^(former|ex)$/.test(tokens[pb.i - 1]!.lower)) former = true;
    }
    const t: TitleDecl = { title: titleText, head, place, former };
    const prev = out[out.length - 1];
    const joined = prev && tokens[prev.j]?.lower === 'and' && prev.j + 1 === i;
    const capitalised = tokens[i]!.cap;
    if (joined) {
      prev.j = j;
      prev.titles.push({
        ...t,
        place: t.place ?? prev.titles[0]?.place ?? null,
        former: t.former || (prev.titles[0]?.former ?? false),
      });
    } else {
      out.push({ i: start, j, titles: [t], capitalised });
    }
    h = j - 1;
  }
  return out;
}

function expand(t: Token): string {
  const e = TITLE_EXPANSIONS[t.lower];
  if (e) return e;
  return t.text.charAt(0).toUpperCase() + t.text.slice(1);
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Words of organisations' and places' names that never stand in a person's name. */
const NAME_BLOCKERS = new Set([
  'sister',
  'sisters',
  'cities',
  'city',
  'friendship',
  'province',
  'state',
  'prefecture',
  'county',
  'district',
  'region',
  'town',
  'government',
]);

function nameToken(tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  // A one-word town may also be a name ("Yao", "Mary"): only countries, divisions and longer place names block.
  const p = placeAt.get(k);
  if (p && !(p.j - p.i === 1 && p.entry?.kind === 'city' && !p.qualifies && !p.generic) && !/^\p{Lu}\.$/u.test(t.text))
    return false;
  if (
    NOT_NAMES.has(t.lower) ||
    ORG_HEADS.has(t.lower) ||
    NAME_BLOCKERS.has(t.lower) ||
    TITLE_HEADS.has(t.lower) ||
    TITLE_MODIFIERS.has(t.lower)
  )
    return false;
  // Acronyms (CSCI, SCI) are no names; an ALL-CAPS surname beside a given name is ("PARK Jin-woo", "Jin-woo PARK").
  if (/^[\p{Lu}]{2,}$/u.test(t.text) && !capsSurname(tokens, k, placeAt)) return false;
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text);
}

/** An ALL-CAPS word of a name: three or more letters, next to a capitalised word that is not all caps. */
function capsSurname(tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  if (tokens[k]!.text.length < 3 || placeAt.has(k)) return false;
  const near = [tokens[k - 1], tokens[k + 1]].filter(
    (x): x is Token => !!x && x.cap && !/^[\p{Lu}]+$/u.test(x.text) && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(x.text),
  );
  return near.length > 0;
}

/** A name of one to four capitalised words starting at token k. */
function nameAt(
  text: string,
  tokens: Token[],
  k: number,
  placeAt: Map<number, PlaceSpan>,
): { i: number; j: number } | null {
  let i = k;
  while (tokens[i] && HONORIFICS.has(tokens[i]!.lower)) i++;
  if (!nameToken(tokens, i, placeAt)) return null;
  let j = i + 1;
  while (
    j - i < 4 &&
    !tokens[j - 1]!.possessive &&
    nameToken(tokens, j, placeAt) &&
    adjacent(text, tokens[j - 1]!, tokens[j]!)
  )
    j++;
  // "Minister Ana Malta (second from left)": a one-word place right after a given name, ending the name, is its
  // surname, not a place.
  if (
    j === i + 1 &&
    placeAt.get(j)?.j === j + 1 &&
    adjacent(text, tokens[i]!, tokens[j]!) &&
    !tokens[i]!.possessive &&
    !tokens[j + 1]?.cap &&
    isPlainWord(tokens[j]!)
  ) {
    j++;
  }
  return { i, j };
}

function isPlainWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NOT_NAMES.has(t.lower);
}

/**
 * An organisation's name starting at token k: "[the] Energy Committee [of Novosibirsk]", "Glasgow City Council",
 * "the UB City Mayor's Office": capitalised words ending in an organisation noun. Returns its end and its place.
 */
function organisationAt(
  text: string,
  tokens: Token[],
  k: number,
  placeAt: Map<number, PlaceSpan>,
): { j: number; place: PlaceSpan | null } | null {
  let m = k;
  if (tokens[m]?.lower === 'the') m++;
  let end = -1;
  for (let n = m; n < Math.min(tokens.length, m + 7); n++) {
    const t = tokens[n]!;
    if (!t.cap || (n > m && !/^(?:['’]s)? $/.test(text.slice(tokens[n - 1]!.end, t.start)))) break;
    if (ORG_HEADS.has(t.lower)) end = n + 1;
  }
  if (end < 0) return null;
  // "... Committee of Novosibirsk": the place the organisation belongs to; "Community of Communes of X, Name": a
  // longer name of capitalised words and "of" that a comma closes.
  let j = end;
  if (tokens[j]?.lower === 'of') {
    let n = j + 1;
    while (
      tokens[n] &&
      (tokens[n]!.cap || (tokens[n]!.lower === 'of' && tokens[n + 1]?.cap)) &&
      /^[ -]$/.test(text.slice(tokens[n - 1]!.end, tokens[n]!.start))
    )
      n++;
    if (n > j + 1 && tokens[n - 1]!.cap && /^,\s/.test(text.slice(tokens[n - 1]!.end))) j = n;
    else if (placeAt.has(j + 1)) j = placeAt.get(j + 1)!.j;
  }
  let place: PlaceSpan | null = null;
  for (let n = m; n < j; n++) {
    const p = placeAt.get(n);
    if (p && !p.adjective && (!place || place.entry?.kind === 'country')) place = p;
  }
  return { j, place };
}

/** A name ending at token b (inclusive), for "Li Ming, deputy mayor". */
function nameEndingAt(
  text: string,
  tokens: Token[],
  b: number,
  placeAt: Map<number, PlaceSpan>,
): { i: number; j: number } | null {
  if (!nameToken(tokens, b, placeAt) || tokens[b]!.possessive) return null;
  let i = b;
  while (b - i < 3 && nameToken(tokens, i - 1, placeAt) && adjacent(text, tokens[i - 1]!, tokens[i]!)) i--;
  if (i === b && !tokens[i - 1]) return null;
  // A single word needs an honorific before it ("Mr. Li,") or must be known from elsewhere; keep two-word names only.
  if (i === b && !(tokens[i - 1] && HONORIFICS.has(tokens[i - 1]!.lower))) return null;
  return { i, j: b + 1 };
}

/** The last place named in an "of ..." complement after a title: "director of the Office of the Government of X". */
function complementOf(text: string, tokens: Token[], j: number, placeAt: Map<number, PlaceSpan>): PlaceSpan | null {
  if (tokens[j]?.lower !== 'of') return null;
  let found: PlaceSpan | null = null;
  for (let k = j + 1; k < tokens.length && k < j + 16; k++) {
    const gap = text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start);
    if (/[,;.:()“”"]/.test(gap) && !/^, $/.test(gap)) break;
    if (gap === ', ' && !placeAt.has(k)) break;
    const p = placeAt.get(k);
    if (p && !p.adjective) {
      found ??= p;
      if (p.entry?.kind !== 'country') found = found.entry?.kind === 'country' ? p : found;
    }
    if (/^(who|which|that|and|said|told)$/.test(tokens[k]!.lower) && !p) break;
  }
  return found;
}
