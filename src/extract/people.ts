/**
 * People, found through their titles of office:
 * - title before the name: "Chinese State Councilor and Foreign Minister Wang Yi", "Osaka Gov. Anna Sato",
 *   "Governor of Shizuoka Prefecture Heita Kawakatsu", "Mayor Ken Ito of Kofu";
 * - title after the name: "Li Ming, deputy mayor of Wuhan", "Mr. Li Wen, Vice Secretary of ... and Governor of ...".
 * People without a title (artists, reporters, bylines) are not officials and are not taken.
 */
import {
  DEPARTMENT_WORDS,
  HONORIFICS,
  NOT_NAMES,
  ORG_HEADS,
  TITLE_EXPANSIONS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import type { PlaceSpan } from './places.ts';
import { isCommonWord } from './common-words.ts';
import { adjacent, capitalisedByPosition, type Token } from './tokens.ts';

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
  /** A plural head: a list of names follows, each holding the title. */
  plural: boolean;
}

function isHead(t: Token | undefined): boolean {
  if (!t) return false;
  if (TITLE_HEADS.has(t.lower)) return true;
  if (!t.lower.includes('-')) return false;
  // "Mayor-elect", "vice-chairman", "Governor-General"
  const [a, b, more] = t.lower.split('-');
  if (!a || !b || more !== undefined) return false;
  return (
    (TITLE_HEADS.has(a) && (b === 'elect' || b === 'designate' || b === 'general')) ||
    (TITLE_HEADS.has(b) && (TITLE_MODIFIERS.has(a) || TITLE_HEADS.has(a) || TIME_PREFIXES.has(a)))
  );
}

/** "then-mayor", "ex-governor", "former-president": a time before a hyphened head. */
const TIME_PREFIXES = new Set(['then', 'ex', 'former']);

/**
 * "city archivist", "county engineer", "state auditor": a noun after a word of local government, ending its phrase,
 * names an office of that government whatever the noun is.
 */
function civicHead(text: string, tokens: Token[], h: number): boolean {
  const t = tokens[h]!;
  const before = tokens[h - 1];
  if (!before || !CIVIC_WORDS.has(before.lower)) return false;
  // "City Attorney Sam Hale": capitalised after a capitalised word of local government, right before a name.
  const capital = /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && before.cap;
  if (capital && !(tokens[h + 1]?.cap && tokens[h + 2]?.cap && adjacent(text, t, tokens[h + 1]!))) return false;
  if (!capital && !/^\p{Ll}{4,}$/u.test(t.text)) return false;
  if (t.text.endsWith('s') && !t.text.endsWith('ss')) return false;
  // "County Executive Calvin Ball": the elected head of a US county ("Executive" elsewhere modifies a title).
  const countyExecutive = t.lower === 'executive' && before.lower === 'county';
  if (
    NOT_NAMES.has(t.lower) ||
    ORG_HEADS.has(t.lower) ||
    (TITLE_MODIFIERS.has(t.lower) && !countyExecutive) ||
    !adjacent(text, before, t)
  )
    return false;
  if (PREMISES.has(t.lower)) return false;
  const next = tokens[h + 1];
  return !next || next.cap || NOT_NAMES.has(next.lower) || text.slice(t.outerEnd, next.start) !== ' ';
}

const CIVIC_WORDS = new Set('city town county state municipal council provincial prefectural government'.split(' '));

/** Places and things of local government, not offices: "the town hall", "City Hall", "the county fair". */
const PREMISES = new Set(
  (
    'hall halls house square park market building limits boundary fair line lines road street museum theatre ' +
    'theater'
  ).split(' '),
);

/**
 * "Member of Parliament Jane Roe", "Tom Hill, a member of the municipal council,": "member" is an office when a
 * legislative or governing body follows its "of" (not "a member of the delegation", "of the choir").
 */
