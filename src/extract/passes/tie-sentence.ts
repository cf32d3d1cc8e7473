/**
 * What the tie passes share: one sentence with its tie cues and the places that can end a tie, and small readers of
 * the words between them. Each pass (tie-*.ts) takes a `TieSentence` and returns the pairs it finds, named by rule.
 */
import { DATELINE } from '../dates.ts';
import type { Doc, PlaceMention, PlaceRec, SentenceInfo } from '../document.ts';
import { type GazEntry, gazetteer, placeKey, stripGeneric } from '../gazetteer/index.ts';
import { nameKey } from '../../facts/names.ts';

/** Two ends, the cue that links them, the rule that found them, and optionally the part of the sentence that speaks
 * of this pair alone (its years are looked for there). */
export interface Pair {
  a: PlaceMention;
  b: PlaceMention;
  cue: RegExpExecArray;
  rule: string;
  window?: [number, number];
}

export interface TieSentence {
  doc: Doc;
  /** Index of the sentence in doc.sentences. */
  n: number;
  info: SentenceInfo;
  text: string;
  /** Tie cues of the sentence, in order (at least one). */
  cues: RegExpExecArray[];
  /** Places that can end a tie: named, not countries, not qualifiers of another place. */
  ends: PlaceMention[];
  /** Where pairs found so far reach: per-cue passes skip cues before it ("between A and B" covers its list). */
  covered: number;
}

export function tieSentence(doc: Doc, n: number, cues: RegExpExecArray[]): TieSentence {
  const info = doc.sentences[n]!;
  return { doc, n, info, text: info.s.text, cues, ends: endsOf(info), covered: -1 };
}

export function pair(
  a: PlaceMention,
  b: PlaceMention,
  cue: RegExpExecArray,
  rule: string,
  window?: [number, number],
): Pair {
  return window ? { a, b, cue, rule, window } : { a, b, cue, rule };
}

/** Places that can be an end of a tie: named, not countries, not adjectives of countries. */
export function endsOf(info: SentenceInfo): PlaceMention[] {
  return info.places.filter((m) => m.place.kind !== 'country' && !m.qualifies);
}

/** The places that end ties in the whole article, with how often each is named, most named first. */
export function endsByMentions(doc: Doc): Array<[PlaceRec, number]> {
  const counts = new Map<PlaceRec, number>();
  for (const info of doc.sentences) for (const m of endsOf(info)) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The ends a sentence is about, past a news dateline that opens it ("WUHAN, Sept 12 (Xinhua) -- Hubei has ..." is
 * about Hubei, not about the town the dispatch was filed from).
 */
export function subjectEndsOf(info: SentenceInfo): PlaceMention[] {
  const dateline = DATELINE.exec(info.s.text);
  const ends = endsOf(info);
  return dateline ? ends.filter((p) => p.start >= dateline[0].length) : ends;
}

/** A sentence that opens with a reference to a place named before: "The town ...", "Its ...", "It ...". */
const REFERENCE_OPENING =
  /^\W*(?:The\s+(?:city|town|municipality|province|prefecture|state|county|region|borough|district)\b|Its?\b)/;

/**
 * The sentence a reference in sentence `n` ("its", "the town") looks back to: the one before, or, past sentences that
 * themselves open with such a reference, the one they look back to ("A has links abroad. The town is twinned with B.
 * The town's partnership with C followed": the third looks back to the first).
 */
export function referredSentence(doc: Doc, n: number): number {
  let back = n - 1;
  while (back > 0 && n - back < 4 && REFERENCE_OPENING.test(doc.sentences[back]!.s.text)) back--;
  return back;
}

/** Ends that start at or after `pos`. */
export function endsAfter(ts: TieSentence, pos: number): PlaceMention[] {
  return ts.ends.filter((p) => p.start >= pos);
}

/** The words between two offsets, with qualifiers ("Wuhan, Hubei province") left out. */
export function wordsBetween(ts: TieSentence, from: number, to: number): string {
  let g = '';
  let at = from;
  for (const q of ts.info.places) {
    if (q.start < at || q.end > to) continue;
    // A country after "in (the)" qualifies the place before it even when not read as its qualifier.
    if (!q.qualifies && !(q.place.kind === 'country' && /\s(?:in|of)\s+(?:the\s+)?$/.test(ts.text.slice(at, q.start))))
      continue;
    // "Ferrara in Italy", "Foshan, China", "Eindhoven in the Netherlands": the qualifier and the words that join it go.
    // "Deventer, the Netherlands": the article of the country goes with it.
    g += ts.text.slice(at, q.start).replace(/\s+(?:in|of)\s+(?:the\s+)?$|(?<=,)\s*the\s+$/, ' ');
    at = q.end;
  }
  return g + ts.text.slice(at, to);
}

/** The words between two ends, commas and spaces folded: "and", "with", "". */
export function gapOf(ts: TieSentence, a: PlaceMention, b: PlaceMention): string {
  return wordsBetween(ts, a.end, b.start)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s,]+/g, ' ')
    .trim();
}

