/**
 * The document model the rules share: sentences with their tokens, resolved places, people and dates, and the
 * registries of places and people of the whole article.
 */
import { nameKey } from '../facts/names.ts';
import type { PlaceKind } from '../facts/types.ts';
import type { ParsedArticle } from './article.ts';
import { datelineDay, findDates, shiftDate, type DateMention } from './dates.ts';
import { gazetteer, placeKey, stripGeneric, type GazEntry } from './gazetteer/index.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.ts';
import { isCommonWord } from './common-words.ts';
import { findPeople, type PersonDecl, signature, type TitleDecl } from './people.ts';
import { contains, findPlaceSpans, resolveSpans, type PlaceSpan } from './places.ts';
import { isListItem, splitSentences, type Sentence } from './sentences.ts';
import { isTitleCase, tokenize, type Token } from './tokens.ts';
import { finishPeople, type HeadlineDecls, peopleFromHeadlines } from './passes/people-finish.ts';
import { officesFromDelegations } from './passes/delegation-offices.ts';
import { resolveDays } from './passes/days.ts';
import { resolvePlaceDescriptions } from './passes/place-descriptions.ts';
import { resolveReferences } from './passes/references.ts';

export interface PlaceRec {
  name: string;
  kind: PlaceKind;
  country: string | null;
  entry: GazEntry | null;
  aliases: Set<string>;
  /** First sentence that names it (not as an adjective). */
  sentence: Sentence;
  /** False while the place is only named through an adjective ("Chinese"). */
  named: boolean;
}

export interface PlaceMention {
  start: number;
  end: number;
  place: PlaceRec;
  adjective: boolean;
  /** The place this mention qualifies ("California" in "Fresno, California"), when it is one. */
  qualifies: PlaceRec | null;
  possessive: boolean;
}

export interface OfficeRec {
  title: string;
  head: string;
  place: PlaceRec | null;
  former: boolean;
  sentence: Sentence;
}

export interface PersonRec {
  name: string;
  aliases: Set<string>;
  country: string | null;
  offices: OfficeRec[];
  sentence: Sentence;
  /** Lower-case words of the name, for surname references. */
  words: string[];
  /** True for "Governor Park": the text never gives more than title and surname. */
  titleName: boolean;
}

export interface PersonMention {
  start: number;
  end: number;
  person: PersonRec;
}

export interface SentenceInfo {
  s: Sentence;
  tokens: Token[];
  places: PlaceMention[];
  people: PersonMention[];
  dates: DateMention[];
  /** The day this sentence is about: its own full date, or one relative to the sentence before ("one day earlier"). */
  day: string | null;
  /** Ranges of quoted speech in the sentence. */
  quotes: Array<[number, number]>;
}

export interface Doc {
  article: ParsedArticle;
  date: string | null;
  year: number | null;
  sentences: SentenceInfo[];
  places: PlaceRec[];
  people: PersonRec[];
  /** Countries by how often they are named (adjectives included). */
  countryCounts: Map<string, number>;
}

/** The labels of the lists of people in minutes and programmes: "Present:", "In attendance:", "Apologies:". */
const LABELLED_LIST = new RegExp(
  String.raw`^(?:(?:members\s+|also\s+)?present|in attendance|attending|attendees|apologies|absent|participants` +
    String.raw`|guests|speakers)\s*:`,
  'i',
);

