/**
 * Cue lists for meetings: the genre's verbs and nouns of meeting, hosting, calling on, visiting and signing, with their
 * passives and nominalisations, and the words that make a meeting only planned, denied or told in passing. Lexicon
 * only: each list is named for the grammatical role it plays, and the passes in `passes/meeting-*.ts` join a cue to the
 * people around it by sentence structure (who stands before the verb, who after it or after "by" / "with").
 */
import { WEEKDAYS } from '../dates.ts';

const GATES = new WeakMap<RegExp, readonly string[]>();

/**
 * One case-insensitive regular expression from a list of phrase patterns (regular-expression source, whole words).
 * `gates` are lower-case words one of which any match contains as a whole word: a sentence without any of them is not
 * searched (speed).
 */
export function cue(phrases: readonly string[], gates?: readonly string[]): RegExp {
  const re = new RegExp(String.raw`\b(?:${phrases.join('|')})\b`, 'i');
  if (gates) GATES.set(re, gates);
  return re;
}

/** The gate words of a cue list, if it has any. */
export function gatesOf(re: RegExp): readonly string[] | undefined {
  return GATES.get(re);
}

/** Up to `n` words of a noun phrase before its head ("a two-day official", "the visiting Japanese"). */
const words = (n: number): string => String.raw`(?:[\w’'-]+\s+){0,${n}}`;

/** Where and when between a meal and its guest: "a reception in Munich on Monday for B", "dinner on Monday with B". */
const ADJUNCTS = String.raw`(?:\s+(?:in|at|on|last|this)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+){0,2}`;

/** Nouns of talks a host and a guest hold: "held talks with", "a meeting with", "talks were held between". */
const TALK_NOUNS =
  String.raw`(?:talks|meetings?|discussions?|summit|dialogue|consultations?|conversation` +
  // "held a video call / videoconference / joint press conference with B": talks at a distance or before the press.
  String.raw`|video[\s-]?(?:calls?|conferences?|links?)|videoconferences?|(?:joint\s+)?(?:press|news)\s+conferences?` +
  String.raw`|phone\s+call|tele(?:phone|conference)\s+call|audience|exchange\s+of\s+views|bilateral` +
  String.raw`|working\s+sessions?)`;

/**
 * Verbs whose subject and object met, actively: "A met (with) B", "A held talks with B", "A and B met", "A agreed with
 * B", "A exchanged views with B", "A spoke with B by phone", "..., meeting B". The subject and the object are the
 * participants.
 */