function memberOfBody(tokens: Token[], h: number): boolean {
  if (tokens[h]?.lower !== 'member' || tokens[h + 1]?.lower !== 'of') return false;
  for (let m = h + 2; m < h + 7 && tokens[m]; m++) {
    const t = tokens[m]!;
    // "member of the Standing Committee", "of the Municipal Party Committee": a committee with a name of its own.
    if (LEGISLATURES.has(t.lower) || (t.cap && /^(?:committee|commission)$/.test(t.lower))) return true;
    if (!/^(?:the|\p{L}+['’]s|[\p{L}-]+)$/u.test(t.text) || (NOT_NAMES.has(t.lower) && t.lower !== 'the')) return false;
  }
  return false;
}

/** Bodies whose members hold an office: councils, parliaments, assemblies (not boards or chambers of commerce). */
const LEGISLATURES = new Set(
  'council parliament assembly legislature congress senate bundestag duma diet cabinet'.split(' '),
);

/** "Councillors", "Mayors": a plural head, before a list of names ("Councillors A. Brown and B. Green"). */
function isPluralHead(t: Token | undefined, before?: Token): boolean {
  // Capitalised before a list ("Councillors A and B"), or after "the" in an apposition ("A and B, the mayors of ...");
  // "Aldermen", "Councilwomen" too.
  if (!t) return false;
  // "Council Members Karen Liu and Dale Peterson": members of a capitalised body.
  if (t.text === 'Members' && before?.cap && MEMBER_BODIES.has(before.lower)) return true;
  // "The two mayors, A of X and B of Y," "Both governors, A and B,": a count before the plural title.
  const one = singular(t.lower);
  return (
    (t.cap || /^(?:the|two|both|three|four)$/.test(before?.lower ?? '')) && one !== t.lower && TITLE_HEADS.has(one)
  );
}
/** "councillors" -> "councillor", "aldermen" -> "alderman". */
function singular(word: string): string {
  return word.endsWith('men') ? `${word.slice(0, -3)}man` : word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Bodies whose members are named with the title "Member": "Council Member X", "Board Members X and Y". */
const MEMBER_BODIES = new Set(['council', 'board', 'assembly', 'committee']);
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
    // The complement's place came after "the" ("the mayor of the X District, NAME"): the name needs two words.
    let complementThe = false;
    // "Leader of Brightwater City Council Jane Holt", "chairman of the Water Committee of Eastport P.K.Lunin": an
    // organisation after the title belongs to it; the name follows the organisation (its place is the office's).
    let department = '';
    const orgAt = tokens[k]?.lower === 'of' ? organisationAt(text, tokens, k + 1, placeAt) : null;
    // "Director of International Affairs": a portfolio that opens with an organisation's word goes on past it.
    const org = orgAt && !(tokens[orgAt.j]?.cap && TITLE_MODIFIERS.has(tokens[orgAt.j]!.lower)) ? orgAt : null;
    if (org) {
      department = ` of ${text.slice(tokens[k + 1]!.start, tokens[org.j - 1]!.end)}`;
      complementPlace = org.place;
      k = org.j;
    } else if (
      (tokens[k]?.lower === 'of' ||
        (ph.titles[0]?.head === 'counterpart' && tokens[k]?.lower === 'from') ||
        // "Ambassador to Japan", "the Chinese Consul General in Busan, NAME": where the envoy serves.
        (/^(?:to|in)$/.test(tokens[k]?.lower ?? '') &&
          (ph.titles[ph.titles.length - 1]?.title.toLowerCase().split(/[\s-]+/) ?? []).some((w) => ENVOYS.has(w)))) &&
      complementPlaceAt(tokens, k + 1, placeAt) > k
    ) {
      // "Governor of the Nizhny Novgorod Region Gleb Vorontsov", "Mayor of the City of Kigali, Jean Habimana".
      let m = complementPlaceAt(tokens, k + 1, placeAt);
      complementThe = m > k + 1;
      while (placeAt.has(m)) {
        const p = placeAt.get(m)!;
        complementPlace ??= p;
        m = p.j;
        if (tokens[m]?.lower === 'of' && placeAt.has(m + 1)) m++;
        // "the mayors of Rosario and Porto Alegre, A and B": a plural title's places.
        else if (ph.plural && tokens[m]?.lower === 'and' && placeAt.has(m + 1)) m++;
        // "Ambassador of Kenya to Japan", "Consul of Latvia in Gdansk": where the envoy serves.
        else if (/^(?:to|in)$/.test(tokens[m]?.lower ?? '') && placeAt.has(m + 1)) m++;
        // "Consul General of Japan in the Philippines": a country named with its article.
        else if (/^(?:to|in)$/.test(tokens[m]?.lower ?? '') && tokens[m + 1]?.lower === 'the' && placeAt.has(m + 2))
          m += 2;
      }
      k = m;
    }
    // "the mayors of both cities, A and B": a plural title of the places told before.
    const both = ph.plural ? /^ of (?:both|the two) (?:cities|towns|provinces|prefectures|states|regions)\b/i : null;
    const bothAt = both && tokens[k]?.lower === 'of' ? both.exec(text.slice(tokens[k - 1]!.end)) : null;
    if (bothAt) {
      const end = tokens[k - 1]!.end + bothAt[0].length;
      while (tokens[k] && tokens[k]!.start < end) k++;
    }
    // "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Wang Yi": the department is part of the title.
    if (!complementPlace && !department && tokens[k]?.lower === 'of') {
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const first = m;
      // "Director of Culture and Tourism": capitalised portfolio words, joined by "and".
      // "Secretary of Agriculture": a department's own words count there too.
      const portfolio = (t: Token | undefined): boolean => isModifier(t) || (!!t && DEPARTMENT_WORDS.has(t.lower));
      const joined = (n: number): boolean =>
        n > first && /^(?:and|&)$/.test(tokens[n]?.text ?? '') && !!tokens[n + 1]?.cap && portfolio(tokens[n + 1]);
      while (((tokens[m]?.cap && portfolio(tokens[m])) || joined(m)) && adjacent(text, tokens[m - 1]!, tokens[m]!)) m++;
      if (m > first) {
        department = ` of ${text.slice(tokens[first]!.start, tokens[m - 1]!.end)}`;
        k = m;
      }
    }
    // "the Mayor of Qorvale, Jane Roe", "the councillor for culture, Ana Sousa", "head of international relations, Tom
    // Lind,": a complement the gazetteer does not know, in capitalised or lower-case words, then a comma and a whole
    // name that ends its clause.
    if (!complementPlace && !department && !org) {
      const words = portfolioBeforeName(text, tokens, k, placeAt);
      if (words > k) {
        department = ` ${text.slice(tokens[k]!.start, tokens[words - 1]!.end)}`;
        k = words;
      }
    }
    const gap = tokens[k] ? text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start) : '';
    const commaBefore = gap === ', ';
    // "Mayor of Kobe Kizo Hisamoto", "Communications Director, Jane Roe", "the mayor of Kobe, Kizo Hisamoto,".
    // "said its chairwoman, Susan Taylor." too: a possessive title, the name ending the clause.
    const possessiveTitle = /^(?:its|their|his|her)$/.test(tokens[ph.i - 1]?.lower ?? '');
    // "the Governor's Cup", "the Mayor's Office": a possessive title owns a thing, it names nobody.
    const owns = k === ph.j && tokens[ph.j - 1]!.possessive;
    if (!owns && (gap === ' ' || commaBefore)) {
      let name = nameAt(text, tokens, k, placeAt);
      // After a comma the title is an apposition: "district manager, Robin Quill," needs a whole name.
      if (
        name &&
        commaBefore &&
        !(ph.capitalised || (complementPlace && !complementThe) || org || possessiveTitle) &&
        name.j - name.i < 2 &&
        !isInitialledName(tokens[name.i]!)
      )
        name = null;
      // "First Vice Mayor of Gimhae Special City": a word before a place's generic word belongs to the place.
      if (name && name.j - name.i === 1 && tokens[name.j]?.cap && NAME_BLOCKERS.has(tokens[name.j]!.lower)) name = null;
      // "president of Hunan's People's Congress": a word owning an organisation after the title is no name.
      const owned = name ? tokens.slice(name.j, name.j + 2) : [];
      if (
        name &&
        name.j - name.i === 1 &&
        tokens[name.i]!.possessive &&
        owned.some((t) => t.cap && ORG_HEADS.has(t.lower))
      )
        name = null;
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
        // "Councillors A. Brown, B. Green and C. White": each name of the list holds the title.
        if (ph.plural)
          for (const more of listAfter(text, tokens, name.j, placeAt)) {
            if (taken.has(more.i)) break;
            for (let q = more.i; q < more.j; q++) taken.add(q);
            out.push(decl(text, tokens, more.i, more, titles));
          }
        continue;
      }
      const next = phrases[phrases.indexOf(ph) + 1];
      if (next && next.i === k) {
        carried = complementPlace ? ph.titles.map((t) => ({ ...t, place: t.place ?? complementPlace })) : ph.titles;
        continue;
      }
    }
    // Name first: NAME, [the|a|the city's] [lower-case words] TITLE [of ... PLACE]: "Tom Hughes, the city's economic
    // development manager".
    const { b, lead } = appositionStart(text, tokens, ph.i, placeAt);
    const commaAfterName = tokens[b] && /^[,(]$/.test(text.slice(tokens[b]!.outerEnd, tokens[b + 1]!.start).trim());
    if (!commaAfterName) continue;
    // "Jane Roe, 54, the mayor of Ashby": an age between the name and its apposition.
    const aged =
      /^\d{1,3}$/.test(tokens[b]?.text ?? '') && text.slice(tokens[b - 1]?.outerEnd ?? 0, tokens[b]!.start) === ', ';
    const name = nameEndingAt(text, tokens, aged ? b - 1 : b, placeAt);
    if (!name || taken.has(name.i)) continue;
    const words = lead < ph.i ? `${clean(tokens.slice(lead, ph.i).map(expand).join(' '))} ` : '';
    const titles = ph.titles.map((t, n) => ({
      ...t,
      title: n === 0 ? words + t.title : t.title,
      place: t.place ?? complementOf(text, tokens, ph.j, placeAt),
    }));
    // "Tom Hale, chairman of the twinning committee and mayor of Leeds,": a second title joined by "and" is the same
    // person's, with its own place.
    const second = phrases[phrases.indexOf(ph) + 1];
    const between = second && second.i > ph.j ? text.slice(tokens[ph.j - 1]!.end, tokens[second.i]!.start) : '';
    if (second && second.i - ph.j <= 10 && SECOND_TITLE.test(between))
      titles.push(
        ...second.titles.map((t) => ({ ...t, place: t.place ?? complementOf(text, tokens, second.j, placeAt) })),
      );
    for (let q = name.i; q < name.j; q++) taken.add(q);
    // "Ellen Marsh and Chen Liang, the mayors of X and Y": a plural title in apposition holds for both names.
    const pair =
      ph.plural && tokens[name.i - 1]?.lower === 'and' ? nameEndingAt(text, tokens, name.i - 2, placeAt) : null;
    if (pair && !taken.has(pair.i)) {
      for (let q = pair.i; q < pair.j; q++) taken.add(q);
      out.push(decl(text, tokens, pair.i, pair, titles));
    }
    out.push(decl(text, tokens, name.i, name, titles, ph.j));
  }
  // "Grace Mensah, who heads the city's international office,": a relative clause saying whom the person leads.
  for (let k = 2; k < tokens.length - 2; k++) {
    const verb = RELATIVE_OFFICES[tokens[k + 1]!.lower];
    if (!verb || tokens[k]!.lower !== 'who' || text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start) !== ', ') continue;
    const body = bodyLed(text, tokens, k + 2);
    const name = body > 0 ? nameEndingAt(text, tokens, k - 1, placeAt) : null;
    if (!name || name.j - name.i < 2 || tokens.slice(name.i, name.j).some((_, n) => taken.has(name.i + n))) continue;
    for (let q = name.i; q < name.j; q++) taken.add(q);
    const of = text.slice(tokens[k + 2]!.start, tokens[body - 1]!.end);
    const place = tokens
      .slice(k + 2, body)
      .map((_, n) => placeAt.get(k + 2 + n))
      .find((p) => p && !p.adjective);
    out.push(
      decl(
        text,
        tokens,
        name.i,
        name,
        [{ title: `${verb} of ${of}`, head: verb.toLowerCase(), place: place ?? null, former: false }],
        body,
      ),
    );
  }
  // A photo caption lists people: "Pictured: Cllr Jane Roe, Tom Hill and Ann Lee".
  const caption = /^\W*(?:pictured|l-r|left to right|from left)\b/i.test(text);
  // People without a title, by the shape of the name in context: after an honorific ("Mr. Li Wen", "Ms. Jane
  // Roe"); after "led by", "headed by", "accompanied by", "joined by" or a verb of meeting ("met with Wang
  // Xiaoming", "received Jane Roe"), with the names listed after it; a Korean or Taiwanese name by its shape alone
  // ("Moon Jae-in").
  // Most sentences have none of the verbs or shapes these look for: test the sentence once.
  const verbs = SUBJECT_VERBS.test(text);
  const hyphen = text.includes('-');
  const photo = text.includes(' (');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "accompanied by principal Karen Doyle", "led by headteacher Ann Lee": a lower-case role between the cue and the
    // name is read past.
    // "accompanied by his deputy Jana Dvorak": a possessive before the role.
    const own = /^(?:his|her|their|its)$/.test(tokens[k + 1]?.lower ?? '') ? 1 : 0;
    const roleWord = tokens[k + 1 + own];
    const role =
      (t.lower === 'by' || t.lower === 'with') &&
      roleWord &&
      !roleWord.cap &&
      (ROLES.has(roleWord.lower) || (own === 1 && isHead(roleWord))) &&
      tokens[k + 2 + own]?.cap &&
      personCueBefore(text, tokens, k + 1)
        ? 1
        : 0;
    if (role) {
      const name = nameAt(text, tokens, k + 2 + own, placeAt);
      if (name && name.j - name.i >= 2 && !tokens.slice(name.i, name.j).some((_, n) => taken.has(name.i + n))) {
        for (let q = name.i; q < name.j; q++) taken.add(q);
        out.push(decl(text, tokens, name.i, name, []));
      }
      continue;
    }
    if (!tokens[k + 1]?.cap) continue;
    // "Hon." and "Seri" stand inside longer honorifics ("The Hon.", "Dato' Seri") and alone cue nobody.
    const honorific = isHonorific(t) && t.cap && t.lower !== 'hon' && t.lower !== 'seri';
    const cue =
      honorific ||
      (CUE_WORDS.has(t.lower) && personCueBefore(text, tokens, k + 1)) ||
      (caption && listed(text, tokens, k + 1));
    if (
      !cue &&
      !(hyphen && hyphenatedName(tokens, k)) &&
      !(verbs && t.cap && subjectOfMeeting(text, tokens, k, placeAt)) &&
      !(photo && t.cap && photoPosition(text, tokens, k, placeAt))
    )
      continue;
    const at = cue ? k + 1 : k;
    const name = nameAt(text, tokens, at, placeAt);
    if (!name || tokens[name.i]!.start !== tokens[at]!.start) continue;
    if (tokens.slice(name.i, name.j).some((_, n) => taken.has(name.i + n))) continue;
    // A single word after "led by" is too weak ("led by Beijing"); after an honorific it is a surname ("Mr. Li").
    if (name.j - name.i < 2 && !honorific && !isInitialledName(tokens[name.i]!)) continue;
    // A capitalised word right after the name makes it an organisation's name, and so do common words only ("met
    // with Blue Lake Partners"): a person's name has a word of its own.
    if (!honorific && tokens[name.j]?.cap && adjacent(text, tokens[name.j - 1]!, tokens[name.j]!)) continue;
    // "met Hanoi People's Committee Chairman X": a body's name, the possessive inside it.
    if (!honorific && tokens[name.j - 1]!.possessive && tokens[name.j - 1]!.lower === 'people') continue;
    // "received Osaka Gas chairman Kenji Fuji": a lower-case title and a name after it make it an organisation.
    if (!honorific && tokens[name.j] && !tokens[name.j]!.cap && isHead(tokens[name.j]) && tokens[name.j + 1]?.cap)
      continue;
    if (!honorific && tokens.slice(name.i, name.j).every((w) => isCommonWord(w.text))) continue;
    // "thanked Kobe for its support", "talks between Ashby and Kobe": after the cues of thanking, presenting, inviting
    // and talks, places are as often named as people; a name there is no place at all, and has two words apart (a
    // hyphened town, "Bad-Ems", is one).
    if (
      WEAK_CUES.has(t.lower) &&
      !honorific &&
      (tokens.slice(name.i, name.j).some((_, n) => placeAt.has(name.i + n)) ||
        !/\s/.test(text.slice(tokens[name.i]!.start, tokens[name.j - 1]!.end)))
    )
      continue;
    const names = [name, ...(cue && !honorific ? listAfter(text, tokens, name.j, placeAt) : [])];
    for (const n of names) {
      if (n.i !== name.i && taken.has(n.i)) break;
      for (let q = n.i; q < n.j; q++) taken.add(q);
      out.push(decl(text, tokens, n === name ? k : n.i, n, []));
    }
  }
  // "Jane Roe MP", "Seán Ó Briain TD": a name with the letters of a member of parliament after it.
  for (let k = 1; k < tokens.length; k++) {
    const post = tokens[k]!.text.length <= 3 ? POSTNOMINALS.get(tokens[k]!.text) : undefined;
    if (!post || text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start) !== ' ') continue;
    const name = nameEndingAt(text, tokens, k - 1, placeAt);
    if (!name || taken.has(name.i)) continue;
    for (let q = name.i; q < name.j; q++) taken.add(q);
    out.push(
      decl(text, tokens, name.i, name, [{ title: post, head: post.toLowerCase(), place: null, former: false }], k + 1),
    );
  }
  return out;
}

