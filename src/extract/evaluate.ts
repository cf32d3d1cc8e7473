/**
 * Scoring extracted facts against hand-made gold, with the matching rules of ../shared/corpus/README.md:
 * - names match after folding (nameKey) when equal to the gold name or an alias, or else once generic words
 *   (prefecture, province, city, state, municipality, county, district, region, ward, of, the) are removed from both;
 * - places and people: each gold entity counts once; a prediction that matches no gold entity is a false positive;
 * - partnerships: the unordered pair of matched places; since-year accuracy over matched pairs whose gold since is set;
 * - meetings: dates agree as far as the gold date goes (a null gold date constrains nothing) and participant sets
 *   overlap with Jaccard >= 0.5; each gold meeting matches at most once;
 * - country stats: the same set of matched countries (or places: matched like a tie's ends) and the same value.
 * Besides the scores, every predicted fact is judged right or wrong (with its confidence), for a calibration table.
 */
import { nameKey } from '../facts/names.ts';
import type { GoldFacts } from './gold.ts';

export const FACT_TYPES = ['places', 'people', 'partnerships', 'meetings', 'country_stats'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  file: string;
  counts: Record<FactType, Counts>;
  sinceMatched: number;
  sinceCorrect: number;
  /** End years: matched pairs whose gold `until` is set, and how many of them have the same extracted year. */
  untilMatched: number;
  untilCorrect: number;
  /** Every predicted fact, right (it matches gold) or wrong, with the extractor's confidence: for calibration. */
  judged: Judged[];
  /** Human-readable misses: "fn partnerships: A - B", "fp people: X". */
  misses: string[];
}

export interface Judged {
  type: FactType;
  confidence: number | null;
  rule: string | null;
  correct: boolean;
}

/** The optional confidence and rule a prediction carries (extract --json writes them; gold files do not). */
interface Scored {
  confidence?: number | null;
  rule?: string | null;
}

function judge(type: FactType, fact: Scored, correct: boolean): Judged {
  return { type, confidence: fact.confidence ?? null, rule: fact.rule ?? null, correct };
}

const GENERIC = new Set([
  'prefecture',
  'province',
  'city',
  'state',
  'municipality',
  'county',
  'district',
  'region',
  'ward',
  'of',
  'the',
]);

function stripped(key: string): string {
  return key
    .split(' ')
    .filter((w) => !GENERIC.has(w))
    .join(' ');
}

interface Entity {
  id: number;
  keys: string[];
}

function entities(list: Array<{ name: string; aliases?: string[] }>): Entity[] {
  return list.map((e, id) => ({ id, keys: [e.name, ...(e.aliases ?? [])].map(nameKey) }));
}

/** The gold entity a predicted name stands for, or -1. Exact (folded) names and aliases first, then stripped ones. */
export function matchName(name: string, gold: Entity[]): number {
  const k = nameKey(name);
  const exact = gold.find((g) => g.keys.includes(k));
  if (exact) return exact.id;
  const s = stripped(k);
  if (!s) return -1;
  const loose = gold.find((g) => g.keys.some((gk) => stripped(gk) === s));
  return loose ? loose.id : -1;
}

function setScore(
  pred: Array<{ name: string } & Scored>,
  gold: Entity[],
  goldNames: string[],
  type: FactType,
  misses: string[],
  judged: Judged[],
): Counts {
  const hit = new Set<number>();
  let fp = 0;
  for (const p of pred) {
    const id = matchName(p.name, gold);
    judged.push(judge(type, p, id >= 0));
    if (id < 0) {
      fp++;
      misses.push(`fp ${type}: ${p.name}`);
    } else hit.add(id);
  }
  for (const g of gold) if (!hit.has(g.id)) misses.push(`fn ${type}: ${goldNames[g.id]}`);
  return { tp: hit.size, fp, fn: gold.length - hit.size };
}

