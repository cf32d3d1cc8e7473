/**
 * The view of one sentence that the meeting passes share: the officials it names outside quotes (pronouns resolved),
 * its relative clauses, and how a cue is joined to the people around it by sentence structure: who stands before the
 * cue in its clause (the subject), who after it (the object, or the one after "by" or "with"), and whether the clause
 * makes the meeting planned, denied or a habit rather than one event.
 */
import type { Doc, PersonMention, PersonRec, PlaceRec, SentenceInfo } from '../document.ts';
import {
  DENIED,
  EVENT_NOUNS,
  gatesOf,
  GROUP_NOUNS,
  HABITUAL,
  NOT_OFFICIALS,
  PARTY_NOUNS,
  PAST_TRAVEL,
  PLANNED,
} from '../cues/meetings.ts';
import { TITLE_HEADS } from '../lexicon.ts';

export interface Frame {
  info: SentenceInfo;
  /** The sentence's text, letters beyond ASCII read as "a" (same offsets). */
  text: string;
  /** The sentence's words in lower case, for the cue lists' gate words. */
  words: Set<string>;
  /** Officials named outside quotes, in text order (a mid-sentence "he"/"she" resolved to the one it stands for). */
  officials: PersonMention[];
  /** Relative clauses ("who visited ...", "which ..."), up to the next comma: [start, end). */
  relatives: Array<[number, number]>;
}

/** A cue's place in its sentence and the officials joined to it. */
export interface Sides {
  /** The subject side: officials before the cue in its clause (for a relative clause, the one it is about). */
  before: PersonRec[];
  /** The object side: officials after the cue in its clause. */
  after: PersonRec[];
  /** The clause's text before and after the cue. */
  beforeText: string;
  afterText: string;
  clauseStart: number;
  clauseEnd: number;
}

