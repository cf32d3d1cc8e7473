/**
 * End years: a tie that a sentence says was ended or suspended ("A cancelled its sister-city agreement with B in 2019",
 * "the council decided to end A's twinning with B") gets `until` and a status. The end statement must name both
 * places of the tie, or be the sentence the tie was found in; a denied or only considered end is none. The year is the
 * one stated with it ("in 2018", "last year"), else the article's year (an end reported as news).
 */
import {
  ENDED,
  END_YEAR,
  NOT_ENDED,
  RELATIVE_YEAR,
  resumed,
  SUSPENDED,
  TIE_NOUN_BEFORE,
  TIE_OBJECT,
  TIE_REFERENCE,
  UNTIL_YEAR,
  YEAR_AFTER_CUE,
} from '../cues/ends.ts';
import type { Doc, SentenceInfo } from '../document.ts';
import type { Tie } from '../ties.ts';

import type { TieStatus } from '../../facts/types.ts';

export type { TieStatus };

export interface TieEnd {
  until: number | null;
  status: TieStatus;
  info: SentenceInfo;
  /** True when the year was stated with the end, not taken from the article's date. */
  stated: boolean;
}

/** Words that make the year after them a tie's start, not its end: "signed in 1985", "established in 1990". */
const START_BEFORE = /\b(?:signed|established|founded|formed|twinned|concluded|sealed|began|begun|started)\s*$/i;

type EndStatement = { status: TieStatus; until: number | null; stated: boolean; at?: number };

/** An end statement in a sentence, if any: the status, and the year when one can be told. */
export function endStatement(text: string, articleYear: number | null): EndStatement | null {
  const found = endStatementAt(text, articleYear);
  if (!found) return null;
  const { at: _at, ...statement } = found;
  return statement;
}

/** The same, with where its cue stands (`at`), when a verb tells it. */
function endStatementAt(text: string, articleYear: number | null): EndStatement | null {
  const told = endCueStatement(text, articleYear);
  if (told) return told;
  // "Gdynia, a partner city of B until 2022, ...": a tie told with its last year has ended (not a year to come).
  const until = UNTIL_YEAR.exec(text);
  if (until && articleYear !== null && Number(until[1]) <= articleYear && !resumed(text))
    return { status: 'ended', until: Number(until[1]), stated: true };
  return null;
}

/**
 * The clause whose verb stands at `at`, past an apposition of its subject: "An earlier twinning with B, a town chosen
 * for its history, was agreed in 1981 but lapsed" is the twinning's clause.
 */
function subjectClause(text: string, at: number): string {
  return text
    .slice(0, at)
    .replace(/,\s+(?:a|an|the|which|who)\b[^,;.]*,/gi, ' ')
    .split(/[,;:.]/)
    .pop()!;
}

