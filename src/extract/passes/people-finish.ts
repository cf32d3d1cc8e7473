/** Pass: names of title-only people ("Governor Park") and each person's country. */
import { isCommonWord } from '../common-words.ts';
import { type Doc, foldWord, type OfficeRec, type PersonRec } from '../document.ts';
import { TITLE_EXPANSIONS, TITLE_HEADS } from '../lexicon.ts';
import type { PersonDecl } from '../people.ts';
import type { Sentence } from '../sentences.ts';
import type { Token } from '../tokens.ts';

/** Names of title-only people ("Governor Park"), countries, and surname aliases. */
export function finishPeople(doc: Doc): void {
  dropQuotedOnly(doc);
  dropSurnameMembers(doc);
  for (const p of doc.people) {
    if (p.titleName) {
      const office = p.offices[0];
      if (office && !p.name.includes(' ') && titleWritten(p) && monosyllabic(p.name)) {
        p.aliases.add(p.name);
        p.name = `${titleHeadDisplay(office.title)} ${p.name}`;
      }
    }
    const placed = p.offices.find((o) => o.place);
    p.country = placed?.place?.country ?? null;
  }
}

/**
 * True when the text writes the title right before the surname ("Governor Park", "Gov. Park"), not only in an
 * apposition ("Ms. Okafor-Nwosu, the deputy mayor"): only then is "Title Surname" a name the text uses.
 */
function titleWritten(p: PersonRec): boolean {
  const texts = new Set([p.sentence.text, ...p.offices.map((o) => o.sentence.text)]);
  for (const text of texts) {
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1)) {
      const before = /([\p{L}-]+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
      const w = before?.[1]?.toLowerCase();
      if (w && (TITLE_HEADS.has(w) || w in TITLE_EXPANSIONS)) return true;
    }
  }
  return false;
}

/**
 * A surname of one syllable ("Seo", "Park", "Zhang") is shared by so many that it is no name alone: the title stays
 * with it ("Governor Seo"). A longer one ("Mayor Castellano") names the person by itself.
 */
function monosyllabic(name: string): boolean {
  return (name.toLowerCase().match(/[aeiouyàáâãäåèéêëìíîïòóôõöùúûüāēīōū]+/g) ?? []).length <= 1;
}

function titleHeadDisplay(title: string): string {
  const words = title.split(' ');
  return words[words.length - 1] ?? title;
}

/** People a title-case headline introduces with a title, read as if every word were capitalised. */
export interface HeadlineDecls {
  s: Sentence;
  tokens: Token[];
  decls: PersonDecl[];
  offices: (d: PersonDecl) => OfficeRec[];
}

/**
 * "Gwangju Mayor Kang Ki-jung Visits Da Nang" over a body that says "Mayor Kang" or "Kang said": in a title-case
 * headline every word is capitalised, so where a name after a title ends is read from the body. The name runs to the
 * first common English word or place ("Visits"), and one of its words must be a person's the body names alone: then
 * the headline's full name is that person's ("Mayor Kang" is "Kang Ki-jung"), a family name first keeping the words
 * after it, a surname last ending the name there ("Mayor Ana Ruiz Signs ..." over "Ruiz said").
 */
export function peopleFromHeadlines(doc: Doc, headlines: HeadlineDecls[]): void {
  for (const h of headlines) {
    const info = doc.sentences.find((i) => i.s === h.s);
    for (const d of h.decls) {
      const words = h.tokens.filter((t) => t.start >= d.nameStart && t.end <= d.nameEnd);
      let c = words.findIndex(
        (t) => isCommonWord(t.text) || !!info?.places.some((m) => m.start < t.end && m.end > t.start),
      );
      if (c < 0) c = words.length;
      // The surname last, from the end of the run; else the family name first.
      for (const x of [...Array.from({ length: Math.max(0, c - 1) }, (_, n) => c - 1 - n), 0]) {
        if (c < 2) break;
        const w = foldWord(words[x]!.text);
        const known = doc.people.find((p) => p.words.length === 1 && p.words[0] === w);
        if (!known && !namedAlone(doc, h.s, words[x]!.text)) continue;
        const name = words.slice(0, x === 0 ? Math.min(c, 3) : x + 1);
        if (name.length < 2) continue;
        const full = h.s.text.slice(name[0]!.start, name[name.length - 1]!.end);
        if (doc.people.some((p) => p.name === full || p.aliases.has(full))) break;
        if (known) {
          known.aliases.add(known.name);
          known.name = full;
          known.words = foldWord(full).split(/\s+/);
          known.titleName = false;
          if (!known.offices.length) known.offices.push(...h.offices(d));
        } else addPerson(doc, full, h.offices(d), h.s);
        break;
      }
      // Unconfirmed by the body: two or three words that are no common words after the title, ended by a common word
      // ("Governor Alma Reyes Visits X") or by the line's end, are a name.
      const ended = c < words.length ? isCommonWord(words[c]!.text) : /^\W*$/.test(h.s.text.slice(d.nameEnd));
      if ((c === 2 || c === 3) && ended && !doc.people.some((p) => nameUsed(p, words.slice(0, c)))) {
        addPerson(doc, h.s.text.slice(words[0]!.start, words[c - 1]!.end), h.offices(d), h.s);
      }
    }
  }
}