export const MEET_VERBS = cue(
  [
    String.raw`(?:met|meets|meet)(?:\s+up)?(?:\s+with)?`,
    String.raw`(?<=,\s)meeting(?:\s+with)?`,
    // "After meeting B on Monday, A told reporters ...": a gerund after a conjunction of time.
    String.raw`(?<=\b(?:[Aa]fter|[Ww]hile|[Ff]ollowing)\s)meeting(?:\s+with)?`,
    // "Meeting B at City Hall on Monday, A told him ...": a gerund opening the sentence.
    String.raw`(?<=^\W*)Meeting(?:\s+with)?(?!\s+(?:of|on|at|in|was|is|will)\b)`,
    String.raw`(?:held|had|holds|holding|has\s+held|conducted)\s+(?:an?\s+|the\s+|their\s+)?` +
      String.raw`${words(2)}${TALK_NOUNS}(?:\s+with)?`,
    String.raw`(?:talked|conferred|sat\s+down|exchanged\s+(?:views|ideas|opinions)|agreed|chatted|caught\s+up)\s+with`,
    // "A and B held a friendly exchange": an exchange with a word of manner is talks (a youth exchange is none).
    String.raw`(?:held|had)\s+an?\s+(?:friendly|cordial|frank|warm|candid|brief|in-depth|lively)\s+` +
      String.raw`exchange(?:\s+with)?`,
    // "At the banquet, A sat next to B": seated together at a gathering.
    String.raw`sat\s+(?:next\s+to|beside|alongside)`,
    // "A shook hands with B"; "Mayor A (left) and Vice Mayor B shake hands at City Hall": a photo caption's present.
    String.raw`(?:shook|shake|shaking)\s+hands(?:\s+with)?`,
    String.raw`discussed\s+(?:[\w’',-]+\s+){0,6}?with`,
    // "Mayor A presents Governor B with a gift": the guest between the verb and what was given (a caption's present).
    String.raw`(?:presents|presented|presenting)(?=\s+(?:[\w’'.-]+\s+){1,6}?with\s+(?:an?\s+|the\s+|his\s+|her\s+)?` +
      String.raw`${words(2)}(?:gifts?|souvenirs?|mementos?|plaques?|keys?|tokens?|flags?|paintings?|portraits?` +
      String.raw`|scrolls?` +
      String.raw`|vases?|crests?|pennants?)\b)`,
    String.raw`(?:spoke|speaks|talked)\s+(?:by\s+(?:tele)?phone\s+|on\s+the\s+(?:tele)?phone\s+)?(?:with|to)`,
    // "A and B spoke by video link on Friday": the pair as the subject.
    String.raw`(?:spoke|talked)\s+(?:by|via|over|on)\s+(?:an?\s+|the\s+)?(?:video(?:\s+(?:link|call|conference))?` +
      String.raw`|videoconference|Zoom)`,
    // "Governor A (left) and Mayor B exchange gifts at City Hall": a photo caption's present.
    String.raw`(?:exchanged|exchange|exchanging)\s+(?:gifts|views|souvenirs|mementos|presents|ideas|greetings` +
      String.raw`|documents` +
      String.raw`|the\s+(?:agreements?|memorand(?:um|a|ums)|documents))`,
  ],
  (
    'met meet meets meeting held had holds holding conducted talked conferred sat caught ' +
    'exchanged exchange exchanging shook shake shaking agreed chatted discussed spoke speaks presents presented ' +
    'presenting'
  ).split(' '),
);

/**
 * Meetings told by what the two did together or why one came, in a list of their own (their gate words are common:
 * the list of meeting verbs is not run for them): "The two leaders discussed trade", "Both mayors agreed to ..." (the
 * pair told just before), "flew to X to see Mayor B" (a journey made to meet; a plan without one is not held), "had
 * lunch with B", "toured the port with B", "A accompanied B on a visit to ...".
 */
export const MEET_TOGETHER = cue(
  [
    String.raw`(?<=\b(?:the\s+two|both)\s+(?:mayors|governors|leaders|sides|officials|heads|delegations)\s+)` +
      String.raw`(?:discussed|agreed|exchanged|reviewed|reaffirmed)`,
    String.raw`(?<=\bto\s)see`,
    // "had lunch with B", "held a working lunch with B".
    String.raw`(?:had|shared|held)\s+(?:an?\s+)?${words(2)}(?:lunch|dinner|breakfast|luncheon|tea|coffee)${ADJUNCTS}` +
      String.raw`\s+with`,
    // "toured the port with B", "visited the institute on Monday with B".
    String.raw`(?:toured|visited)\s+(?:[\w’'-]+\s+){1,5}?with`,
    String.raw`accompanied(?!\s+by)`,
    // "A joined B for dinner", "A joined Governor B at a reception on Monday": the guest and the host of a meal.
    // "A joined B in a videoconference".
    String.raw`joined(?=\s+(?:[\w’'.-]+\s+){1,6}?(?:for|at|in)\s+(?:an?\s+|the\s+|their\s+)?${words(2)}` +
      String.raw`(?:lunch|dinner|breakfast|luncheon|banquet|reception|talks|meeting|videoconference|video\s+call` +
      String.raw`|(?:video|press|news)\s+conference)\b)`,
    String.raw`(?:dined|lunched|breakfasted)\s+with`,
    // "A attended a dinner hosted by B", "A joined a reception given by B": the guest and the host.
    String.raw`(?:attended|joined)\s+(?:an?\s+|the\s+)?${words(2)}(?:lunch|dinner|breakfast|luncheon|banquet` +
      String.raw`|reception)\s+(?:(?:hosted|given|held|thrown|offered)\s+)?(?:by|in\s+honou?r\s+of)`,
  ],
  (
    'discussed agreed exchanged reviewed reaffirmed see lunch dinner breakfast luncheon tea coffee toured visited ' +
    'accompanied joined dined lunched breakfasted attended'
  ).split(' '),
);

