/**
 * Scoring extracted facts against hand-made gold, with the matching rules of ../shared/corpus/README.md:
 * - names match after folding (nameKey) when equal to the gold name or an alias, or else once generic words
 *   (prefecture, province, city, state, municipality, county, district, region, ward, of, the) are removed from both;
 * - places and people: each gold entity counts once; a prediction that matches no gold entity is a false positive;
 * - partnerships: the unordered pair of matched places; since-year accuracy over matched pairs whose gold since is set;
 * - meetings: dates agree as far as the gold date goes (a null gold date constrains nothing) and participant sets
 *   overlap with Jaccard >= 0.5; each gold meeting matches at most once;
 * - country stats: the same set of countries and the same value.
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
  /** Human-readable misses: "fn partnerships: A - B", "fp people: X". */
  misses: string[];
}

const GENERIC = new Set(['prefecture', 'province', 'city', 'state', 'municipality', 'county', 'district', 'region', 'ward', 'of', 'the']);

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

function setScore(pred: string[], gold: Entity[], goldNames: string[], type: FactType, misses: string[]): Counts {
  const hit = new Set<number>();
  let fp = 0;
  for (const p of pred) {
    const id = matchName(p, gold);
    if (id < 0) {
      fp++;
      misses.push(`fp ${type}: ${p}`);
    } else hit.add(id);
  }
  for (const g of gold) if (!hit.has(g.id)) misses.push(`fn ${type}: ${goldNames[g.id]}`);
  return { tp: hit.size, fp, fn: gold.length - hit.size };
}

/** Scores one article's prediction against its gold. */
export function scoreArticle(file: string, pred: GoldFacts, gold: GoldFacts): ArticleScore {
  const misses: string[] = [];
  const goldPlaces = entities(gold.places);
  const goldPeople = entities(gold.people.map((p) => ({ name: p.name })));
  const counts = {} as Record<FactType, Counts>;
  counts.places = setScore(
    pred.places.map((p) => p.name),
    goldPlaces,
    gold.places.map((p) => p.name),
    'places',
    misses,
  );
  counts.people = setScore(
    pred.people.map((p) => p.name),
    goldPeople,
    gold.people.map((p) => p.name),
    'people',
    misses,
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
  for (const t of pred.partnerships) {
    const g = goldPairs.find((x) => !x.used && x.key === pairKey(t.a, t.b));
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
    if (best) {
      best.used = true;
      mtp++;
    } else {
      mfp++;
      misses.push(`fp meetings: ${m.participants.join(' + ')} (${m.date ?? 'no date'})`);
    }
  }
  for (const g of goldMeetings) if (!g.used) misses.push(`fn meetings: ${g.m.participants.join(' + ')} (${g.m.date ?? 'no date'})`);
  counts.meetings = { tp: mtp, fp: mfp, fn: goldMeetings.filter((g) => !g.used).length };

  // Country figures: same countries, same value.
  const countryKey = (cs: string[]): string => cs.map((c) => nameKey(c)).sort().join('|');
  const goldStats = gold.country_stats.map((s) => ({ s, key: `${countryKey(s.countries)}=${s.value}`, used: false }));
  let stp = 0;
  let sfp = 0;
  for (const s of pred.country_stats) {
    const g = goldStats.find((x) => !x.used && x.key === `${countryKey(s.countries)}=${s.value}`);
    if (g) {
      g.used = true;
      stp++;
    } else {
      sfp++;
      misses.push(`fp country_stats: ${s.countries.join('/')} ${s.value} ${s.metric}`);
    }
  }
  for (const g of goldStats) if (!g.used) misses.push(`fn country_stats: ${g.s.countries.join('/')} ${g.s.value} ${g.s.metric}`);
  counts.country_stats = { tp: stp, fp: sfp, fn: goldStats.filter((g) => !g.used).length };

  return { file, counts, sinceMatched, sinceCorrect, misses };
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
}

export function scoreCorpus(articles: ArticleScore[]): CorpusScore {
  const totals = Object.fromEntries(FACT_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<FactType, Counts>;
  let sinceMatched = 0;
  let sinceCorrect = 0;
  for (const a of articles) {
    for (const t of FACT_TYPES) {
      totals[t].tp += a.counts[t].tp;
      totals[t].fp += a.counts[t].fp;
      totals[t].fn += a.counts[t].fn;
    }
    sinceMatched += a.sinceMatched;
    sinceCorrect += a.sinceCorrect;
  }
  const relations = {
    tp: totals.partnerships.tp + totals.meetings.tp,
    fp: totals.partnerships.fp + totals.meetings.fp,
    fn: totals.partnerships.fn + totals.meetings.fn,
  };
  return { articles, totals, relations, sinceMatched, sinceCorrect };
}

/** The report: per-article misses first, the summary table last (a hook reads the last lines). */
export function formatReport(score: CorpusScore): string {
  const lines: string[] = [];
  for (const a of score.articles) {
    lines.push(`${a.file}: ${a.misses.length ? `${a.misses.length} miss(es)` : 'no misses'}`);
    for (const m of a.misses) lines.push(`  ${m}`);
  }
  lines.push('');
  const f = (x: number): string => x.toFixed(2);
  lines.push('type            P     R     F1    tp  fp  fn');
  const row = (label: string, c: Counts): string => {
    const p = prf(c);
    return `${label.padEnd(14)} ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
  };
  for (const t of FACT_TYPES) lines.push(row(t, score.totals[t]));
  lines.push(row('relations', score.relations));
  const acc = score.sinceMatched ? score.sinceCorrect / score.sinceMatched : 1;
  const sinceLine = `since-year accuracy ${f(acc)} (${score.sinceCorrect}/${score.sinceMatched} matched ties with a gold year)`;
  const fOf = (t: FactType): string => f(prf(score.totals[t]).f1);
  lines.push(sinceLine);
  lines.push(
    `summary: F1 partnerships ${fOf('partnerships')}, meetings ${fOf('meetings')}, people ${fOf('people')}, places ${fOf('places')}; relations ${f(prf(score.relations).f1)}; since ${f(acc)}`,
  );
  return lines.join('\n');
}