/** Scores one article's prediction against its gold. */
export function scoreArticle(file: string, pred: GoldFacts, gold: GoldFacts): ArticleScore {
  const misses: string[] = [];
  const judged: Judged[] = [];
  const goldPlaces = entities(gold.places);
  // A person's aliases count as the corpus README says ("equals its name or one of its aliases"), as places' do.
  const goldPeople = entities(gold.people);
  const counts = {} as Record<FactType, Counts>;
  counts.places = setScore(
    pred.places,
    goldPlaces,
    gold.places.map((p) => p.name),
    'places',
    misses,
    judged,
  );
  counts.people = setScore(
    pred.people,
    goldPeople,
    gold.people.map((p) => p.name),
    'people',
    misses,
    judged,
  );

  // Partnerships: ends are matched to gold places; an end no gold place matches keeps its own folded name.
  const placeId = (name: string): string => {
    const id = matchName(name, goldPlaces);
    return id >= 0 ? `#${id}` : `?${stripped(nameKey(name))}`;
  };
  const pairKey = (a: string, b: string): string => [placeId(a), placeId(b)].sort().join('|');
  const goldPairs = gold.partnerships.map((t) => ({ key: pairKey(t.a, t.b), t, used: false }));
  let ptp = 0;
  let pfp = 0;
  let sinceMatched = 0;
  let sinceCorrect = 0;
  let untilMatched = 0;
  let untilCorrect = 0;
  for (const t of pred.partnerships) {
    const g = goldPairs.find((x) => !x.used && x.key === pairKey(t.a, t.b));
    judged.push(judge('partnerships', t, g !== undefined));
    if (!g) {
      pfp++;
      misses.push(`fp partnerships: ${t.a} - ${t.b}`);
      continue;
    }
    g.used = true;
    ptp++;
    if (g.t.since !== null) {
      sinceMatched++;
      if (t.since === g.t.since) sinceCorrect++;
      else misses.push(`since: ${g.t.a} - ${g.t.b}: extracted ${t.since ?? 'null'}, gold ${g.t.since}`);
    }
    if (g.t.until !== undefined && g.t.until !== null) {
      untilMatched++;
      if (t.until === g.t.until) untilCorrect++;
      else misses.push(`until: ${g.t.a} - ${g.t.b}: extracted ${t.until ?? 'null'}, gold ${g.t.until}`);
    }
  }
  for (const g of goldPairs) if (!g.used) misses.push(`fn partnerships: ${g.t.a} - ${g.t.b}`);
  counts.partnerships = { tp: ptp, fp: pfp, fn: goldPairs.filter((g) => !g.used).length };

  // Meetings: participants are matched to gold people; unmatched names stay distinct.
  const personId = (name: string): string => {
    const id = matchName(name, goldPeople);
    return id >= 0 ? `#${id}` : `?${nameKey(name)}`;
  };
  const goldMeetings = gold.meetings.map((m) => ({ m, ids: new Set(m.participants.map(personId)), used: false }));
  let mtp = 0;
  let mfp = 0;
  for (const m of pred.meetings) {
    const ids = new Set(m.participants.map(personId));
    let best: (typeof goldMeetings)[number] | null = null;
    let bestJ = 0;
    for (const g of goldMeetings) {
      if (g.used || !datesAgree(m.date, g.m.date)) continue;
      const j = jaccard(ids, g.ids);
      if (j >= 0.5 && j > bestJ) {
        best = g;
        bestJ = j;
      }
    }
    judged.push(judge('meetings', m, best !== null));
    if (best) {
      best.used = true;
      mtp++;
    } else {
      mfp++;
      misses.push(`fp meetings: ${m.participants.join(' + ')} (${m.date ?? 'no date'})`);
    }
  }
  for (const g of goldMeetings)
    if (!g.used) misses.push(`fn meetings: ${g.m.participants.join(' + ')} (${g.m.date ?? 'no date'})`);
  counts.meetings = { tp: mtp, fp: mfp, fn: goldMeetings.filter((g) => !g.used).length };

  // Figures: the same set of places (matched to gold places like the ends of a tie), the same value.
  const countryKey = (cs: string[]): string => [...new Set(cs.map(placeId))].sort().join('|');
  const goldStats = gold.country_stats.map((s) => ({ s, key: `${countryKey(s.countries)}=${s.value}`, used: false }));
  let stp = 0;
  let sfp = 0;
  for (const s of pred.country_stats) {
    const g = goldStats.find((x) => !x.used && x.key === `${countryKey(s.countries)}=${s.value}`);
    judged.push(judge('country_stats', s, g !== undefined));
    if (g) {
      g.used = true;
      stp++;
    } else {
      sfp++;
      misses.push(`fp country_stats: ${s.countries.join('/')} ${s.value} ${s.metric}`);
    }
  }
  for (const g of goldStats)
    if (!g.used) misses.push(`fn country_stats: ${g.s.countries.join('/')} ${g.s.value} ${g.s.metric}`);
  counts.country_stats = { tp: stp, fp: sfp, fn: goldStats.filter((g) => !g.used).length };

  return { file, counts, sinceMatched, sinceCorrect, untilMatched, untilCorrect, judged, misses };
}