/**
 * Nominal meetings: "in a meeting with B", "during talks with B", "after a closed-door meeting with the mayor",
 * "a meeting between A and B". The one after "with" and the sentence's subject are the participants.
 */
export const MEETING_NOUNS = cue(
  [
    String.raw`${TALK_NOUNS}\s+(?:(?:held\s+)?(?:here\s+|today\s+|yesterday\s+)?)with`,
    String.raw`${TALK_NOUNS}\s+between`,
    // "The meeting of Mayor A and Governor B on Monday": the two after "of", joined by "and".
    String.raw`(?:meeting|talks|summit)\s+of(?=\s+(?:[\w’'.-]+\s+){1,5}?(?:and|&)\s)`,
  ],
  'with between of'.split(' '),
);

/**
 * A photo caption that shows two together: "Photo: Mayor A with Governor B at the friendship garden", "Pictured above:
 * A with B". The one before "with" and those after it are the participants.
 */
export const CAPTION_WITH = cue(
  [
    String.raw`(?<=^\W*(?:Photo|Photograph|Pictured|Picture|Caption|Above)(?:\s+(?:above|below|left|right|top))?` +
      String.raw`\s*[:—–-]\s*[^;:]{2,80}?\s)with`,
  ],
  'photo photograph pictured picture caption above'.split(' '),
);

/** Talks told in the passive: "talks were held between A and B", "a ceremony was held at City Hall on Monday". */
export const HELD_PASSIVE = cue(
  [
    String.raw`(?:${TALK_NOUNS}|ceremony|reception|banquet|dinner|luncheon|seminar|symposium|workshop|forum)\s+` +
      String.raw`(?:[\w’'(),-]+\s+){0,12}?(?:was|were)\s+(?:also\s+)?held`,
  ],
  'held'.split(' '),
);

/** A guest thanking a host for receiving them: "A thanked B for the warm welcome", "for his hospitality". */
export const THANKED_HOST = cue(
  [
    String.raw`thanked\s+(?:[\w’'.-]+\s+){1,6}?for\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?` +
      '(?:welcome|hospitality|reception)',
  ],
  'thanked'.split(' '),
);

/** A guest calling on a host: "A paid a courtesy call on B", "A called on B", "A paid a visit to B" (a person). */
export const CALL_ON = cue(
  [
    String.raw`(?:paid|made)\s+(?:an?\s+)?${words(2)}(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)`,
    String.raw`(?:courtesy\s+)?call\s+(?:on|upon)`,
    // "The courtesy call by A on B took place ...": the caller after "by", the one called on after "on".
    String.raw`courtesy\s+(?:call|visit)\s+(?:by|of)`,
    String.raw`called\s+(?:on|upon)`,
    String.raw`paid\s+(?:his|her|their)\s+respects\s+to`,
  ],
  'call called visit respects'.split(' '),
);

/**
 * A host receiving guests, actively: "A received B", "A welcomed a delegation led by B", "A hosted a dinner for B".
 * The object must be people (a name, a delegation, officials) or a meeting: "received a cheque" is no meeting.
 */