/**
 * A line in title case that is only a title and a name ("— Mayor Jane Roe", a letter's signature or a caption): the
 * person it names (of `found`, the line's people read as in any sentence); any other such line is a headline, whose
 * capitals tell nothing about names.
 */
export function signature(text: string, tokens: Token[], found: PersonDecl[]): PersonDecl[] {
  if (tokens.length > 6 || !/^[\s—–-]*$/.test(text.slice(0, tokens[0]?.start ?? 0))) return [];
  const d = found[0];
  if (found.length !== 1 || !d!.titles.length || d!.single || d!.start !== tokens[0]!.start) return [];
  // The title first ("Mayor Jane Roe"): "Jane Roe, President" signs for a body that may be no office of a place.
  if (d!.nameStart === tokens[0]!.start) return [];
  // "Mayor Hosts Delegation" is a headline: a name has no common English word in it.
  if (tokens.some((t) => t.start >= d!.nameStart && t.end <= d!.nameEnd && isCommonWord(t.text))) return [];
  return /^[\s.,]*$/.test(text.slice(d!.end)) ? found : [];
}

/** Verbs of a relative clause that name an office by what it leads ("who heads the X office"), and the office. */
const RELATIVE_OFFICES: Readonly<Record<string, string>> = {
  heads: 'Head',
  leads: 'Leader',
  chairs: 'Chair',
  directs: 'Director',
  runs: 'Head',
  manages: 'Manager',
};

/**
 * The end of a body of government led, from token k: "[the] [city's] [words] office / department / council / X
 * City Council" (an organisation's head word within six words, no verb or clause between), else -1.
 */
function bodyLed(text: string, tokens: Token[], k: number): number {
  for (let m = k; m < k + 7 && tokens[m]; m++) {
    const t = tokens[m]!;
    if (m > k && /[,;:.()]/.test(text.slice(tokens[m - 1]!.outerEnd, t.start))) return -1;
    if (ORG_HEADS.has(t.lower) && GOVERNMENT_BODIES.has(t.lower)) {
      // "the Planning Committee Office": the last head word of the phrase.
      let end = m + 1;
      while (tokens[end] && ORG_HEADS.has(tokens[end]!.lower) && adjacent(text, tokens[end - 1]!, tokens[end]!)) end++;
      return end;
    }
    if (t.lower === 'of' || (PORTFOLIO_STOP.has(t.lower) && !/^(?:the|its|their)$/.test(t.lower))) return -1;
  }
  return -1;
}

/** Bodies of government a person may head (not a club, company or school). */
const GOVERNMENT_BODIES = new Set(
  (
    'council committee government office ministry department bureau commission authority administration assembly ' +
    'agency'
  ).split(' '),
);

/** Letters after a name: honours, degrees, seats ("OBE", "PhD", "MP"); never a word of the name. */
const NAME_SUFFIXES = new Set(
  (
    'OBE MBE CBE KBE DBE GBE BEM OAM AM AO AC QC KC SC JP DL QPM CMG KCMG GCMG CVO LVO MVO KCVO PhD DPhil MBA MSc ' +
    'BSc BA MA LLB LLM MD FRS MP MEP MSP MS TD MLA MPP MHK'
  ).split(' '),
);

