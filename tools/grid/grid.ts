/**
 * Construction grids: made-up one- or two-sentence articles, each built from one construction of the genre's grammar
 * (how news copy states a tie or a meeting) and one set of made-up fillers (towns, people, years), with the facts it
 * states. A grid crosses every construction with every filler, so that it measures the extractor's coverage of the
 * grammar rather than of an article's wording: a construction that works for one pair of towns and not another, or for
 * "twinned" and not for "partner towns", shows a rule written for an example.
 *
 * `npm run eval:grid` scores the tuning grids with their misses (tie-grid.ts, meeting-grid.ts) and the held-out grids
 * (held-out/) as totals only, written by others blind to the rules: they are only scored, never read for misses.
 */
import { extractFacts } from '../../src/extract/index.ts';
import { datesAgree, jaccard } from '../../src/extract/evaluate.ts';
import { nameKey } from '../../src/facts/names.ts';

export interface GridTie {
  a: string;
  b: string;
  since: number | null;
  /** The year the tie ended or was suspended; absent or null when the text says it goes on. */
  until?: number | null;
}

export interface GridMeeting {
  participants: string[];
  /** YYYY-MM-DD, YYYY-MM or null, as the corpus gold writes them. */
  date: string | null;
}

export interface GridCase {
  /** The construction's name, the same for every filler: "A and B have been twinned since Y". */
  construction: string;
  /** The whole article, header line included (` date YYYY-MM-DD Title`). */
  article: string;
  ties?: GridTie[];
  meetings?: GridMeeting[];
  /** Pairs the text must not be read as tied (a precision trap): "A and B are cities with many sister cities". */
  notTied?: Array<{ a: string; b: string }>;
}

/** The counts a case scores and a grid sums. A fact counts once; a trap pair read as a tie is a false tie. */
export interface GridCounts {
  ties: number;
  tiesFound: number;
  yearsRight: number;
  untilsStated: number;
  untilsRight: number;
  meetings: number;
  meetingsFound: number;
  falseTies: number;
  /** Ties and meetings extracted that the case does not state (its trap pairs among them). */
  extraTies: number;
  extraMeetings: number;
}

const COUNTS: ReadonlyArray<keyof GridCounts> = [
  'ties',
  'tiesFound',
  'yearsRight',
  'untilsStated',
  'untilsRight',
  'meetings',
  'meetingsFound',
  'falseTies',
  'extraTies',
  'extraMeetings',
];

/** What one case scored. */
export interface CaseScore extends GridCounts {
  case: GridCase;
  /** Human-readable misses for the report. */
  misses: string[];
}

const pairKey = (a: string, b: string) => [nameKey(a), nameKey(b)].sort().join('|');

/**
 * Scores one case. Names match after folding (nameKey): the expected names are written as the text writes them.
 * Meetings match as in the corpus evaluation: dates agree as far as the expected one goes, participants overlap with
 * Jaccard >= 0.5.
 */
export function scoreCase(c: GridCase): CaseScore {
  const facts = extractFacts(c.article, { file: 'grid.txt' });
  const misses: string[] = [];
  const byPair = new Map(facts.partnerships.map((t) => [pairKey(t.a, t.b), t]));
  let tiesFound = 0;
  let yearsRight = 0;
  let untilsStated = 0;
  let untilsRight = 0;
  for (const want of c.ties ?? []) {
    const got = byPair.get(pairKey(want.a, want.b));
    if (!got) {
      misses.push(`missed tie ${want.a} - ${want.b}`);
      continue;
    }
    tiesFound++;
    if ((got.since ?? null) === want.since) yearsRight++;
    else misses.push(`since ${got.since ?? 'none'}, not ${want.since ?? 'none'}: ${want.a} - ${want.b}`);
    if (want.until != null) {
      untilsStated++;
      if (got.until === want.until) untilsRight++;
      else misses.push(`until ${got.until ?? 'none'}, not ${want.until}: ${want.a} - ${want.b}`);
    }
  }
  const falseTies = (c.notTied ?? []).filter((t) => byPair.has(pairKey(t.a, t.b))).length;
  if (falseTies) misses.push(`${falseTies} trap pair(s) read as tied`);
  const stated = new Set((c.ties ?? []).map((t) => pairKey(t.a, t.b)));
  const extraTies = facts.partnerships.filter((t) => !stated.has(pairKey(t.a, t.b)));
  for (const t of extraTies) misses.push(`extra tie ${t.a} - ${t.b}`);
  const predicted = facts.meetings.map((m) => ({
    date: m.date,
    ids: new Set(m.participants.map(nameKey)),
    used: false,
  }));
  let meetingsFound = 0;
  for (const want of c.meetings ?? []) {
    const ids = new Set(want.participants.map(nameKey));
    const hit = predicted.find((m) => !m.used && datesAgree(m.date, want.date) && jaccard(ids, m.ids) >= 0.5);
    if (hit) {
      hit.used = true;
      meetingsFound++;
    } else misses.push(`missed meeting ${want.participants.join(' + ')} (${want.date ?? 'no date'})`);
  }
  const extraMeetings = facts.meetings.filter((_, k) => !predicted[k]!.used);
  for (const m of extraMeetings) misses.push(`extra meeting ${m.participants.join(' + ')} (${m.date ?? 'no date'})`);
  return {
    case: c,
    ties: c.ties?.length ?? 0,
    tiesFound,
    yearsRight,
    untilsStated,
    untilsRight,
    meetings: c.meetings?.length ?? 0,
    meetingsFound,
    falseTies,
    extraTies: extraTies.length,
    extraMeetings: extraMeetings.length,
    misses,
  };
}

export interface GridTotals extends GridCounts {
  cases: number;
  /** Trap pairs the cases hold. */
  traps: number;
}

export function totals(scores: readonly CaseScore[]): GridTotals {
  const summed = Object.fromEntries(
    COUNTS.map((key) => [key, scores.reduce((n, s) => n + s[key], 0)]),
  ) as unknown as GridCounts;
  return {
    ...summed,
    cases: scores.length,
    traps: scores.reduce((n, s) => n + (s.case.notTied?.length ?? 0), 0),
  };
}