export const HOST_VERBS = cue(
  [
    String.raw`(?:gave|hosted|held|threw|offered)\s+(?:an?\s+)?${words(2)}(?:dinner|reception|banquet|luncheon|lunch` +
      '|breakfast)' +
      String.raw`${ADJUNCTS}\s+(?:for|in\s+honou?r\s+of)`,
    String.raw`played\s+host\s+to`,
    // "A bade farewell to B at the airport", "A saw off B", "A escorted B around the old town", "A guided B through".
    String.raw`(?:bade|bid)\s+(?:a\s+)?(?:\w+\s+)?farewell\s+to|saw\s+off`,
    String.raw`(?:escorted|guided)(?=\s+(?:[\w’'.-]+\s+){1,6}?(?:around|round|through|on)\b)`,
    // "A took B on a tour of the harbour".
    String.raw`took(?=\s+(?:[\w’'.-]+\s+){1,6}?on\s+an?\s+${words(2)}(?:tour|visit|walk|trip)\b)`,
    // "A gave B a tour of the harbour", "A showed B around the port": the guest between the verb and what was given.
    String.raw`(?:gave|offered)(?=\s+(?:[\w’'.-]+\s+){1,6}?an?\s+${words(2)}(?:tour|welcome|reception)\b)`,
    String.raw`showed(?=\s+(?:[\w’'.-]+\s+){1,6}?around\b)`,
    // "A honoured B with a dinner": the guest between the verb and the meal.
    String.raw`honou?red(?=\s+(?:[\w’'.-]+\s+){1,6}?with\s+(?:an?\s+)?${words(2)}(?:dinner|reception|banquet` +
      String.raw`|luncheon|lunch)\b)`,
    String.raw`(?:received|receives|welcomed)\s+(?:an?\s+)?${words(2)}(?:courtesy\s+)?(?:call|visit)\s+from`,
    String.raw`(?:extended|accorded|gave)\s+(?:an?\s+)?${words(2)}welcome\s+to`,
    // "A granted an audience to B": the host first.
    String.raw`(?:granted|gave|accorded)\s+(?:an?\s+)?${words(1)}audience\s+to`,
    // "A received and worked with the delegation led by B", "received and held talks with B": one act of hosting.
    String.raw`(?:received|welcomed|receives|welcomes)\s+and\s+(?:worked|held\s+talks|had\s+talks|talked|met)\s+with`,
    'received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting|greeted|greets|entertained|feted',
    // "A treated B to dinner": the guest between the verb and the meal.
    String.raw`treated(?=\s+(?:[\w’'.-]+\s+){1,6}?to\s+(?:an?\s+)?${words(2)}(?:dinner|lunch|luncheon|banquet` +
      String.raw`|breakfast|reception)\b)`,
  ],
  (
    'received receives receiving welcomed welcomes welcoming hosted hosts hosting ' +
    'greeted greets entertained played dinner reception banquet luncheon lunch honoured honored gave offered showed ' +
    'welcome audience breakfast feted treated bade bid saw escorted guided took'
  ).split(' '),
);

/**
 * Guests received by a host, in the passive: "A was received by B", "A was warmly welcomed in X", "A was met at the
 * airport by B". The host, if named, stands after "by".
 */
export const HOSTED_PASSIVE = cue(
  [
    String.raw`(?:was|were|been|being)\s+(?:also\s+)?(?:\w+ly\s+)?(?:received|welcomed|greeted|hosted|met|entertained` +
      String.raw`|visited|feted)`,
    // "A was treated to dinner by B".
    String.raw`(?:was|were)\s+treated\s+to\s+(?:an?\s+)?${words(2)}(?:dinner|lunch|luncheon|banquet|breakfast` +
      '|reception)',
    String.raw`(?:was|were)\s+(?:among\s+)?(?:the\s+)?(?:guests?|visitors?)\s+of`,
    // "was among the guests received by B".
    String.raw`(?:was|were)\s+among\s+(?:the\s+)?(?:guests|visitors|officials|delegates)\s+(?:\w+ly\s+)?(?:received` +
      String.raw`|welcomed|hosted|greeted)`,
    // "was given a tour of the city by B", "were shown around by B", "was offered a dinner by B".
    String.raw`(?:was|were)\s+(?:given|offered|shown|taken\s+on)\s+(?:an?\s+|the\s+)?${words(2)}` +
      String.raw`(?:tour|welcome|reception|dinner|lunch|luncheon|banquet)`,
    String.raw`(?:was|were)\s+shown\s+around`,
    // "was shown the new tram line by B": a host showing the guest something (a named one: not "by the club").
    String.raw`(?:was|were)\s+shown\s+(?:the|a|an|their|her|his|its)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+` +
      String.raw`(?=\s+by\s+(?!(?:the|an?|its|their)\b))`,
  ],
  'was were been being'.split(' '),
);