export function nearestCue(cues: RegExpExecArray[], pos: number): RegExpExecArray {
  let best = cues[0]!;
  for (const c of cues) if (Math.abs(c.index - pos) < Math.abs(best.index - pos)) best = c;
  return best;
}

/** End of the clause that starts at `pos`: a full stop, a semicolon, or a comma before a verb-ish word. */
export function clauseEnd(text: string, pos: number, allowCommas: boolean): number {
  const rest = text.slice(pos);
  const stop = allowCommas
    ? /[;.!?](?:\s|$)|,\s+(?:which|who|while|but|as|when|where|saying|adding)\b/
    : new RegExp(
        String.raw`[;.!?](?:\s|$)|,\s+(?:which|who|while|but|as|when|where|saying|adding|he|she|they|and)\b` +
          String.raw`|\s+(?:for|in|since)\s+\d`,
        '',
      );
  const m = stop.exec(rest);
  return m ? pos + m.index : text.length;
}

export function inQuote(info: SentenceInfo, pos: number): boolean {
  return info.quotes.some(([a, b]) => pos >= a && pos < b);
}

/**
 * What may stand between two items of a list of partners: commas, "and", short modifiers ("second (B) and third
 * (C)"); not a phrase that describes the item before ("A the capital of the state of B", "A in B").
 */
export function listGap(gap: string): boolean {
  // "B (52 years) and the English town of C": a parenthesis and a description of the next item are no obstacle.
  const g = gap
    .replace(/\([^)]*\)/g, ' ')
    .replace(
      /\b(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:town|city|municipality|village|county|province|region|state)\s+of\s*$/u,
      '',
    )
    // "B and the Leningrad region": an article before the next item.
    .replace(/(^|\band|,)\s*the\s*$/i, '$1')
    .trim();
  // ("B, along with C": C shares the tie with the owner, no partner of it; "B, welcomed a delegation from C": a
  // preposition other than "with" opens a phrase of its own, so C is no item of the list)
  return (
    g.length <= 30 &&
    !/\b(?:the|of|in|near|capital|which|who|where|along|together|alongside|like|unlike)\b/i.test(g) &&
    !/\b(?:from|to|by|for|at|on|into|during|after|before|toward|towards)\b/i.test(g)
  );
}

/**
 * The place that opens the source line ("X Town Council", "X Sister Cities Association"): the one the text names, else
 * (a newsletter that writes its town only in a shouted heading) the gazetteer's town or division of that name, the
 * largest, added to the document's places.
 */
export function publisherPlace(doc: Doc): PlaceRec | null {
  const source = doc.article.source;
  if (!source) return null;
  for (const info of doc.sentences)
    for (const m of endsOf(info))
      if (source.startsWith(`${m.place.name} `) || source.startsWith(`${info.s.text.slice(m.start, m.end)} `))
        return m.place;
  // "City of X - News", "Ville de X", "Comune di X - Ufficio Stampa": the body's town after its word for a town.
  const town = TOWN_OF.exec(source);
  if (town)
    for (const info of doc.sentences)
      for (const m of endsOf(info))
        if (town[1]!.startsWith(m.place.name) || town[1]!.startsWith(info.s.text.slice(m.start, m.end))) return m.place;
  const cached = unnamedPublisher.get(doc);
  if (cached !== undefined) return cached;
  const rec = sourcePlace(doc, source);
  unnamedPublisher.set(doc, rec);
  return rec;
}

const unnamedPublisher = new WeakMap<Doc, PlaceRec | null>();

