/**
 * Names in a tie slot: "twinned with X", "the sister city of X", "its German twin town, X", "X's twin town", "X is
 * twinned with", "X and Y became sister cities". Such a name reads as a place when it looks like a town's (a
 * capitalised name that is no organisation, title or tie word): a small town of the gazetteer needs no other support
 * there, and a name the gazetteer lacks is kept as a town (places.ts asks both).
 */
import {
  FRONTED_TIE_BEFORE,
  JOINED_PAIR_BEFORE,
  NAMES_ASSOCIATION,
  PAIR_BEFORE,
  PAIR_TIE_AFTER,
  SLOT_DESCRIBES,
  TIE_SLOT_AFTER,
  TIE_SLOT_BEFORE,
  TIE_UNITES,
  TIE_WORD_AFTER,
} from '../cues/ties.ts';
import { GEO_WORDS, NOT_NAMES, ORG_HEADS, TITLE_HEADS } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import { isGivenName } from '../given-names.ts';

export function inTieSlot(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (SLOT_DESCRIBES.test(after)) return false;
  const before = text.slice(Math.max(0, start - 200), start);
  return (
    TIE_SLOT_BEFORE.test(before) ||
    FRONTED_TIE_BEFORE.test(text.slice(0, start)) ||
    UNITES_BEFORE.test(before) ||
    TIE_SLOT_AFTER.test(after) ||
    (JOINED_PAIR_BEFORE.test(before) && TIE_WORD_AFTER.test(after)) ||
    (PAIR_BEFORE.test(before) && PAIR_TIE_AFTER.test(after))
  );
}

/** "the twinning agreement that unites A": the first place a tie joins. */
const UNITES_BEFORE = new RegExp(`${TIE_UNITES.source}$`, 'i');

/** Words that make a capitalised run a name of something else than a town. */
const NOT_TOWN = new Set(
  (
    'sister sisters twin twins twinning city cities town towns partner partners friendship international ' +
    'association committee program programme programmes society club festival day week agreement charter ' +
    'foundation trust network initiative project scheme group relations relationship ties links exchange exchanges ' +
    'cooperation conference summit forum anniversary mou memorandum'
  ).split(' '),
);

function townWord(t: Token): boolean {
  return !NOT_TOWN.has(t.lower) && !ORG_HEADS.has(t.lower) && !TITLE_HEADS.has(t.lower) && !NOT_NAMES.has(t.lower);
}

/**
 * Tokens [i, j) stand in a tie slot and look like a town's name: no organisation, title or tie word, not a word of a
 * longer capitalised name, not followed by an organisation's word ("X City Council"), not a common given name alone
 * unless the caller knows a town of that name (`knownTown`).
 */
export function townInTieSlot(text: string, tokens: Token[], i: number, j: number, knownTown = false): boolean {
  for (let k = i; k < j; k++) if (!townWord(tokens[k]!) || GEO_WORDS.has(tokens[k]!.lower)) return false;
  // "International Friendship City Office": a word of a longer capitalised name.
  const prev = tokens[i - 1];
  const joinedPair = !!prev && /^[-–/]$/.test(text.slice(prev.end, tokens[i]!.start));
  if (prev?.cap && tokens[i]!.start - prev.end <= 1 && !joinedPair && !/^(?:The|A|An)$/.test(prev.text)) return false;
  // "Twinning Association of X", "X City Council": a name followed by an organisation's word is that organisation's;
  // but a twinning association is named after its town ("the Bergen Twinning Association").
  const next = tokens[j];
  if (NAMES_ASSOCIATION.test(text.slice(tokens[j - 1]!.end))) return true;
  if (next?.cap && next.start - tokens[j - 1]!.end <= 1 && !townWord(next)) return false;
  // A given name the gazetteer knows as a town is the town there ("twinned with Celle"); an unknown one is a person.
  if (j - i === 1 && !knownTown && isGivenName(tokens[i]!.text)) return false;
  // "links with Nordic towns": a name before a plural place word is a class of places; "X, the birthplace of Nicolaus
  // Copernicus, is twinned with": a person's name after "birthplace of".
  if (
    /^\s+(?:towns|cities|municipalities|villages|communities|regions|provinces|states|partners)\b/i.test(
      text.slice(tokens[j - 1]!.end),
    )
  )
    return false;
  if (
    /\b(?:birthplace|home town|hometown|resting place|namesake)\s+of\s+$/i.test(
      text.slice(Math.max(0, tokens[i]!.start - 30), tokens[i]!.start),
    )
  )
    return false;
  return inTieSlot(text, tokens[i]!.start, tokens[j - 1]!.end);
}