/** Signing verbs: "A and B signed an agreement", "the MoU was signed by A and B", "A inked a pact with B". */
export const SIGN_VERBS = cue(
  [
    'signed|signs|sign|signing|inked|initialled|initialed|co-signed|countersigned',
    String.raw`put\s+(?:their|his|her)\s+signatures?\s+(?:to|on)`,
    String.raw`put\s+pen\s+to\s+paper`,
    // "A and B renewed the twinning charter": a renewal is signed by both.
    String.raw`(?:renewed|re-signed)\s+(?:on\s+\w+\s+)?(?:the|their|a|an)\s+${words(3)}` +
      String.raw`(?:agreements?|memorand(?:um|a|ums)|MoUs?` +
      String.raw`|charters?|pacts?|accords?|oaths?|pledges?)`,
  ],
  'signed signs sign signing inked initialled initialed co-signed countersigned put renewed re-signed pen'.split(' '),
);

/** What is signed at a meeting: agreements, memorandums, charters. */
export const SIGNED_PAPERS = cue([
  String.raw`agreements?|memorand(?:um|a|ums)|MoUs?|accords?|pacts?|charters?|protocols?|declarations?|letters?\s+of` +
    String.raw`\s+intent|contracts?|treaty|treaties|documents?|deals?`,
]);

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;

/**
 * Visiting verbs: "A visited X", "A came to X", "A was in X this week", "A led a delegation to X", "A has returned from
 * X". The visitor stands before the verb; the destination after it.
 */
export const VISIT_VERBS = cue(
  [
    'visited|toured',
    String.raw`(?:came|went|travell?ed|flew|journeyed)\s+to`,
    String.raw`arrived\s+(?:in|at)`,
    String.raw`(?:has|have|had)\s+returned\s+from|returned\s+from\s+(?:an?\s+)?${words(2)}(?:visit|trip)`,
    String.raw`(?:was|were)\s+(?:in|on\s+an?\s+${words(2)}(?:visit|trip|tour|mission)\s+to)`,
    // "X is visiting Y this week", "X is on a three-day visit to Y": a visit going on as the news is told.
    String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?(?:visiting|touring|on\s+an?\s+${words(2)}(?:visit|trip|tour` +
      String.raw`|mission)\s+to)`,
    String.raw`(?:paid|made)\s+(?:an?\s+)?${words(2)}(?:visit|trip)\s+to`,
    String.raw`led\s+(?:an?\s+|the\s+)?${words(3)}delegation\s+to`,
    // "X is leading a delegation to Y this week": a visit going on as the news is told.
    String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?(?:leading|heading)\s+(?:an?\s+|the\s+)?${words(3)}delegation\s+to`,
    // "led a delegation of six from Poznan to Nantes": who and whence between the noun and "to".
    String.raw`led\s+(?:an?\s+|the\s+)?${words(3)}delegation\s+(?:of|from)\s+(?:[\w’'-]+\s+){1,5}?to`,
    String.raw`stopped\s+(?:in|at)`,
    // "spent four days in X", "stayed in X": a stay of some length is a visit.
    String.raw`spent\s+(?:an?\s+|the\s+)?${words(2)}(?:days?|weeks?|nights?|hours?|weekend)\s+in`,
    // "spent Monday and Tuesday in X".
    String.raw`spent\s+${WEEKDAY}(?:\s+(?:and|to)\s+${WEEKDAY})?\s+in`,
    String.raw`stayed\s+in`,
  ],
  (
    'visited toured came went travelled traveled flew journeyed arrived returned was is are ' +
    'were paid made led stopped spent stayed'
  ).split(' '),
);

