/**
 * Tie passes for a partner named with its owner: "Seattle's sister city Kobe" (possessive), "Kobe, a sister city of
 * Seattle" and "Nanjing, the sister city St. Louis has had since 1979" (apposition), "its sister city Sapporo",
 * "Portland, his sister city" (the owner is the place the sentence or the one before is about, or the office of the
 * person "his" refers to).
 */
import {
  OWN_DURATION,
  APPOSED,
  BARE_TIE_BEFORE,
  COPULA,
  COPULA_PRONOUN,
  OWNER_PRONOUN,
  POSSESSED_IS,
  SINGULAR_TIE,
} from '../cues/ties.ts';
import type { PlaceMention, SentenceInfo } from '../document.ts';
import {
  endsAfter,
  gapOf,
  pair,
  publisherMention,
  publisherPlace,
  speakerOwner,
  subjectEndsOf,
  wordsBetween,
  type Pair,
  type TieSentence,
  referredSentence,
} from './tie-sentence.ts';
import { earlierPartners, homePlace } from './tie-partner-lists.ts';

/**
 * The first end right after the cue, or after "of" or a comma: "sister city Kobe", "a sister city of Seattle", "their
 * German twin-city, Telgte".
 */
function rightAfter(ts: TieSentence, c: RegExpExecArray): PlaceMention | undefined {
  const cueEnd = c.index + c[0].length;
  return endsAfter(ts, cueEnd).find((p) => /^\s*(?:of\s+|,\s+)?$/.test(ts.text.slice(cueEnd, p.start)));
}

/** The partner after a copula, after a possessive or a pronoun: "X's oldest sister city is B", "Its twin town is B". */
function afterCopula(ts: TieSentence, c: RegExpExecArray): PlaceMention | undefined {
  const cueEnd = c.index + c[0].length;
  return endsAfter(ts, cueEnd).find((p) => POSSESSED_IS.test(ts.text.slice(cueEnd, p.start)));
}

/** "its partnership with B", "their twinning with the town of B": the partner of a relation noun, after "with". */
function relationWith(ts: TieSentence, c: RegExpExecArray): PlaceMention | undefined {
  if (!RELATION_NOUN.test(c[0])) return undefined;
  const cueEnd = c.index + c[0].length;
  return endsAfter(ts, cueEnd).find((p) => WITH_PARTNER.test(ts.text.slice(cueEnd, p.start)));
}
const RELATION_NOUN = /(?:partnership|twinning|relationship|friendship|ties|link|affiliation|agreement|jumelage)$/i;
const WITH_PARTNER =
  /^\s+with\s+(?:the\s+(?:[\p{L}-]+\s+)?(?:city|town|municipality|province|prefecture|state)\s+of\s+)?$/iu;

/**
 * "Seattle's sister city Kobe"; with the partner before the owner: "Kobe is Seattle's sister city", "Kobe, which has
 * been Seattle's twin town since 1957", "Kobe became one of Seattle's partner cities".
 */