export function frameOf(doc: Doc, info: SentenceInfo): Frame {
  // The cue lists read words as ASCII (\\w): letters beyond it are read as "a", offsets kept, so that "Växjö's deputy
  // mayor" is three words between a verb and its object like any other.
  const text = info.s.text.replace(/\P{ASCII}/gu, (c) => (/\p{L}/u.test(c) ? 'a'.repeat(c.length) : c));
  const inQuote = (at: number): boolean => info.quotes.some(([a, b]) => at >= a && at < b);
  // Everyone the people pass registered is named with a title or in a context that makes them an actor of the story
  // (bylines and artists are not registered); someone named without an office ("the Consul General of X, Dr. Y") can
  // take part in a meeting.
  // "On behalf of Mayor A, Deputy Mayor B received C": one represented is not there.
  // "met Mayor B's deputy, Vice Mayor C": one whose aide or kin is named is not there either.
  const officials = info.people.filter(
    (m) =>
      !inQuote(m.start) &&
      !ON_BEHALF.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
      !standIn(text.slice(m.start, m.end), text.slice(m.end, m.end + 40)),
  );
  const words = new Set(info.tokens.map((t) => t.lower));
  const has = (ws: readonly string[]): boolean => ws.some((w) => words.has(w));
  // "During his visit to Kofu, he met ...": a pronoun before any named official stands for the person the sentence
  // before began with (a sentence-opening one is resolved with the other references).
  const pronoun = PRONOUN;
  pronoun.lastIndex = has(['he', 'she']) ? 0 : text.length;
  for (let m = pronoun.exec(text); m !== null; m = pronoun.exec(text)) {
    if (m.index === 0 || inQuote(m.index) || officials.some((o) => o.start < m!.index)) continue;
    const before = doc.sentences[info.s.index - 1];
    const subject = before?.people
      .filter((p) => p.person.offices.length > 0)
      .sort((a, b) => a.start - b.start)[0]?.person;
    if (subject) officials.push({ start: m.index, end: m.index + m[0].length, person: subject });
    break;
  }
  // "Mayor A visited X on Friday. Mayor B welcomed him at the station": an object pronoun after a verb of meeting (or
  // "hosted a dinner in his honour") stands for the official the sentence before, in its paragraph, began with, when
  // that is another person than the ones this sentence names.
  const object = has(['him', 'her', 'his']) ? OBJECT_PRONOUN.exec(text) : null;
  const previous = doc.sentences[info.s.index - 1];
  if (object && !inQuote(object.index) && previous && previous.s.para === info.s.para && !previous.s.isTitle) {
    const guest = previous.people
      .filter((p) => p.person.offices.length > 0)
      .sort((a, b) => a.start - b.start)[0]?.person;
    const word = object[1] ?? object[2]!;
    const at = object.index + object[0].lastIndexOf(word);
    if (guest && officials.some((o) => o.start < at) && !officials.some((o) => o.person === guest))
      officials.push({ start: at, end: at + word.length, person: guest });
  }
  // "The Governor received ...", "the Ambassador": the one official of that title the article has named so far (not
  // "the Mayor of X", another one).
  const title = TITLE_REFERENCE;
  title.lastIndex = has(TITLE_WORDS) ? 0 : text.length;
  for (let m = title.exec(text); m !== null; m = title.exec(text)) {
    const at = m.index;
    if (inQuote(at) || officials.some((o) => at < o.end && at + m![0].length > o.start)) continue;
    const head = m[1]!.toLowerCase();
    const modifier = m[0].split(/\s+/).slice(1, -1).join(' ').toLowerCase();
    // "the provincial governor", "the visiting mayor": words that describe the office, unless a title says them.
    const holder =
      titleHolder(doc, info, head, modifier) ??
      (/^(?:visiting|provincial|prefectural|city|town)$/.test(modifier) ? titleHolder(doc, info, head, '') : null);
    if (holder) officials.push({ start: at, end: at + m[0].length, person: holder });
  }
  officials.sort((a, b) => a.start - b.start);
  // "Ms. A reports that the Mayor and herself received B": a reflexive stands for the official the sentence began with.
  const reflexive = has(['herself', 'himself']) ? /\b(?:herself|himself)\b/.exec(text) : null;
  const opener = officials[0];
  if (reflexive && opener && opener.end <= reflexive.index && !inQuote(reflexive.index)) {
    officials.push({ start: reflexive.index, end: reflexive.index + reflexive[0].length, person: opener.person });
    officials.sort((a, b) => a.start - b.start);
  }
  // A first-person report (a mayor's blog, a letter home): "I", "we", "us", "our delegation" stand for its author.
  const author = authorOf(doc);
  if (author) {
    const first = FIRST_PERSON;
    first.lastIndex = 0;
    for (let m = first.exec(text); m !== null; m = first.exec(text)) {
      const at = m.index;
      if (inQuote(at) || officials.some((o) => at < o.end && at + m![0].length > o.start)) continue;
      officials.push({ start: at, end: at + m[0].length, person: author });
    }
    officials.sort((a, b) => a.start - b.start);
  }
  const relatives: Array<[number, number]> = [];
  const rel = RELATIVE;
  rel.lastIndex = has(['who', 'whom', 'whose', 'which']) ? 0 : text.length;
  for (let m = rel.exec(text); m !== null; m = rel.exec(text)) {
    const end = text.slice(m.index).search(/[,;]/);
    relatives.push([m.index, end < 0 ? text.length : m.index + end]);
  }
  return { info, text, words, officials, relatives };
}

/** The narrator's words: "I", "me", "myself", "we", "us", "our (small) delegation", "the two of us". */
const FIRST_PERSON = new RegExp(
  String.raw`\b(?:I(?![’'.-])|[Mm]e|[Mm]yself|[Ww]e|[Uu]s` +
    String.raw`|[Oo]ur\s+(?:[\w-]+\s+)?(?:delegation|party|group|team|mission)|[Tt]he\s+two\s+of\s+us)\b(?![’'-])`,
  'g',
);

const AUTHORS = new WeakMap<Doc, PersonRec | null>();

/**
 * The official who tells the article in the first person: named in a byline ("Posted by Mayor X", "By Mayor X", "From
 * the desk of X") or a signature ("- Jerome", "— Mayor X" closing the text), when the text outside quotes says "I" or
 * "my" in two sentences or more. Null for a news report about officials.
 */