/** A visit told as a noun: "during his visit to X", "her three-day trip to X", "on the sidelines of the visit". */
export const VISIT_NOUNS = cue([String.raw`(?:visit|trip|tour|mission|stay)\s+(?:to|in)`]);

/** A visit named with its visitor: "the visit of Mayor A to X", "a three-day trip by A to X". */
export const VISIT_BY = cue(
  [String.raw`(?:visit|trip|tour|mission)\s+(?:of|by)`],
  'visit trip tour mission'.split(' '),
);

/** A delegation and who led it: "a delegation ... headed by", "the visiting delegation, led by". */
export const LED_BY = cue([String.raw`(?:headed|led)\s+by`], 'led headed'.split(' '));

/** Groups that stand for a party of officials from elsewhere the text does not name ("a delegation"). */
export const PARTY_NOUNS = 'delegation delegations delegates mission counterparts counterpart side sides';

/**
 * Groups that may be anyone ("officials", "guests"): they stand for a party of officials only with the place they
 * come from ("officials from Porto", "Porto officials").
 */
export const GROUP_NOUNS =
  'officials representatives leaders visitors guests councillors councilors members executives dignitaries ' +
  'authorities officers group';

/**
 * Members of a party named with it: "The delegation included A and B", "Also present were A and B", "A and B were
 * part of the delegation".
 */
export const MEMBERS = cue(
  [
    String.raw`(?:delegation|group|party|visitors|mission)\s+(?:[\w’'-]+\s+){0,3}?(?:included|includes|comprised` +
      String.raw`|consisted\s+of|was\s+made\s+up\s+of)`,
    String.raw`(?:also\s+)?(?:present|attending|in\s+attendance)\s+(?:[\w’'-]+\s+){0,4}?(?:were|was)`,
    String.raw`(?:were|was)\s+also\s+(?:present|in\s+attendance)`,
    String.raw`among\s+(?:those|the\s+guests|the\s+participants)\s+(?:present\s+)?(?:were|was)`,
    String.raw`(?:also\s+)?(?:on|in)\s+the\s+(?:trip|delegation|visit|party)\s+(?:were|was)`,
    String.raw`(?:were|was)\s+(?:also\s+)?(?:part|members?)\s+of\s+the\s+(?:delegation|group|party|mission)`,
    // "Joining them were A and B", "Other participants included A and B"
    String.raw`(?:also\s+)?joining\s+(?:them|him|her|the\s+(?:\w+\s+)?(?:mayors?|delegation|talks|meeting))` +
      String.raw`\s+(?:were|was)`,
    String.raw`(?:other\s+)?participants\s+(?:also\s+)?(?:included|includes|were)`,
    // "Leading the group was Deputy Mayor A"
    String.raw`(?:leading|heading)\s+(?:the|this)\s+(?:[\w’'-]+\s+)?(?:delegation|group|party|visitors|mission)` +
      String.raw`\s+(?:was|were)`,
  ],
  (
    'included includes comprised consisted made present attending attendance among were was signing represented ' +
    'joining participants leading heading'
  ).split(' '),
);

/** The signers of a signing told just before: "Signing for X was Mayor A; Y was represented by Mayor B". */
export const SIGNED_FOR = cue(
  [String.raw`signing\s+for\s+(?:[\w’'-]+\s+){1,3}?(?:was|were)`, String.raw`(?:was|were)\s+represented\s+by`],
  'signing represented'.split(' '),
);

/** Officials doing one thing together: "A and B jointly unveiled a plaque", "A and B planted a tree". */
export const JOINT_ACTS = cue(
  [
    // "A and B discussed youth exchanges on Monday", "A and B exchanged views on ..."
    String.raw`discussed|exchanged\s+(?:views|ideas|opinions)|talked\s+(?:about|over)`,
    String.raw`(?:jointly\s+|together\s+)?(?:unveiled|inaugurated|launched|planted|cut\s+the\s+ribbon|laid` +
      String.raw`\s+(?:a\s+)?wreaths?|opened|toured|visited|attended|co-chaired|co-hosted|co-presided\s+over)`,
  ],
  (
    'unveiled inaugurated launched planted cut laid opened toured visited attended co-chaired co-hosted ' +
    'co-presided discussed exchanged talked'
  ).split(' '),
);