/** Reads a parsed article into the document model. */
export function readDocument(article: ParsedArticle): Doc {
  const text = article.text;
  const titleSentence: Sentence[] = [];
  const t = article.title;
  // Plain text has no header: its title is the body's first line, read once as part of the body.
  if (
    t &&
    article.titleStart < article.bodyStart &&
    text.slice(article.titleStart, article.titleStart + t.length) === t
  ) {
    titleSentence.push(...splitSentences(text, article.titleStart, article.titleStart + t.length, 0, 0));
    for (const s of titleSentence) s.isTitle = true;
  }
  const body = splitSentences(text, article.bodyStart, article.bodyEnd, titleSentence.length, 1);
  const sentences = [...titleSentence, ...body];
  // "the Bellingham–Tateyama relationship": an en dash between two names joins them as a hyphen does (same length,
  // so offsets stay exact).
  for (const s of sentences) s.text = recaseShouted(s.text).replace(/(?<=\p{L})–(?=\p{Lu})/gu, '-');
  const date = article.date;
  // Relative dates ("on Tuesday", "last week") count from the dispatch's dateline when it gives a day of its own.
  const dated = body
    .slice(0, 3)
    .map((s) => datelineDay(s.text, date))
    .find((d) => d !== null);
  const reference = dated ?? date;
  const doc: Doc = {
    article,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    sentences: [],
    places: [],
    people: [],
    countryCounts: new Map(),
  };

  // Pass 1: tokens and raw place spans; count countries to steer ambiguous names.
  const raw = sentences.map((s) => {
    const tokens = tokenize(s.text);
    const spans = findPlaceSpans(s.text, tokens);
    for (const sp of spans) {
      const c = sp.entries[0]?.kind === 'country' ? sp.entries[0].country : null;
      if (c) doc.countryCounts.set(c, (doc.countryCounts.get(c) ?? 0) + 1);
    }
    return { s, tokens, spans };
  });
  // Divisions named unambiguously also say which country the article is about.
  for (const r of raw) {
    for (const sp of r.spans) {
      if (
        sp.entries.length >= 1 &&
        sp.entries.every((e) => e.feature === 'ADM1' && e.country === sp.entries[0]!.country) &&
        sp.generic
      ) {
        const c = sp.entries[0]!.country;
        doc.countryCounts.set(c, (doc.countryCounts.get(c) ?? 0) + 0.5);
      }
    }
  }

  // Pass 2: resolve places twice. The first round learns which reading the text settles for each name ("Governor of
  // Shizuoka Prefecture"; a reading with such a cue wins over a bare first mention); in the second, every mention of
  // that name follows it ("in Shizuoka, Japan" is then the prefecture too).
  const strong = new Map<string, GazEntry>();
  const weak = new Map<string, GazEntry>();
  // A short line with no stop over a list's line: a list's sub-heading ("A" over "- B, Country (1966)"); told once
  // for both rounds.
  const headsList = raw.map(
    (r, k) => !/[.!?;,]$/.test(r.s.text) && r.tokens.length <= 4 && isListItem(raw[k + 1]?.s.text ?? ''),
  );
  const resolved = raw.map((r, k) => {
    // Resolution narrows spans in place; the second round starts again from fresh copies.
    const fresh = r.spans.map((sp) => ({ ...sp }));
    const kept = resolveSpans(r.s.text, r.tokens, r.spans, {
      docCountries: doc.countryCounts,
      chosen: new Map(),
      headsList: headsList[k],
    });
    for (const sp of kept) {
      const key = placeKey(stripGeneric(sp.surface));
      const map = sp.strong ? strong : weak;
      if (sp.entry && !sp.adjective && !map.has(key)) map.set(key, sp.entry);
    }
    return { ...r, fresh };
  });
  const chosen = new Map([...weak, ...strong]);
  // A second resolution round lets earlier bare mentions follow cues given later ("in Shizuoka" ... "Shizuoka
  // Prefecture").
  const finalSpans = resolved.map((r, k) =>
    resolveSpans(r.s.text, r.tokens, r.fresh, { docCountries: doc.countryCounts, chosen, headsList: headsList[k] }),
  );

  const placeByEntry = new Map<GazEntry, PlaceRec>();
  const placeRec = (sp: PlaceSpan, s: Sentence): PlaceRec => {
    const e = sp.entry!;
    // "the Republic of Korea": the formal style before a country's name, looked up at most once per mention.
    let formalMemo: string | null | undefined;
    const formalOf = () => {
      if (formalMemo === undefined) formalMemo = formalStyle(s.text, sp);
      return formalMemo;
    };
    let rec = placeByEntry.get(e);
    if (!rec) {
      // A gazetteer name with a qualifier ("Washington, D.C.") or a long form the text shortens ("Bad Homburg vor der
      // Höhe" for "Bad Homburg") is written as the text writes it.
      const shortened = e.kind === 'city' && e.name.length > sp.surface.length && e.name.startsWith(`${sp.surface} `);
      let name = e.name.includes(',') ? sp.written : shortened ? sp.surface : e.name;
      // "the Republic of Korea", "the United Republic of Tanzania": a country in its formal style is named so.
      const formal = e.kind === 'country' && !sp.adjective ? formalOf() : null;
      // A town or country is named as the text writes it ("St. Petersburg", "Ulaanbaatar", "U.S.", "USA"), the
      // gazetteer's form staying an alias; a shouted dateline ("WUHAN") or an adjective ("Chinese") keeps the
      // gazetteer's form.
      if (
        !sp.adjective &&
        (e.kind === 'city' || e.kind === 'country') &&
        (sp.surface !== sp.surface.toUpperCase() || placeKey(sp.surface) !== placeKey(name)) &&
        nameKey(sp.surface) !== nameKey(name)
      ) {
        name = sp.surface;
      }
      // A division the text names in another form than the gazetteer's English one ("Jeollanam-do" for "South Jeolla
      // Province"): as written, the gazetteer's form an alias. Not a mere generic word more or less ("Shizuoka").
      if (
        e.feature === 'ADM1' &&
        !sp.adjective &&
        sp.written !== sp.written.toUpperCase() &&
        placeKey(stripGeneric(sp.written)) !== placeKey(stripGeneric(e.name)) &&
        // (nor the same name with more words after it: "Guangxi Zhuang Autonomous Region" stays "Guangxi")
        !sp.written.startsWith(`${stripGeneric(e.name)} `) &&
        !e.aliases.includes(sp.written)
      )
        name = sp.written;
      if (formal) name = formal;
      // One name is one place in a facts file: the same name in the same country is the same place (Shanghai the
      // municipality and Shanghai the city); in another country it gets the country's name.
      const twin = doc.places.find((p) => nameKey(p.name) === nameKey(name));
      const samePlace =
        twin &&
        (!e.country ||
          (twin.country === e.country &&
            (twin.entry?.feature === 'ADM1' || e.feature === 'ADM1' || twin.entry?.division === e.division)));
      if (twin && samePlace) rec = twin;
      else if (twin)
        name = `${name}, ${
          (e.division && gazetteer().division(e.division)?.name) || gazetteer().country(e.country)?.name || e.country
        }`;
      rec ??= {
        name,
        kind: e.kind,
        country: e.country || null,
        entry: e,
        aliases: new Set(name !== e.name ? [...e.aliases, e.name] : e.aliases),
        sentence: s,
        named: !sp.adjective,
      };
      placeByEntry.set(e, rec);
      if (!doc.places.includes(rec)) doc.places.push(rec);
    }
    if (!sp.adjective) {
      const formal = rec.kind === 'country' ? formalOf() : null;
      if (!rec.named) {
        rec.named = true;
        rec.sentence = s;
        // A country first met as an adjective ("Korean") is named as the text first writes its name ("Korea").
        if (formal) {
          rec.aliases.add(rec.name);
          rec.name = formal;
        } else if (
          rec.kind === 'country' &&
          sp.surface !== sp.surface.toUpperCase() &&
          nameKey(sp.surface) !== nameKey(rec.name) &&
          !doc.places.some((p) => p !== rec && nameKey(p.name) === nameKey(sp.surface))
        ) {
          rec.aliases.add(rec.name);
          rec.name = sp.surface;
        }
      }
      if (formal && formal !== rec.name) rec.aliases.add(formal);
      // Datelines shout ("WUHAN"): that is the same spelling, not an alias.
      for (const form of [sp.written, sp.surface])
        if (form !== rec.name && form.toLowerCase() !== rec.name.toLowerCase()) rec.aliases.add(form);
    }
    return rec;
  };

  // Pass 3: people and the per-sentence view.
  const headlines: HeadlineDecls[] = [];
  for (let n = 0; n < resolved.length; n++) {
    const r = resolved[n]!;
    const spans = finalSpans[n]!;
    // In A Headline Written In Title Case every word is capitalised, so "Mayor Hosts Delegation" would read as a name:
    // such lines introduce nobody (people they mention by name are found from the body).
    // A labelled list of minutes ("Present: Cllr A (Chair), Cllr B") is no headline, though every word is capitalised.
    const headline = isTitleCase(r.s.text, r.tokens) && !LABELLED_LIST.test(r.s.text);
    const found = findPeople(r.s.text, r.tokens, spans);
    const decls = headline ? signature(r.s.text, r.tokens, found) : found;
    // Places inside a person's name are not places ("Tom Paris"), nor is a one-word town, or any place after a title,
    // that is the surname of someone the article already named ("Ito came to Seattle" after "Mayor Ken Ito",
    // "Minister Malta said" after "Minister Ana Malta").
    const kept = spans.filter(
      (sp) =>
        !decls.some((d) => sp.start < d.nameEnd && sp.end > d.nameStart) &&
        !(
          (sp.entry?.kind === 'city' || TITLE_HEADS.has(r.tokens[sp.i - 1]?.lower ?? '')) &&
          sp.j - sp.i === 1 &&
          !sp.generic &&
          !sp.qualifies &&
          !sp.adjective &&
          doc.people.some((p) => p.words.includes(foldWord(sp.surface)))
        ),
    );
    const recBySpan = new Map<PlaceSpan, PlaceRec>();
    const places: PlaceMention[] = kept.map((sp) => {
      const place = placeRec(sp, r.s);
      recBySpan.set(sp, place);
      return {
        start: sp.start,
        end: sp.end,
        place,
        adjective: sp.adjective,
        qualifies: null,
        possessive: r.tokens[sp.j - 1]?.possessive ?? false,
      };
    });
    kept.forEach((sp, k) => {
      if (sp.qualifies) places[k]!.qualifies = recBySpan.get(sp.qualifies) ?? null;
    });
    // A title-case headline's people are read once the body has named them ("Mayor Kang" for "... Mayor Kang Ki-jung
    // Visits ...").
    if (headline && !decls.length) {
      const titled = found.filter((d) => d.titles.length);
      if (titled.length)
        headlines.push({ s: r.s, tokens: r.tokens, decls: titled, offices: (d) => officesOf(d, r.s, recBySpan) });
    }
    const people: PersonMention[] = [];
    for (const d of decls) {
      // "... met his counterpart from Seattle, Ed Murray": the same office as the person met, in another place.
      const other = people[people.length - 1]?.person.offices[0];
      if (other)
        d.titles = d.titles.map((t) => (t.head === 'counterpart' ? { ...t, title: other.title, head: other.head } : t));
      const person = registerPerson(doc, d, r.s, recBySpan);
      people.push({ start: d.nameStart, end: d.nameEnd, person });
    }
    doc.sentences.push({
      s: r.s,
      tokens: r.tokens,
      places,
      people,
      dates: findDates(r.s.text, weekReference(sentences, r.s, reference)),
      day: null,
      quotes: quoteRanges(r.s.text),
    });
  }
  for (const p of doc.places) {
    if (p.entry && p.entry.kind !== 'country') {
      // Keep the canonical name's bare form as an alias ("Shizuoka" for "Shizuoka Prefecture").
      const bare = stripGeneric(p.name);
      if (bare !== p.name) p.aliases.add(bare);
    }
  }
  nameCitiesApart(doc);
  resolvePlaceDescriptions(doc);
  officesFromDelegations(doc);
  peopleFromHeadlines(doc, headlines);
  finishPeople(doc);
  resolveReferences(doc);
  resolveDays(doc);
  return doc;
}

