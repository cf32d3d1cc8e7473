/**
 * Cue lists for ties: the words that say a sentence speaks of a tie, of its kind, of its being established and of
 * the year it began, and the small phrases that join a tie word to the places around it. Lexicon only (parts of
 * English); the passes in ../passes/tie-*.ts join them to the places of the sentence.
 */
import type { TieKind } from '../../facts/types.ts';
import { CARDINAL, NAMED_ANNIVERSARY, ORDINAL, cardinalValue } from './numbers.ts';

/** Kinds of place a tie word can join: "sister city", "partner municipality", "friendship prefecture". */
const TIE_PLACES =
  'cit(?:y|ies)|towns?|municipalit(?:y|ies)|communit(?:y|ies)|states?|provinces?|prefectures?|regions?' +
  '|count(?:y|ies)|districts?|villages?|ports?';

/**
 * Words that say a sentence speaks of a tie: nouns, compounds and "years of friendship", in the English of many
 * countries' usage: sister city, twin town, partner city / town partnership (German "Partnerstadt",
 * "Städtepartnerschaft"), friendship city (Chinese "友好城市"), jumelage (French).
 */
/**
 * "Hubei has added partners such as B (1996) and C (2002)": a bare "partners" names ties only as what a place has or
 * added, right before its list.
 */
const PARTNERS_SUCH_AS =
  String.raw`(?<=\b(?:has|have|had|added|gained|counts?)\s+(?:(?:new|foreign|international|overseas|further)\s+)?)` +
  String.raw`partners(?=\s+(?:such\s+as|including)\s)`;

export const TIE_CUE = new RegExp(
  [
    String.raw`\bsister[- ](?:${TIE_PLACES}|relationships?|relations|ties?|agreements?|partnerships?|pacts?` +
      String.raw`|programs?|affiliations?)\b`,
    String.raw`\bsisterhood(?:[- ](?:${TIE_PLACES}|relations(?:hips?)?|ties?|agreements?))?\b`,
    // "friendship city", "friendship exchange agreement", "friendship and cooperation agreement"
    String.raw`\bfriendship(?:\s+and\s+cooperation|\s+exchange|\s+cooperation)?[- ](?:${TIE_PLACES}` +
      String.raw`|relations(?:hips?)?|ties?|agreements?|partnerships?|pacts?|accords?|links?)\b`,
    String.raw`\bfriendly[- ](?:exchange[- ])?(?:relations(?:hips?)?|ties?|${TIE_PLACES}|exchange relationship)\b`,
    String.raw`\b(?:years?|decades?) of (?:friendship|partnership|sisterhood|twinning)\b`,
    String.raw`\b\d+-year (?:friendship|partnership|relationship)\b`,
    String.raw`\bfriendship (?:with|between)\b`,
    // "the Kiel-Tampere friendship": a joined pair before the word
    String.raw`(?<=[-–/][A-Z][^\s]*\s+)friendship\b`,
    // "Riga and Bremen are twins", "have been sisters since 1994" (not "are like twins"), "partnered with"
    String.raw`(?<=\b(?:are|were|became|become|been)\s+(?:(?!like\b|almost\b|practically\b)\w+\s+)?)` +
      String.raw`(?:twins|sisters)\b|\bpartnered\s+with\b`,
    // "a friendship partner since 1998", "twinning partners"
    String.raw`\b(?:friendship|twinning|sister[- ]city|twin[- ]town)[- ]partners?\b`,
    String.raw`\btwin(?:ned|ning|s)?[- ](?:${TIE_PLACES}|with)\b|\btwinned\b|\btwinnings?\b|\bjumelages?\b`,
    // the words of other languages that English copy keeps: Spanish, Italian, German, Portuguese
    String.raw`\bhermanamientos?\b|\bgemellaggi[oi]\b|\bStädtepartnerschaft(?:en)?\b|\bPartnerst(?:a|ä)dte?\b` +
      String.raw`|\bcidades[- ]irmãs\b|\bciudades hermanas\b`,
    String.raw`\bpartnerships?\b|\bpartner[- ](?:${TIE_PLACES})\b|${PARTNERS_SUCH_AS}`,
    // "A is also linked with B and with C": "also" tells another tie of a place a tie was told of
    String.raw`(?<=\b(?:is|are|was|were|has been|have been)\s+also\s+)linked\s+(?:with|to)\b` +
      String.raw`(?![^.;]*\b(?:by|via)\s+(?:an?\s+|the\s+)?(?:new\s+|direct\s+)?(?:rail|road|ferry|air|sea|train|bus` +
      String.raw`|flights?|highway|motorway|bridge` +
      String.raw`|tunnel))`,
    // "Bremen, the city's partner since 1976, ...", "its partner since 1976": a possessive partner with its start
    String.raw`(?<=\b(?:its|their|our|the\s+(?:city|town|province|prefecture|state|region|county|municipality)['’]s)` +
      String.raw`\s+(?:(?:oldest|official|long-standing|longtime|first)\s+)?)partner(?=\s+(?:since\s|for\s+` +
      String.raw`(?:(?:more than|over|nearly|almost|about|some|the past|the last)\s+)?(?:\d|two|three|four|five|six` +
      String.raw`|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|decades|many years|half a century)))`,
    // "The two cities have been partners since 1972"
    String.raw`(?<=\b(?:been|became|become|are|were)\s+(?:official\s+|formal\s+)?)partners(?=\s+(?:since|for|in\s+\d))`,
    // "ties with B", "Nelson's other link, with B"
    String.raw`\b(?:relationship|relations|links?|ties?|bond),?\s+(?:between|with)\b`,
    String.raw`\brelationship\b`,
    // "three more pairs of cities did the same: A and B; C and D"
    String.raw`\bpairs of (?:sister |twin |partner |friendship )?(?:cities|towns|municipalities|provinces` +
      '|states)(?=[^.;:]*:)',
  ].join('|'),
  'gi',
);

/**
 * "its partner Tampere", "Kaunas's partners Tampere and Riga": a possessive "partner" before a name is a tie word;
 * so is one after a copula that ends its clause: "Riga is Kaunas's oldest partner", "B has been A's partner since".
 */