/**
 * People met who are not officials: a meeting only with them is not one between places. "A business / trade
 * delegation" is a party all the same (an official often heads it).
 */
export const NOT_OFFICIALS = cue([
  'reporters|journalists|press|media|students|pupils|residents|citizens|fans|children' +
    String.raw`|business(?:men|people)?(?!\s+(?:delegations?|missions?))` +
    '|entrepreneurs|investors|staff|employees|workers|volunteers|families|public|community|communities|crowds?',
]);

/** A visitor's companions: "X was accompanied by A and B", "along with", "joined by". */
export const ACCOMPANIED = cue(
  [String.raw`(?:was|were)\s+accompanied\s+by`, String.raw`along\s+with`, String.raw`joined\s+by`],
  'accompanied along joined'.split(' '),
);

/**
 * Ways of taking part in a gathering told before: "attended", "witnessed", "was present at", "addressed". Who does
 * them was at that gathering.
 */
export const ATTEND_VERBS = cue(
  [
    String.raw`attended|attending|witnessed|witnessing|addressed|presided\s+over|officiated|took\s+part\s+in` +
      String.raw`|participated\s+in|(?:was|were)\s+present`,
  ],
  ('attended attending witnessed witnessing addressed presided officiated took ' + 'participated was were').split(' '),
);

/** Handing something over takes two present: "X handed the delegation a cheque", "delivered a cheque to X". */
export const HANDING = cue(
  [
    String.raw`(?:handed|handing)(?:\s+over)?|presented|presenting|delivered|delivering|gave|giving|gifted|exchanged`,
    String.raw`received\s+(?:an?\s+|the\s+)?${words(3)}(?:cheque|check|gift|key|plaque|memento|souvenir|donation)`,
  ],
  ('handed handing presented presenting delivered delivering gave giving gifted ' + 'exchanged received').split(' '),
);

/** Things handed over in person: "handed the delegation a cheque", "presented a plaque to". */
export const HANDED_THINGS = cue([
  'cheques?|checks?|gifts?|keys?|plaques?|mementos?|souvenirs?|donations?|flags?|certificates?|paintings?' +
    '|portraits?|statues?|tokens?|letters?|medals?|awards?|books?|plates?|proclamations?|scrolls?|vases?|trophies' +
    '|trophy|crests?|pennants?|banners?|keepsakes?|replicas?',
]);

/**
 * Nouns that name a gathering the text may refer back to ("during the meeting", "at the ceremony", "the delegation"),
 * each with the kinds of gathering it may stand for.
 */
export const EVENT_NOUNS: Readonly<Record<string, readonly EventKind[]>> = {
  meeting: ['meeting', 'visit', 'signing'],
  meetings: ['meeting', 'visit'],
  talks: ['meeting', 'visit'],
  discussion: ['meeting', 'visit'],
  discussions: ['meeting', 'visit'],
  visit: ['visit'],
  trip: ['visit'],
  tour: ['visit'],
  stay: ['visit'],
  delegation: ['visit'],
  visitors: ['visit'],
  guests: ['visit'],
  ceremony: ['signing', 'meeting', 'visit'],
  signing: ['signing'],
  reception: ['meeting', 'visit', 'signing'],
  banquet: ['meeting', 'visit', 'signing'],
  dinner: ['meeting', 'visit', 'signing'],
  luncheon: ['meeting', 'visit', 'signing'],
  event: ['meeting', 'visit', 'signing'],
  // "On this occasion, A and B signed ..." (translated copy): the gathering just told; not "on the occasion of X".
  occasion: ['meeting', 'visit', 'signing'],
  call: ['meeting'],
  seminar: ['meeting'],
  symposium: ['meeting'],
  workshop: ['meeting'],
  forum: ['meeting'],
};

