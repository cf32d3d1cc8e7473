/**
 * Cue lists for figures about places: what is counted (tie nouns, or plain place nouns after a tie word), the words
 * that qualify a number, the verbs that give a place its count ("has", "counts", "has established"), and the
 * phrasings that put the number after what it counts ("the number of sister cities has reached 60").
 */
import { CARDINAL } from './numbers.ts';

/** A number as written: "88", "1,300", "five", "two dozen". */
export const NUMBER = `(${CARDINAL})`;

/** Words that qualify a number, as the gold writes them. */
export const QUALIFIER_WORDS: Array<[RegExp, string]> = [
  [/^more than$/i, 'more than'],
  [/^(?:over|upwards of|in excess of)$/i, 'over'],
  [/^(?:about|around|approximately|some|roughly|close to|an estimated)$/i, 'about'],
  [/^(?:nearly|almost)$/i, 'nearly'],
  [/^at least$/i, 'at least'],
];
const QUALIFIER_ALTERNATIVES =
  'more than|over|upwards of|in excess of|about|around|approximately|some|roughly|close to|an estimated|nearly' +
  '|almost|at least';
export const QUALIFIER = `(${QUALIFIER_ALTERNATIVES})?`;

/** The gold's qualifier for a written one. */
export function qualifierOf(written: string | undefined): string | null {
  return written ? (QUALIFIER_WORDS.find(([w]) => w.test(written.replace(/\s+/g, ' ')))?.[1] ?? null) : null;
}

/** The tie word before the counted unit: "sister", "friendship", "twinning". */
const TIE_HEAD = '(?:sister|friendship|friendly|twin(?:ned)?|partner(?:ship)?|twinning)';
/** What a tie word counts: "cities", "states", "agreements", "relationships". */
const TIE_UNIT =
  '(?:cit(?:y|ies)|towns?|provinces?|states?|regions?|prefectures?|municipalit(?:y|ies)|communit(?:y|ies)|counties' +
  '|relationships?|ties|agreements?|partnerships?|links|pairs|arrangements|partners|affiliations|bonds|charters|pacts)';
/** Units a second unit may be coordinated with: "friendship provinces and cities". */
const PLACE_UNIT = '(?:cities|towns|provinces|states|regions|prefectures|municipalities|counties)';
/**
 * The words other languages keep in English copy for twinnings: "hermanamientos", "jumelages", "gemellaggi",
 * "Städtepartnerschaften", "cidades-irmãs".
 */
const FOREIGN_TIES =
  'hermanamientos|jumelages|gemellaggi|st(?:ä|ae)dtepartnerschaften|partnerst(?:ä|ae)dte|cidades[- ]irm(?:ã|a)s' +
  '|ciudades hermanas';
/**
 * What follows a tie noun when the number counts people, events or years, not ties: "15 sister-city students",
 * "20 sister city delegates", "three twinning events".
 */
const NOT_TIES =
  '(?![- ](?:delegates?|delegations?|students?|members?|officials?|representatives?|visitors?|guests?' +
  '|events?|festivals?|conferences?|programs?|programmes?|projects?|committees?|associations?|groups?' +
  String.raw`|years?|anniversar\w*|exchanges?|youths?|teams?|athletes?|artists?|schools?|days?|weeks?|trips?` +
  String.raw`|visits?|meetings?|ceremon\w*|awards?|grants?|scholarships?)\b)`;

/**
 * What a tie figure counts: "sister cities", "pairs of friendship cities", "twinnings", "friendship city ties",
 * "twinning links", "sister-state pairs", "partner towns", coordinated kinds ("sister or friendship ties",
 * "sister-state and sister-city agreements", "twinning and friendship agreements", "friendship provinces and
 * cities"), "(international) exchange ties", and the words other languages keep ("hermanamientos").
 */
