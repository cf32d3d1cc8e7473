/**
 * Cue lists for meetings: verbs and nouns of meeting (and their passives), hosting and visiting, words that make a
 * meeting only planned, and words that tie a sentence to the events told before. Lexicon only; meetings.ts joins them
 * to the people around them.
 */

/**
 * Meeting verbs and nouns: "met (with)", "held talks", "paid a courtesy call on", "received", "a ceremony attended by".
 */
export const MEET = new RegExp(
  String.raw`\b(?:met|meets|meeting|meet)\s+(?:with\s+)?|\bheld\s+(?:an?\s+)?(?:\w+\s+)?(?:talks|meeting|summit` +
    String.raw`|video call|phone call|conference)\b|\b(?:talks|talked|conferred|sat down|exchanged views` +
    String.raw`|shook hands)\s+with\b|\bagreed\s+with\b|\b(?:signed|signs|inked|initialled|initialed)\b` +
    String.raw`|\breceived\b|\bhosted\b|\bwelcomed\b|\bgreeted\b|\b(?:paid a courtesy call|called)\s+on\b` +
    String.raw`|\b(?:ceremony|meeting|talks|signing|reception|dinner|luncheon|banquet|forum` +
    String.raw`|event)\b[^.]{0,60}?\battended by\b|\bexchanged\s+(?:gifts|views|souvenirs|mementos|presents|ideas` +
    String.raw`|greetings|documents|the (?:agreements?|memorandums?|documents))\b`,
  'i',
);

/** A meeting only planned: "will meet", "is scheduled to". */
export const FUTURE = new RegExp(
  String.raw`\b(?:will|would|to meet|plans? to|planned|scheduled to|set to|due to|slated to|is to|are to` +
    String.raw`|expected to|going to)\b`,
  'i',
);

/** A host receiving a delegation. */
export const WELCOME_DELEGATION =
  /\b(?:welcomed|welcomes|received|receives|hosted|hosts|greeted)\s+(?:a|the)\s+(?:\w+\s+){0,3}delegation\b/i;

/** A delegation and who led it. */
export const LED_DELEGATION = /\bdelegation\b[^.]*?\b(?:headed|led)\s+by\b/i;

/** Travelling somewhere. */
export const TRAVEL = /\b(?:traveled|travelled|came|arrived|visited|flew)\b/i;

/** A visit made at someone's invitation: the host named after "by" met the visitor. */
export const INVITED_VISIT = new RegExp(
  String.raw`\b(?:visited|visiting|visit to|travell?ed to|came to|arrived in)\b[^.]*?\b(?:invited by` +
    String.raw`|at the invitation of|hosted by|received by|welcomed by|guest of)\b`,
  'i',
);

/** "X was accompanied by A, B and C": the companions were at X's meeting. */
export const ACCOMPANIED = /\b(?:was|were)\s+accompanied\s+by\b|\balong with\b|\bjoined by\b/i;

/** Visitors welcomed, received or hosted (the passive). */
export const HOSTED_VISIT = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:welcomed|received|invited|greeted|hosted)\b/i;

/** Words opening a sentence that continue the events told just before. */
export const SEQUENCE = new RegExp(
  '^(?:After (?:this|that)|Afterwards|Later(?: that day| on)?|Then|Subsequently|Following (?:this' +
    String.raw`|that|the (?:meeting|talks|ceremony|signing)))\b`,
  'i',
);

/** Sentences (the title counts) that form an article's lead. */
export const LEAD_SENTENCES = 4;

/** Words that put a sentence in the past before the news: "in 2015", "years ago", "previously". */
export const PAST_MARK = /\b(?:ago|previously|earlier|former|formerly|once|first met|back in|in (?:1[89]|20)\d\d)\b/i;