/**
 * Words in a quotation that put its speaker at the gathering: "this is the first time we met", "through today's
 * meeting", "this visit".
 */
export const PRESENT_SPEAKER = cue([
  String.raw`(?:we|I)\s+(?:have\s+)?(?:just\s+)?met`,
  String.raw`(?:this|today[’']s|our|tonight[’']s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|visit|seminar|ceremony` +
    '|signing|talks|reception|conference|forum|trip|gathering|celebration)',
]);

/** The kinds of gathering a meeting comes from. */
export type EventKind = 'meeting' | 'visit' | 'signing';

/**
 * A reference to a gathering told before: "during the meeting", "at the signing ceremony", "the visiting delegation".
 */
export const EVENT_REFERENCE = new RegExp(
  String.raw`\b(?:the|this|that|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(${Object.keys(EVENT_NOUNS).join('|')})\b` +
    String.raw`(?!(?<=occasion)\s+of\b)`,
  'gi',
);

/**
 * A meeting only planned, hoped for or hypothetical: a modal or a verb of intent before the cue ("will meet", "is
 * expected to visit", "plans to sign", "looks forward to meeting", "invited X to visit").
 */
export const PLANNED = cue([
  "will|would|shall|’ll|'ll|may|might|could|should|can",
  String.raw`(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going|about|planning|hoping)\s+(?:to|for)`,
  // "the visit, which was to include talks with B": a future in the past.
  String.raw`(?:was|were)\s+to\s+(?:include|feature|be|have|hold|meet|visit|sign|attend)`,
  String.raw`plans?\s+to|planned|intends?\s+to|hopes?\s+to|wants?\s+to|wish(?:es)?\s+to|aims?\s+to|seeks?\s+to`,
  String.raw`looks?\s+forward|looking\s+forward|next\s+(?:week|month|year)|in\s+the\s+coming|upcoming|tomorrow` +
    // not the end of a hyphened given name ("Park Won-soon met ...")
    String.raw`|later\s+this|in\s+the\s+near\s+future|(?<![-‐‑])soon`,
  String.raw`invit(?:ed|es|ing|ation)\s+(?:\w+\s+){0,6}to\s+(?:visit|come|meet|attend)`,
]);

/** A meeting denied or called off: "did not meet", "never met", "the visit was cancelled". */
export const DENIED = cue([
  String.raw`not|never|n’t|n't|no\s+longer|unable|cancell?ed|postponed|called\s+off|refused|declined|instead\s+of`,
]);

/** Verbs of travel whose purpose clause is a meeting that took place: "came to X to meet", "arrived ... to meet". */
export const PAST_TRAVEL = cue([
  String.raw`came|went|arrived|travell?ed|flew|visited|(?:was|were)\s+(?:in|here|there)|led\s+(?:an?|the)\s+` +
    `${words(3)}delegation`,
]);

/** A visit or meeting told as a habit or a count, not one event: "has visited China five times", "every year". */
export const HABITUAL = cue([
  String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|\d+)\s+times` +
    String.raw`|several\s+occasions|many|numerous|various|countless|often|regularly|frequently|annually` +
    String.raw`|every\s+(?:year` +
    String.raw`|month|summer|spring|autumn|winter)|each\s+year|each\s+other’s`,
]);

/** Words opening a sentence that continue the events told just before. */
export const SEQUENCE = new RegExp(
  '^(?:After (?:this|that)|Afterwards|Later(?: that day| on)?|Then|Subsequently|Following (?:this' +
    String.raw`|that|the (?:meeting|talks|ceremony|signing))|In the (?:morning|afternoon|evening)` +
    String.raw`|That (?:morning|afternoon|evening|night)|(?:On )?the same day)\b`,
  'i',
);

/** Sentences (the title counts) that form an article's lead. */
export const LEAD_SENTENCES = 4;

/** Words that put a sentence in the past before the news: "in 2015", "years ago", "previously". */
export const PAST_MARK = /\b(?:ago|previously|earlier|former|formerly|once|first met|back in|in (?:1[89]|20)\d\d)\b/i;