/** A predicted date agrees with the gold one when it starts with it; a null gold date constrains nothing. */
export function datesAgree(pred: string | null, gold: string | null): boolean {
  if (gold === null) return true;
  return pred !== null && (pred === gold || pred.startsWith(`${gold}-`));
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface CorpusScore {
  articles: ArticleScore[];
  totals: Record<FactType, Counts>;
  relations: Counts;
  sinceMatched: number;
  sinceCorrect: number;
  untilMatched: number;
  untilCorrect: number;
}

export function scoreCorpus(articles: ArticleScore[]): CorpusScore {
  const totals = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, Counts>;
  let sinceMatched = 0;
  let sinceCorrect = 0;
  let untilMatched = 0;
  let untilCorrect = 0;
  for (const a of articles) {
    for (const t of FACT_TYPES) {
      totals[t].tp += a.counts[t].tp;
      totals[t].fp += a.counts[t].fp;
      totals[t].fn += a.counts[t].fn;
    }
    sinceMatched += a.sinceMatched;
    sinceCorrect += a.sinceCorrect;
    untilMatched += a.untilMatched;
    untilCorrect += a.untilCorrect;
  }
  const relations = {
    tp: totals.partnerships.tp + totals.meetings.tp,
    fp: totals.partnerships.fp + totals.meetings.fp,
    fn: totals.partnerships.fn + totals.meetings.fn,
  };
  return { articles, totals, relations, sinceMatched, sinceCorrect, untilMatched, untilCorrect };
}

/**
 * The held-out part of a corpus: every fourth article by sorted file name, starting with the fourth (sorted index 3,
 * 7, 11, ...). The rule is fixed so that the part nobody reads for failure patterns stays the same from run to run.
 */
export function isHeldOut(sortedIndex: number): boolean {
  return sortedIndex % 4 === 3;
}

export interface ReportOptions {
  /** A heading line for this part of the corpus. */
  title?: string;
  /** Print each article's misses before the table (off for the held-out part, whose text must stay unread). */
  misses?: boolean;
}

/** The report: per-article misses first (when asked), the table after, the one-line summary last (a hook reads it). */
export function formatReport(score: CorpusScore, options: ReportOptions = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(`== ${options.title} (${score.articles.length} articles) ==`);
  if (options.misses ?? true) {
    for (const a of score.articles) {
      lines.push(`${a.file}: ${a.misses.length ? `${a.misses.length} miss(es)` : 'no misses'}`);
      for (const m of a.misses) lines.push(`  ${m}`);
    }
    lines.push('');
  }
  const f = (x: number): string => x.toFixed(2);
  lines.push('type            P     R     F1    tp  fp  fn');
  const row = (label: string, c: Counts): string => {
    const p = prf(c);
    return (
      `${label.padEnd(14)} ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${String(c.tp).padStart(3)} ` +
      `${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`
    );
  };
  for (const t of FACT_TYPES) lines.push(row(t, score.totals[t]));
  lines.push(row('relations', score.relations));
  const acc = score.sinceMatched ? score.sinceCorrect / score.sinceMatched : 1;
  const untilAcc = score.untilMatched ? score.untilCorrect / score.untilMatched : 1;
  lines.push(
    `since-year accuracy ${f(acc)} (${score.sinceCorrect}/${score.sinceMatched} matched ties with a gold year)`,
  );
  lines.push(
    `until-year accuracy ${f(untilAcc)} (${score.untilCorrect}/${score.untilMatched} matched ties with a gold ` +
      `end year)`,
  );
  const fOf = (t: FactType): string => f(prf(score.totals[t]).f1);
  lines.push(
    `summary: F1 partnerships ${fOf('partnerships')}, meetings ${fOf('meetings')}, people ${fOf('people')}, ` +
      `places ${fOf('places')}, figures ${fOf('country_stats')}; relations ${f(prf(score.relations).f1)}; since ` +
      `${f(acc)}; until ${f(untilAcc)}`,
  );
  return lines.join('\n');
}

export interface CalibrationRow {
  /** Lower bound of the confidence bucket (inclusive); the bucket is [low, low + 0.1), the last one includes 1. */
  low: number;
  count: number;
  correct: number;
  meanConfidence: number;
}

/** Predicted facts bucketed by confidence (tenths), with how many in each bucket were right. */
export function calibration(judged: Judged[]): CalibrationRow[] {
  const rows = new Map<number, CalibrationRow>();
  for (const j of judged) {
    if (j.confidence === null) continue;
    const low = Math.min(9, Math.floor(j.confidence * 10 + 1e-9)) / 10;
    const row = rows.get(low) ?? { low, count: 0, correct: 0, meanConfidence: 0 };
    row.meanConfidence = (row.meanConfidence * row.count + j.confidence) / (row.count + 1);
    row.count++;
    if (j.correct) row.correct++;
    rows.set(low, row);
  }
  return [...rows.values()].sort((a, b) => a.low - b.low);
}

export function formatCalibration(title: string, judged: Judged[]): string {
  const lines = [`calibration, ${title}: confidence bucket, facts, mean confidence, observed precision`];
  for (const r of calibration(judged)) {
    const high = r.low >= 0.9 ? '1.0]' : `${(r.low + 0.1).toFixed(1)})`;
    lines.push(
      `  [${r.low.toFixed(1)}, ${high}  ${String(r.count).padStart(4)}  ${r.meanConfidence.toFixed(2)} ` +
        ` ${(r.correct / r.count).toFixed(2)}`,
    );
  }
  return lines.join('\n');
}