export const TIE_NOUN =
  String.raw`(?:pairs of\s+)?(?:(?:international|foreign|overseas|official|formal|new|active)\s+)?` +
  // "sister or friendship ties", "sister-state and sister-city agreements": two tie words joined count one kind.
  String.raw`(?:(?:${TIE_HEAD}(?:[- ]${TIE_UNIT})?\s+(?:or|and|&)\s+)?` +
  String.raw`${TIE_HEAD}[- ](?:exchange\s+)?${TIE_UNIT}(?:\s+(?:and|or)\s+${PLACE_UNIT})?` +
  '(?:[- ](?:ties|pairs|relationships|partnerships|agreements|links))?' +
  String.raw`|sister provinces \(states\)|twinnings|partnerships|pairs` +
  // "40 partnership relations", "12 twinning links"
  String.raw`|(?:partnership|twinning) (?:relations(?:hips)?|ties|links|agreements)` +
  // "2,200 town twinnings", "city partnerships", "municipal partnerships".
  '|(?:town|city|municipal|community)[- ](?:twinnings|partnerships' +
  '|twinning (?:links|agreements|arrangements))' +
  String.raw`|(?:(?:friendly|friendship)\s+)?exchange (?:relations(?:hips)?|ties|links)|${FOREIGN_TIES})${NOT_TIES}`;

/** Places counted after a tie word: "friendship with 317 provinces/states/cities", "ties with 35 countries". */
const PLACES_COUNTED =
  '(?:cities|towns|provinces|states|regions|prefectures|municipalities|countries|counties|communities|partners' +
  '|localities|local governments|local authorities|councils|communes|districts)';
/** Places counted, coordinated ("towns and cities") or joined by slashes ("provinces/states/cities"). */
export const PLACE_NOUN =
  String.raw`(?:(?:foreign|overseas|international)\s+)?${PLACES_COUNTED}` +
  String.raw`(?:\/(?:cities|towns|provinces|states|regions|countries))*(?:\s+(?:and|or)\s+${PLACES_COUNTED})?`;

/** Words just before a counted place noun that make it a tie figure. */
export const TIE_BEFORE = new RegExp(
  String.raw`\b(?:friendship|friendly|sister|twin(?:ning|ned)?|partner(?:ship)?s?|ties|relations(?:hips?)?` +
    String.raw`|links|exchange mechanisms)\b[^.;]{0,40}\bwith\s*$`,
  'i',
);

/** After counted places, words that make them places with ties: "43 Xish municipalities have sister cities". */
export const TIES_AFTER = new RegExp(
  String.raw`^\s+(?:in\s+[^.;]{1,40}?\s+)?(?:(?:now|currently|also)\s+)?(?:have|has|had|maintain|hold|are|were|with` +
    String.raw`|having)\s+` +
    String.raw`(?:\w+\s+){0,3}?(?:sister|friendship|twin|twinned|twinning|partner|partnership)`,
  'i',
);

/**
 * Local bodies or the government of a place, between the place and its verb: "Arizona cities hold", "New Zealand
 * councils hold", "the Gujarat State Government has", "Kenya's districts have".
 */
export const BODIES_OF =
  String.raw`(?:(?:state|provincial|prefectural|regional|metropolitan|national|federal|municipal|local)\s+)?` +
  '(?:governments?|administrations?|authorities|cities|towns|municipalities|councils|districts|counties' +
  '|communes|prefectures|provinces)';
const ADVERBS = '(?:now|currently|already|also|so far|to date|in total|alone|together|collectively|still)';

/**
 * Verbs that give a place its count, between the place and the number: "has", "counts", "has established", "is
 * twinned with", "is home to", "maintains ... with"; after an aside (", with its 115 municipalities,", ", the
 * country with the most twinnings,"), a relative pronoun (", which has") or the place's bodies ("cities hold");
 * and ", with 64 sister provinces," after the place.
 */