/**
 * A city that shares its bare name with a division the article also names ("Nagano City" beside "Nagano Prefecture"),
 * and that the text writes with "City", is named so: the bare name alone would stand for either.
 */
function nameCitiesApart(doc: Doc): void {
  for (const p of doc.places) {
    if (p.kind !== 'city' || p.name.includes(' ')) continue;
    const withCity = `${p.name} City`;
    if (![...p.aliases].some((a) => a === withCity)) continue;
    const key = placeKey(p.name);
    if (!doc.places.some((q) => q !== p && q.kind !== 'city' && placeKey(stripGeneric(q.name)) === key)) continue;
    p.aliases.delete(withCity);
    p.aliases.add(p.name);
    p.name = withCity;
  }
}

/**
 * A word of a person's name as the rules compare it: lower case, without diacritics, dotless i as i ("AYDIN", "Aydın"
 * and "Aydin" are one surname; agencies write names in capitals, without their letters' marks).
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters: nothing to fold but the case.
  if (/^[A-Za-z]*$/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i');
}

/** The offices a declaration's titles name, with their places as the article's records. */
function officesOf(d: PersonDecl, s: Sentence, recBySpan: Map<PlaceSpan, PlaceRec>): OfficeRec[] {
  return d.titles.map((t: TitleDecl) => ({
    title: t.title,
    head: t.head,
    place: t.place ? (recBySpan.get(t.place) ?? null) : null,
    former: t.former,
    sentence: s,
  }));
}

