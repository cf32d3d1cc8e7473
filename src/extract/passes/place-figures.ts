/**
 * Figures about one, two or more places: "Italy has some 1,300 twinnings", "Norway's 52 twinnings", "Shaanxi has
 * established 88 pairs of friendship city ties with 35 countries" (two figures), "A, B and C count 140 pairs among
 * them", "43 municipalities in Japan have sister-city relationships with Russian partners" and "some 40 Norwegian
 * municipalities have sister cities in Chile" (two countries), "26 U.S.-Chile sister-state pairs", "Portugal has five
 * sister-city links with Chile", "the number of sister cities between A and B has reached 60", "..., bringing its total
 * to 40 sister provinces". The places are those the sentence makes the subject of the count; "the province" or "it"
 * is the place the text is about. A figure about one city is not recorded (the gold keeps figures about countries,
 * divisions and pairs). Numbers may be written in words ("two dozen").
 */
import { cardinalValue, MAY_HOLD_CARDINAL } from '../cues/numbers.ts';
import {
  BODIES_OF,
  HAS,
  OF_THEM_BEFORE,
  THERE_ARE,
  JOINED_COUNTRIES,
  LOCAL_BODIES,
  LOCAL_BODIES_IN,
  LOCAL_HAVE,
  NUMBER,
  NUMBER_AFTER,
  NUMBER_OF,
  PARTNER_NOUN,
  PLACE_NOUN,
  QUALIFIER,
  SHARED,
  TIE_BEFORE,
  TIE_NOUN,
  TIES_AFTER,
  WITH_PARTNER,
  qualifierOf,
} from '../cues/figures.ts';
import { figureConfidence } from '../confidence.ts';
import type { Doc, PlaceMention, PlaceRec, SentenceInfo } from '../document.ts';

export interface PlaceFigure {
  places: PlaceRec[];
  metric: string;
  value: number;
  qualifier: string | null;
  info: SentenceInfo;
  rule: string;
  confidence: number;
}