export const HAS = new RegExp(
  String.raw`^\s*(?:,\s*(?:with|which|that|whose|home to|one of|the|a|an)\b[^,;]{0,60},\s*)?` +
    String.raw`(?:\s*[,—–]\s*(?:which|that)\s+)?(?:\s*${BODIES_OF}\s+)?(?:,\s*)?(?:${ADVERBS}\s+)*` +
    '(?:(?:has|have|had|counts?|counted|boasts?|maintains?|maintained|holds?|held|enjoys?|shared?|shares' +
    '|ranks?|ranked|leads?|led|tops|topped' +
    String.raw`|(?:is|are) home to|(?:is|are) (?:twinned|linked|paired|partnered)(?:\s+(?:with|to))?)\b` +
    String.raw`(?:\s+(?:${ADVERBS}|established|formed|signed|set up|built|forged|developed|concluded|entered into` +
    '|added|gained|acquired|accumulated|secured' +
    String.raw`|been|a total of))*(?:(?:\s+[\w-]+){0,4}?\s+with)?\s*(?:(?:a total of|a combined|a joint)\s+)?` +
    String.raw`|,\s*with\s+(?:(?:its|their)\s+)?(?:a total of\s+)?|,\s*(?:now\s+)?home to\s+)$`,
  'i',
);

/** Before a count: "there are", "there were now". */
export const THERE_ARE = /\bthere\s+(?:are|were|is|exist)\s+(?:now\s+|currently\s+|today\s+)?$/i;

/** Between a place and a part of a figure: "A alone accounts for 11 of them". */
export const OF_THEM_BEFORE =
  /^\s+(?:alone\s+)?(?:accounts?\s+for|accounted\s+for|is\s+responsible\s+for|makes?\s+up|holds?|has)\s+$/i;

/** "among them", "between them", "together": the places listed before share the figure. */
export const SHARED = /^\s+(?:among|between)\s+them(?:selves)?\b|^\s+(?:together|combined|in total)\b/i;

/** A pair of countries joined before the counted noun: "26 U.S.-Chile sister-state pairs". */
export const JOINED_COUNTRIES = /^\s*(\S+?)[-–/](\S+)\s+$/u;

/** The partner country after the counted noun: "with Chile", "with Chilean partners", "with cities in Chile". */
export const WITH_PARTNER = new RegExp(
  String.raw`^\s+with\s+(?:(?:\w+\s+)?(?:cities|towns|municipalities|provinces|partners|counterparts|regions)` +
    String.raw`\s+(?:in|of)\s+)?(?:the\s+)?$`,
  'i',
);
export const PARTNER_NOUN = /^\s+(?:partners|cities|towns|counterparts|municipalities|provinces|regions|prefectures)\b/;

/**
 * The number after what it counts: "The number of sister cities between A and B has reached 60", "A's sister cities
 * now number 60", "bringing the total to 40". Group 1 is the qualifier, group 2 the number.
 */
export const NUMBER_AFTER = new RegExp(
  String.raw`^[^.;]{0,80}?\b(?:has|have)?\s*(?:reached|stands? at|stood at|totals?|totalled|totaled|numbers?` +
    String.raw`|numbered|rose to|risen to|grew to|grown to|increased to|come to|is|was|are now|to)\s+${QUALIFIER}\s*` +
    String.raw`${NUMBER}\b(?!\s*(?:years|per|%|percent))`,
  'i',
);
/** What introduces a number after its noun: "the number of", "the total number of", "bringing the total to". */
export const NUMBER_OF =
  /\b(?:the\s+)?(?:total\s+)?number\s+of\s+$|\b(?:bringing|brings|bring)\s+(?:its|the|their)\s+total\s*$/i;

/** Local governments as the subject of a count: "local governments in A", "municipalities of A and B". */
export const LOCAL_BODIES =
  String.raw`(?:local\s+)?(?:governments|authorities|municipalities|cities|towns|communes|councils|communities` +
  // "Slovak towns and municipalities"
  String.raw`|localities)(?:\s+and\s+(?:municipalities|cities|towns|communes|villages|counties))?`;
/** Before the countries: "local governments in (the) ", "the municipalities of ". */
export const LOCAL_BODIES_IN = new RegExp(String.raw`\b${LOCAL_BODIES}\s+(?:in|of|across)\s+(?:the\s+)?$`, 'i');
/** After the countries, the verb that gives them the count: "have", "are linked by", "have signed". */
export const LOCAL_HAVE = new RegExp(
  String.raw`^\s*(?:(?:now|currently|already|also|together)\s+)*(?:have|had|maintain|hold|count|are linked by` +
    String.raw`|are joined by)(?:\s+(?:signed|established|concluded|formed|set up|built))?\s*(?:a total of\s+)?$`,
  'i',
);