function registerPerson(doc: Doc, d: PersonDecl, s: Sentence, recBySpan: Map<PlaceSpan, PlaceRec>): PersonRec {
  // Names are kept as written: a given name one letter away from a common English one is as often a name of another
  // tradition ("Oleksandr", not a typo of "Aleksandr") as a typo, and a list of English names cannot tell which.
  const written = d.name;
  const offices = officesOf(d, s, recBySpan);
  const words = foldWord(d.name).split(/\s+/);
  const key = nameKey(d.name);
  let rec = doc.people.find((p) => nameKey(p.name) === key || [...p.aliases].some((a) => nameKey(a) === key));
  if (!rec && d.single) {
    const w = words[0]!;
    // "Presidenta Quiroga" for "Rosa Quiroga Llanos": a first surname of a name of three words or more.
    rec = doc.people.find(
      (p) =>
        !p.titleName &&
        (p.words[0] === w ||
          p.words[p.words.length - 1] === w ||
          (p.words.length > 2 && p.words[p.words.length - 2] === w)),
    );
  }
  if (!rec && !d.single) {
    // "Gov. Brown" in the title, "Gov. Jerry Brown" in the text: one person, the full name wins.
    rec = doc.people.find((p) => p.titleName && (p.words[0] === words[0] || p.words[0] === words[words.length - 1]));
  }
  if (!rec && words.length === 2) {
    // "Hiroshi Tanaka" after "TANAKA Hiroshi": a name of two words in the other order (East Asian names are written
    // family name first or last).
    rec = doc.people.find((p) => p.words.length === 2 && p.words[0] === words[1] && p.words[1] === words[0]);
  }
  if (!rec && words.length >= 2) {
    // "Alcalde Ruiz Salas" after "Tomas Ruiz Salas" (a double surname), "TOMAS SALAS" after "TOMAS
    // RUIZ SALAS" (given name and last surname): the shorter name is one person's already named, if only one's.
    const shorter = doc.people.filter(
      (p) =>
        p.words.length > words.length &&
        (p.words.slice(-words.length).join(' ') === words.join(' ') ||
          (words.length === 2 && p.words[0] === words[0] && p.words[p.words.length - 1] === words[1])),
    );
    if (shorter.length === 1) rec = shorter[0];
  }
  if (!rec) {
    rec = { name: d.name, aliases: new Set(), country: null, offices: [], sentence: s, words, titleName: d.single };
    doc.people.push(rec);
  } else if (rec.titleName && !d.single) {
    // "Governor Park" first, "Park Min-ho" later: the full name wins.
    rec.aliases.add(rec.name);
    rec.name = d.name;
    rec.words = words;
    rec.titleName = false;
  } else if (d.name !== rec.name) {
    rec.aliases.add(d.name);
  }
  if (written !== rec.name) rec.aliases.add(written);
  for (const o of offices) {
    const same = rec.offices.find((x) => nameKey(x.title) === nameKey(o.title));
    if (!same) rec.offices.push(o);
    else same.place ??= o.place;
  }
  return rec;
}