export function possessivePairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const owner = ts.ends.find(
    (p) => p.possessive && /^\s*(?:\w+\s+)?$/.test(ts.text.slice(p.end + 2, c.index)) && p.end <= c.index,
  );
  if (!owner) return [];
  // "X's oldest sister city is Y"
  const right = rightAfter(ts, c) ?? afterCopula(ts, c);
  if (right) {
    if (owner.place === right.place) return [];
    // "X's first twin town was B (1981), followed by C (1975)": a year in brackets after the partner is its own, and
    // the places after "followed by" are the owner's partners too.
    const own = OWN_DURATION.exec(ts.text.slice(right.end));
    const out = [
      pair(owner, right, c, 'possessive', own ? [right.end, right.end + own[0].length] : undefined),
      ...earlierPartners(ts, c, owner),
    ];
    // "X's sister cities A, B and C": a plural tie word lists its partners.
    if (/s$/i.test(c[0])) {
      let previous = right;
      for (const p of endsAfter(ts, right.end)) {
        if (!/^(?:and)?$/.test(gapOf(ts, previous, p))) break;
        if (p.place !== owner.place) out.push(pair(owner, p, c, 'possessive'));
        previous = p;
      }
    }
    return out;
  }
  const subject = ts.ends.filter((p) => p.end <= owner.start).pop();
  // "A and B's sister city relationship": a joint possessive names the pair.
  if (
    subject &&
    subject.place !== owner.place &&
    /^\s+and\s+$/.test(ts.text.slice(subject.end, owner.start)) &&
    // of the tie, not of places: "A and B's sister cities" are their partners
    (!/(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|provinces?|states?|prefectures?|regions?|partners?)$/i.test(c[0]) ||
      /^\s+(?:relationship|relations|agreement|ties|partnership|link|pact|accord|charter)\b/i.test(
        ts.text.slice(c.index + c[0].length),
      ))
  )
    return [pair(subject, owner, c, 'possessive')];
  if (!subject) return [];
  // "Hefei, the capital of Anhui province, became Columbus's sister city": a place inside an apposition is not the
  // subject; the place it describes is.
  const apposedTo = ts.ends.filter((p) => p.end <= subject.start).pop();
  if (
    apposedTo &&
    apposedTo.place !== owner.place &&
    /^,\s+(?:the|a|an|its|home\s+to)\s+[^,;.()]*$/i.test(ts.text.slice(apposedTo.end, subject.start)) &&
    /^,\s*/.test(ts.text.slice(subject.end, owner.start)) &&
    COPULA.test(wordsBetween(ts, subject.end, owner.start))
  )
    return [pair(apposedTo, owner, c, 'possessive-copula')];
  const described = describedPartner(ts, subject, owner);
  if (described) return described.place === owner.place ? [] : [pair(described, owner, c, 'possessive-copula')];
  if (subject.place === owner.place || !COPULA.test(wordsBetween(ts, subject.end, owner.start))) return [];
  // "B and C are A's twin towns": a coordinated subject.
  const co = ts.ends.filter((p) => p.end <= subject.start).pop();
  const both = co && co.place !== owner.place && /^and$/.test(gapOf(ts, co, subject)) && /s$/i.test(c[0]);
  return [pair(subject, owner, c, 'possessive-copula'), ...(both ? [pair(co, owner, c, 'possessive-copula')] : [])];
}

/** A place word of a description: "the German town", "a port". */
const DESCRIPTION_NOUN =
  '(?:city|town|village|municipality|port|community|province|prefecture|state|region|county|district)';
/** "..., the German town that has been": a description and its relative pronoun between a partner and its owner. */
const DESCRIBED_THAT = new RegExp(
  String.raw`^,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?${DESCRIPTION_NOUN}\s+(?:which|that)\s+`,
  'i',
);

/**
 * "B, the German town that has been A's sister city since 1995", "B, a port which became A's twin town": the place
 * the description is apposed to is the partner. The description may be read as a place of its own ("the German town"
 * as B again, "Bavarian" as the region): its relative clause then follows it, and the partner stands before its comma.
 */
function describedPartner(ts: TieSentence, subject: PlaceMention, owner: PlaceMention): PlaceMention | null {
  const copula = (rest: string): boolean => COPULA.test(`, which ${rest}`);
  const gap = wordsBetween(ts, subject.end, owner.start);
  const whole = DESCRIBED_THAT.exec(gap);
  if (whole) return copula(gap.slice(whole[0].length)) ? subject : null;
  // The description (or its adjective) was read as a place: the partner is the end before its comma.
  const tail = new RegExp(String.raw`^\s*(?:${DESCRIPTION_NOUN}\s+)?(?:which|that)\s+`, 'i').exec(gap);
  if (!tail || (!subject.adjective && !/^(?:the|a|an)\s/i.test(ts.text.slice(subject.start, subject.end)))) return null;
  if (!subject.adjective && tail[0].trim().split(/\s+/).length > 1) return null;
  const partner = ts.ends.filter((p) => p.end <= subject.start).pop();
  if (!partner) return null;
  const lead = ts.text.slice(partner.end, subject.start);
  if (!(subject.adjective ? /^,\s*(?:the|a|an)\s+(?:[\w-]+\s+)?$/i : /^,\s*$/).test(lead)) return null;
  return copula(gap.slice(tail[0].length)) ? partner : null;
}