/** Letters after a name that say its bearer sits in a parliament or assembly. */
const POSTNOMINALS: ReadonlyMap<string, string> = new Map([
  ['MP', 'Member of Parliament'],
  ['MEP', 'Member of the European Parliament'],
  ['MSP', 'Member of the Scottish Parliament'],
  ['MS', 'Member of the Senedd'],
  ['TD', 'Teachta Dála'],
  ['MLA', 'Member of the Legislative Assembly'],
  ['MPP', 'Member of Provincial Parliament'],
  ['MHK', 'Member of the House of Keys'],
]);

/** Verbs before "by" that name people after it ("led by", "attended by", "represented by"). */
const BY_VERBS = new Set(
  (
    'led headed accompanied joined received welcomed hosted greeted signed chaired attended represented visited ' +
    'opened inaugurated addressed'
  ).split(' '),
);

/** Cue words after which a place is as likely as a person ("thanked Kobe", "talks between A and B"). */
const WEAK_CUES = new Set(['presented', 'thanked', 'invited', 'between', 'of']);

/** The last words of the cues `personCueBefore` reads. */
const CUE_WORDS = new Set(
  (
    'pictured l-r left by with on met meets received receives welcomed welcomes greeted presented thanked invited ' +
    'between of'
  ).split(' '),
);

/** Roles written in lower case before a name after "led by", "accompanied by" (offices are titles already). */
const ROLES = new Set(
  (
    'principal headteacher headmaster headmistress teacher coach conductor coordinator superintendent dean rector ' +
    'pastor bishop priest captain professor curator organiser organizer founder deputy'
  ).split(' '),
);

/** Verbs of which a name may be the subject (`subjectOfMeeting`). */
const SUBJECT_VERBS = new RegExp(
  String.raw`\b(?:met|meets|received|receives|welcomed|welcomes|hosted|signed|signs|inked|visited|visits|held|holds` +
    String.raw`|paid|pays|presented|presents|thanked|thanks|invited|invites|toured|tours|exchanged|exchange)\b`,
);

/**
 * Verbs of meeting, hosting, signing and visiting whose subject is a person ("Jane Roe and Tom Hill signed", "Jane Roe
 * paid a courtesy call on", "Jane Roe presented Tom Hill with a plaque").
 */
const SUBJECT_VERB = new RegExp(`^${SUBJECT_VERBS.source.replace(/\\b/g, '')}$`);

/**
 * Words before token k that announce a person by name: "led by", "headed by", "accompanied by", "joined by", and the
 * verbs of meeting and receiving ("met", "met with", "held talks with", "received", "welcomed", "paid a courtesy call
 * on").
 */
function personCueBefore(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k - 1]?.lower ?? '';
  const b = tokens[k - 2]?.lower ?? '';
  // Captions: "Pictured: Jane Roe, ...", "(L-R) Jane Roe, ...", "From left, Jane Roe, ..."
  if (
    /^(?:pictured|l-r|left)$/.test(a) &&
    /(?:\bpictured|\bl-r|\bleft to right|\bfrom left)\W*$/i.test(text.slice(0, tokens[k]!.start))
  )
    return true;
  if (a === 'by') return BY_VERBS.has(b);
  if (a === 'with') return /^(?:met|meets|meeting|talks|talked|conferred)$/.test(b);
  if (a === 'on') return b === 'call' || b === 'calls';
  // "talks between Jane Roe and Tom Hill", "in the presence of Jane Roe".
  if (a === 'between') return /^(?:talks|meeting|meetings|exchanges|conversation)$/.test(b);
  if (a === 'of') return b === 'presence';
  return /^(?:met|meets|received|receives|welcomed|welcomes|greeted|presented|thanked|invited)$/.test(a);
}

/**
 * "Jane Roe (left) and Tom Hill (right) exchanged gifts": a name opening a clause with its place in a photo in
 * brackets after it, in a sentence that places two names so ("Victoria Park (left) and the harbour (right)" is none).
 */
function photoPosition(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  if (!clauseStart(text, tokens, k)) return false;
  const name = nameAt(text, tokens, k, placeAt);
  if (!name || name.i !== k || name.j - name.i < 2) return false;
  // A caption pairs names and positions: a second position after another name ("A (left) and B (right)").
  const positions = text.match(/\p{Lu}[\p{L}'’.-]* \((?:left|right|centre|center|middle|front|back|pictured)\)/gu);
  return PHOTO_POSITION.test(text.slice(tokens[name.j - 1]!.end)) && (positions?.length ?? 0) >= 2;
}

const PHOTO_POSITION =
  /^ \((?:left|right|centre|center|middle|front|back|pictured|(?:second|third|fourth|far) (?:from )?(?:left|right))\)/i;

/**
 * True when token k starts a clause: after a comma, a colon, "and", or a sentence's first word that is a common word
 * ("Later Jane Roe met ...").
 */
function clauseStart(text: string, tokens: Token[], k: number): boolean {
  if (k === 0) return true;
  if (tokens[k - 1]!.lower === 'and' || /[,;:]\s*$/.test(text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start)))
    return true;
  return k === 1 && isCommonWord(tokens[0]!.text);
}

/** True when token k follows a list's comma or "and". */
function listed(text: string, tokens: Token[], k: number): boolean {
  if (!tokens[k] || k === 0) return false;
  return tokens[k - 1]!.lower === 'and' || /,\s*$/.test(text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start));
}

/**
 * "Jane Roe met the delegation", "Wang Lei and Tom Hill signed the agreement": a name of two words or more at
 * token k as the subject of a verb of meeting or signing (a list of such names included).
 */
function subjectOfMeeting(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  if (k === 0 ? isCommonWord(tokens[0]!.text) : !clauseStart(text, tokens, k)) return false;
  let m = k;
  for (let n = 0; n < 4 && tokens[m]; n++) {
    const name = nameAt(text, tokens, m, placeAt);
    if (!name || name.j - name.i < 2) return false;
    const next = tokens[name.j];
    if (!next) return false;
    if (SUBJECT_VERB.test(next.lower)) return true;
    if (next.lower !== 'and' && text.slice(tokens[name.j - 1]!.outerEnd, next.start) !== ', ') return false;
    m = next.lower === 'and' ? name.j + 1 : name.j;
  }
  return false;
}

/**
 * "Baek Seo-yun", "Lo Min-jie", "PARK Ha-rin": a short family name and a hyphenated given name of two short
 * syllables. Korean place names of that shape end in a generic syllable ("Haeundae-gu", "Seocho-dong") and are not
 * taken.
 */
function hyphenatedName(tokens: Token[], k: number): boolean {
  const family = tokens[k];
  const given = tokens[k + 1];
  if (!family || !given || family.possessive || given.start - family.end !== 1) return false;
  if (!/^\p{Lu}(?:\p{Ll}{1,5}|\p{Lu}{1,5})$/u.test(family.text) || NOT_NAMES.has(family.lower)) return false;
  const m = /^\p{Lu}\p{Ll}{1,5}-(\p{Ll}{1,5})$/u.exec(given.text);
  const before = tokens[k - 1];
  const joined = !!before?.cap && before.end + 1 === family.start && !(k === 1 && isCommonWord(before.text));
  return !!m && !KOREAN_PLACE_SYLLABLES.has(m[1]!) && !joined;
}