/** An end told by a verb that ends or suspends the tie ("cancelled", "froze"). */
function endCueStatement(text: string, articleYear: number | null): EndStatement | null {
  const ended = ENDED.exec(text);
  const suspended = SUSPENDED.exec(text);
  const cue = ended && suspended ? (ended.index < suspended.index ? ended : suspended) : (ended ?? suspended);
  if (!cue) return null;
  // What is ended is the tie: its object after the verb ("ended its twinning"), or its subject before a passive
  // ("the twinning was suspended"), or the cue names it ("cut ties").
  const after = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 50);
  const before = text.slice(Math.max(0, cue.index - 70), cue.index);
  // "The twinning of A and B, ended in 2022, ...": a participle after the tie.
  if (
    !/ties|relations|links/i.test(cue[0]) &&
    !TIE_OBJECT.test(after) &&
    !(
      TIE_OBJECT.test(before) &&
      /(?:\b(?:was|were|been|being|is|are|remains?|remained)\s+(?:\w+\s+)?(?:to\s+)?|,\s*)$/i.test(before)
    ) &&
    // "(official contacts frozen in 2022)": a participle right after the tie's noun, in a note or a list
    !TIE_NOUN_BEFORE.test(before) &&
    // "The sister-city agreement between A and B expired in 2012": a verb of its own subject, the tie, in its clause
    !(/^(?:laps|expir)/i.test(cue[0]) && TIE_OBJECT.test(subjectClause(text, cue.index)))
  )
    return null;
  // "restored their sister city ties, suspended since 2015": taken up again.
  if (resumed(text)) return null;
  // Only the clause before the cue can deny it ("no city has cut ties"; "..., but A has ended ..." is an end). The
  // month May is no modal.
  const clause = text
    .slice(0, cue.index)
    .split(/[,;:]\s+(?:but|while|however|and)\s+|;/)
    .pop()!
    .replace(/\bMay\b/g, '');
  if (NOT_ENDED.test(clause)) return null;
  const status: TieStatus = cue === suspended ? 'suspended' : 'ended';
  const at = cue.index;
  // A year right after the cue, else the stated year nearest it.
  const right = YEAR_AFTER_CUE.exec(after);
  if (right && (articleYear === null || Number(right[1]) <= articleYear))
    return { status, until: Number(right[1]), stated: true, at };
  // Not the start told beside it: "The twinning, signed in 1985, was cancelled in 2012".
  const years = [...text.matchAll(new RegExp(END_YEAR.source, 'gi'))]
    .filter((y) => !START_BEFORE.test(text.slice(Math.max(0, y.index - 30), y.index)))
    .sort((a, b) => Math.abs(a.index - cue.index) - Math.abs(b.index - cue.index));
  const y = years[0];
  if (y && (articleYear === null || Number(y[1]) <= articleYear))
    return { status, until: Number(y[1]), stated: true, at };
  const rel = RELATIVE_YEAR.exec(text);
  if (rel && articleYear !== null) {
    return { status, until: /this/i.test(rel[1]!) ? articleYear : articleYear - 1, stated: true, at };
  }
  return { status, until: articleYear, stated: false, at };
}

/**
 * The end of each tie the article tells of (a tie that nothing ends has none), stated years first. A sentence that
 * names no tie's places but refers to "the partnership" ends the one tie told just before it.
 */
export function findTieEnds(doc: Doc, ties: Tie[]): Map<Tie, TieEnd> {
  const out = new Map<Tie, TieEnd>();
  for (let n = 0; n < doc.sentences.length; n++) {
    const info = doc.sentences[n]!;
    const statement = endStatementAt(info.s.text, doc.year);
    if (!statement) continue;
    const named = new Set(info.places.map((m) => m.place));
    const all = ties.filter((t) => (named.has(t.a) && named.has(t.b)) || t.info === info);
    // Several ties in one sentence: the end is of those named in the cue's clause ("A's twinning with B had lapsed,
    // but the link with C is flourishing" ends only B's).
    const own = all.length > 1 && statement.at !== undefined ? inClause(info, all, statement.at) : all;
    const told = own.length ? own : TIE_REFERENCE.test(info.s.text) ? tieJustBefore(doc, ties, n) : [];
    for (const t of told) {
      const prev = out.get(t);
      // A year stated with the end wins over the article's; else the first statement (the title comes first).
      if (!prev || (statement.stated && !prev.stated)) out.set(t, { ...statement, info });
    }
  }
  return out;
}

/** A clause break: "..., but", "; ", ", while", ", whereas", "but that". */
const CLAUSE_BREAK = /[;]|,\s*(?:but|while|whereas|and)\b|\bbut\b|\bwhile\b|\bwhereas\b/gi;

/** The ties one of whose places is named in the clause around `at`; all of them when none is. */
function inClause(info: SentenceInfo, ties: Tie[], at: number): Tie[] {
  const text = info.s.text;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  const here = new Set(info.places.filter((m) => m.start >= from && m.end <= to).map((m) => m.place));
  // A place several of the ties share (their owner) tells none apart: the partner must be named here.
  const shared = new Set(ties.flatMap((t) => [t.a, t.b]).filter((p, k, all) => all.indexOf(p) !== k));
  const own = ties.filter((t) => [t.a, t.b].some((p) => here.has(p) && !shared.has(p)));
  return own.length ? own : ties;
}

/** The one tie told in the two sentences before sentence `n` (none when there are several). */
function tieJustBefore(doc: Doc, ties: Tie[], n: number): Tie[] {
  const near = new Set(doc.sentences.slice(Math.max(0, n - 2), n));
  const found = ties.filter((t) => near.has(t.info));
  return found.length === 1 ? found : [];
}
