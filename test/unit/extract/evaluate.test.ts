import { describe, expect, it } from 'vitest';
import {
  calibration,
  datesAgree,
  formatReport,
  isHeldOut,
  jaccard,
  matchName,
  prf,
  scoreArticle,
  scoreCorpus,
} from '../../../src/extract/evaluate.ts';
import type { GoldFacts } from '../../../src/extract/gold.ts';

const gold = (over: Partial<GoldFacts>): GoldFacts => ({
  document: { date: '2020-01-01', title: 't', source: null, url: null },
  places: [],
  people: [],
  partnerships: [],
  meetings: [],
  country_stats: [],
  ...over,
});

describe('matching rules', () => {
  const places = [
    { id: 0, keys: ['shizuoka prefecture', 'shizuoka'] },
    { id: 1, keys: ['xi an'] },
  ];
  it('matches folded names and aliases, then names without generic words', () => {
    expect(matchName('SHIZUOKA', places)).toBe(0);
    expect(matchName('Shizuoka City', places)).toBe(0);
    expect(matchName('Xi’an', places)).toBe(1);
    expect(matchName('Nara', places)).toBe(-1);
  });

  it('dates agree as far as the gold date goes; a null gold date constrains nothing', () => {
    expect(datesAgree('2004-05-12', '2004-05')).toBe(true);
    expect(datesAgree('2004', '2004-05')).toBe(false);
    expect(datesAgree(null, '2004')).toBe(false);
    expect(datesAgree(null, null)).toBe(true);
    expect(datesAgree('2004-05-12', null)).toBe(true);
  });

  it('computes Jaccard overlap and precision/recall/F1', () => {
    expect(jaccard(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(1 / 3);
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});

describe('scoreArticle', () => {
  const g = gold({
    places: [
      { name: 'Harbor Town', aliases: [], kind: 'city', country: 'United States' },
      { name: 'Hillview', aliases: [], kind: 'city', country: 'Japan' },
      { name: 'Seaside', aliases: [], kind: 'city', country: 'France' },
    ],
    people: [
      { name: 'Aki Tanaka', titles: ['Mayor'], country: 'Japan', office_place: 'Hillview' },
      { name: 'Sam Brook', titles: ['Councilman'], country: 'United States', office_place: 'Harbor Town' },
    ],
    partnerships: [
      { a: 'Harbor Town', b: 'Hillview', kind: 'sister', since: 1984, since_basis: 'stated' },
      { a: 'Harbor Town', b: 'Seaside', kind: 'sister', since: null, since_basis: 'unknown' },
    ],
    meetings: [{ participants: ['Aki Tanaka', 'Sam Brook'], date: '2001-07-16', place: 'Harbor Town' }],
    country_stats: [{ countries: ['China', 'Japan'], metric: 'sister city pairs', value: 250, qualifier: 'more than' }],
  });

  it('counts each gold entity once, pairs unordered, meetings by date and Jaccard >= 0.5', () => {
    const pred = gold({
      places: [
        { name: 'Harbor Town City', aliases: [], kind: 'city', country: 'United States' },
        { name: 'Harbor Town', aliases: [], kind: 'city', country: 'United States' },
        { name: 'Lakeside', aliases: [], kind: 'city', country: 'Japan' },
      ],
      people: [{ name: 'Aki Tanaka', titles: [], country: null, office_place: null }],
      partnerships: [
        { a: 'Hillview', b: 'Harbor Town', kind: 'friendship', since: 1983, since_basis: 'stated' },
        { a: 'Lakeside', b: 'Harbor Town', kind: 'sister', since: null, since_basis: 'unknown' },
      ],
      meetings: [{ participants: ['Aki Tanaka'], date: '2001-07-16', place: null }],
      country_stats: [{ countries: ['Japan', 'China'], metric: 'pairs', value: 250, qualifier: 'about' }],
    });
    const s = scoreArticle('a.txt', pred, g);
    expect(s.counts.places).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(s.counts.people).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.counts.partnerships).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.counts.meetings).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.country_stats).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect([s.sinceMatched, s.sinceCorrect]).toEqual([1, 0]);
    expect(s.misses).toContain('since: Harbor Town - Hillview: extracted 1983, gold 1984');
  });

  it('a meeting on another day, or with too little overlap, does not match', () => {
    const pred = gold({ meetings: [{ participants: ['Aki Tanaka', 'Sam Brook'], date: '2001-07-17', place: null }] });
    expect(scoreArticle('a.txt', pred, g).counts.meetings).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('ends the report with the summary table', () => {
    const report = formatReport(scoreCorpus([scoreArticle('a.txt', g, g)]));
    const last = report.split('\n').slice(-4);
    expect(last[0]).toMatch(/^relations\s+1\.00\s+1\.00\s+1\.00/);
    expect(last[2]).toMatch(/^until-year accuracy/);
    expect(last[3]).toMatch(/^summary: F1 partnerships 1\.00, meetings 1\.00, people 1\.00/);
  });
});

describe('people', () => {
  it("matches a person by one of the gold's aliases, as a place", () => {
    const truth = gold({
      people: [{ name: 'Ada Quist', aliases: ['Councilor Quist'], titles: [], country: null, office_place: null }],
    });
    const predicted = gold({
      people: [{ name: 'Councilor Quist', aliases: [], titles: [], country: null, office_place: null }],
    });
    expect(scoreArticle('a.txt', predicted, truth).counts.people).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('held-out part, end years, calibration', () => {
  it('holds out every fourth article by sorted name, starting with the fourth', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].filter(isHeldOut)).toEqual([3, 7]);
  });

  it('scores end years over matched ties whose gold has one, and figures by matched places', () => {
    const g = gold({
      places: [
        { name: 'Harbor Town', aliases: [], kind: 'city', country: null },
        { name: 'Hillview', aliases: [], kind: 'city', country: null },
        { name: 'Lakeland Province', aliases: ['Lakeland'], kind: 'province', country: null },
      ],
      partnerships: [
        { a: 'Harbor Town', b: 'Hillview', kind: 'sister', since: 1984, since_basis: 'stated', until: 2019 },
      ],
      country_stats: [{ countries: ['Lakeland'], metric: 'sister cities', value: 40, qualifier: null }],
    });
    const pred = gold({
      partnerships: [
        { a: 'Hillview', b: 'Harbor Town', kind: 'sister', since: 1984, since_basis: 'stated', until: 2018 },
      ],
      country_stats: [{ countries: ['Lakeland Province'], metric: 'x', value: 40, qualifier: null }],
    });
    const s = scoreArticle('a.txt', pred, g);
    expect([s.untilMatched, s.untilCorrect]).toEqual([1, 0]);
    expect(s.counts.country_stats).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('buckets judged facts by confidence with the precision observed in each', () => {
    const rows = calibration([
      { type: 'places', confidence: 0.95, rule: null, correct: true },
      { type: 'places', confidence: 1, rule: null, correct: false },
      { type: 'people', confidence: 0.55, rule: null, correct: true },
      { type: 'people', confidence: null, rule: null, correct: true },
    ]);
    expect(rows.map((r) => [r.low, r.count, r.correct])).toEqual([
      [0.5, 1, 1],
      [0.9, 2, 1],
    ]);
  });

  it("leaves a part's misses out when asked (the held-out part is only scored)", () => {
    const g = gold({ places: [{ name: 'Hillview', aliases: [], kind: 'city', country: null }] });
    const report = formatReport(scoreCorpus([scoreArticle('a.txt', gold({}), g)]), {
      title: 'held-out',
      misses: false,
    });
    expect(report).not.toContain('Hillview');
    expect(report.split('\n')[0]).toBe('== held-out (1 articles) ==');
  });
});