/** Last syllables of Korean place names: districts (-gu), neighbourhoods (-dong), provinces (-do), roads (-ro)... */
const KOREAN_PLACE_SYLLABLES = new Set('gu si do dong ri myeon eup ro gil gun ga'.split(' '));

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
    // A hyphenated surname is one word of the name ("Ambassador Adjei-Boateng"), though its parts are two tokens.
    single: !/\s/.test(text.slice(first.start, last.end)) && !isInitialledName(first),
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
    const plural = isPluralHead(tokens[h], tokens[h - 1]);
    // "Datuk Bandar": the mayor of a Malaysian city ("Datuk" alone is an honorific).
    const datukBandar =
      tokens[h]!.text === 'Datuk' && tokens[h + 1]?.text === 'Bandar' && adjacent(text, tokens[h]!, tokens[h + 1]!);
    if (!plural && !datukBandar && !isHead(tokens[h]) && !civicHead(text, tokens, h) && !memberOfBody(tokens, h))
      continue;
    let j = datukBandar ? h + 2 : h + 1;
    // "Consul General", "Secretary General", "Vice Secretary": heads and "general" after a head stay in the title.
    // "Presidenta Municipal": the modifier after the head, in Spanish and Portuguese order.
    while (
      (isHead(tokens[j]) ||
        tokens[j]?.lower === 'general' ||
        // "Chief Executive Ho Iat Seng", "Chief Minister".
        (/^(?:executive|minister)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]!.lower === 'chief') ||
        (tokens[j]?.lower === 'officer' && tokens[j - 1]!.lower === 'executive') ||
        (tokens[j]?.text === 'Municipal' && tokens[h]!.cap)) &&
      adjacent(text, tokens[j - 1]!, tokens[j]!)
    )
      j++;
    const headEnd = j;
    // "Mayor Pro Tem Karen Liu", "President pro tempore": the Latin for an acting office stays in the title.
    if (tokens[j]?.lower === 'pro' && /^tem(?:pore)?$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
    // "Ambassador Extraordinary and Plenipotentiary": an envoy's full rank after the head.
    const rank = ENVOYS.has(tokens[h]!.lower) ? RANK.exec(text.slice(tokens[j - 1]!.end)) : null;
    if (rank) {
      const rankEnd = tokens[j - 1]!.end + rank[0].length;
      while (tokens[j] && tokens[j]!.start < rankEnd) j++;
    }
    // "Deputy Mayor for Economic Affairs Jo Finn": a portfolio after "for", in capitalised common words, before a name.
    if (tokens[j]?.lower === 'for') {
      let m = j + 1;
      while (m < j + 5 && tokens[m] && (isTitleWord(text, tokens, m, placeAt) || tokens[m]!.lower === 'and')) m++;
      // The name after it has two words at least: "... Affairs Park Min-ji" keeps "Park" in the name. A portfolio
      // that a lower-case word ends ("for International Relations of the X Council, NAME") names nobody here.
      if (tokens[m] && !tokens[m]!.cap) m = j;
      while (m > j + 2 && !(tokens[m]?.cap && tokens[m + 1]?.cap && adjacent(text, tokens[m]!, tokens[m + 1]!))) m--;
      if (
        m > j + 1 &&
        tokens[m - 1]!.cap &&
        tokens[m]?.cap &&
        !/[,;:.]/.test(text.slice(tokens[j]!.start, tokens[m]!.start))
      )
        j = m;
    }
    let i = h;
    // "Hanoi People's Committee Chairman": the possessive of "People's" is inside the title.
    const peoples = (k: number): boolean =>
      tokens[k]!.cap &&
      tokens[k]!.possessive &&
      tokens[k]!.lower === 'people' &&
      text.slice(tokens[k]!.outerEnd, tokens[k + 1]!.start) === ' ';
    while (
      i > 0 &&
      (((isModifier(tokens[i - 1]) || isHead(tokens[i - 1])) && adjacent(text, tokens[i - 1]!, tokens[i]!)) ||
        peoples(i - 1))
    )
      i--;
    // "External Affairs Minister", "Economic Development Director": capitalised common words before a capitalised
    // title belong to it (names and places are not common words; a sentence's first word is capitalised anyway).
    while (
      i > 0 &&
      tokens[i]!.cap &&
      isTitleWord(text, tokens, i - 1, placeAt) &&
      adjacent(text, tokens[i - 1]!, tokens[i]!)
    )
      i--;
    // "Mobile city clerk", "Busan City Mayor": the generic word belongs to the place before the title.
    const inPlace = placeAt.get(i);
    if (inPlace && inPlace.i < i && inPlace.j < j) i = inPlace.j;
    let former = false;
    if (tokens[i - 1] && /^(former|then|ex)$/.test(tokens[i - 1]!.lower)) {
      former = tokens[i - 1]!.lower !== 'then';
    }
    if (/^(?:ex|former)-/.test(tokens[i]!.lower)) former = true;
    const titleText = clean(
      tokens
        .slice(i, j)
        .map((t) =>
          t.lower === 'for' || t.lower === 'and'
            ? t.lower
            : t.possessive && t.lower === 'people'
              ? "People's"
              : expand(t),
        )
        .join(' '),
    ).replace(/^(?:Then|Ex|Former)-(\p{L})/u, (_, c: string) => c.toUpperCase());
    // "Then-mayor": the office is "Mayor" (then or former).
    const head = tokens[headEnd - 1]!.lower.replace(/^(?:then|ex|former)-/, '');
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
    const t: TitleDecl = {
      title: plural ? titleText.replace(/(?:s|(?<=m)en)$/, (e) => (e === 's' ? '' : 'an')) : titleText,
      head: plural ? singular(head) : head,
      place,
      former,
    };
    const prev = out[out.length - 1];
    // "State Councilor and Foreign Minister Wang Yi"; not "X, the county engineer, and town historian Y".
    const joined =
      prev &&
      tokens[prev.j]?.lower === 'and' &&
      prev.j + 1 === i &&
      text.slice(tokens[prev.j - 1]!.outerEnd, tokens[prev.j]!.start) === ' ';
    const capitalised = tokens[i]!.cap;
    if (joined) {
      prev.j = j;
      prev.titles.push({
        ...t,
        place: t.place ?? prev.titles[0]?.place ?? null,
        former: t.former || (prev.titles[0]?.former ?? false),
      });
    } else {
      out.push({ i: start, j, titles: [t], capitalised, plural });
    }
    h = j - 1;
  }
  return out;
}

/**
 * An "of" or "for" complement of a title at token k that names no known place or organisation, followed by a comma and
 * a name of two words or more that ends its clause: returns the index of the name's first token, else k. The
 * complement has up to four words, all capitalised ("of Qorvale") or all lower case ("for culture", "of
 * international relations"), not a verb's object ("for three terms" has a number).
 */
function portfolioBeforeName(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): number {
  const lead = tokens[k]?.lower;
  if (lead !== 'of' && lead !== 'for') return k;
  let m = k + 1;
  if (tokens[m]?.lower === 'the') m++;
  const first = m;
  const cap = !!tokens[first]?.cap;
  // "head of international relations, X" but not "the head of the family, X": after a word that is an office only
  // with its portfolio, a lower-case one is a bare noun phrase.
  if (
    !cap &&
    lead === 'of' &&
    first > k + 1 &&
    /^(?:head|leader|chief|counterpart|member)$/.test(tokens[k - 1]?.lower ?? '') &&
    !PLACE_GENERICS_OF.has(tokens[first]?.lower ?? '')
  )
    return k;
  // Capitalised words may be joined by "of", "the", "and" ("the Republic of Lithuania"), and end in "in X" or "to X"
  // (where an envoy serves).
  const joiner = (n: number): boolean =>
    (/^(?:of|the|and|in|to|es|sur)$/.test(tokens[n]?.lower ?? '') || PARTICLES.has(tokens[n]?.text ?? '')) &&
    !!tokens[n + 1]?.cap &&
    !isHead(tokens[n + 1]);
  while (
    m < first + (cap ? 9 : 4) &&
    tokens[m] &&
    !tokens[m]!.possessive &&
    (cap
      ? (tokens[m]!.cap && !isHead(tokens[m])) || (m > first && joiner(m))
      : /^\p{Ll}+$/u.test(tokens[m]!.text) && !PORTFOLIO_STOP.has(tokens[m]!.lower)) &&
    text.slice(tokens[m - 1]!.outerEnd, tokens[m]!.start) === ' '
  )
    m++;
  if (m === first) return k;
  // "Councillor for International Relations of the Arbela Municipal Chamber, NAME": an organisation or place after it.
  if (lead === 'for' && tokens[m]?.lower === 'of') {
    const org = organisationAt(text, tokens, m + 1, placeAt);
    const place = placeAt.get(m + 1);
    if (org) m = org.j;
    else if (place) m = place.j;
  }
  // "head of administration Oleg Petrov": a lower-case portfolio may run into the name without a comma.
  const gapAfter = tokens[m] ? text.slice(tokens[m - 1]!.outerEnd, tokens[m]!.start) : '';
  // After "of the", only a place's generic word: "the akim of the region NAME", not "the president of the club NAME".
  const bare = first === k + 1 || (m === first + 1 && PLACE_GENERICS_OF.has(tokens[first]!.lower));
  if (gapAfter !== ', ' && !(gapAfter === ' ' && !cap && bare && tokens[m]!.cap)) return k;
  const name = nameAt(text, tokens, m, placeAt);
  // The name may follow honorifics ("..., Lic. Ana Ruiz", "..., H.E. Dr. Ana Ruiz").
  if (!name || tokens.slice(m, name.i).some((_, n) => !honorificAt(tokens, m + n))) return k;
  if (name.j - name.i < 2 || tokens[name.j - 1]!.possessive) return k;
  const rest = text.slice(tokens[name.j - 1]!.end);
  return /^\s*(?:[,;.)]|$)/.test(rest) || (gapAfter === ' ' && /^ \p{Ll}/u.test(rest)) ? m : k;
}