/** A body's own words after its town's name in a source line: "Sister Cities Association", "Town Council". */
const SOURCE_BODY = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?)(?:(?:Town|City|Borough|County|District|Municipal|Metropolitan)\s+)?` +
    String.raw`(?:Sister|Twinning|Twin|Council|Association|Committee|City Hall|Municipality|Government|Office|Mayor)\b`,
  'u',
);

function sourcePlace(doc: Doc, source: string): PlaceRec | null {
  const m = SOURCE_BODY.exec(source);
  if (!m || doc.sentences.length === 0) return null;
  const name = m[1]!.trim();
  const entry = gazetteer()
    .lookup(placeKey(name))
    .filter((e) => e.kind !== 'country')
    .reduce<GazEntry | null>((best, e) => (!best || e.population > best.population ? e : best), null);
  // Only a town or division of that very name, written in full ("Duluth", not "Duluth Area").
  if (!entry || nameKey(stripGeneric(entry.name)) !== nameKey(name)) return null;
  const known = doc.places.find((p) => p.entry === entry);
  if (known) return known;
  const rec: PlaceRec = {
    name: entry.kind === 'city' ? name : entry.name,
    kind: entry.kind,
    country: entry.country || null,
    entry,
    aliases: new Set(entry.name !== name ? [entry.name] : []),
    sentence: doc.sentences[0]!.s,
    named: false,
  };
  doc.places.push(rec);
  return rec;
}

/** A town's own body named by its word for a town: "City of X", "Ville de X", "Comune di X", "Prefeitura de X". */
const TOWN_OF = new RegExp(
  String.raw`^(?:(?:The\s+)?(?:City|Town|Municipality|Borough|District|County|Province|Prefecture|Ville|Mairie` +
    String.raw`|Comune|Commune|Città|Prefeitura(?: Municipal)?|Câmara Municipal|Municipio|Municipalidad` +
    String.raw`|Gobierno Municipal|Ayuntamiento|Gemeinde|Stadt|Urząd Miejski)(?:\s+(?:of|de|di|do|da|del|w))?)` +
    String.raw`\s+(\p{Lu}[^,;|]*)`,
  'u',
);

/**
 * A source that is a place's own body: a council, an association, a city hall, a city's or prefecture's section, a
 * town's own press office; not a newspaper.
 */
const OWN_BODY = new RegExp(
  String.raw`\b(?:Council|Association|Committee|City Hall|Municipality|Municipal|Government|Office|Mayor|Section` +
    String.raw`|Division|Department|Bureau)\b` +
    String.raw`|^(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:City|Town|Prefecture|Province|State|County)` +
    String.raw`\s*(?:,|-|$)|${TOWN_OF.source}`,
  'u',
);

/** The publisher's place as a mention, when the source is that place's own body: "the friendship link with X". */
export function publisherMention(ts: TieSentence): PlaceMention | null {
  const source = ts.doc.article.source;
  const home = source && OWN_BODY.test(source) ? publisherPlace(ts.doc) : null;
  return home ? { start: -1, end: -1, place: home, adjective: false, qualifies: null, possessive: false } : null;
}

/** A sentence of reported speech ending with its pronoun speaker: "..., she said.", "..., he added." */
const REPORTED_SPEECH_END = /,\s+(?:he|she)\s+(?:said|says|added|noted|recalled|explained)\.?\s*$/i;

/** "we", "us", "our city", "our town" in quoted speech: the speaker's own place. */
const WE_IN_QUOTE = new RegExp(
  String.raw`\b(?:we|us|our\s+(?:(?:own|two)\s+)?(?:city|town|cities|towns|municipality|province|prefecture` +
    String.raw`|state|region|community))\b`,
  'i',
);
/** "she said", "said he", "he added": a pronoun speaker outside the quote. */
const PRONOUN_SPEAKER = new RegExp(
  String.raw`\b(?:(?:he|she)\s+(?:said|says|added|told|recalled|noted|explained|stressed)` +
    String.raw`|(?:said|says|added)\s+(?:he|she))\b`,
  'i',
);

/**
 * The speaker's place for "we" / "our city" in quoted speech that owns a tie word of the same quote ("'Since 1979 we
 * have been twinned with B,' Mayor X of A told ..."): the place of the office of the person the sentence names outside
 * the quote, or, after "she said", of the last official named in the sentences just before (same paragraph). Null when
 * the cue is not in a quote, the quote has no "we"/"our", or the speaker holds no office of a place.
 */
/** The place of a person's first office that is no country's. */
function officePlace(m: { person: { offices: Array<{ place: PlaceRec | null }> } }): PlaceRec | null {
  return m.person.offices.find((o) => o.place && o.place.kind !== 'country')?.place ?? null;
}

/**
 * After "she said": the place of the last official named outside quotes in the sentences just before (up to two, same
 * paragraph).
 */
function lastSpeakerPlace(ts: TieSentence): PlaceRec | null {
  for (let k = ts.n - 1; k >= Math.max(0, ts.n - 2); k--) {
    const s = ts.doc.sentences[k]!;
    if (s.s.para !== ts.info.s.para || s.s.isTitle) break;
    const last = [...s.people].reverse().find((m) => !inQuote(s, m.start));
    const place = last && officePlace(last);
    if (place) return place;
  }
  return null;
}

export function speakerOwner(
  ts: TieSentence,
  at: number,
  target: PlaceMention | null,
  ours = false,
): PlaceMention | null {
  const { info } = ts;
  const quote = info.quotes.find(([a, b]) => at >= a && at < b);
  // Reported speech with no quote marks: "Ties were established with B in 1992, she said." (an owner named nowhere
  // in the clause): the place of the official who spoke just before.
  if (!quote && !ours && !target && REPORTED_SPEECH_END.test(ts.text) && !ts.ends.some((p) => p.end <= at)) {
    const place = lastSpeakerPlace(ts);
    return place ? { start: at, end: at, place, adjective: false, qualifies: null, possessive: false } : null;
  }
  if (!quote || (!ours && !WE_IN_QUOTE.test(ts.text.slice(quote[0], at)))) return null;
  let place: PlaceRec | null = null;
  const outside = info.people.filter((m) => !inQuote(info, m.start));
  if (outside.length) place = officePlace(outside[0]!);
  else {
    const rest = `${ts.text.slice(0, quote[0])} ${ts.text.slice(quote[1])}`;
    if (!PRONOUN_SPEAKER.test(rest)) return null;
    place = lastSpeakerPlace(ts);
  }
  if (!place || (target && place === target.place)) return null;
  // It stands at the quote's start, so the quote's own year ("'Since 1979 we have been ...'") is near the pair.
  return { start: quote[0], end: quote[0], place, adjective: false, qualifies: null, possessive: false };
}