export function appositionPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const right = rightAfter(ts, c);
  // "B (Russia), a friendship partner": a country in brackets after the name is no obstacle.
  const between = (p: PlaceMention): string => wordsBetween(ts, p.end, c.index).replace(/^\s*\([^)]*\)/, '');
  const apposed = ts.ends.filter((p) => p.end <= c.index && APPOSED.test(between(p))).pop();
  if (apposed && right) return apposed.place !== right.place ? [pair(apposed, right, c, 'apposition')] : [];
  // "Exchanges with B (Russia), a friendship partner since 1998, ...": in a town's or province's own text, the
  // partner of the publisher.
  const home = apposed && !right && /^,\s+a\s+/i.test(between(apposed)) ? publisherMention(ts) : null;
  return home && apposed && home.place !== apposed.place ? [pair(home, apposed, c, 'apposition')] : [];
}

/** ", its sister city", ", the city's partner since 1976": an owner word after the partner's comma. */
const OWNER_AFTER_COMMA =
  /^,\s*(?:,\s*)?(?:his|her|its|their|our|the\s+(?:city|town|province|prefecture|state|region|county)['’]s)\s/i;

export function pronounOwnerPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const poss = OWNER_PRONOUN.exec(ts.text.slice(Math.max(0, c.index - 30), c.index));
  if (!poss) return [];
  const left = ts.ends.filter(
    (p) =>
      p.end <= c.index &&
      (OWNER_AFTER_COMMA.test(wordsBetween(ts, p.end, c.index)) ||
        // "B has been its sister city since 1990", "B became one of their partner towns"
        COPULA_PRONOUN.test(wordsBetween(ts, p.end, c.index))),
  );
  // "Its twin town is B": the partner after a copula, as after a possessive.
  const target = rightAfter(ts, c) ?? relationWith(ts, c) ?? left[left.length - 1] ?? afterCopula(ts, c);
  if (!target) return [];
  // "the city's sister city B": the place the sentence is about, as for "its".
  const owner = ownerOf(ts, (poss[1] ?? 'its').toLowerCase(), target, c.index);
  if (!owner) return [];
  const out = [pair(owner, target, c, 'pronoun-owner', partWindow(ts, c, target))];
  // "A and its twin cities B and C": a plural tie word lists its partners.
  if (/s$/i.test(c[0]) && target.start > c.index) {
    let previous = target;
    for (const p of endsAfter(ts, target.end)) {
      if (!/^(?:and)?$/.test(gapOf(ts, previous, p))) break;
      if (p.place !== owner.place) out.push(pair(owner, p, c, 'pronoun-owner'));
      previous = p;
    }
  }
  return out;
}

function ownerOf(ts: TieSentence, pronoun: string, target: PlaceMention, pos: number): PlaceMention | null {
  const { info } = ts;
  if (pronoun === 'his' || pronoun === 'her') {
    const person = [...info.people].reverse().find((m) => m.start < pos);
    const office = person?.person.offices.find((o) => o.place && o.place.kind !== 'country');
    if (office?.place) {
      const m = info.places.find((p) => p.place === office.place);
      return m ?? { start: -1, end: -1, place: office.place, adjective: false, qualifies: null, possessive: false };
    }
  }
  // "our twin town" in a council's or association's own text: the place its source line names ("X Town Council").
  if (pronoun === 'our') {
    // "'Gdynia has been our sister city since 1994,' said Mayor X of A": the speaker's place.
    const spoken = speakerOwner(ts, pos, target, true);
    if (spoken) return spoken;
    const home = publisherPlace(ts.doc);
    if (home && home !== target.place)
      return { start: -1, end: -1, place: home, adjective: false, qualifies: null, possessive: false };
    // "'Our friendship with B goes back decades,' said Councillor X" (of no place named), opening its paragraph: the
    // town the article is about, not a place of another paragraph.
    const previous = ts.doc.sentences[ts.n - 1];
    if (!ts.ends.some((p) => p !== target && p.start < pos) && previous?.s.para !== ts.info.s.para) {
      const about = homePlace(ts.doc);
      return about && about !== target.place
        ? { start: -1, end: -1, place: about, adjective: false, qualifies: null, possessive: false }
        : null;
    }
  }
  // "its": the place the sentence, or else the sentence before, is about; past sentences that themselves open with a
  // reference to it ("A has links abroad. The town is twinned with B. The town's partnership with C followed").
  const previous: SentenceInfo | undefined = ts.doc.sentences[referredSentence(ts.doc, ts.n)];
  const here = subjectEndsOf(ts.info);
  return (
    ts.ends.find((p) => p !== target && p.start < pos && here.includes(p)) ??
    (previous ? (subjectEndsOf(previous).find((p) => p.place !== target.place) ?? null) : null)
  );
}

/**
 * A tie word with no owner word before it names a partner of the sentence's subject: "Omaha and sister city Kunming
 * held ...", "Omaha welcomed a delegation from sister city Kunming", "students visited the sister city of Kunming"
 * (the first place of the sentence, else the place the source line names).
 */
export function bareOwnerPairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  if (!SINGULAR_TIE.test(c[0]) || !BARE_TIE_BEFORE.test(ts.text.slice(Math.max(0, c.index - 30), c.index))) return [];
  const target = rightAfter(ts, c);
  if (!target) return [];
  const first = ts.ends.find((p) => p.end <= c.index);
  const owner = first ?? publisherMention(ts);
  return owner && owner.place !== target.place ? [pair(owner, target, c, 'bare-owner')] : [];
}

