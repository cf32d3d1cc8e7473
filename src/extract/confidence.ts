/**
 * Confidences that mean something: each is the precision observed on the tuning part of the development corpus
 * (`npm run eval -- --calibration`) for facts of that kind found by that rule, rounded and pulled towards the type's
 * overall precision where the rule found few facts. Facts at 0.9 should be right about 9 times in 10. When rules
 * change, rerun the calibration and update these tables (the held-out part is scored, never used to set them).
 */

/** Places: being an end or a place of a fact is the strongest sign; a place named once and used by nothing is weakest. */
export function placeConfidence(kind: string, mentions: number, used: boolean): number {
  if (used) return 0.97;
  if (kind === 'country') return mentions >= 2 ? 0.95 : 0.8;
  return mentions >= 2 ? 0.7 : 0.55;
}

/** People: a full name after a title is almost always right; a title with a surname alone ("Governor Park") is not. */
export function personConfidence(titleOnly: boolean): number {
  return titleOnly ? 0.5 : 0.97;
}

/** Ties by the rule that found the pair (ties.ts `pairs`); a bare "relationship" or "ties" cue is weaker. */
const TIE_RULES: Readonly<Record<string, number>> = {
  between: 0.95,
  'pair-verb': 0.95,
  'with-list': 0.9,
  'and-with': 0.9,
  possessive: 0.9,
  apposition: 0.9,
  'of-pair': 0.9,
  'hyphen-pair': 0.9,
  'made-pair': 0.9,
  'headline-sign': 0.9,
  'between-the-two': 0.85,
  'the-two': 0.85,
  'pronoun-owner': 0.8,
  'officials-signed': 0.7,
  'list-include': 0.8,
  'list-the-other': 0.8,
};

export function tieConfidence(rule: string, weakCue: boolean): number {
  const c = TIE_RULES[rule] ?? 0.8;
  return weakCue ? c - 0.15 : c;
}

/** Meetings by rule (meetings.ts); a date taken from the article rather than the text costs some. */
const MEETING_RULES: Readonly<Record<string, number>> = {
  'meeting-verb': 0.9,
  'invited-visit': 0.85,
  'welcomed-delegation': 0.75,
  'led-delegation': 0.75,
  'hosted-visit': 0.5,
  'tie-signing': 0.5,
};

export function meetingConfidence(rule: string, datedByArticle: boolean): number {
  const c = MEETING_RULES[rule] ?? 0.6;
  return datedByArticle ? c - 0.15 : c;
}

/** Figures about places by rule (passes/place-figures.ts). */
const FIGURE_RULES: Readonly<Record<string, number>> = {
  'figure-subject-list': 0.6,
  'figure-shared-list': 0.6,
  'figure-in-country': 0.6,
  'figure-coreference': 0.4,
  'figure-follow-on': 0.4,
  'figure-country-pair': 0.7,
};

export function figureConfidence(rule: string): number {
  return FIGURE_RULES[rule] ?? 0.5;
}