/**
 * Where the place of a title's complement starts, from token k (after "of", "to" or "from"), else -1: the place itself,
 * or after "the" a place named with its generic word or a country ("the Nizhny Novgorod Region", "the Philippines"),
 * or after "[the] City of", "the Republic of" ("Mayor of the City of Kigali Jean Habimana").
 */
function complementPlaceAt(tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): number {
  if (placeAt.has(k)) return k;
  let m = k;
  if (tokens[m]?.lower === 'the') m++;
  if (PLACE_GENERICS_OF.has(tokens[m]?.lower ?? '') && tokens[m + 1]?.lower === 'of' && placeAt.get(m + 2)?.i === m + 2)
    return m + 2;
  const p = placeAt.get(m);
  return m > k && p && p.i === m && !p.adjective && (p.generic || p.entry?.kind === 'country') ? m : -1;
}

/** Generic words of a place's official name before "of" ("the City of X", "the Republic of X"). */
const PLACE_GENERICS_OF = new Set(
  'city town village municipality borough province state prefecture county district region republic kingdom'.split(' '),
);

/** Heads of envoys, whose title may name where they serve after "to" ("Ambassador to Japan Jane Roe"). */
/** An envoy's rank after the head: "Ambassador Extraordinary and Plenipotentiary". */
const RANK = /^ Extraordinary(?: and Plenipotentiary)?\b/;

const ENVOYS = new Set(['ambassador', 'envoy', 'consul', 'consul-general', 'commissioner', 'attaché', 'attache']);

/** Words that end a lower-case portfolio: a clause goes on ("for which", "of those who"). */
const PORTFOLIO_STOP = new Set(
  (
    'a an and or but which who that those these this his her their its our was were is are has have had said one two ' +
    'three four five six seven eight nine ten several many some years terms months weeks days family'
  ).split(' '),
);

/** A capitalised common word that may open a title ("External", "Economic"): not a name, place or function word. */
function isTitleWord(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  const t = tokens[k]!;
  return (
    t.cap &&
    !t.possessive &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !placeAt.has(k) &&
    !NOT_NAMES.has(t.lower) &&
    !HONORIFICS.has(t.lower) &&
    !capitalisedByPosition(text, tokens, k) &&
    (isCommonWord(t.text) || DEPARTMENT_WORDS.has(t.lower))
  );
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
  'street',
  'road',
  'avenue',
  'lane',
  'square',
  'boulevard',
  'highway',
  'plaza',
  'parkway',
  // Buildings and venues: "the Grand President Hotel", "Governor Phillip Tower", "the Chancellor Palace".
  'hotel',
  'tower',
  'palace',
  'museum',
  'stadium',
  'library',
  'airport',
  'station',
  'cathedral',
  'temple',
  'hospital',
  'castle',
  'gardens',
  'theatre',
  'theater',
  'academy',
  'institute',
  'university',
  'college',
  'centre',
  'center',
  'building',
  // Halls, markets, monuments: "the Sun Yat-sen Memorial Hall", "the Queen Victoria Market".
  'hall',
  'memorial',
  'market',
  'church',
  'mosque',
  'shrine',
  'monument',
  'pavilion',
  'arena',
  'bridge',
  // Events and ensembles: "the Gion Festival toured", "the Youth Orchestra visited".
  'festival',
  'parade',
  'carnival',
  'expo',
  'orchestra',
  'choir',
  'ensemble',
  'troupe',
  // Parties and bodies of people: "the Qorvale Delegation visited", "the Twinning Committee came".
  'delegation',
  'delegations',
  'committee',
  'association',
]);

/** Venue words that are as often surnames ("Mayor Tom Hall", "Cllr Ann Church"): see `streetWordSurname`. */
const SURNAME_VENUES = new Set(['lane', 'hall', 'church', 'bridge', 'market']);

/**
 * A street word that is as often a surname ("Lane") is one right after a title or honorific and a given name, with no
 * capitalised word after it: "Mayor Derrick Lane", not "Memory Lane" or "King Otto Lane Bridge".
 */
function streetWordSurname(text: string, tokens: Token[], k: number): boolean {
  if (!SURNAME_VENUES.has(tokens[k]!.lower)) return false;
  const given = tokens[k - 1];
  const title = tokens[k - 2];
  if (!given?.cap || given.possessive || tokens[k + 1]?.cap) return false;
  // "Tom Hall, mayor of Ashby": a name in apposition, the title after it.
  if (/^,\s/.test(text.slice(tokens[k]!.end)) && (!title?.cap || title.lower === 'and')) return true;
  // Not a royal's or "the" title's venue: "the Queen Victoria Market", "the Prince Albert Hall".
  if (!title || ROYALS.has(title.lower) || tokens[k - 3]?.lower === 'the') return false;
  return isHead(title) || isHonorific(title);
}

const ROYALS = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir']);

/** nameToken's answers for the sentence being read (keyed by its map of places): the rules ask about a token often. */
const nameTokenMemo = new WeakMap<Map<number, PlaceSpan>, Int8Array>();

function nameToken(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  let memo = nameTokenMemo.get(placeAt);
  if (!memo) {
    memo = new Int8Array(tokens.length);
    nameTokenMemo.set(placeAt, memo);
  }
  if (memo[k] === 0) memo[k] = isNameToken(text, tokens, k, placeAt) ? 1 : 2;
  return memo[k] === 1;
}

function isNameToken(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  const t = tokens[k]!;
  // A one-word town may also be a name ("Yao", "Mary"): only countries, divisions and longer place names block.
  const p = placeAt.get(k);
  // An initial ("A. Brown", "J. Smith") is a name word even where it spells "A" or a place's abbreviation.
  if (/^\p{Lu}\.$/u.test(t.text)) return true;
  if (twoLetterInitial(text, tokens, k)) return true;
  // A village of several words may spell a person's name ("Gurdeep Singh Bajwa" may be both): read in a person's
  // context, the name wins over a small place.
  const village = !!p && p.j - p.i > 1 && p.entries.every((e) => e.kind === 'city' && e.population < 10_000);
  if (p && !village && !(p.j - p.i === 1 && p.entry?.kind === 'city' && !p.qualifies && !p.generic)) return false;
  if (village && p!.qualifies) return false;
  if (
    (NOT_NAMES.has(t.lower) && !givenNameNotMonth(tokens, k)) ||
    ORG_HEADS.has(t.lower) ||
    (NAME_BLOCKERS.has(t.lower) && !streetWordSurname(text, tokens, k)) ||
    isHead(t) ||
    TITLE_MODIFIERS.has(t.lower)
  )
    return false;
  // Honours and degrees after a name end it ("Jane Roe OBE", "Ann Lee PhD").
  if (NAME_SUFFIXES.has(t.text)) return false;
  // Acronyms (CSCI, SCI) are no names; an ALL-CAPS surname beside a given name is ("PARK Jin-woo", "Jin-woo PARK").
  if (/^[\p{Lu}]{2,}$/u.test(t.text) && !capsSurname(tokens, k, placeAt)) return false;
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text);
}

/**
 * "Jan de Vries", "Wang Jun": "Jan" and "Jun" are given names as often as months; a month is written with a day or a
 * full stop ("Jan. 5", "Jun 12"), a name beside another name word with one space.
 */