function addPerson(doc: Doc, name: string, offices: OfficeRec[], s: Sentence): void {
  const words = foldWord(name).split(/\s+/);
  doc.people.push({ name, aliases: new Set(), country: null, offices, sentence: s, words, titleName: false });
}

/** True when a person's name or its words are those of `words` (the headline's name is someone the body names). */
function nameUsed(p: PersonRec, words: Token[]): boolean {
  const w = words.map((t) => foldWord(t.text));
  return w.some((x) => p.words.includes(x));
}

/** True when a sentence of the body other than `s` writes `word` capitalised on its own ("Kang said"). */
function namedAlone(doc: Doc, s: Sentence, word: string): boolean {
  const w = foldWord(word);
  return doc.sentences.some(
    (info) =>
      info.s !== s &&
      !info.s.isTitle &&
      info.tokens.some(
        (t, k) =>
          t.cap &&
          foldWord(t.text) === w &&
          !info.places.some((m) => m.start <= t.start && m.end >= t.end) &&
          !(info.tokens[k - 1]?.cap && info.tokens[k - 1]!.outerEnd + 1 === t.start) &&
          !(info.tokens[k + 1]?.cap && t.outerEnd + 1 === info.tokens[k + 1]!.start),
      ),
  );
}

/** Heads of titles held by one of a council's many members, not by the head of a place or body. */
const MEMBER_HEADS = new Set(
  'councillor councilor councilmember councilwoman councilman alderman alderwoman alderperson'.split(' '),
);

/**
 * A council member named only by a surname after the title ("Councillor Fenwick said", "Cllr Dyer asked"), the way
 * minutes name the members who speak, is a name the text never gives whole: not recorded (unless the full name is
 * given elsewhere, when the mention is already that person's). A mayor or governor so named is still recorded: there
 * is one of them, and the surname names the office's holder ("Mayor Castellano").
 */
/** "cllr", "Cr", "Ald." and "Council Member" as the words of `MEMBER_HEADS`. */
function memberHead(head: string): string {
  const h = head.toLowerCase().replace(/\./g, '');
  return (TITLE_EXPANSIONS[h] ?? h).toLowerCase().replace(/\s+/g, '');
}

function dropSurnameMembers(doc: Doc): void {
  const members = new Set(
    doc.people.filter(
      (p) =>
        p.titleName &&
        p.words.length === 1 &&
        p.offices.length > 0 &&
        p.offices.every((o) => MEMBER_HEADS.has(memberHead(o.head))),
    ),
  );
  if (!members.size) return;
  doc.people = doc.people.filter((p) => !members.has(p));
  for (const info of doc.sentences) info.people = info.people.filter((m) => !members.has(m.person));
}

/**
 * A person the article names only inside someone's quoted words, without an office ("“... as the scholar Dr. Ana Lee
 * wrote,” the mayor said"), is spoken of, not present: a historical figure, an artist, a relative. Not recorded.
 */
function dropQuotedOnly(doc: Doc): void {
  const quoted = new Set<PersonRec>();
  for (const p of doc.people) {
    if (p.offices.length) continue;
    const mentions = doc.sentences.flatMap((info) =>
      info.people.filter((m) => m.person === p).map((m) => info.quotes.some(([a, b]) => a <= m.start && m.end <= b)),
    );
    if (mentions.length && mentions.every(Boolean)) quoted.add(p);
  }
  if (!quoted.size) return;
  doc.people = doc.people.filter((p) => !quoted.has(p));
  for (const info of doc.sentences) info.people = info.people.filter((m) => !quoted.has(m.person));
}