export function authorOf(doc: Doc): PersonRec | null {
  const known = AUTHORS.get(doc);
  if (known !== undefined) return known;
  let narrated = 0;
  const candidates = new Set<PersonRec>();
  const last = doc.sentences.length - 1;
  for (const info of doc.sentences) {
    const text = info.s.text;
    const outside = (at: number): boolean => !info.quotes.some(([a, b]) => at >= a && at < b);
    const i = /\b(?:I|[Mm]y|[Mm]yself)\b(?![’'.-])/g;
    for (let m = i.exec(text); m !== null; m = i.exec(text))
      if (outside(m.index) && !(m[0] === 'I' && /^\s*\p{Lu}?$/u.test(text.slice(m.index + 1, m.index + 3)))) {
        narrated++;
        break;
      }
    for (const m of info.people) {
      if (!m.person.offices.length) continue;
      if (m.start < 120 && BYLINE.test(text.slice(0, m.start))) candidates.add(m.person);
    }
    // A signature: a line of a name alone after a dash, among the last few.
    const sign = info.s.index >= last - 3 ? SIGNATURE.exec(text) : null;
    if (sign) {
      const words = sign[1]!.toLowerCase().split(/\s+/);
      for (const p of doc.people)
        if (p.offices.length && words.some((w) => p.words[0] === w || p.words[p.words.length - 1] === w))
          candidates.add(p);
    }
  }
  const author = narrated >= 2 && candidates.size === 1 ? [...candidates][0]! : null;
  AUTHORS.set(doc, author);
  return author;
}

const BYLINE = new RegExp(
  String.raw`(?:\b(?:posted|written)\s+by|^\W*by|\bfrom\s+the\s+(?:desk|office)\s+of)\s+` +
    String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$`,
  'iu',
);
const SIGNATURE = /^\s*[-–—]\s*((?:\p{Lu}[\p{L}.’'-]*\s*){1,4})$/u;

/** An object pronoun after a verb of meeting or hosting, and "in his honour". */
const OBJECT_PRONOUN = new RegExp(
  String.raw`\b(?:welcomed|received|greeted|met|hosted|thanked|honou?red|showed|gave|accompanied|joined|escorted|told` +
    String.raw`|guided)\s+(him|her)\b(?!\s+(?:own\s+)?(?:counterpart|delegation|husband|wife|team|colleagues?|party` +
    String.raw`|family|staff|group))|\bin\s+(his|her)\s+hono(?:u)?r\b`,
  'i',
);

const TITLE_WORDS = [
  'chair',
  'mayor',
  'governor',
  'ambassador',
  'consul',
  'minister',
  'president',
  'premier',
  'chairman',
  'chairwoman',
  'provost',
  'burgomaster',
  'envoy',
];
/** A title standing for its holder: "the Governor", "The visiting Mayor" (not "the Mayor of X" nor "the mayor's"). */
const TITLE_REFERENCE = new RegExp(
  String.raw`\bthe\s+(?:(?:visiting|town|city|deputy|vice|lord|provincial|prefectural)\s+)?` +
    String.raw`(${TITLE_WORDS.join('|')})\b` +
    String.raw`(?!\s+(?:of|for)\b)(?![’'-])`,
  'gi',
);
const PRONOUN = /\b(?:he|she)\b/g;
const ON_BEHALF = /\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}$/i;

/**
 * The one person named so far who holds the title: by office, or, for one named without an office, by the title
 * written just before the name ("the Consul General of X, Dr. Y"). Two records of one person ("Y" and "Z Y") are one;
 * the fuller name is taken.
 */
function titleHolder(doc: Doc, info: SentenceInfo, head: string, modifier: string): PersonRec | null {
  const heads = head === 'chair' ? ['chair', 'chairman', 'chairwoman', 'chairperson'] : [head, `${head}-general`];
  // "the Town Mayor": a holder whose title says "Town", when the text gives one.
  const title = modifier ? `${modifier} ${head}` : head;
  const holders = doc.people.filter(
    (p) =>
      p.sentence.index < info.s.index &&
      (p.offices.some(
        (o) =>
          heads.includes(o.head) &&
          o.title.toLowerCase().includes(modifier) &&
          // "the Mayor" is not the Vice Mayor nor the Deputy Mayor, unless the text says so.
          (!!modifier || !/\b(?:deputy|vice|assistant)\b/i.test(o.title)),
      ) ||
        introducedAs(doc, p, title)),
  );
  const byName = [...holders].sort((a, b) => b.words.length - a.words.length);
  const fullest = byName[0];
  if (!fullest) return null;
  const surname = fullest.words[fullest.words.length - 1];
  return byName.every((p) => p.words[p.words.length - 1] === surname) ? fullest : null;
}

/**
 * True when the sentence that introduces the person writes the title just before the name ("the Consul General of X,
 * Dr. Y") or in brackets after it ("Cllr Y (Town Mayor)").
 */
function introducedAs(doc: Doc, p: PersonRec, title: string): boolean {
  const info = doc.sentences[p.sentence.index];
  const m = info?.people.find((x) => x.person === p);
  if (!info || !m) return false;
  const text = info.s.text;
  const from = Math.max(0, m.start - 90);
  // Not "Vice Mayor Y" for "the Mayor".
  const before = new RegExp(`(?<!\\b(?:vice|deputy|assistant)[\\s-])\\b${title}\\b[^;]{0,80}$`, 'i').exec(
    text.slice(from, m.start),
  );
  // Between them only capitalised words, "of", "for", "the" and commas ("the Consul General of X, Dr. Y"), not a
  // clause ("The Mayor read it and handed it to Y").
  const gap = before ? before[0].slice(title.length) : '';
  const close = /^(?:[\s,.()]|\p{Lu}[\p{L}’'.-]*|\b(?:of|for|the|and|in|to|de|del|da|do|di)\b)*$/u.test(gap);
  // Nobody else named between the title and the name ("Ambassador A called on Governor B" introduces B as governor).
  const own =
    !!before &&
    close &&
    !info.people.some((x) => x.person !== p && x.start >= from + before.index && x.start < m.start);
  return own || new RegExp(`^\\s*\\([^)]*\\b${title}\\b[^)]*\\)`, 'i').test(text.slice(m.end));
}
const RELATIVE = /\b(?:who|whom|whose|which)\b/g;

/**
 * Speech that closes a clause: "X met Y, the spokesman Z said" (Z reports the meeting, he was not at it). The verbs are
 * in lower case: "Baraka Said" is a name.
 */
const SPEECH_TAIL =
  /,\s+(?:[^,;]{0,60}?\s)?(?:said|says|told|noted|added|stated|announced|reported)\b|,\s+[Aa]ccording\s+to\b/;

/**
 * A purpose clause about arrangements: "to plan the visit of X", "to discuss X's trip" (people named there are its
 * topic; after "to attend", "to celebrate" they may be the hosts).
 */
const PURPOSE = /\s+to\s+(?:discuss|plan|prepare|review|consider|organi[sz]e|arrange)\b/;

/** "and is expected to", "and will", "but plans to": a coordinated clause of what is still to come. */
const AHEAD_CLAUSE = new RegExp(
  String.raw`,?\s+(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:will|(?:is|are)\s+(?:expected|scheduled|set|due|going)\s+to` +
    String.raw`|plans?\s+to|hopes?\s+to|intends?\s+to)\b`,
  'i',
);

/** A conjunction of time or cause opening a clause with its own subject: a name, a title or a pronoun. */
const SUBORDINATE =
  /\s(?:after|before|when|while|because|although|though|until|whereas)\s+(?=(?:the\s+)?(?:\p{Lu}|(?:he|she|they)\b))/u;

/** The officials before and after a cue, within its clause. */
export function sidesOf(frame: Frame, start: number, end: number): Sides {
  const { text, officials, relatives } = frame;
  const rel = relatives.find(([a, b]) => start >= a && start < b);
  const inOther = (at: number): boolean => relatives.some((r) => r !== rel && at >= r[0] && at < r[1]);
  let clauseStart = rel ? rel[0] : text.lastIndexOf(';', start) + 1;
  let clauseEnd = rel ? rel[1] : text.indexOf(';', end) < 0 ? text.length : text.indexOf(';', end);
  const tail = SPEECH_TAIL.exec(text.slice(end, clauseEnd));
  if (tail) clauseEnd = end + tail.index;
  // A purpose clause of arrangements tells what the meeting was about, not who was at it: "met city staff to plan the
  // visit of X".
  const purpose = PURPOSE.exec(text.slice(end, clauseEnd));
  if (purpose) clauseEnd = end + purpose.index;
  // "met B on Monday and is expected to meet C on Wednesday": a coordinated verb of a time ahead starts a clause of
  // its own, whose people were not met.
  const ahead = AHEAD_CLAUSE.exec(text.slice(end, clauseEnd));
  if (ahead) clauseEnd = end + ahead.index;
  // "met with reporters after Governor C left Oslo": a clause of time or cause with a subject of its own tells another
  // event, whose people were not met.
  const subordinate = SUBORDINATE.exec(text.slice(end, clauseEnd));
  if (subordinate) clauseEnd = end + subordinate.index;
  // A quotation ends the clause before it and starts one after it.
  for (const [a, b] of frame.info.quotes) {
    if (b <= start && b > clauseStart) clauseStart = b;
    if (a >= end && a < clauseEnd) clauseEnd = a;
  }
  const persons = (ms: PersonMention[]): PersonRec[] => [...new Set(ms.map((m) => m.person))];
  let before = persons(officials.filter((m) => m.end <= start && m.start >= clauseStart && !inOther(m.start)));
  if (rel && before.length === 0) {
    // "Tom Hill, mayor of Seattle, who visited ...": the relative clause is about the official named just before it.
    const named = officials.filter((m) => m.end <= rel[0] && !inOther(m.start));
    const antecedent = named.pop();
    if (antecedent && rel[0] - antecedent.end <= 120) {
      before = [antecedent.person];
      // "A and B, who met in Oslo on Monday, ...": both of a coordinated antecedent.
      for (let k = named.length - 1, next = antecedent; k >= 0; k--) {
        if (!/^\s*,?\s*(?:and|&)\s+(?:\p{Lu}[\w’'.-]*\s+){0,3}$/u.test(text.slice(named[k]!.end, next.start))) break;
        before.unshift(named[k]!.person);
        next = named[k]!;
      }
    }
  }
  const after = persons(officials.filter((m) => m.start >= end && m.start < clauseEnd && !inOther(m.start)));
  return {
    before,
    after: after.filter((p) => !before.includes(p)),
    beforeText: text.slice(clauseStart, start),
    afterText: text.slice(end, clauseEnd),
    clauseStart,
    clauseEnd,
  };
}

/**
 * True when the cue tells no meeting that took place: planned or hoped for ("will meet", "plans to visit", "invited
 * him to visit"), an infinitive of purpose without a journey made ("to meet" after "hopes", not after "came" nor after
 * "were delighted"), denied
 * ("did not meet", "the visit was cancelled").
 */
export function notHeld(frame: Frame, end: number, sides: Sides): boolean {
  const before = sides.beforeText;
  // "May" the month is no modal: capitalised inside a sentence, or next to a day.
  if (PLANNED.test(before.replace(/(?<=\S\s+)May\b|\b\d{1,2}\s+may\b|\bmay\s+\d/gi, ''))) return true;
  if (
    /\bto\s+(?:\w+ly\s+)?$/i.test(before) &&
    !PAST_TRAVEL.test(before) &&
    !/\b(?:able|went\s+on|excited|delighted|pleased|happy|honou?red|glad|proud|privileged|thrilled)\s+to\s+$/i.test(
      before,
    )
  )
    return true;
  if (DENIED.test(before.slice(-30))) return true;
  // "X is visiting Y next week", "X meets Y tomorrow": a cue not in the past with a time ahead after it.
  const first = /^[\w’'-]+/.exec(frame.text.slice(sides.clauseStart + before.length))?.[0]?.toLowerCase() ?? '';
  if (!/ed$/.test(first) && !PAST_FORMS.has(first) && AHEAD.test(frame.text.slice(end, sides.clauseEnd))) return true;
  return /^\s*(?:[\w’'-]+\s+){0,6}?(?:was|were|has\s+been|had\s+been)\s+(?:cancell?ed|postponed|called\s+off)/i.test(
    frame.text.slice(end, sides.clauseEnd),
  );
}

/** Past forms of the cue lists' irregular verbs. */
const PAST_FORMS = new Set(
  'met held had was were came went flew spent led made paid gave sat spoke took shook sent threw'.split(' '),
);

/** A time ahead of the news: "next week", "tomorrow", "later this month" (not "next month's festival"). */
const AHEAD = new RegExp(
  String.raw`\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday` +
    String.raw`|Friday|Saturday|Sunday)|tomorrow|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days` +
    String.raw`|weeks|months))\b(?![’']s)`,
  'i',
);

/**
 * True when a gathering told as a noun is only planned: "A visit by X to Y is planned for October", "Talks with X are
 * scheduled for Friday", "... will take place in the autumn".
 */
export function plannedAfter(frame: Frame, end: number, sides: Sides): boolean {
  const after = frame.text.slice(end, sides.clauseEnd);
  return PLANNED_AFTER.test(after) || calledOff(after) || PLANNED_BEFORE_NOUN.test(sides.beforeText);
}

/** A gathering named as one only planned or proposed: "A proposed meeting between", "a possible visit by". */
const PLANNED_BEFORE_NOUN =
  /\b(?:proposed|possible|potential|prospective|future|planned|upcoming|requested|hoped-for|mooted)\s+(?:[\w-]+\s+)?$/i;

/**
 * True when the gathering a noun names is the subject of a verb that calls it off, past asides: "A meeting between A
 * and B, planned for Monday, was cancelled", "The talks between A and B were postponed", "A's meeting with B,
 * originally set for Monday, has been moved to April", "... did not take place". Not past a clause of its own ("In a
 * meeting with B, A said the festival was postponed").
 */
export function calledOff(after: string): boolean {
  const m = CALLED_OFF.exec(after);
  return !!m && !CLAUSE_WORDS.test(after.slice(0, m.index));
}

const CALLED_OFF = new RegExp(
  String.raw`\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|also\s+|since\s+|later\s+)?` +
    String.raw`(?:cancell?ed|postponed|called\s+off|put\s+off|delayed|moved|rescheduled|scrapped|shelved` +
    String.raw`|pushed\s+back)` +
    String.raw`|(?:did\s+not|didn[’']t|never|failed\s+to)\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e)` +
    String.raw`|fell\s+through)\b`,
  'i',
);
const CLAUSE_WORDS = new RegExp(
  String.raw`\b(?:that|said|says|announced|told|noted|added|after|when|because|while|as|since|before|where` +
    String.raw`|and\s+(?:he|she|they))\b`,
  'i',
);

const PLANNED_AFTER = new RegExp(
  String.raw`^[^,;]*?\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|being\s+)?(?:planned` +
    String.raw`|scheduled|proposed|expected|due|set|slated|foreseen|envisaged)|will\s+(?:take\s+place|be\s+held))\b`,
  'i',
);

/**
 * True when the cue is the background of another event, in a clause of time: "a relationship that began after
 * President X visited Y", "twin towns since 1952, when Mayor X visited Y". The event the sentence tells is another.
 */
export function background(sides: Sides): boolean {
  return (
    (/\b(?:after|before|since|until)\s+(?:(?:\d{4}|the\s+\d{4}s),?\s+when\s+)?[^,;]*$/i.test(sides.beforeText) &&
      sides.before.length > 0) ||
    // A life story told in passing: "X, who had visited Y as a student", "had toured Y years before".
    /\bwho\s+had\s+(?:\w+ly\s+|also\s+|once\s+)?$/i.test(sides.beforeText) ||
    LIFE_STAGE.test(sides.afterText)
  );
}

/** A visit made in an earlier stage of life: "as a student", "as a young man", "in his youth". */
const LIFE_STAGE = new RegExp(
  String.raw`\b(?:as\s+an?\s+(?:young\s+|exchange\s+|university\s+|high\s+school\s+)?(?:student|child|boy|girl` +
    String.raw`|teenager|man|woman|tourist|backpacker)|in\s+(?:his|her|their)\s+youth)\b`,
  'i',
);

/** True when the cue tells a habit or a count of visits ("has visited China five times"), not one meeting. */
export function habitual(frame: Frame, start: number, until: number): boolean {
  return HABITUAL.test(frame.text.slice(start, until)) || HABIT_BEFORE.test(frame.text.slice(0, start));
}

/** An adverb of habit right before the cue: "A and B have often discussed ...", "A regularly meets B". */
const HABIT_BEFORE = /\b(?:often|regularly|frequently|repeatedly|routinely|usually)\s+(?:also\s+)?$/i;

const TITLES = new Set([...TITLE_HEADS].flatMap((t) => [t, `${t}s`]));
const PARTY = new Set(PARTY_NOUNS.split(' '));
const HEADS = [...PARTY_NOUNS.split(' '), ...GROUP_NOUNS.split(' '), ...TITLES].join('|');

/** A noun phrase headed by a party, a group or a title: no preposition or conjunction comes before the head. */
const OBJECT_GROUP = new RegExp(
  String.raw`^\s*(?:(?!(?:from|of|for|to|with|on|in|at|by|and|about|over)\b)[\w’'.-]+\s+){0,5}?(${HEADS})\b(?![’']s)`,
  'i',
);
const SUBJECT_GROUP = new RegExp(String.raw`\b(${HEADS})\b(?![’']s)`, 'gi');
const SUBJECT_GROUP_ALL = new RegExp(SUBJECT_GROUP.source, 'gi');

/**
 * True when a group noun stands for officials the text does not name: a party from elsewhere ("a delegation", "his
 * counterpart", "the mayor of X"), or a group that says where it comes from ("officials from Porto", "Japanese
 * guests"), not reporters or students.
 */
function unnamedOfficials(frame: Frame, head: string, start: number, end: number): boolean {
  if (NOT_OFFICIALS.test(frame.text.slice(Math.max(0, start - 30), end + 30))) return false;
  const h = head.toLowerCase();
  if (PARTY.has(h) || TITLES.has(h)) return true;
  return frame.info.places.some(
    (p) =>
      (p.start >= start - 30 && p.end <= end) ||
      (p.start >= end &&
        /^\s*(?:from|of|in|representing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i.test(frame.text.slice(end, p.start))),
  );
}

/**
 * True when the words right after a cue name officials the text does not name ("met a delegation from X", "received
 * the visiting mayor", "talks with officials of X").
 */
export function officialsAfter(frame: Frame, sides: Sides): boolean {
  // "received on Tuesday a delegation of ...": a time or venue first.
  const skip = VENUE_FIRST.exec(sides.afterText)?.[0].length ?? 0;
  const m = OBJECT_GROUP.exec(sides.afterText.slice(skip));
  if (!m) return false;
  const end = sides.clauseEnd - sides.afterText.length + skip + m[0].length;
  // "welcomed Governor B's announcement": the title of a person named, not officials left unnamed.
  if (
    frame.officials.some(
      (o) => (o.start <= end && o.end > end - m[1]!.length) || (o.start >= end && o.start <= end + 2),
    )
  )
    return false;
  return unnamedOfficials(frame, m[1]!, end - m[1]!.length, end);
}

/** True when the clause before a cue names unnamed officials as its subject ("A delegation from X met"). */
export function officialsBefore(frame: Frame, sides: Sides): boolean {
  return officialsIn(frame, sides.clauseStart, sides.clauseStart + sides.beforeText.length);
}

/** True when the text from `from` to `to` names officials it leaves unnamed ("and the Governor of X"). */
export function officialsIn(frame: Frame, from: number, to: number): boolean {
  const re = SUBJECT_GROUP_ALL;
  re.lastIndex = 0;
  const span = frame.text.slice(from, to);
  for (let m = re.exec(span); m !== null; m = re.exec(span)) {
    const start = from + m.index;
    if (frame.officials.some((o) => start >= o.start && start < o.end)) continue;
    if (unnamedOfficials(frame, m[1]!, start, start + m[0].length)) return true;
  }
  return false;
}

/** Where a sentence's meeting happens: "in X", "at X". */
export function placeOf(info: SentenceInfo): PlaceRec | null {
  const text = info.s.text;
  for (const m of info.places) {
    if (m.adjective || m.qualifies) continue;
    if (/\b(?:in|at)\s+(?:in\s+)?$/i.test(text.slice(Math.max(0, m.start - 7), m.start))) return m.place;
  }
  return null;
}

/** Where a visit goes: a place after "to", "in", "at", "visited". */
export function destination(info: SentenceInfo, from = 0): PlaceRec | null {
  const text = info.s.text;
  for (const m of info.places) {
    if (m.start < from || m.adjective || m.qualifies || m.place.kind === 'country') continue;
    if (/\b(?:to|in|at|in in|visited|visiting|toured)\s+$/i.test(text.slice(Math.max(0, m.start - 9), m.start)))
      return m.place;
  }
  return null;
}

/** The place an official holds office in (a host receives at home). */
export function hostPlace(p: PersonRec): PlaceRec | null {
  return p.offices.find((o) => o.place && o.place.kind !== 'country')?.place ?? null;
}

const GATHERING_WORDS = Object.keys(EVENT_NOUNS);

/** True when the sentence has a word that names a gathering ("meeting", "visit", "delegation", "ceremony"). */
export function namesGathering(frame: Frame): boolean {
  return GATHERING_WORDS.some((w) => frame.words.has(w));
}

/** Distinct persons, in order. */
export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A cue found in a sentence, with the rule it stands for. */
export interface Cue {
  start: number;
  end: number;
  rule: string;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** Every match of the cue lists outside quotes, left to right. */
export function cuesIn(frame: Frame, lists: ReadonlyArray<readonly [RegExp, string]>): Cue[] {
  const out: Cue[] = [];
  for (const [re, rule] of lists) {
    const gates = gatesOf(re);
    if (gates && !gates.some((w) => frame.words.has(w))) continue;
    let g = GLOBAL.get(re);
    if (!g) {
      g = new RegExp(re.source, 'gi');
      GLOBAL.set(re, g);
    }
    g.lastIndex = 0;
    for (let m = g.exec(frame.text); m !== null; m = g.exec(frame.text)) {
      const at = m.index;
      if (!frame.info.quotes.some(([a, b]) => at >= a && at < b)) out.push({ start: at, end: at + m[0].length, rule });
    }
  }
  // A cue inside a longer one ("talks with" in "held talks with") is the same cue.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((c, k) => !out.slice(0, k).some((o) => c.start >= o.start && c.start < o.end));
}

/** "The two signed", "Both mayors", "They met": a subject that stands for the two people just told of. */
export const PAIR_SUBJECT =
  /\b(?:the\s+two|both|they)(?:\s+(?:mayors|governors|leaders|sides|officials|heads|delegations))?[^,;]{0,30}$/i;

/** An official named as the cue's object: only determiners and modifiers between ("received visiting Mayor X"). */
export function namedObject(frame: Frame, cueEnd: number, sides: Sides): boolean {
  const first = frame.officials.find((m) => m.start >= cueEnd && sides.after.includes(m.person));
  if (!first) return false;
  // "received at the town hall B", "received in the Sala della Giunta B": where, before whom.
  const gap = frame.text.slice(cueEnd, first.start).replace(VENUE_FIRST, ' ');
  if (/[’']s\b/.test(frame.text.slice(first.end, first.end + 2))) return false;
  if (/^\s*(?:(?!(?:from|of|for|to|with|on|in|at|by|about|over)\b)[\w’'.-]+,?\s+){0,5}$/i.test(gap)) return true;
  // "received ... the first mayor of Lindau, B": the guest's own title in apposition before the name.
  const title = TITLE_APPOSED.exec(gap);
  return !!title && first.person.offices.some((o) => o.head === title[1]!.toLowerCase());
}

/** A title in apposition before a name: "the first mayor of Lindau, ". */
const TITLE_APPOSED =
  /^\s*(?:(?:the|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+(?:of|for)\s+[^,;]{1,60},\s+$/i;

/**
 * A venue or a time right after a host verb, before the guest: "at the town hall", "in the Sala della Giunta", "in his
 * office", "on Tuesday", "on 12 March" (a readout's order: "received on 12 March the Ambassador of X").
 */
const VENUE_FIRST = new RegExp(
  String.raw`^\s*(?:(?:at|in)\s+(?:the\s+(?:town|city|county|village|municipal|provincial)\s+` +
    String.raw`(?:hall|office|offices|building)\s+|(?:his|her|their|the)\s+(?:own\s+)?(?:office|offices|residence` +
    String.raw`|chambers)\s+|(?:the\s+)?(?:[A-Z][\w’'.-]*\s+` +
    String.raw`(?:(?:de|del|della|di|du|des|la|le|of(?:\s+the)?)\s+)*){1,6})|on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+` +
    String.raw`(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+|(?:yesterday|today|this\s+(?:morning|afternoon|evening)),?\s+)+`,
);

/** A possessive naming someone who stands in for the person or goes with them: "B's deputy", "B's wife". */
function standIn(mention: string, after: string): boolean {
  if (/[’']s$/.test(mention)) return STAND_IN.test(after);
  return /^[’']s/.test(after) && STAND_IN.test(after.slice(2));
}

const STAND_IN = new RegExp(
  String.raw`^\s+(?:deputy|deputies|wife|husband|spouse|aides?|spokes(?:man|woman|person)|representatives?|envoy` +
    String.raw`|assistant|son|daughter)\b`,
  'i',
);