export const POSSESSIVE_PARTNER = new RegExp(
  // "its German partner Krefeld": a nationality's adjective may stand before it.
  String.raw`(?<=(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur)|\p{L}(?:['’]s|s['’]))\s+` +
    String.raw`(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ic|i)\s+)?)` +
    String.raw`partners?(?=,?\s+\p{Lu})` +
    // "Bremen's twin Riga", "Kiel's partners are B and C"
    String.raw`|(?<=\p{L}(?:['’]s|s['’])\s+)twin(?=\s+\p{Lu})` +
    String.raw`|(?<=\p{L}(?:['’]s|s['’])\s+(?:[\p{Ll}-]+\s+)?)partners(?=\s+(?:are|include|were)\b)` +
    // "B is A's partner.", "B is one of A's oldest partners."
    String.raw`|(?<=(?:\b(?:is|was|became|remains|has been|had been)|,)\s+(?:one\s+of\s+)?` +
    String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}\p{L}*` +
    String.raw`['’]s?\s+(?:[\p{Ll}-]+\s+)?)(?:partners?|twins?)(?=\s*[.;,]|\s+since\b)`,
  'gu',
);
/** A cue that names no kind of tie: "relationship", "ties between", "links with". */
export const WEAK_CUE = /^(?:relationship|relations|links?|ties?|bond)\b/i;
/**
 * Words before a weak cue that make it a field of cooperation, not a tie: "cultural and trade ties between the
 * two cities", "economic relations with B", "trade links with B".
 */
export const FIELD_BEFORE = new RegExp(
  String.raw`\b(?:cultural|commercial|economic|trade|business|political|diplomatic|educational|academic|scientific` +
    '|historical|historic|personal|family|bilateral|investment|transport|air|rail|shipping|military' +
    String.raw`|security|people-to-people)\s+(?:(?:and|or|,)\s+\w+\s+)?$`,
  'i',
);

/** The kind of tie a cue names. */
export function kindOf(cue: string): TieKind {
  const c = cue.toLowerCase();
  if (c.includes('sister') || c.includes('herman') || c.includes('irmã')) return 'sister';
  if (c.includes('twin') || c.includes('jumelage') || c.includes('gemellagg')) return 'twin';
  if (c.includes('friend')) return 'friendship';
  return 'partnership';
}
/** Specificity of a kind: the most specific tie word around a pair wins. */
export const KIND_RANK: Record<TieKind, number> = { sister: 3, twin: 3, friendship: 2, partnership: 1 };

/** Verbs that establish a tie (in the article's present unless something says otherwise). */
export const ESTABLISH = new RegExp(
  String.raw`\b(?:signed|signs|sign|established|establishes|inked|formalized|formalised|forged|became|become` +
    String.raw`|upgraded?|launched|concluded|entered into)\b`,
  'i',
);
/** Words just before an establishing verb that move it out of the article's present ("since", "first", "years"). */
export const NOW_OBSTACLES = new RegExp(
  String.raw`\b(?:has(?! (?:just |now |officially |formally )?signed\b)|have(?! (?:just |now |officially ` +
    String.raw`|formally )?signed\b)|had been|will|would|plans?|to sign|to establish|first|since|ago|years?)\b`,
  'i',
);
/** A year stated for a tie's start: "since 1969", "signed in 1973", "in November 1984", "dating back to 1978". */
export const STATED_YEAR = new RegExp(
  // ("established 1961", "signed 1975": a list line's or a heading's verb with its bare year)
  String.raw`\b(?:since|in|began in|begun in|started in|signed(?: in)?|established(?: in)?|founded in|formed in` +
    String.raw`|twinned` +
    String.raw`|dating back to|dates back to|back to|from|dat(?:e|es|ed|ing)\s+to` +
    // "their 1990 twinning agreement", "the 1990 sister city agreement"
    String.raw`|(?:the|their|its|our|a)(?=\s+(?:1[89]\d\d|20\d\d)\s+(?:[\w-]+[\s-]+){0,2}?(?:sister|twin|twinning` +
    String.raw`|friendship|partnership|agreement|pact|charter|accord)))` +
    String.raw`\s+(?:(?:early|late|mid)\s+)?(?:(?:January|February` +
    String.raw`|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd` +
    String.raw`|th)?,?\s+)?)?(1[89]\d\d|20\d\d)\b`,
  'gi',
);

/**
 * Durations of a tie, as of the article's year: "for 37 years", "for three decades", "40 years of partnership",
 * "30-year friendship", "half a century of twinning", and, for one partner of a list only, "B (52 years)". Group 1 is
 * the number (digits or words), group 2 the unit.
 */
export const DURATIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`\bfor\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|some\s+|about\s+)?(${CARDINAL})\s+(years|decades)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(${CARDINAL}|a|half a|a quarter of a)[\s-]+(years|decades?|century)\s+` +
      // "38 years of sister city friendship", "20 years of town twinning"
      String.raw`(?:of\s+(?:(?:sister[- ](?:city|state|province)|twin[- ]town|town|city|municipal)\s+)?(?:friendship` +
      String.raw`|partnership` +
      String.raw`|sisterhood|twinning|relations|cooperation|exchanges?|ties|links)` +
      // "30 years as sister cities"
      String.raw`|as\s+(?:sister|twin|partner|friendship)[- ]?(?:cities|towns|provinces|states|municipalities)` +
      String.raw`|as\s+(?:partners|twins|sisters))\b`,
    'i',
  ),
  /\b(\d{1,3})-(year)\s+(?:friendship|partnership|relationship|sisterhood|twinning|ties?|links?)\b/i,
  // "nearly 25 years after the two cities signed the agreement"
  new RegExp(
    // "60 years after the original charter was signed"
    String.raw`\b(${CARDINAL})\s+(years|decades)\s+after\s+` +
      String.raw`(?:the\s+two\s+\w+|they|it|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+` +
      String.raw`(?:were\s+|was\s+|had\s+)?` +
      String.raw`(?:signed|twinned|established|formed|became|sealed|concluded|first)\b`,
    'i',
  ),
  // "became sister cities 30 years ago"
  new RegExp(String.raw`\b(${CARDINAL})\s+(years|decades)\s+ago\b`, 'i'),
  // "It has been 25 years since A and B became partner cities", "25 years have passed since the twinning"
  new RegExp(String.raw`\bit\s+(?:has\s+been|is|was)\s+(?:exactly\s+)?(${CARDINAL})\s+(years|decades)\s+since\b`, 'i'),
  new RegExp(String.raw`\b(${CARDINAL})\s+(years|decades)\s+have\s+passed\s+since\b`, 'i'),
  // "the twinning turns 30 this year"
  new RegExp(String.raw`\bturns?\s+(${CARDINAL})()(?=\s+this\s+year|\s*[.,;]|\s*$)`, 'i'),
  /^\s*\((\d{1,3}) (years?)\)/,
];