function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // British copy quotes with single curly marks: ‘...’ (a ’ inside a word, "don’t", is an apostrophe, not the close).
  const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|(?<=^|[\s([—–-])‘[^‘]*?(?:’(?=[\s,.;:!?)\]—–-]|$)|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) break;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** True when `inner` lies within `outer` in the gazetteer (a city in its state). */
export function placeWithin(outer: PlaceRec, inner: PlaceRec): boolean {
  return !!outer.entry && !!inner.entry && contains(outer.entry, inner.entry);
}

export { gazetteer };

/**
 * The day a sentence's weekdays count back from: the article's (or its dateline's), or, when a sentence shortly before
 * told a trip "last week" ("X spent four days in Y last week. On Monday the delegation ..."), the last day of that
 * week, so that "on Monday" is a day of the trip. A sentence that says "this week", "today" or "yesterday" counts as
 * usual.
 */
function weekReference(sentences: readonly Sentence[], s: Sentence, reference: string | null): string | null {
  if (
    !reference ||
    !WEEKDAY.test(s.text) ||
    /\b(?:this\s+week|today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b/i.test(s.text)
  )
    return reference;
  for (let k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
    const o = sentences[k]!;
    if (o.isTitle || WEEKDAY.test(o.text)) break;
    if (LAST_WEEK_TRIP.test(o.text)) {
      const dow = new Date(`${reference}T00:00:00Z`).getUTCDay();
      return shiftDate(reference, -(dow || 7));
    }
  }
  return reference;
}

const WEEKDAY = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** A trip told as last week's: "visited X last week", "spent four days in X last week", "last week's visit". */
const LAST_WEEK_TRIP = new RegExp(
  String.raw`\b(?:visited|toured|spent|stayed|travell?ed|came|went|arrived|was\s+in|were\s+in|visit|trip` +
    String.raw`|delegation)\b[^.;]{0,120}\blast\s+week\b|\blast\s+week[’']s\s+(?:[\w-]+\s+){0,2}(?:visit|trip` +
    String.raw`|mission)\b`,
  'i',
);

/**
 * A sentence in capitals (agency copy, a shouted headline: "MAYOR JANE HOLT OF BRADFORD MET ...") is read as if
 * written in the usual case, since the rules lean on capitals to tell names from words: a common English word is lower
 * case, unless it is a title of office ("Mayor") or the name of a country, a division or a sizeable town ("Nice"),
 * other words are capitalised ("Bradford"), short words that are no common word stay as written ("UK", "EU"). Only
 * the letters' case changes, so offsets (and the evidence cut from the original) stay exact.
 */
export function recaseShouted(text: string): string {
  // Most sentences are in the usual case: count ASCII letters first, and stop at the first lower-case run.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (++lower > 3 && lower > upper * 0.05) return text;
    } else if (c >= 65 && c <= 90) upper++;
  }
  if (upper < 12 || lower > upper * 0.05 || (text.match(/\p{Lu}{2,}/gu) ?? []).length < 3) return text;
  let first = true;
  return text.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
    const atStart = first;
    first = false;
    const key = w.toLowerCase();
    let out: string;
    if (w.length <= 3 && !isCommonWord(key)) out = w;
    else if (isCommonWord(key) && !TITLE_HEADS.has(key) && !TITLE_MODIFIERS.has(key) && !namesPlace(w))
      out = atStart ? w[0]! + key.slice(1) : key;
    else out = w[0]! + key.slice(1);
    return out.length === w.length ? out : w;
  });
}