/**
 * The part of a sentence about one partner of a list told item by item: "its sister city Koto since 1992, and its
 * friendship city Zhuhai since 2004" (from the last ":", ";" or ", and" before the cue to the next after the partner).
 */
function partWindow(ts: TieSentence, c: RegExpExecArray, target: PlaceMention): [number, number] | undefined {
  if (target.start < c.index) return undefined;
  const before = ts.text.slice(0, c.index);
  const starts = [...before.matchAll(/[:;]\s+|,\s+and\s+/g)];
  if (!starts.length) return undefined;
  const last = starts[starts.length - 1]!;
  const from = last.index + last[0].length;
  const next = /[;]|,\s+and\s+/.exec(ts.text.slice(target.end));
  return [from, next ? target.end + next.index : ts.text.length];
}

/**
 * "A adopted B as its sister city", "A has dropped B as a twin town", "A designated B as a friendship city": the
 * object of the verb is the partner of its subject.
 */
export function asTiePairs(ts: TieSentence, c: RegExpExecArray): Pair[] {
  const before = ts.text.slice(Math.max(0, c.index - 30), c.index);
  const as = /\s+as\s+(?:(?:a|an|its|their|our|the)\s+)?(?:[\w-]+\s+)?$/i.exec(before);
  if (!as) return [];
  const asAt = c.index - before.length + as.index;
  const object = ts.ends.filter((p) => p.end <= asAt).pop();
  if (!object || !/^\s*$/.test(ts.text.slice(object.end, asAt))) return [];
  const subject = ts.ends.filter((p) => p.end <= object.start).pop();
  if (!subject || subject.place === object.place) return [];
  // a verb and nothing else between: "A has (officially) adopted B"
  const verb = ts.text.slice(subject.end, object.start);
  return AS_TIE_VERB.test(verb) ? [pair(subject, object, c, 'as-tie')] : [];
}

/** The verbs of "A adopted B as its sister city": choosing, naming, approving, dropping a partner. */
const AS_TIE_VERB = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|officially|formally|also|now)\s+)*(?:adopt|designat|nam|chose|chosen|choos|select` +
    String.raw`|drop|remov|accept|recogni[sz]|confirm|approv|add|welcom|register|list)\w*\s+$`,
  'i',
);