/** Years in a duration's unit. */
export function durationYears(count: string, unit: string): number | null {
  const u = unit.toLowerCase();
  const c = count.trim().toLowerCase();
  if (u === 'century') return c === 'half a' ? 50 : c === 'a quarter of a' ? 25 : c === 'a' ? 100 : null;
  const n = c === 'a' ? 1 : cardinalValue(c);
  return n === null ? null : u.startsWith('decade') ? n * 10 : n;
}

/** After an anniversary, words that make it a place's own ("the 40th anniversary of X district", "of its founding"). */
export const NOT_OWN_ANNIVERSARY = new RegExp(
  // (not a title-case tie: "30th Anniversary of the Sister City Relationship")
  String.raw`^\s+of\s+(?:the\s+)?(?!(?:Sister|Twin|Friendship|Partner)\b)(?:\p{Lu}[\p{L}’']*\s+)+` +
    String.raw`(?:[Dd]istrict|[Cc]ity` +
    String.raw`|[Cc]ounty|[Tt]own` +
    String.raw`|[Pp]rovince|[Ss]tate|[Pp]refecture)\b|^\s+of\s+(?:the\s+|its\s+)?(?:founding|establishment` +
    String.raw`|incorporation)\b(?!\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}(?:relationship` +
    String.raw`|relations|partnership|ties|friendship|agreement|link|twinning|sisterhood)\b)`,
  'u',
);

/**
 * Anniversaries of a tie: "the 30th anniversary", "its 50-year anniversary", "the fortieth anniversary", "the golden
 * jubilee", "the 45th year". Group 1 is an ordinal or a named anniversary, group 2 a count of years.
 */
export const ANNIVERSARY = new RegExp(
  String.raw`\b(${ORDINAL}|${NAMED_ANNIVERSARY})\s+(?:anniversary|jubilee|year)\b` +
    String.raw`|\b(\d{1,3})[- ]year\s+anniversary\b`,
  'i',
);

/** A signing: "signed", "inked", "first signed", "was concluded". */
export const SIGNED = /\b(?:(first|originally|initially)\s+)?(?:signed|inked|concluded)\b/i;

/** What is signed when a tie is: an agreement, a memorandum, a pact. */
export const AGREEMENT_NOUN = /\b(?:agreements?|memorandum|memorandums|MoU|MOU|pacts?|accords?|charters?|protocols?)\b/;

/** A signing that is not the start of a tie: planned, or the renewal of an older one. */
export const NOT_A_START =
  /\b(?:will|would|to be signed|plans?|planned|expected|renew(?:ed|al|s)?|extend(?:ed|s)?|extension)\b/i;

/** "between the two cities": the two places named before it. */
export const BETWEEN_THE_TWO = new RegExp(
  String.raw`\bbetween (?:the two|both|these two) (cities|towns|municipalities|provinces|prefectures|states` +
    String.raw`|regions|counties)\b`,
  'i',
);
/** "The cities signed ..." at the start of a sentence; "the two cities", "both provinces" anywhere. */
export const THE_TWO = new RegExp(
  String.raw`\b(the two|both|these two|those two|our two|our|their|the)\s+(cities|towns|municipalities|capitals` +
    String.raw`|provinces` +
    String.raw`|prefectures|states|regions|counties|sides)\b`,
  'i',
);
/**
 * "They have been sister cities since 1982", "They were twinned in 1964": "they" opening a sentence whose tie word is a
 * plural of places (or "twinned") is the two places the sentence before named.
 */
export const THEY_TIE = new RegExp(
  String.raw`^(?:They|The pair)\s+(?:(?:have|had)\s+been|are|were|became|have\s+become|remain(?:ed)?)\s+(?:\w+\s+)?` +
    String.raw`(?:(?:sister|twin|partner|friendship)[- ](?:cities|towns|municipalities|provinces|states|prefectures` +
    String.raw`|regions)\b|twinned\b)|^They\s+twinned\b`,
);
/** Words for towns (against divisions) in "the two cities". */
export const CITY_WORDS = /^(?:cities|towns|municipalities|capitals)$/i;

/** What may stand between "between" and its first place: "between the city of A". */
export const BETWEEN_FIRST = new RegExp(
  // "between the port cities of A and B", "between the London borough of A and B": up to two words before the kind
  String.raw`^(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:cit(?:y|ies)|towns?|provinces?|states?|prefectures?|boroughs?` +
    String.raw`|count(?:y|ies)|municipalit(?:y|ies)))?\s*(?:of\s*)?$`,
  'iu',
);
/**
 * A tie word and a verb that joins two places, the first place after it: "the twinning agreement that unites ", "the
 * friendship linking ", "the partnership which has bound ". (A verb alone is no tie: "a rail line links A with B".)
 */
