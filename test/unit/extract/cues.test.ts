import { describe, expect, it } from 'vitest';
import { ENDED, NOT_ENDED, SUSPENDED, TIE_OBJECT } from '../../../src/extract/cues/ends.ts';
import { HAS, QUALIFIER_WORDS, TIE_BEFORE } from '../../../src/extract/cues/figures.ts';
import {
  CALL_ON,
  DENIED,
  HABITUAL,
  HELD_PASSIVE,
  HOST_VERBS,
  HOSTED_PASSIVE,
  MEET_VERBS,
  MEETING_NOUNS,
  PLANNED,
  SEQUENCE,
  VISIT_VERBS,
  gatesOf,
} from '../../../src/extract/cues/meetings.ts';
import {
  AGREEMENT_NOUN,
  ANNIVERSARY,
  DURATIONS,
  NOT_A_START,
  SIGNED,
  TIE_CUE,
  durationYears,
  kindOf,
} from '../../../src/extract/cues/ties.ts';
import { CARDINAL, cardinalValue, ordinalValue } from '../../../src/extract/cues/numbers.ts';

const all = (re: RegExp, text: string): string[] => [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => m[0]);

describe('tie cues', () => {
  it('find tie words and tell their kind', () => {
    expect(all(TIE_CUE, 'a sister-city pact, twin towns and a friendship agreement')).toEqual([
      'sister-city',
      'twin towns',
      'friendship agreement',
    ]);
    expect(['sister province', 'twinned with', 'friendship city', 'partnership'].map(kindOf)).toEqual([
      'sister',
      'twin',
      'friendship',
      'partnership',
    ]);
  });

  it('anniversaries, signings and what is no start', () => {
    expect(ANNIVERSARY.exec('its 50-year anniversary')?.[2]).toBe('50');
    expect(ANNIVERSARY.exec('the 30th anniversary of the tie')?.[1]).toBe('30th');
    expect(SIGNED.exec('first signed on May 5')?.[1]).toBe('first');
    expect(AGREEMENT_NOUN.test('the MoU')).toBe(true);
    expect(NOT_A_START.test('the pact was renewed')).toBe(true);
  });
});

describe('end cues', () => {
  it('ended, suspended, and what denies an end', () => {
    expect(['severed', 'cut ties', 'revoked', 'dissolved', 'pulled out of'].every((w) => ENDED.test(w))).toBe(true);
    expect(['froze', 'put on hold', 'suspended'].every((w) => SUSPENDED.test(w))).toBe(true);
    expect(TIE_OBJECT.test('the twinning')).toBe(true);
    expect(NOT_ENDED.test('no council has')).toBe(true);
    expect(NOT_ENDED.test('the council has')).toBe(false);
  });
});

describe('figure cues', () => {
  it('verbs that give a place its count, tie words before counted places, qualifiers', () => {
    expect(HAS.test(' has established ')).toBe(true);
    expect(HAS.test(' counts ')).toBe(true);
    expect(HAS.test(' visited ')).toBe(false);
    expect(TIE_BEFORE.test('signed friendship agreements with ')).toBe(true);
    expect(QUALIFIER_WORDS.find(([re]) => re.test('some'))?.[1]).toBe('about');
  });
});

describe('meeting cues', () => {
  it('verbs, nouns and passives of meeting, each in its role', () => {
    for (const t of ['met with', 'held talks with', 'had a closed-door meeting with', 'exchanged views with'])
      expect(MEET_VERBS.test(t)).toBe(true);
    expect(MEETING_NOUNS.test('in a meeting with')).toBe(true);
    expect(HELD_PASSIVE.test('talks were held between')).toBe(true);
    expect(CALL_ON.test('paid a courtesy call on')).toBe(true);
    expect(HOST_VERBS.test('received a courtesy visit from')).toBe(true);
    expect(HOSTED_PASSIVE.test('was warmly welcomed')).toBe(true);
    expect(VISIT_VERBS.test('led a ten-member delegation to')).toBe(true);
    expect(MEET_VERBS.test('the mayor spoke')).toBe(false);
  });

  it('planned, denied and habitual meetings; sequence words', () => {
    for (const t of ['is scheduled to', 'plans to', 'looks forward to', 'invited him to visit', 'next month'])
      expect(PLANNED.test(t)).toBe(true);
    expect(PLANNED.test('was set up in 1990')).toBe(false);
    expect(DENIED.test('did not')).toBe(true);
    expect(HABITUAL.test('five times')).toBe(true);
    expect(HABITUAL.test('told The New York Times')).toBe(false);
    expect(SEQUENCE.test('After this, the two signed')).toBe(true);
  });

  it('every cue list with gate words has one of them in each phrase it matches', () => {
    const examples: Array<[RegExp, string[]]> = [
      [
        MEET_VERBS,
        ['met with', 'held talks with', 'sat down with', 'spoke by phone with', ', meeting', 'exchanged gifts'],
      ],
      [MEETING_NOUNS, ['in a meeting with', 'talks between']],
      [HELD_PASSIVE, ['talks were held', 'a ceremony was held']],
      [CALL_ON, ['paid a courtesy call on', 'called on', 'made a courtesy visit to']],
      [HOST_VERBS, ['received', 'hosted a dinner for', 'extended a warm welcome to', 'played host to']],
      [HOSTED_PASSIVE, ['was warmly welcomed', 'were among the guests of']],
      [VISIT_VERBS, ['visited', 'was in', 'led a ten-member delegation to', 'has returned from', 'paid a visit to']],
    ];
    for (const [list, phrases] of examples)
      for (const phrase of phrases) {
        expect(list.test(phrase)).toBe(true);
        const words: string[] = phrase.toLowerCase().match(/[\w-]+/g) ?? [];
        expect(gatesOf(list)?.some((g) => words.includes(g))).toBe(true);
      }
  });
});

describe('number cues', () => {
  it('reads cardinals in digits and words, ordinals and named anniversaries', () => {
    expect(
      ['1,300', '88', 'five', 'twenty-five', 'one hundred twenty-two', 'two dozen', 'a dozen'].map(cardinalValue),
    ).toEqual([1300, 88, 5, 25, 122, 24, 12]);
    expect(cardinalValue('several')).toBeNull();
    expect(['40th', 'fortieth', 'twenty-fifth', 'golden', 'silver', 'first'].map(ordinalValue)).toEqual([
      40, 40, 25, 50, 25, 1,
    ]);
    expect(new RegExp(`^${CARDINAL}$`, 'i').test('one hundred and twelve')).toBe(true);
  });

  it('durations in years, decades and centuries', () => {
    expect(durationYears('three', 'decades')).toBe(30);
    expect(durationYears('half a', 'century')).toBe(50);
    expect(durationYears('25', 'years')).toBe(25);
    expect(DURATIONS.some((re) => re.test('for more than two decades'))).toBe(true);
  });
});