function givenNameNotMonth(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  // "Vice Governor An Jiahui", "Mayor He Ping", "Mayor You Mengjun": a family name spelt like a function word, after
  // a title.
  if ((t.text === 'An' || t.text === 'He' || t.text === 'You') && before && (isHead(before) || isHonorific(before)))
    return !!next?.cap && next.start === t.end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text);
  // "Nguyen Van An, Chairman ...": the last word of a name of three, after two name words.
  if (t.text === 'An' || t.text === 'He') {
    const first = tokens[k - 2];
    return (
      !!before &&
      !!first &&
      [first, before].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !w.possessive && !NOT_NAMES.has(w.lower)) &&
      first.end + 1 === before.start &&
      before.end + 1 === t.start &&
      !(next?.cap && next.start === t.end + 1)
    );
  }
  // "Baraka Mosha Said": capitalised inside a name, "Said" is a name; the verb is written in lower case.
  if (t.text === 'Said')
    return (
      !!before && before.cap && !before.possessive && before.end + 1 === t.start && /^\p{Lu}\p{Ll}/u.test(before.text)
    );
  if (t.text !== 'Jan' && t.text !== 'Jun') return false;
  if (next && /^\d/.test(next.text)) return false;
  return (
    (!!next && next.start === t.end + 1 && /^\p{Lu}\p{Ll}|^(?:van|de|der|von)$/u.test(next.text)) ||
    (!!before && before.cap && !before.possessive && before.end + 1 === t.start && !/^\d/.test(before.text))
  );
}

/**
 * An ALL-CAPS word of a name, as some agencies write surnames or whole names: three or more letters next to a
 * capitalised given name ("PARK Jin-woo", "Jin-woo PARK"), two next to a hyphenated one ("OH Se-hoon"), or a word
 * with a vowel next to another such ALL-CAPS word ("JOHN SMITH, Mayor of ..."). Acronyms (CSCI, SCI) are no names.
 */
function capsSurname(tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): boolean {
  const t = tokens[k]!;
  if (placeAt.has(k) || !/[AEIOUY]/.test(t.text)) return false;
  const near = [tokens[k - 1], tokens[k + 1]].filter((x): x is Token => !!x && adjacentName(t, x));
  if (near.some((x) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(x.text))) return true;
  if (t.text.length < 3) return false;
  // "Jin-woo PARK", "D. AKHMETOV": beside a given name or its initial.
  if (near.some((x) => /^\p{Lu}\p{Ll}+$|^\p{Lu}\.$/u.test(x.text))) return true;
  return near.some(
    (x) =>
      /^\p{Lu}{2,}$/u.test(x.text) &&
      /[AEIOUY]/.test(x.text) &&
      !placeAt.has(tokens.indexOf(x)) &&
      !NOT_NAMES.has(x.lower) &&
      !NAME_BLOCKERS.has(x.lower) &&
      !ORG_HEADS.has(x.lower),
  );
}

/** True when token x stands right beside t in a name (one space, no possessive between). */
function adjacentName(t: Token, x: Token): boolean {
  const [a, b] = x.start < t.start ? [x, t] : [t, x];
  return !a.possessive && b.start - a.end === 1;
}

/** A name of one to four capitalised words starting at token k. */
function nameAt(
  text: string,
  tokens: Token[],
  k: number,
  placeAt: Map<number, PlaceSpan>,
): { i: number; j: number } | null {
  let i = k;
  while (tokens[i] && honorificAt(tokens, i)) i++;
  if (!nameToken(text, tokens, i, placeAt)) return null;
  let j = i + 1;
  for (;;) {
    // Four words, or five with particles ("Hamdan bin Mohammed bin Rashid Al Maktoum" stops at "Al").
    if (j - i >= 8 || tokens[j - 1]!.possessive) break;
    // "Ursula van der Berg", "Maria de la Cruz", "Ahmed bin Salem": particles between the words of a name.
    const p = particlesAt(text, tokens, j, placeAt);
    if (p > j) {
      j = p + 1;
      continue;
    }
    const words = tokens.slice(i, j).filter((t) => !PARTICLES.has(t.text)).length;
    // "Mhd Amin Nordin Abd Aziz": "Abd", "Abdul" lead the next word of a Malay or Arabic name ("servant of").
    const leads = /^(?:Abd|Abdul|Abu)$/.test(tokens[j - 1]!.text) ? 1 : 0;
    if (
      words >= (j - i > words ? 5 : 4) + leads ||
      !nameToken(text, tokens, j, placeAt) ||
      !(adjacent(text, tokens[j - 1]!, tokens[j]!) || twoLetterInitial(text, tokens, j - 1))
    )
      break;
    j++;
  }
  // "Minister Ana Malta (second from left)": a one-word place right after a given name, ending the name, is its
  // surname, not a place.
  if (
    j === i + 1 &&
    placeAt.get(j)?.j === j + 1 &&
    adjacent(text, tokens[i]!, tokens[j]!) &&
    !tokens[i]!.possessive &&
    !tokens[j + 1]?.cap &&
    isPlainWord(tokens[j]!) &&
    !isCommonWord(tokens[i]!.text)
  ) {
    j++;
  }
  return { i, j };
}

/**
 * "Ts. Batbayar", "Kh. Battulga", "Sh.Enkhbold": Mongolian copy abbreviates a patronymic to its first letter, or its
 * first two where they spell one sound (Ts, Kh, Sh, Ch, Zh, Dz), and a full stop, before the given name. Two-letter
 * family names ("Li", "Yu", "Ho") are not among them.
 */
function twoLetterInitial(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next?.cap || !/^(?:[CKSZ]h|Ts|Dz)$/.test(t.text)) return false;
  return /^\. ?$/.test(text.slice(t.end, next.start)) && /^\p{Lu}\p{Ll}{2,}/u.test(next.text);
}

/** "B.Tamir", "M.A.Orlov": initials and a surname in one word are a whole name (Mongolian and Russian copy). */
function isInitialledName(t: Token): boolean {
  return /^(?:\p{Lu}\.)+\p{Lu}\p{Ll}/u.test(t.text);
}

/** Names listed after token k: ", B. Green and C. White", ", and Tom Hill"; each of two words at least. */
function listAfter(
  text: string,
  tokens: Token[],
  k: number,
  placeAt: Map<number, PlaceSpan>,
): Array<{ i: number; j: number }> {
  const out: Array<{ i: number; j: number }> = [];
  // "The mayors, A of X and B of Y": a place after "of" behind a listed name is its office's, not the list's end.
  const afterOf = (n: number): number =>
    tokens[n]?.lower === 'of' && placeAt.has(n + 1) && text.slice(tokens[n - 1]!.outerEnd, tokens[n]!.start) === ' '
      ? placeAt.get(n + 1)!.j
      : n;
  let m = afterBrackets(text, tokens, afterOf(k));
  // After a bracketed aside ("Ann Lee (Labour), Tom Hill") the gap is read from its closing bracket.
  let skipped = m > k;
  const gapBefore = (n: number): string => {
    const gap = text.slice(tokens[n - 1]!.outerEnd, tokens[n]!.start);
    return skipped && n === m ? gap.replace(/^\)/, '') : gap;
  };
  while (tokens[m] && out.length < 8) {
    const gap = gapBefore(m);
    let n = m;
    if (gap === ' ' && tokens[m]!.lower === 'and') n = m + 1;
    else if (gap === ', ' && tokens[m]!.lower === 'and') n = m + 1;
    else if (gap !== ', ') break;
    if (!tokens[n] || gapBefore(n) !== (n === m ? ', ' : ' ')) break;
    while (tokens[n] && honorificAt(tokens, n)) n++;
    const name = nameAt(text, tokens, n, placeAt);
    if (!name || (name.j - name.i < 2 && !isInitialledName(tokens[name.i]!))) break;
    out.push(name);
    if (tokens[m]!.lower === 'and') break;
    m = afterBrackets(text, tokens, afterOf(name.j));
    skipped = m > afterOf(name.j);
  }
  return out;
}

/**
 * "Mayors Ana Ruiz (Velden) and Tom Hill (Ashby)": the token after a bracketed aside that opens before token k (a
 * place or party after a listed name), else k.
 */
function afterBrackets(text: string, tokens: Token[], k: number): number {
  if (!tokens[k] || k === 0 || !/^\s*\($/.test(text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start))) return k;
  const close = text.indexOf(')', tokens[k]!.start);
  if (close < 0) return k;
  let m = k;
  while (tokens[m] && tokens[m]!.start < close) m++;
  return m - k <= 4 ? m : k;
}