export const TIE_UNITES = new RegExp(
  String.raw`\b(?:twinning|agreement|partnership|friendship|relationship|ties|links?|bonds?|charter|pact)\s+` +
    String.raw`(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+)?(?:long\s+)?` +
    String.raw`(?:unit(?:es|ed|ing)|link(?:s|ed|ing)|bind(?:s|ing)|bound|join(?:s|ed|ing)|connect(?:s|ed|ing))\s+`,
);
/** What joins the places of "between A and B" (a qualifier's "in" left behind: "between A in Germany and B"). */
export const BETWEEN_NEXT = new RegExp(
  String.raw`^(?:in )?(?:and|with)(?: the(?: (?:[\p{L}-]+ )?` +
    String.raw`(?:city|town|province|state|prefecture|county|borough|municipality) of)?)?$`,
  'iu',
);

/**
 * A tie word that names its pair after "of": "the sister cities of A and B", and the nominalisations "the twinning of
 * A and B", "the partnership of A and B".
 */
export const PLURAL_TIE =
  /\b(?:cities|towns|municipalities|states|provinces|prefectures|regions|twinning|partnership|sisterhood|jumelage)$/i;

/** "to make A and B sister cities": a verb before the pair. */
export const MAKE_BEFORE = /\b(?:make|makes|made|making|become|became|declared|named)\s+$/i;
/** Headlines: "A and B sign sisterhood". */
export const HEADLINE_SIGN = new RegExp(
  String.raw`^\s+(?:sign|signs|ink|inks|seal|seals|mark|marks|celebrate|celebrates|renew|renews|cement|cements` +
    String.raw`|forge|forges|form|forms|establish|establishes|become|becomes|agrees? to become)\b`,
  'i',
);
/**
 * The verb between a pair and its tie word: "A and B became / have been / established / celebrate 40 years of /
 * have shared a ... sister cities". Its tense does not matter; planned and denied ties are told apart elsewhere.
 */
export const PAIR_VERB = new RegExp(
  String.raw`^(?:\s+of\s+\p{Lu}\p{L}+)?\s+(?:which |that |who )?(?:in (?:\p{Lu}\p{L}+ )?\d{4},? )?` +
    // "The City of A and B City Council (on Wednesday) signed": the councils stand for their places
    String.raw`(?:(?:(?:City|Town|Municipal|Metropolitan|County) )?(?:Council|Government) )?` +
    String.raw`(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:have |has ` +
    '|had |will |are |were ' +
    '|officially |formally |also |then |now |first |long |proudly |jointly |together |this year |today ' +
    '|recently )*(?:(?:have|has|had|share|shares|shared|sharing|enjoy|enjoys|enjoyed|maintain' +
    String.raw`|maintains|maintained|built|developed|cherish|cherished) (?:a|an|their|its|the|close|long|strong)\b` +
    '|became|become|becoming|been|are|were|established|establish|signed|sign|formed|forged|concluded' +
    '|agreed to become|inked|launched|upgraded|sealed|formali[sz]ed|entered into|celebrat(?:e|es|ed|ing)' +
    '|mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|renew(?:s|ed|ing)?|cemented|twinned' +
    // ended or taken up again, the tie was there: "A and B ended their sister city relationship in 2022"
    String.raw`|ended|severed|suspended|terminated|dissolved|froze|cut|scrapped|restored|resumed|revived` +
    // "A and B were linked as twin cities in 1959"
    String.raw`|linked(?![^,;]*[,;]))\b`,
  'u',
);
/**
 * Between a pair's verb and its tie word, words that make the pair owners of other ties, not partners: "A and B are
 * cities with many sister cities", "are among the towns with twinning links", "are home to".
 */
export const OWNERS_OF_TIES = /\b(?:with|among|home to|across)\b/i;
/** A partner named after the tie word: "... sister city ties with C". */
// "with C", "with Japanese cities", "with cities in B", "with 12 partners"; not "with a photo exhibition".
export const WITH_AFTER = new RegExp(
  String.raw`^\s+(?:\w+\s+){0,2}?with\s+(?:(?:the|its|their|a|an|other|several|many|\d+)\s+)?` +
    String.raw`(?:\p{Lu}|(?:\w+\s+)?(?:cities|towns|municipalities|provinces|prefectures|states|regions|counties` +
    String.raw`|partners?|places|communities)\b)`,
  'u',
);
/**
 * What joins the two places of a pair: "and", or "and" with a description of the second ("The Chinese city of A and
 * the U.S. city of B").
 */
export const PAIR_AND = new RegExp(
  String.raw`^and(?:\s+the(?:\s+\S+){0,2}?\s+(?:city|town|municipality|village|province|state|prefecture|county` +
    String.raw`|region|district)\s+of)?$`,
  'i',
);
/** A pair set beside its tie word: "A and B, sister cities since 1986, ...", "A and B: twin towns since 1970". */
export const PAIR_APPOSED = /^\s*(?:[,:–—-]\s*)?(?:now |long |both |officially |two |the two )?$/;
/** Tie words that can stand beside a pair: plural, or a partnership. */
export const PAIR_TIE = new RegExp(
  '(?:cities|towns|municipalities|communities|states|provinces|prefectures|regions|counties|districts' +
    '|partners|twins|twinned)$',
  'i',
);

/** A partner list after a tie word: "sister state agreement with B", "a sister city of B, C and D". */
export const WITH_OR_OF = new RegExp(
  String.raw`(?:sister|twin|partner|friendship)[- ](?:city|town|state|province|prefecture)\s+(of|to)\b` +
    String.raw`|twinned\s+(to)\b|\b(with)\b` +
    // "B is one of the sister cities of A", "B is among the twin towns of A"
    String.raw`|(?:sister|twin|partner|friendship)(?<=\b(?:one\s+of|among)\s+the\s+(?:\w+\s+)?\w+)[- ]` +
    String.raw`(?:cities|towns|states|provinces|prefectures)\s+(of)\b`,
  'gi',
);
/** "B (52 years)", "B (since 1978)", "B (1978)": a duration or a year right after a partner is that partner's. */
export const OWN_DURATION = /^\s*\((?:(?:since|from|in)\s+)?(?:\d{1,3} years?|1[89]\d\d|20\d\d)\)/;
/** "..., and with B": a new part of a partner list, with its own years. */
export const AND_WITH = /^[^;]*?,?\s+and\s+(?:also\s+)?with\b/i;
export const MORE_WITH = /,?\s+and\s+(?:also\s+)?with\b/i;
/**
 * "A's sister cities include B and C", "Among A's partner towns are B and C", "A has six sister cities: B, C, ...",
 * "Partner cities of A: B (1987), C (1994)": the partners follow the verb or the colon.
 */