/** "88 sister cities", "26 U.S.-Chile sister-state pairs": qualifier, number, joined countries, counted noun. */
const TIE_FIGURE = new RegExp(String.raw`\b${QUALIFIER}\s*${NUMBER}\s+(?:(\S+?[-–/]\S+)\s+)?(${TIE_NOUN})\b`, 'gi');
/** "35 countries", "40 Norwegian municipalities": qualifier, number, an adjective of place, counted places. */
const PLACE_FIGURE = new RegExp(
  String.raw`\b${QUALIFIER}\s*${NUMBER}\s+(?:(\p{Lu}[\p{L}.-]+)\s+)?(${PLACE_NOUN})\b`,
  'giu',
);
/** After a country of counted places, the verb of their ties: "have", "are twinned with". */
const IN_COUNTRY_HAVE = /^[^.;]{0,10}?\b(?:ha(?:ve|s|d)|(?:are|were)\s+(?:twinned|linked|paired|partnered))\b/i;
/** The number after a possessive's ties, by a verb of counting only: "A's sister cities now number 12". */
const OWNER_NUMBER = new RegExp(
  String.raw`^\s*(?:(?:now|currently)\s+)?(?:number(?:ed)?|totals?|totall?ed|stands? at|stood at` +
    String.raw`|(?:has|have)\s+(?:reached|grown to|risen to))\s`,
  'i',
);
/** Between a possessive and the ties it owns: "'s ", "'s count of ", "'s total number of ". */
const OWNER_GAP = /^['’]?s?\s*(?:(?:total|overall)\s+)?(?:(?:count|tally|number|total|list|roster)\s+of\s+)?$/i;
/** A pair of countries joined before a tie noun: "Chile-Peru ". */
const JOINED_BEFORE = /(?:^|\s)[\p{L}.]+[-–/][\p{L}.]+\s+$/u;
/** A number with no noun, ending its clause: "B has 30;", "B with 30 and C with 12". */
const ELLIPSIS = new RegExp(
  String.raw`\b${QUALIFIER}\s*(\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:[,;.)]|\s+and\b|\s+respectively\b|$))`,
  'gi',
);
/** A part of a figure told before: "nearly 40 of them", "11 of these". */
const OF_THEM = new RegExp(String.raw`\b${QUALIFIER}\s*${NUMBER}\s+of\s+(?:them|these|those)\b`, 'gi');
/** A tie noun a number may follow: "the number of sister cities ... has reached 60". */
const COUNTED = new RegExp(String.raw`\b(${TIE_NOUN})\b`, 'gi');
const CITY_KINDS = new Set(['city', 'town', 'municipality', 'district']);

interface Found {
  places: PlaceRec[];
  rule: string;
}

export function findPlaceFigures(doc: Doc): PlaceFigure[] {
  const out: PlaceFigure[] = [];
  let topic: PlaceRec | null = null;
  for (let n = 0; n < doc.sentences.length; n++) {
    const info = doc.sentences[n]!;
    const text = info.s.text;
    const first = info.places.find((m) => !m.adjective && !m.qualifies && m.place.kind !== 'country');
    if (!MAY_HOLD_CARDINAL.test(text)) {
      if (first) topic = first.place;
      continue;
    }
    const here: Array<{ end: number; places: PlaceRec[]; metric: string }> = [];
    const add = (places: PlaceRec[], rule: string, metric: string, value: number, qualifier: string | null): void => {
      if (places.length === 1 && CITY_KINDS.has(places[0]!.kind)) return;
      // A figure the article repeats (the title and the body) is one figure.
      if (
        out.some(
          (f) => f.value === value && f.places.length === places.length && f.places.every((p) => places.includes(p)),
        )
      )
        return;
      out.push({ places, metric, value, qualifier, info, rule, confidence: figureConfidence(rule) });
    };
    for (const [re, counted] of [
      [TIE_FIGURE, false],
      [PLACE_FIGURE, true],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const end = m.index + m[0].length;
        const value = cardinalValue(m[2]!);
        if (!value || (/^(?:1[89]|20)\d\d$/.test(m[2]!) && !m[2]!.includes(','))) continue;
        if (out.some((f) => f.info === info && f.value === value)) continue;
        // "88 sister cities in 35 countries, and ... with 423 regions": a count of places after a figure of the same
        // sentence, with no other place between, shares its subject.
        const earlier = here
          .filter((h) => h.end <= start && !info.places.some((p) => !p.adjective && p.start >= h.end && p.end <= start))
          .pop();
        const adjective = counted && m[3] ? adjectiveAt(info, m.index, end) : null;
        const tieFigure =
          TIE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || TIES_AFTER.test(text.slice(end));
        if (counted && (m[3] ? !adjective : false)) continue;
        // "A has sister-city agreements with 43 B-ish cities": the adjective names the partner, A the subject.
        const partnerAdjective = adjective !== null && /\bwith\s*$/i.test(text.slice(0, start));
        if (counted && !(earlier || tieFigure)) continue;
        // "45 sister cities and 12 friendship cities": a tie count joined to the one before shares its subject.
        const joined =
          !counted && earlier && /^\s*(?:,\s*)?(?:and|as well as|plus)\s*$/i.test(text.slice(earlier.end, start));
        const found: Found | null =
          (counted && earlier && !adjective) || joined
            ? // "42 localities ..., including 8 localities of B": a part counted with its own partner country
              {
                places: counted ? withPartner(info, end, earlier!.places, true) : earlier!.places,
                rule: 'figure-follow-on',
              }
            : counted && adjective && !partnerAdjective
              ? { places: withPartner(info, end, [adjective.place], true), rule: 'figure-adjective' }
              : withAdjective(subjectOf(doc, info, m, start, end, topic, counted), partnerAdjective ? adjective : null);
        if (!found) continue;
        here.push({ end, places: found.places, metric: m[4]!.toLowerCase() });
        add(found.places, found.rule, m[4]!.toLowerCase(), value, qualifierOf(m[1]));
      }
    }
    // "A has 45 sister cities; B has 30", "A leads with 45 sister cities, followed by B with 30": a count with no noun
    // after a figure of the sentence is the same kind of count, of the place right before it.
    if (here.length) {
      ELLIPSIS.lastIndex = here[0]!.end;
      for (let m = ELLIPSIS.exec(text); m; m = ELLIPSIS.exec(text)) {
        const start = m.index + m[0].length - m[2]!.length - (m[1] ? m[1].length + 1 : 0);
        const value = cardinalValue(m[2]!);
        if (!value || /^(?:1[89]|20)\d\d$/.test(m[2]!) || out.some((f) => f.info === info && f.value === value))
          continue;
        const owner = info.places.filter((p) => !p.adjective && !p.qualifies && p.end <= start).pop();
        const earlier = here.filter((h) => h.end <= start).pop();
        if (!owner || !earlier || owner.end <= earlier.end || CITY_KINDS.has(owner.place.kind)) continue;
        // Nothing else counted in between: "A has 45 sister cities and 33 million people, B 19" is no figure of B.
        if (/\d/.test(text.slice(earlier.end, owner.start))) continue;
        if (
          !/^\s*(?:['’]s)?\s*(?:(?:has|have|had|counts?|holds?|with|maintains?)\s+)?$/i.test(
            text.slice(owner.end, start),
          )
        )
          continue;
        here.push({ end: m.index + m[0].length, places: [owner.place], metric: earlier.metric });
        add([owner.place], 'figure-ellipsis', earlier.metric, value, qualifierOf(m[1]));
      }
    }
    OF_THEM.lastIndex = 0;
    for (let m = OF_THEM.exec(text); m; m = OF_THEM.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const value = cardinalValue(m[2]!);
      if (!value || out.some((f) => f.info === info && f.value === value)) continue;
      const earlier = here.filter((h) => h.end <= start).pop() ?? pairBefore(info, start);
      const found = earlier ? partOf(info, m, earlier) : null;
      if (earlier && found) add(found.places, found.rule, earlier.metric, value, qualifierOf(m[1]));
    }
    numberAfter(info, text, (places, rule, metric, value, qualifier) => {
      if (!out.some((f) => f.info === info && f.value === value)) add(places, rule, metric, value, qualifier);
    });
    if (first) topic = first.place;
  }
  return out;
}

/** A subject found before "with 43 B-ish cities", with B as the partner. */
function withAdjective(found: Found | null, adjective: PlaceMention | null): Found | null {
  if (!found || !adjective || found.places.includes(adjective.place)) return found;
  return { ...found, places: [...found.places, adjective.place] };
}

/** The place an adjective in [from, to) names: "Norwegian" -> Norway. */
function adjectiveAt(info: SentenceInfo, from: number, to: number): PlaceMention | null {
  return info.places.find((p) => p.adjective && p.start >= from && p.end <= to) ?? null;
}

/** The places a figure matched by `m` at [start, end) is about, and the rule that found them. */
function subjectOf(
  doc: Doc,
  info: SentenceInfo,
  m: RegExpExecArray,
  start: number,
  end: number,
  topic: PlaceRec | null,
  counted = false,
): Found | null {
  const text = info.s.text;
  const places = info.places.filter((p) => !p.qualifies);
  // "26 U.S.-Chile sister-state pairs"
  if (m[3]) {
    const joined = places.filter((p) => p.place.kind === 'country' && p.start >= start && p.end <= end - m[4]!.length);
    const distinct = [...new Set(joined.map((p) => p.place))];
    if (distinct.length === 2 && JOINED_COUNTRIES.test(text.slice(joined[0]!.start - 1, joined[1]!.end + 1)))
      return { places: distinct, rule: 'figure-joined-pair' };
  }
  // "the 12 sister cities of Manitoba": the owner after "of" (not a town: "of Lima" is one city's).
  const ofX = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end));
  const ofOwner = ofX && places.find((p) => p.start === end + ofX[0].length && !p.adjective);
  if (ofOwner && !CITY_KINDS.has(ofOwner.place.kind) && /\bthe\s+$/i.test(text.slice(0, start)))
    return { places: [ofOwner.place], rule: 'figure-possessive' };
  // "Norway's 52 twinnings"
  const owner = places.find(
    (p) =>
      p.possessive &&
      !p.adjective &&
      p.end < start &&
      /^['’]s?\s*(?:(?:network|family|circle|list|roster)\s+of\s+)?$/i.test(text.slice(p.end, start)),
  );
  if (owner) return { places: withPartner(info, end, [owner.place]), rule: 'figure-possessive' };
  // "the province's 47 sister provinces": the place of that kind named last.
  const theirs = /\bthe\s+(province|state|prefecture|region|country)['’]s\s*$/i.exec(text.slice(0, start));
  if (theirs) {
    const place = lastOfKind(doc, info, theirs[1]!.toLowerCase(), theirs.index);
    if (place) return { places: withPartner(info, end, [place], counted), rule: 'figure-coreference' };
  }
  const local = localBodies(info, start);
  if (local) return { places: withPartner(info, end, local, true), rule: 'figure-local-bodies' };
  // "A, B and C count 140 pairs among them"; "Italy has some 1,300 twinnings".
  const list = subjectList(info, start, end, false, counted, /cit|town|municipal|provinc|prefecture/i.test(m[4]!));
  if (list) return list;
  // "In A and B there are some 70 sister-city links", "there are 1,300 twinnings in A".
  const there = thereAre(info, start, end);
  if (there) return { places: withPartner(info, end, there, counted), rule: 'figure-there-are' };
  // "With 45 sister cities, A leads the region": the subject after the fronted count.
  if (
    /^\s*(?:[^,;]{0,40},\s*)?with\s+(?:(?:its|their|some|about|more than|over|nearly)\s+)?$/i.test(text.slice(0, start))
  ) {
    const after = /^\s*,\s*(?:the\s+)?/.exec(text.slice(end));
    const subject = after && places.find((p) => p.start === end + after[0].length && !p.adjective);
    if (subject) return { places: [subject.place], rule: 'figure-fronted' };
  }
  // "Now the province has established ...", "It has ...": the place the text is about.
  const pronoun =
    /(?:^|[.,;]\s+|\b(?:now|currently)\s+)(?:the\s+(province|state|prefecture|region|country|city)|it)\s*$/i;
  const head = text.slice(0, start);
  const hasAt = /\b(?:has|have|counts?|boasts?)\b/i.exec(head);
  if (hasAt) {
    const subj = pronoun.exec(head.slice(0, hasAt.index));
    if (subj && HAS.test(head.slice(hasAt.index))) {
      const kind = subj[1]?.toLowerCase();
      const place = kind ? lastOfKind(doc, info, kind, subj.index) : topic;
      if (place) return { places: withPartner(info, end, [place], counted), rule: 'figure-coreference' };
    }
  }
  // "The three countries have 140 twinnings among them": the last three countries (or provinces...) named.
  const these = THE_N_PLACES.exec(head);
  if (these && HAS.test(head.slice(these.index + these[0].length))) {
    const n = cardinalValue(these[1]!) ?? 0;
    const kind = these[2]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    const found = n >= 3 ? lastOfKindN(doc, info, kind === 'nation' ? 'country' : kind, n, these.index) : null;
    if (found) return { places: found, rule: 'figure-coreference' };
  }
  // "43 municipalities in Japan have sister-city relationships with Russian partners"
  const inX = /^\s+in\s+(?:the\s+)?/.exec(text.slice(end));
  if (inX) {
    const where = places.find((p) => p.start === end + inX[0].length && p.place.kind === 'country');
    if (where && IN_COUNTRY_HAVE.test(text.slice(where.end, where.end + 40)))
      return { places: withPartner(info, where.end, [where.place], true), rule: 'figure-in-country' };
  }
  // "40 sister-state agreements between Ontario and Jalisco": two places, not both towns.
  const between = /^\s+(?:(?:now\s+)?(?:exist|link|connect|join)\s+|(?:\w+\s+){0,2}?between\s+)(?:the\s+)?/i.exec(
    text.slice(end),
  );
  if (between) {
    const list = placesFrom(info, end + between[0].length);
    const pair = distinct(list.map((p) => p.place));
    if (pair.length >= 2 && pair.some((p) => !CITY_KINDS.has(p.kind))) return { places: pair, rule: 'figure-between' };
  }
  // "X signed three new agreements, bringing its total to 40 sister provinces", "..., adding 19 new friendship
  // cities": the subject of the sentence.
  if (/\b(?:bringing|brings|adding|raising|taking)\b[^.;,]*$/i.test(head)) {
    const subject = places.find((p) => !p.adjective && p.start < start);
    // The subject opens the sentence, perhaps after an adverbial: "Especially since 2015, X has ...".
    if (subject && /^(?:[^,]{0,100},\s*)?$/.test(text.slice(0, subject.start)))
      return { places: [subject.place], rule: 'figure-sentence-subject' };
  }
  return null;
}

/**
 * The places before the verb that gives them the count: "Italy has", "A, B and C count ... among them", "A's
 * districts and the city of B have" (B, inside A, is A's). With `pairs`, two places joined by "and" are one subject
 * even without "among them" (the count that a later "11 of them" divides).
 */
function subjectList(
  info: SentenceInfo,
  start: number,
  end: number,
  pairs: boolean,
  counted = false,
  townsCounted = false,
): Found | null {
  const text = info.s.text;
  const before = info.places.filter((p) => !p.qualifies && p.end <= start && !p.adjective);
  const last = before[before.length - 1];
  if (!last) return null;
  // "A is linked to B by 43 twinning agreements".
  const prev = before[before.length - 2];
  if (
    prev &&
    /^\s+by\s+(?:a total of\s+)?$/i.test(text.slice(last.end, start)) &&
    LINKED_TO.test(text.slice(prev.end, last.start))
  )
    return { places: distinct([prev.place, last.place]), rule: 'figure-shared-list' };
  if (!HAS.test(text.slice(last.end, start).replace(/^’s|^'s/, ''))) return null;
  const list = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const gap = text.slice(before[k]!.end, list[0]!.start);
    // Not the partner of an earlier figure: "A has signed 300 ... with cities of B, and the state of C alone has 62".
    if (!LIST_GAP.test(gap) || PARTNER_BEFORE.test(text.slice(0, before[k]!.start))) break;
    list.unshift(before[k]!);
  }
  const places = insideDropped(distinct(list.map((p) => p.place)));
  if (
    places.length > 1 &&
    !(pairs && places.length === 2) &&
    !SHARED.test(text.slice(end)) &&
    !/\b(?:shared?s?|together|combined|jointly|collectively)\b/i.test(text.slice(last.end, start)) &&
    !/(?:^|,\s*)(?:together|combined|collectively)\s*,?\s*$/i.test(text.slice(0, list[0]!.start)) &&
    !/\bboth\b/i.test(text.slice(list[list.length - 1]!.end, start))
  ) {
    // Several places each with a count of their own are not one figure: keep only a shared one.
    return null;
  }
  return {
    places: withPartner(info, end, places, counted, townsCounted),
    rule: places.length > 1 ? 'figure-shared-list' : 'figure-subject-list',
  };
}

/** The pair that holds the last tie figure before `at`: "A and B have established 41 pairs" (for "11 of them"). */
function pairBefore(info: SentenceInfo, at: number): { end: number; places: PlaceRec[]; metric: string } | null {
  const text = info.s.text.slice(0, at);
  let last: RegExpExecArray | null = null;
  const re = new RegExp(TIE_FIGURE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return null;
  const start = last.index + (last[0].length - last[0].trimStart().length);
  const end = last.index + last[0].length;
  const found = subjectList(info, start, end, true);
  return found ? { end, places: found.places, metric: last[4]!.toLowerCase() } : null;
}

/** Before a partner: "with B", "with cities of the B". */
const PARTNER_BEFORE = /\bwith\s+(?:[\w-]+\s+){0,2}?(?:(?:in|of)\s+)?(?:the\s+)?$/i;

/** "the three countries", "these four provinces": group 1 the number, group 2 the kind. */
const THE_N_PLACES = new RegExp(
  String.raw`\b(?:the|these|all)\s+(three|four|five|six|seven|eight|nine|ten|\d)\s+` +
    String.raw`(countries|nations|provinces|states|prefectures|regions)\s+`,
  'i',
);

/** Between two places linked by a count after "by": "A is linked to B by ...". */
const LINKED_TO =
  /^\s+(?:is|are|were|was)\s+(?:now\s+)?(?:linked|joined|connected|tied|bound)\s+(?:to|with)\s+(?:the\s+)?$/i;

/** Between two places of a subject list: ", ", " and ", "'s districts and the ". */
const LIST_GAP = new RegExp(
  String.raw`^(?:['’]s\s+${BODIES_OF})?\s*(?:,|,?\s+and)\s*(?:the\s+)?` +
    String.raw`(?:(?:city|town|state|province|prefecture|municipality|county|district|region)\s+of\s+)?$`,
  'i',
);

/** Places inside a country of the list are that country's: "A's districts and the city of B" is A's. */
function insideDropped(places: PlaceRec[]): PlaceRec[] {
  const countries = new Set(places.filter((p) => p.kind === 'country').map((p) => p.country));
  const kept = places.filter((p) => p.kind === 'country' || !countries.has(p.country));
  return kept.length ? kept : places;
}

/** A list of places starting at `from` (after "in", "across"): "A, B and C". */
function placesFrom(info: SentenceInfo, from: number): PlaceMention[] {
  const text = info.s.text;
  const first = info.places.find((p) => p.start === from && !p.adjective && !p.qualifies);
  if (!first) return [];
  const list = [first];
  for (const p of info.places) {
    const prev = list[list.length - 1]!;
    if (p.start <= prev.start || p.adjective || p.qualifies) continue;
    if (!/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i.test(text.slice(prev.end, p.start))) break;
    list.push(p);
  }
  return list;
}

/**
 * "In A, B and C there are some 70 sister-city links", "there are 1,300 twinnings in A", "In A, 45 cities have sister
 * cities in B".
 */
function thereAre(info: SentenceInfo, start: number, end: number): PlaceRec[] | null {
  const text = info.s.text;
  const head = text.slice(0, start);
  const there = THERE_ARE.exec(head);
  const after = there && /^\s+(?:in|across|throughout)\s+(?:the\s+)?/i.exec(text.slice(end));
  if (after) {
    const list = placesFrom(info, end + after[0].length);
    if (list.length) return insideDropped(distinct(list.map((p) => p.place)));
  }
  // "In A, 45 cities have sister cities in B", "Across A and B, there are 70 ...": the places the sentence opens with.
  const lead = /(?:^|[,;]\s*)(?:in|across|throughout)\s+(?:the\s+)?$/i;
  // "Across A, communities hold 19 sister city relationships": the places' own bodies hold the count.
  const bodies = new RegExp(
    String.raw`^\s*,\s*(?:${LOCAL_BODIES}\s+(?:together\s+)?(?:have|hold|maintain|count)\s*)?$`,
    'i',
  );
  for (const p of info.places) {
    if (p.adjective || p.qualifies || p.start >= start || !lead.test(text.slice(0, p.start))) continue;
    const list = placesFrom(info, p.start);
    const gap = text.slice(list[list.length - 1]!.end, start);
    if (there ? /^\s*,?\s*$/.test(gap.slice(0, there.index - start + gap.length)) : bodies.test(gap))
      return insideDropped(distinct(list.map((q) => q.place)));
  }
  return null;
}

/**
 * "..., nearly 40 of them with cities in Japan", "..., and A alone accounts for 11 of them": a part of the figure
 * before it in the sentence, with the partner named after it, or with the place named before it in place of the
 * place that holds it.
 */
function partOf(info: SentenceInfo, m: RegExpExecArray, earlier: { end: number; places: PlaceRec[] }): Found | null {
  const text = info.s.text;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const end = m.index + m[0].length;
  const named = info.places.filter((p) => !p.adjective && !p.qualifies && p.start >= earlier.end && p.end <= start);
  const x = named[named.length - 1];
  if (x && OF_THEM_BEFORE.test(text.slice(x.end, start))) {
    const kept = earlier.places.filter(
      (p) => p !== x.place && !(p.kind === 'country' && p.country === x.place.country),
    );
    return { places: [...kept, x.place], rule: 'figure-part' };
  }
  if (named.length) return null;
  const places = withPartner(info, end, earlier.places, true);
  return places.length > earlier.places.length ? { places, rule: 'figure-part' } : null;
}

/**
 * Countries whose local governments the count is about: "local governments in A have 14 ...", "municipalities in A
 * and B are linked by 70 ...", "the local governments of A and B have 52 ...", "A-ish municipalities have 40 ...".
 */
function localBodies(info: SentenceInfo, start: number): PlaceRec[] | null {
  const text = info.s.text;
  const countries = info.places.filter((p) => p.place.kind === 'country' && !p.qualifies && p.end <= start);
  const last = countries[countries.length - 1];
  if (!last) return null;
  if (last.adjective) {
    const gap = text.slice(last.end, start);
    const m = new RegExp(String.raw`^\s+${LOCAL_BODIES}(?=\s)`, 'i').exec(gap);
    return m && LOCAL_HAVE.test(gap.slice(m[0].length)) ? [last.place] : null;
  }
  if (!LOCAL_HAVE.test(text.slice(last.end, start))) return null;
  const list = [last];
  for (let k = countries.length - 2; k >= 0; k--) {
    const c = countries[k]!;
    if (c.adjective || !/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i.test(text.slice(c.end, list[0]!.start))) break;
    list.unshift(c);
  }
  return LOCAL_BODIES_IN.test(text.slice(Math.max(0, list[0]!.start - 60), list[0]!.start))
    ? distinct(list.map((p) => p.place))
    : null;
}

/**
 * The partner country of a count: "with Chile", "with Chilean partners", "with cities in Chile" (and, for places
 * counted, "in Chile" after the verb).
 */
function withPartner(
  info: SentenceInfo,
  end: number,
  subjects: PlaceRec[],
  counted = false,
  inRightAfter = false,
): PlaceRec[] {
  const text = info.s.text;
  const clause = text.slice(end).split(/[.;]/)[0]!;
  const partner = info.places.find((p) => {
    if (p.start < end || p.start > end + clause.length || p.place.kind !== 'country') return false;
    const gap = text.slice(end, p.start);
    if (p.adjective)
      return (
        (/\bwith\s+(?:\w+\s+)?$/i.test(gap) || (/\bto\s+(?:\w+\s+)?$/i.test(gap) && gap.length < 40)) &&
        PARTNER_NOUN.test(text.slice(p.end))
      );
    return (
      WITH_PARTNER.test(gap) ||
      (counted && /\b(?:in|with)\s+(?:the\s+)?$/i.test(gap) && gap.length < 60) ||
      // "8 localities of the Republic of Korea": the country the places counted lie in.
      (counted && /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+(?:of\s+(?:the\s+)?)?){0,3}$/u.test(gap)) ||
      // "43 twin towns in B": where the towns counted are.
      (inRightAfter && /^\s+in\s+(?:the\s+)?$/i.test(gap))
    );
  });
  if (!partner || subjects.includes(partner.place)) return subjects;
  // "with cities in A, B and C": the partner countries listed together.
  const partners = [partner];
  for (const p of info.places) {
    const prev = partners[partners.length - 1]!;
    if (p.start <= prev.start || p.place.kind !== 'country' || p.adjective) continue;
    if (!/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/i.test(text.slice(prev.end, p.start))) break;
    partners.push(p);
  }
  return distinct([...subjects, ...partners.map((p) => p.place)]);
}

/**
 * "The number of sister cities between A and B has reached 60", "the total number of A's twinnings stands at 300":
 * the number after what it counts.
 */
function numberAfter(
  info: SentenceInfo,
  text: string,
  add: (places: PlaceRec[], rule: string, metric: string, value: number, qualifier: string | null) => void,
): void {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const end = m.index + m[0].length;
    const between = /^\s+between\s+/i.test(text.slice(end));
    // "The number of sister cities ...", and "Sister cities between A and B now number 60".
    // "A's sister cities", "A's count of sister cities", "A's total number of twinnings".
    const owner = info.places.find(
      (p) => p.possessive && p.end <= m.index && OWNER_GAP.test(text.slice(p.end, m.index)) && !p.adjective,
    );
    // "the number of Manitoba's sister cities", "Manitoba's sister cities now number 12".
    const ownerLead = owner ? text.slice(Math.max(0, owner.start - 40), owner.start) : '';
    const counted =
      NUMBER_OF.test(lead) ||
      (owner !== undefined && (NUMBER_OF.test(ownerLead) || /\bof\s+$/i.test(text.slice(owner.end, m.index))));
    // "Chile-Peru sister city pairs number 45": the pair joined before the noun.
    const pair = JOINED_BEFORE.exec(lead);
    const joinedPair = pair
      ? distinct(
          info.places
            .filter((p) => p.place.kind === 'country' && p.start >= m.index - pair[0].length && p.end <= m.index)
            .map((p) => p.place),
        )
      : [];
    if (!counted && !(between && /^\s*(?:the\s+)?$/i.test(lead)) && !owner && joinedPair.length !== 2) continue;
    const after = NUMBER_AFTER.exec(text.slice(end));
    if (!after || (!counted && !between && !OWNER_NUMBER.test(after[0]))) continue;
    const value = cardinalValue(after[2]!);
    if (!value || /^(?:1[89]|20)\d\d$/.test(after[2]!)) continue;
    const numberAt = end + after[0].length;
    const span = info.places.filter((p) => !p.qualifies && p.start >= end && p.end <= numberAt);
    const places =
      between && span.length >= 2
        ? distinct(span.map((p) => p.place))
        : owner
          ? [owner.place]
          : joinedPair.length === 2
            ? joinedPair
            : null;
    if (places) add(places, 'figure-number-after', m[1]!.toLowerCase(), value, qualifierOf(after[1]));
  }
}

/** The last `n` distinct places of a kind named before `before` in the sentence (or before it), in text order. */
function lastOfKindN(doc: Doc, info: SentenceInfo, kind: string, n: number, before: number): PlaceRec[] | null {
  const found: PlaceRec[] = [];
  for (let k = doc.sentences.indexOf(info); k >= 0 && found.length < n; k--) {
    const s = doc.sentences[k]!;
    const here = s.places.filter(
      (m) => !m.adjective && m.place.kind === kind && (s !== info || m.end <= before) && !found.includes(m.place),
    );
    for (let j = here.length - 1; j >= 0 && found.length < n; j--)
      if (!found.includes(here[j]!.place)) found.unshift(here[j]!.place);
  }
  return found.length === n ? found : null;
}

function lastOfKind(doc: Doc, info: SentenceInfo, kind: string, before = Infinity): PlaceRec | null {
  const fits = (m: PlaceMention): boolean =>
    !m.adjective && (kind === 'state' ? ['state', 'province', 'region'].includes(m.place.kind) : m.place.kind === kind);
  for (let k = doc.sentences.indexOf(info); k >= 0; k--) {
    const s = doc.sentences[k]!;
    // In the sentence of the figure, only what comes before "the country": "The country has 43 ties with B" is not B.
    const found = s.places.filter((m) => fits(m) && (s !== info || m.end <= before));
    if (found.length) return found[found.length - 1]!.place;
  }
  return null;
}

function distinct(places: PlaceRec[]): PlaceRec[] {
  return places.filter((p, k) => places.indexOf(p) === k);
}