/**
 * Walks back from a title to the comma that ends the name before it: over determiners and possessors ("the", "the
 * city's") and lower-case words of the title ("economic development"). Returns the token before the comma (the name's
 * last word, if the walk reached a comma) and the first word of the title as written.
 */
/** What stands between two titles of one person in apposition: " of the twinning committee and (the) ". */
const SECOND_TITLE = /^[^,;.:()“”"]*\s(?:and|&)\s+(?:the\s+|an?\s+)?$/;

function appositionStart(
  text: string,
  tokens: Token[],
  i: number,
  placeAt: Map<number, PlaceSpan>,
): { b: number; lead: number } {
  let b = i - 1;
  let lead = i;
  let owner = false;
  let relative = '';
  for (let steps = 0; steps < 9 && b >= 0; steps++) {
    if (/^[,(]$/.test(text.slice(tokens[b]!.outerEnd, tokens[b + 1]!.start).trim())) break;
    const t = tokens[b]!;
    // "Tom Hughes, who is the mayor of Dover": a relative clause that says what the person is.
    if (/^(?:is|was|serves|served|became|as|now|currently)$/.test(t.lower) && (relative || b === lead - 1 || owner))
      relative += ' ';
    else if (t.lower === 'who' && relative) relative = 'who';
    else if (relative) break;
    else if (/^(?:the|a|an|its|their|his|her)$/.test(t.lower) || t.possessive) owner = true;
    else if (!owner && t.cap && b === i - 1) {
      // "Jane Roe, the Ashby Twinning Committee chair,": a body's name between the determiner and the title.
      let c = b;
      while (c > b - 4 && tokens[c - 1]?.cap && adjacent(text, tokens[c - 1]!, tokens[c]!)) c--;
      if (!/^(?:the|its|their)$/.test(tokens[c - 1]?.lower ?? '') || !adjacent(text, tokens[c - 1]!, tokens[c]!)) break;
      b = c - 1;
      owner = true;
    } else if (!owner && !t.cap && !NOT_NAMES.has(t.lower) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) lead = b;
    else if (!(owner && placeAt.has(b))) break;
    b--;
  }
  // A relative clause must open with "who"; else the walk found no name.
  if (relative && relative !== 'who') return { b: -1, lead };
  return { b, lead };
}

/**
 * An honorific at token i, also a style of address in two words ("His Worship", "Her Excellency", "His Honour"): the
 * possessive reads as part of it.
 */
function honorificAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isHonorific(t)) return true;
  // Malaysian styles in two words: "Tan Sri", "Puan Sri", "Datuk Sri" ("Sri" alone is no honorific: "Sri Lanka").
  if (t.text === 'Sri') return /^(?:Tan|Puan|Datuk|Dato['’]?)$/.test(tokens[i - 1]?.text ?? '');
  if (/^(?:Tan|Puan)$/.test(t.text) && tokens[i + 1]?.text === 'Sri') return true;
  return /^(?:His|Her)$/.test(t.text) && STYLES.test(tokens[i + 1]?.text ?? '');
}

const STYLES = /^(?:Worship|Excellency|Highness|Honou?r|Lordship|Ladyship|Grace)$/;

/** "Mr.", "Dr", "Sheikh". */
function isHonorific(t: Token): boolean {
  // "H.E." (His or Her Excellency) reads "he" once its full stops are dropped.
  return HONORIFICS.has(t.lower) || /^H\.E\.?$/.test(t.text);
}

/** Lower-case particles of names: "van der", "de la", "bin", "von". */
const PARTICLES = new Set(
  'van der den de del della di da das dos du la las los le von zu bin binti ibn al el ter ten y ap'.split(' '),
);

/**
 * When particles start at token k and a name word follows them ("van der Berg"), the index of that name word; else k.
 */
function particlesAt(text: string, tokens: Token[], k: number, placeAt: Map<number, PlaceSpan>): number {
  let m = k;
  while (m - k < 3 && tokens[m] && PARTICLES.has(tokens[m]!.text) && adjacent(text, tokens[m - 1]!, tokens[m]!)) m++;
  if (m === k || !tokens[m] || !adjacent(text, tokens[m - 1]!, tokens[m]!)) return k;
  const t = tokens[m]!;
  return /^\p{Lu}\p{Ll}/u.test(t.text) && (nameToken(text, tokens, m, placeAt) || placeAt.has(m)) ? m : k;
}

function isPlainWord(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NOT_NAMES.has(t.lower);
}

/**
 * An organisation's name starting at token k: "[the] Transport Committee [of Omsk]", "Bristol City Council",
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
  for (let n = m; n < Math.min(tokens.length, m + 8); n++) {
    const t = tokens[n]!;
    // "the Taipei Economic and Cultural Office": "and" between capitalised words of the name.
    // Only between two words of one name before its head ("Economic and Cultural"), not two bodies or offices.
    const joiner =
      n > m &&
      end < 0 &&
      /^(?:and|&)$/.test(t.text) &&
      !!tokens[n + 1]?.cap &&
      !ORG_HEADS.has(tokens[n + 1]!.lower) &&
      !isHead(tokens[n + 1]) &&
      !TITLE_HEADS.has(tokens[n + 1]!.lower);
    if ((!t.cap && !joiner) || (n > m && !/^(?:['’]s)? $/.test(text.slice(tokens[n - 1]!.end, t.start)))) break;
    if (ORG_HEADS.has(t.lower)) end = n + 1;
  }
  if (end < 0) return null;
  // "... Committee of Omsk": the place the organisation belongs to; "Community of Communes of X, Name": a
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
    else {
      // "Vice Chairman of the Standing Committee of the Provincial People's Congress NAME": a body within a body.
      const inner = tokens[j + 1]?.lower === 'the' ? organisationAt(text, tokens, j + 1, placeAt) : null;
      if (inner) return { j: inner.j, place: inner.place ?? placeIn(m, j, placeAt) };
    }
  }
  // "the Taipei Economic and Cultural Office in Chicago NAME": where the office is.
  if (tokens[j]?.lower === 'in' && placeAt.get(j + 1)?.i === j + 1) {
    const p = placeAt.get(j + 1)!;
    return { j: p.j, place: placeIn(m, j, placeAt) ?? p };
  }
  return { j, place: placeIn(m, j, placeAt) };
}

/** The place named inside tokens m..j of an organisation's name (a town before a country). */
function placeIn(m: number, j: number, placeAt: Map<number, PlaceSpan>): PlaceSpan | null {
  let place: PlaceSpan | null = null;
  for (let n = m; n < j; n++) {
    const p = placeAt.get(n);
    if (p && !p.adjective && (!place || place.entry?.kind === 'country')) place = p;
  }
  return place;
}

/** A name ending at token b (inclusive), for "Li Ming, deputy mayor". */
function nameEndingAt(
  text: string,
  tokens: Token[],
  b: number,
  placeAt: Map<number, PlaceSpan>,
): { i: number; j: number } | null {
  if (!nameToken(text, tokens, b, placeAt) || tokens[b]!.possessive) return null;
  let i = b;
  for (;;) {
    if (
      b - i < 3 &&
      nameToken(text, tokens, i - 1, placeAt) &&
      !isHonorific(tokens[i - 1]!) &&
      // "Councillors J. Hale (Mayor)": a plural title before the name is none of it
      !isPluralHead(tokens[i - 1], tokens[i - 2]) &&
      (adjacent(text, tokens[i - 1]!, tokens[i]!) || twoLetterInitial(text, tokens, i - 1))
    )
      i--;
    else if (b - i < 5 && tokens[i - 1] && PARTICLES.has(tokens[i - 1]!.text)) {
      // "Ahmed bin Salem, the director": particles inside the name, a name word before them.
      let m = i - 1;
      while (m > 0 && PARTICLES.has(tokens[m - 1]!.text)) m--;
      if (!nameToken(text, tokens, m - 1, placeAt) || !adjacent(text, tokens[m - 1]!, tokens[m]!)) break;
      i = m - 1;
    } else break;
  }
  if (i === b && !tokens[i - 1]) return null;
  // A single word needs an honorific before it ("Mr. Li,") or must be known from elsewhere; keep two-word names only.
  if (i === b && !(tokens[i - 1] && isHonorific(tokens[i - 1]!))) return null;
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