export const LISTED = new RegExp(
  String.raw`(?:\b(?:sister|twin|friendship|partner|twinning)[- ](?:cities|towns|municipalities|communities|states` +
    String.raw`|provinces|prefectures|regions|counties|partners)|(?<=['’]s\s+(?:\w+\s+)?)partners` +
    // "Hubei has added partners such as B (1996) and C (2002)"
    String.raw`|${PARTNERS_SUCH_AS}` +
    // "maintains partnerships with 17 cities, among them B and C"
    String.raw`|\b(?:partnerships|twinnings|(?:sister[- ]city|twinning|friendship)\s+` +
    String.raw`(?:ties|links|agreements|relations))` +
    String.raw`\s+with\s+(?:(?:some|about|over|nearly|more\s+than)\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?` +
    String.raw`(?:cities|towns|municipalities|provinces|regions|states|prefectures|counties))` +
    // (dots inside a word and ending an abbreviation, "U.S.", are no sentence end)
    String.raw`\b((?:[^.:;]|\.(?=\S)|(?<=\b\w\.\w)\.)*?\b(?:are|include|includes|including` +
    // "A has five sister cities: B, C", "... sister cities — B, C"
    String.raw`|is|was|were|comprise|comprises|among them|among which|such as|notably|namely)\b|\s*(?:\([^)]*\)\s*)?` +
    String.raw`(?::|\s[—–]\s)` +
    // "Partner cities of Graz: B (1987), C (1994)"
    String.raw`|\s+of\s+[^.:;()]{1,40}?:)`,
  'i',
);
/** "N pairs of cities ...: A and B; C and D": a list of pairs after a colon. */
export const PAIRS_LISTED = /^pairs of\b/i;
/**
 * A pair after its tie word: "the sister-city agreement signed by A and B", "the twinning agreed between the mayors
 * of A and B".
 */
export const PAIR_AFTER = new RegExp(
  String.raw`^(?:(?:\s+[\w-]+){0,3}?\s+(?:signed|concluded|sealed|agreed|established|formed|forged|inked)\s+(?:by` +
    '|between)' +
    String.raw`\s+(?:the\s+(?:mayors|cities|towns|governments|leaders|councils|authorities)\s+of\s+)?` +
    // "The sister-city relationship, which A and B entered into in 1991": the pair as a relative clause's subject
    String.raw`|(?:\s+(?:relationship|agreement|link|pact|accord|charter|partnership))?(?:,\s+|\s+)(?:which|that)\s+)$`,
  'i',
);
/** "X's oldest sister city is Y", "X's partner city in Finland is Y": a copula between the tie word and the partner. */
export const POSSESSED_IS =
  /^\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s+)?(?:is|was|remains|has long been)\s+$/iu;