/** A country, a division or a town of 100,000 or more by that name. */
function namesPlace(word: string): boolean {
  return gazetteer()
    .lookup(placeKey(word))
    .some((e) => e.kind === 'country' || e.feature === 'ADM1' || e.population >= 100_000);
}

/** A country's formal style before its name: "Republic of", "United Republic of", "People's Republic of". */
const FORMAL_STYLE = new RegExp(
  String.raw`(?:^|\s|\()((?:(?:People['’]s|Federal|Federative|Islamic|Democratic|Socialist|United|Arab` +
    String.raw`|Plurinational|Bolivarian|Hellenic|Oriental|Cooperative|Grand|Kyrgyz|Slovak|Czech|Dominican|Lebanese` +
    String.raw`|Syrian)\s+){0,3}(?:Republic|Kingdom|Federation|Commonwealth|Principality|Grand Duchy|Sultanate|State)` +
    String.raw`\s+of\s+(?:the\s+)?)$`,
);

/** "Republic of Korea" when the country's name in the text follows its formal style, else null. */
function formalStyle(text: string, sp: PlaceSpan): string | null {
  const m = FORMAL_STYLE.exec(text.slice(Math.max(0, sp.start - 60), sp.start));
  return m ? `${m[1]}${text.slice(sp.start, sp.end)}` : null;
}