/** Two places joined into one word before a tie word: "the Kaunas-Bergen twinning", "Omaha–Kunming ties". */
export const JOINED_PAIR_BEFORE = /\p{Lu}[\p{L}.'’]*[-–/]$/u;
export const TIE_WORD_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+)?(?:sister|twin|twinning|twinned|partner|partnership|friendship|friendly|jumelage` +
    String.raw`|relationship|ties|links?)\b`,
  'i',
);
/** What may stand before the first partner of a list: "include the German town of B", "are: B". */
export const LIST_START = new RegExp(
  String.raw`^\s*:?\s*(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:(?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|provinces?` +
    '|states?' +
    String.raw`|prefectures?|regions?|count(?:y|ies))\s+of\s+)?$`,
  'u',
);
/** "A has three sister cities." followed by "The other two are B and C." */
export const HAS_PARTNERS = new RegExp(
  String.raw`\b(?:has (?:\w+ )?(?:sister|twin|friendship|partner) (?:cities|towns|states|provinces)` +
    // "A and B became sister cities in 1998, one of five such partnerships the city maintains."
    String.raw`|one of (?:its |the city's |the town's )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)` +
    String.raw` (?:such |\w+ )?(?:partnerships|sister[- ]city (?:relationships|ties)|sister cities|twin towns` +
    String.raw`|twinnings|partner (?:cities|towns)|ties|relationships)\b)`,
  'i',
);
/** "The other two are B and C", "The others are with B and C", "They are B and C", "Among them are B and C". */
export const THE_OTHER = new RegExp(
  String.raw`^(?:The others? (?:\w+ )?(?:are|is|include)(?: with)?|(?:They|These) (?:are|include)` +
    String.raw`|Among (?:them|these) (?:are|is))\b`,
  'i',
);

/** "Kobe, a sister city of Seattle", "Nanjing, the sister city St. Louis has had": an apposition before the cue. */
export const APPOSED = /^,\s+(?:a|the|its|one of (?:its|the))\s+(?:\w+\s+)?$/i;
/** A partner before its owner's tie word: "B is A's", "B, which has been A's", "B became one of A's". */
export const COPULA = new RegExp(
  String.raw`^\s*(?:,\s*(?:which|that|now)\s+|,\s*)?(?:(?:is|was|are|were|has|have|had|been|became|become|becomes` +
    String.raw`|remains|also` +
    String.raw`|now|officially|long|already)\s+)*(?:one of\s+|among\s+)?$|^,\s*$`,
  'i',
);
/** A singular tie word that can name one partner: "sister city", "twin town", "partner province". */
export const SINGULAR_TIE = new RegExp(
  '^(?:sister|twin|partner|friendship)[- ](?:city|town|municipality|community|state|province|prefecture' +
    '|region|county|district|village|port)$',
  'i',
);
/**
 * What stands before a tie word that names no owner: "and sister city B", "from sister city B", "to the sister city of
 * B"; not an article or a possessive ("a sister city", "its sister city", "Omaha's sister city").
 */
export const BARE_TIE_BEFORE = new RegExp(
  String.raw`(?:^|[,;]|\b(?:and|from|to|with|in|at|for|by|visits?|visited|visiting|tours?|toured|welcomes?|welcomed` +
    String.raw`|hosts?|hosted|receives?|received))\s+(?:the\s+)?$`,
  'i',
);
/**
 * A definite tie word that refers to a tie told before: "the sister city relationship", "their twinning", "this
 * friendship agreement", "the 25th anniversary of the partnership".
 */
export const DEFINITE_TIE_BEFORE = /\b(?:the|their|this|that|our)\s+(?:[\w-]+\s+){0,2}$/i;
/** A tie word that names a body or an event, not a tie: "the national twinning body", "the sister cities programme". */
export const TIE_BODY_AFTER = new RegExp(
  String.raw`^\s+(?:body|bodies|association|committee|society|movement|program(?:me)?s?|network|group|officer|club` +
    String.raw`|council|fund|scheme|events?|conference|summit|festival|day|week|delegation|visit|trip)\b`,
  'i',
);
/**
 * "its sister city Sapporo", "his sister city", "her city's sister city", "the town's twin town": a possessive pronoun,
 * or a place word's possessive, before the cue ("the" only with the place word).
 */
const PLACE_WORDS_OF = String.raw`(?:city|town|municipality|province|state|prefecture|county|region)['’]s\s+`;
export const OWNER_PRONOUN = new RegExp(
  String.raw`\b(?:(its|his|her|their|our)\s+(?:${PLACE_WORDS_OF})?|the\s+${PLACE_WORDS_OF})(?:\w+\s+)?$`,
  'i',
);

/** A copula before a possessive pronoun: "B has been its sister city", "B became one of their twin towns". */
export const COPULA_PRONOUN = new RegExp(
  String.raw`^\s+(?:(?:is|was|has|have|had|been|became|become|becomes|remains|also|now|officially|long)\s+)+` +
    String.raw`(?:one of\s+)?(?:its|their|his|her|our)\s+(?:\w+\s+)?$`,
  'i',
);
/** Officials who sign a tie for their places. */
export const SIGNING_VERB = /\b(?:signed|signs|inked|concluded)\b/i;

/** A tie told on in the next sentence: "A relationship that began in 1986 ..." gives the tie before its year. */
export const TIE_CONTINUED = new RegExp(
  String.raw`^(?:A|The|This|That|Their|Its|The two (?:cities|towns|provinces|states)'?)\s+(?:(?:sister[- ]city` +
    '|twin[- ]town' +
    String.raw`|friendship|partnership|town)\s+)?(?:relationship|partnership|tie|ties|friendship|link|twinning` +
    '|jumelage' +
    String.raw`|sisterhood|bond|agreement|accord|charter|pact)\b(?:,\s+(?:which\s+was\s+)?(?:first\s+|formally\s+)?` +
    // "The link, established in 1995, was put on hold"
    String.raw`(?:established|formed|signed|sealed|forged|concluded|created|set up|founded)\s+in\b` +
    String.raw`|.*\b(?:began|begun|started|dates?(?: back)? (?:to|from)` +
    '|was (?:first )?(?:established' +
    String.raw`|formed|signed|formalised|formalized|sealed|forged)))\b`,
  'i',
);
/**
 * An anniversary or duration of the tie told before, in a sentence that names no pair: "This year marks the 50th
 * anniversary of the link", "The twinning is now in its 30th year".
 */
export const TIE_ANNIVERSARY = new RegExp(
  String.raw`\b(?:anniversary|jubilee|year|years|decades?)\s+(?:of|as)\s+(?:the|their|this|its` +
    String.raw`|our)\s+(?:(?:sister[- ]city` +
    String.raw`|twin[- ]town|friendship|partnership|town|city)\s+)?(?:relationship|partnership|ties?|friendship` +
    '|links?' +
    String.raw`|twinning|jumelage|sisterhood|bond)\b|\b(?:The|This|Their|Its)\s+(?:relationship|partnership` +
    '|friendship' +
    String.raw`|link|twinning|jumelage|sisterhood)\s+(?:is|was)\s+(?:now\s+)?in\s+its\b`,
  'i',
);

/**
 * A tie only discussed for later: "a sister city relationship would be discussed later", "a third link, with B, is
 * still under discussion", "the partnership is being negotiated".
 */
export const PLANNED_AFTER = new RegExp(
  String.raw`^[\w\s-]{0,40}?\b(?:would|will|could|may|might|is to|are to)\s+(?:be\s+)?(?:discussed|considered` +
    String.raw`|explored|studied|established|signed|formed)\b` +
    String.raw`|^[^.;:]{0,60}?\b(?:is|are|remains?|remained)\s+(?:still\s+|only\s+)?(?:under\s+(?:discussion` +
    String.raw`|consideration|negotiation|review|study)|being\s+(?:discussed|considered|negotiated|explored|studied` +
    String.raw`|prepared)|at\s+the\s+(?:planning|proposal)\s+stage|in\s+the\s+pipeline)\b`,
  'i',
);
/** A tie denied: "A and B are not sister cities", "have never been twinned", "is not yet a partner city of". */
export const DENIED_BEFORE = new RegExp(
  String.raw`\b(?:not|never|n['’]t)\s+(?:(?:yet|officially|formally|formal|been|become|be|a|an|the|their` +
    String.raw`|each\s+other['’]s)\s+){0,3}$`,
  'i',
);
/** A tie only planned or hoped for: "plan to become sister cities", "a letter of intent to establish". */
export const PLANNED_BEFORE = new RegExp(
  String.raw`\b(?:intent|intention|intends?|intended|plans?|planned|planning|hopes?|hoped|hoping|aims?|aimed|aiming` +
    '|wish(?:es)?|wants?|seeks?|seeking|sought|explore|exploring|consider(?:ing)?|discuss(?:ed|ing)?' +
    '|propos(?:e|ed|al|als|ing)|bid|move|initiative|expected|preparing|prepares|ready|will|would|could' +
    String.raw`|might)\s+(?:to\s+)?(?:\w+\s+)?(?:establish|become|form|forge|build|sign` +
    String.raw`|set up)\s+(?:[\w-]+\s+){0,4}$` +
    // "plans to twin with B": the tie word is the verb
    String.raw`|\b(?:intends?|intended|plans?|planned|planning|hopes?|hoped|hoping|aims?|aimed|aiming|wants?|seeks?` +
    String.raw`|seeking|expected|ready|preparing|prepares)\s+to\s+$` +
    // "is considering a twinning with B", "discussed a possible sister city relationship" (but "discussed the
    // partnership between A and B, which has existed since 1997" is about a tie there is)
    String.raw`|\b(?:consider(?:s|ed|ing)?|propos(?:e|es|ed|ing)|explor(?:e|es|ed|ing)` +
    String.raw`|stud(?:y|ies|ied|ying)|mull(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|seek(?:s|ing)?|sought)\s+(?:a|an` +
    String.raw`|the)?\s*(?:\w+\s+)?$|\bdiscuss(?:es|ed|ing)?\s+(?:(?:a|an)\s+(?:\w+\s+)?)?$` +
    String.raw`|\b(?:possible|potential|proposed|prospective|planned|future|would-be` +
    String.raw`|hoped-for)\s+(?:[\w-]+\s+){0,2}$` +
    // "revives talk of a A-B friendship city link", "the idea of a twinning"
    String.raw`|\b(?:talk|talks|idea|prospect|possibility|proposal|bid|push)\s+(?:of|for|about)\s+(?:a|an|the)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}$` +
    // "hoped to promote the establishment of friendship city relationship between A and B"
    String.raw`|\b(?:promote|promoting|push for|pushing for|work towards?|working towards?|facilitate|facilitating` +
    String.raw`|explore|exploring)\s+(?:the\s+)?(?:establishment|signing|conclusion|formation)\s+of\s+` +
    String.raw`(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$` +
    // "We hope to be twinned with B one day", "would love to become sister cities", "wants to get twinned"
    String.raw`|\b(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|would|could|will|shall|dream(?:s|ed)?\s+of)` +
    String.raw`\s+(?:(?:love|like|want|hope|need)\s+)?(?:to\s+)?(?:be|become|get|becoming|being)\s+(?:\w+\s+)?$`,
  'i',
);
export const LETTER_OF_INTENT = /\bletter of intent\b/i;
/** A tie refused or only asked for: "voted against twinning with B", "rejected a proposal to twin with B". */
export const REFUSED_BEFORE = new RegExp(
  String.raw`\b(?:against|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)` +
    String.raw`|veto(?:es|ed)?)\b[^.;,]{0,30}$` +
    String.raw`|\b(?:proposals?|plans?|bids?|moves?|efforts?|attempts?|calls?|requests?|offers?)\s+to\s+$`,
  'i',
);

/**
 * A name in a tie slot reads as a place even when it is a small town of a country the article never names: "twinned
 * with X", "the sister city of X", "its German twin town, X", "X's twin town", "X is twinned with", "X and Y became
 * sister cities" (passes/tie-slots.ts).
 */
const SLOT_TIE =
  '(?:[Ss]ister|[Tt]win|[Pp]artner|[Ff]riendship)[- ](?:[Cc]it(?:y|ies)|[Tt]owns?|[Mm]unicipalit(?:y|ies)' +
  // "A and B have been sister provinces": divisions stand in the slot too
  '|[Cc]ommunit(?:y|ies)|[Pp]rovinces?|[Ss]tates?|[Pp]refectures?|[Rr]egions?)';
/** The same, in running text (a capitalised "Town Twinning Committee" is an organisation's name). */
const SLOT_TIE_LOWER =
  '(?:sister|twin|partner|friendship)[- ](?:cit(?:y|ies)|towns?|municipalit(?:y|ies)|communit(?:y|ies))';
/** A capitalised word of an organisation's name, which no list of partners holds. */
const ORG_WORD = String.raw`(?:Committee|Association|Council|Society|Club|Program(?:me)?|International|Trust)\b`;
/** Names before this one in a list of partners: "twinned with A, B (since 1990) and ". */
const SLOT_LIST =
  String.raw`(?:(?!${ORG_WORD})\p{Lu}[\p{L}.'’-]*(?:\s+(?!${ORG_WORD})\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*\([^)]*\))?` +
  // "B in Germany and C": a partner's country after it
  String.raw`(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?` +
  String.raw`(?:,\s+|,?\s+and\s+)){0,8}`;
export const TIE_SLOT_BEFORE = new RegExp(
  String.raw`(?:\btwinned|\btwinning|\bjumelage|\b${SLOT_TIE_LOWER})(?:\s+(?:relationship|agreements?|ties|relations` +
    String.raw`|links?|charter|arrangement))?(?:\s+(?:with|of|to))?` +
    // "partner cities (abroad) include B, C and D", "twin towns: B, C"
    String.raw`(?:\s+(?:abroad\s+)?(?:include|includes|including|are|were|comprise|such as|among them)|\s*:)?` +
    String.raw`,?\s+(?:and\s+)?${SLOT_LIST}(?:the\s+)?` +
    String.raw`(?:\p{Lu}\p{L}+\s+)?` +
    String.raw`(?:(?:city|town|municipality|village|commune) of\s+)?$`,
  'u',
);
/** Adverbs and auxiliaries before a pair's tie verb: "A and B (have) (officially) signed ...". */
const PAIR_TIE_VERB = String.raw`(?:(?:have|had)\s+)?(?:(?:officially|formally|also)\s+)?(?:`;
/** The second of a pair before its tie verb: "A and B established friendly city relations". */
export const PAIR_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+and\s+$/u;
export const PAIR_TIE_AFTER = new RegExp(
  // "A and B, which established friendly relations in 1985, ..."
  String.raw`^(?:,\s+(?:which|that)\s+(?:have\s+|had\s+)?|\s+)${PAIR_TIE_VERB}` +
    String.raw`(?:signed|established|forged|concluded|sealed|formali[sz]ed|entered into)\s+` +
    String.raw`(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:sister|twin|twinning|partner|friendship|friendly)\b)`,
  'i',
);
/**
 * A tie phrase opening the sentence, its owner after the comma: "Twinned with B since 1968, A hosts ...", "Sister
 * cities since 1990, A and B ...", "Partnered with B in 2004, the town of A ...".
 */
export const FRONTED_TIE_BEFORE = new RegExp(
  String.raw`^\W*(?:(?:officially|formally|long)\s+)?(?:(?:twinned|partnered|paired)\s+with\s+[^,;.]{1,60}` +
    String.raw`|${SLOT_TIE}\s+(?:since|for)\s+[^,;.]{1,30}),\s+(?:the\s+(?:city|town|village|municipality)\s+of\s+)?` +
    String.raw`(?:\p{Lu}[\p{L}-]+\s+and\s+)?$`,
  'iu',
);
export const TIE_SLOT_AFTER = new RegExp(
  // "A counts B among its twin towns"
  String.raw`^(?:\s+among\s+(?:its|their|our|his|her)\s+(?:\w+\s+)?${SLOT_TIE}\b|` +
    String.raw`['’]s\s+(?:\w+\s+)?${SLOT_TIE}\b|,?\s+(?:is|was|has been|have been|are|were|had been|has|have)\s+` +
    String.raw`(?:also\s+)?twinned\b` +
    // "Nice, twinned since 1958 with B", "Bath, twinned with B,"
    String.raw`|,\s+(?:also\s+)?twinned\s+(?:(?:since|in)\s+\d{4}\s+)?with\b` +
    // "A, which is twinned with B", "A's twinning with B", "A and its (German) sister city B"
    String.raw`|,\s+which\s+(?:is|was|has been|had been)\s+(?:also\s+)?twinned\b|['’]s\s+twinning\s+with\b` +
    String.raw`|\s+and\s+its\s+(?:\p{Lu}[\p{L}-]*\s+)?${SLOT_TIE}\b` +
    // "A and (the Bavarian town of) B have been twinned"
    String.raw`|\s+and\s+(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:city|town|village|municipality|port|commune)\s+of\s+)?` +
    String.raw`(?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+(?:,\s+(?:which|that)\s+|\s+)${PAIR_TIE_VERB}` +
    String.raw`(?:signed|established|forged|concluded|sealed|formali[sz]ed|entered into)\s+` +
    String.raw`(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?(?:sister|twin|twinning|partner|friendship|friendly)\b|` +
    String.raw`(?:are|were|have been|had been|became|become)\s+(?:\w+\s+)?` +
    String.raw`(?:${SLOT_TIE}|twinned)\b)|,?\s+(?:(?:have|has)\s+)?(?:(?:officially|formally|also|later|first)\s+)?` +
    String.raw`(?:are|were|been|became|become)\s+(?:\w+\s+)?${SLOT_TIE}\b` +
    // "Hubei has 20 sister provinces", "Ohio now has sister cities such as", "A has added partners such as"
    String.raw`|\s+(?:(?:now|also|currently)\s+)?(?:has|have|had|maintains|counts)\s+` +
    // "A has the following twin towns", "A has five partner towns"
    String.raw`(?:(?:more\s+than|over|some|about|nearly|around)\s+)?(?:\d+\s+|(?:[a-z]+\s+){1,2})?${SLOT_TIE}\b` +
    String.raw`|\s+(?:has|have)\s+added\s+partners\s+(?:such\s+as|including)\b` +
    // "Anhui has established friendly relations with 42 localities"
    String.raw`|\s+(?:(?:now|also|so\s+far)\s+)?(?:has|have)\s+(?:established|signed|concluded|built)\s+` +
    String.raw`(?:[\w-]+\s+){0,3}?(?:relations(?:hips)?|ties|agreements?)\s+with\b` +
    // "A has had a twinning relationship with B", "A signed a sister city agreement with B"
    String.raw`|\s+(?:has|have|had|enjoys|maintains|signed|concluded)\s+(?:had\s+)?(?:an?|its|the)\s+(?:[\w-]+\s+)?` +
    String.raw`(?:sister[- ]city|sister[- ]state|twinning|twin[- ]town|friendship|friendship[- ]city)\s+` +
    String.raw`(?:relationship|agreement|ties|link|charter|pact|accord)\s+with\b` +
    // "the Kaunas-Bergen twinning": the first of two places joined before a tie word
    String.raw`|[-–/]\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:[\w-]+\s+)?(?:sister|twin|twinning|partner` +
    String.raw`|partnership|friendship|jumelage)\b)`,
  'u',
);
/** A name that describes the next word is no place of its own: "the Breton town of X". */
export const SLOT_DESCRIBES = /^\s+(?:town|city|village|municipality|commune|region|county|province|state|district)\b/;

/** The organisation a twinning word names: "Twinning Association", "Twinning Committee", "Twinning Society". */
export const ASSOCIATION = /^\s+(?:Association|Committee|Society|Club|Group|Friends)\b/;
/** A visit to the other town, in the clause after the association: "travelled to", "visited", "on a trip to". */
export const VISIT_TO = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:travel(?:l)?ed to|visited|went to|were in|was in|trip to|visit to|journeyed to` +
    '|stayed in)' +
    String.raw`\s+(?:the\s+)?(?:\w+\s+)?(?:(?:town|city|village|municipality) of\s+)?$`,
  'i',
);
/** A visit from the other town: "welcomed guests from", "hosted a delegation from". */
export const VISIT_FROM = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:welcomed|hosted|received|entertained|greeted)\b[^.;]{0,40}?\bfrom\s+` +
    String.raw`(?:the\s+)?(?:\w+\s+)?` +
    String.raw`(?:(?:town|city|village|municipality) of\s+)?$`,
  'i',
);
/** A town's name before its twinning association: "Bergen (Town) Twinning Association". */
export const NAMES_ASSOCIATION =
  /^\s+(?:(?:Town|City|District|and District)\s+)?Twinning\s+(?:Association|Committee|Society|Club|Group)\b/;
