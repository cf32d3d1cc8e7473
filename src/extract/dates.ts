/**
 * Date expressions in a sentence, resolved against the article's date: "Nov. 24, 2019", "on October 14th",
 * "on Sunday" (the last Sunday on or before the article's date), "yesterday", "in November 1984".
 */

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  /** True when the expression names a day. */
  day: boolean;
  /** For "one day earlier", "the day before": the day offset from the date the previous sentence talks about. */
  relativeDays?: number;
  /** True for a date counted back from the article's ("last month", "a year ago", "earlier this week"). */
  counted?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/** The days of the week, lower case, Sunday first (its index is the day's number in `Date.getUTCDay`). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const MONTH_RE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|' +
  'Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, a: 1 };

const PATTERNS: Array<{
  re: RegExp;
  make: (m: RegExpExecArray, doc: string | null) => Omit<DateMention, 'start' | 'end'> | null;
}> = [
  {
    // 2019-11-24, 2019/11/24
    re: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g,
    make: (m) => full(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // Nov. 24, 2019 / October 18th-20th / September 24th / Oct 24,2015
    re: new RegExp(
      `\\b${MONTH_RE}\\s+(\\d{1,2})${ORD}(?:\\s*(?:[-–]|to|and|through|until)\\s*\\d{1,2}${ORD}\\b)?` +
        `(?:\\s*,?\\s*(\\d{4}))?\\b`,
      'g',
    ),
    make: (m, doc) => withYear(month(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null, doc),
  },
  {
    // "from 13 to 16 September", "13-16 September 2022": the first day
    re: new RegExp(
      `\\b(\\d{1,2})${ORD}\\s*(?:-|–|to|and|until|till)\\s*\\d{1,2}${ORD}(?:\\s+of)?\\s+${MONTH_RE}` +
        '(?:\\s*,?\\s*(\\d{4}))?\\b',
      'g',
    ),
    make: (m, doc) => withYear(month(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null, doc),
  },
  {
    // 24 November 2019 / 24th of November
    re: new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH_RE}(?:\\s*,?\\s*(\\d{4}))?\\b`, 'g'),
    make: (m, doc) => withYear(month(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null, doc),
  },
  {
    // November 1984 / in July / in early March / at the end of June
    re: new RegExp(
      `\\b(?:(?:in|In|since|Since|of|by|at|At)\\s+)?(?:(?:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of|` +
        `the\\s+(?:first|second|third|fourth|last)\\s+(?:week|half)\\s+of)[\\s-]+)?` +
        `${MONTH_RE}(?:\\s*,?\\s*(\\d{4}))?\\b`,
      'g',
    ),
    make: (m, doc) => {
      if (!m[2] && !/^(in|since|of|by|at|early|mid|late|the)[\s-]/i.test(m[0])) return null;
      // "May" alone is the modal verb ("they may visit"); "in May", "since May", "early May" are the month.
      if (m[1] === 'May' && !m[2] && (/^(?:of|by)\s/i.test(m[0]) || !/\s/.test(m[0].trim()))) return null;
      // "in March last year": the month of the year before the article's.
      // A month after the article's, without a year, was last year's: news tells what has happened ("visited in
      // November" in a January article); "this year"/"next year" after it say otherwise.
      const rest = m.input.slice(m.index + m[0].length);
      const later =
        !!doc && month(m[1]!) > Number(doc.slice(5, 7)) && !/^\s+(?:of\s+)?(?:this|next) year\b/i.test(rest);
      const back = !m[2] && doc && (/^\s+(?:of\s+)?last year\b/i.test(rest) || later) ? 1 : 0;
      const y = m[2] ? Number(m[2]) : doc ? Number(doc.slice(0, 4)) - back : null;
      if (y === null) return null;
      return { value: `${y}-${pad(month(m[1]!))}`, day: false };
    },
  },
  {
    // "last March" (the last one before the article), "this March"
    re: new RegExp(`\\b(last|this|Last|This)\\s+${MONTH_RE}\\b`, 'g'),
    make: (m, doc) => {
      if (!doc) return null;
      const mo = month(m[2]!);
      const y = Number(doc.slice(0, 4)) - (/last/i.test(m[1]!) && mo >= Number(doc.slice(5, 7)) ? 1 : 0);
      return { value: `${y}-${pad(mo)}`, day: false, counted: true };
    },
  },
  {
    // "in late 2019", "early 2020", "in the spring of 2019": the year
    re: new RegExp(
      String.raw`\b(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)` +
        String.raw`((?:1[89]|20)\d\d)\b`,
      'gi',
    ),
    make: (m) => ({ value: m[1]!, day: false }),
  },
  {
    // 05.03.2021: day, month, year
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g,
    make: (m) => full(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // "last month", "earlier this week", "last weekend", "earlier this year", "last year": the month (or year) they
    // fall in, as partial dates; "this year" alone is too vague to date anything, "later this month" lies ahead.
    re: /\b(?:(earlier|early)\s+)?(this|last|past)\s+(weekend|week|month|year)\b/gi,
    make: (m, doc) => {
      if (!doc) return null;
      const last = m[2]!.toLowerCase() !== 'this';
      const unit = m[3]!.toLowerCase();
      const y = Number(doc.slice(0, 4));
      if (unit === 'year') {
        // "in March last year" is read with its month; "this year" alone dates nothing.
        if (new RegExp(`${MONTH_RE}\\s+(?:of\\s+)?$`, 'i').test(m.input.slice(Math.max(0, m.index - 12), m.index)))
          return null;
        return last || m[1] ? { value: String(last ? y - 1 : y), day: false, counted: true } : null;
      }
      if (unit === 'month') {
        const mo = Number(doc.slice(5, 7)) - (last ? 1 : 0);
        return { value: mo === 0 ? `${y - 1}-12` : `${y}-${pad(mo)}`, day: false, counted: true };
      }
      // A week (or weekend) is told by its month: the gold of such text gives no day.
      const d = toDate(doc);
      const back = unit === 'weekend' ? (d.getUTCDay() + 1) % 7 || 7 : last ? 7 : 0;
      return { value: iso(addDays(d, -back)).slice(0, 7), day: false, counted: true };
    },
  },
  {
    // "earlier in the week", "earlier in the month", "over the weekend", "at the weekend": counted back like "last
    // weekend", told by their month.
    re: /\b(?:earlier\s+in\s+the\s+(week|month)|(?:over|at)\s+the\s+(weekend))\b/gi,
    make: (m, doc) => {
      if (!doc) return null;
      const d = toDate(doc);
      if (m[1]?.toLowerCase() === 'month') return { value: doc.slice(0, 7), day: false, counted: true };
      const back = m[2] ? (d.getUTCDay() + 1) % 7 || 7 : 0;
      return { value: iso(addDays(d, -back)).slice(0, 7), day: false, counted: true };
    },
  },
  {
    // "a year ago", "two months ago", "three days ago"
    re: /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(years?|months?|weeks?|days?)\s+ago\b/gi,
    make: (m, doc) => {
      if (!doc) return null;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase().replace(/^an$/, 'a')] ?? 1);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'year') return { value: String(Number(doc.slice(0, 4)) - n), day: false, counted: true };
      if (unit === 'day') return { value: shiftDate(doc, -n), day: true, counted: true };
      if (unit === 'week') return { value: shiftDate(doc, -7 * n).slice(0, 7), day: false, counted: true };
      let y = Number(doc.slice(0, 4));
      let mo = Number(doc.slice(5, 7)) - n;
      while (mo <= 0) {
        mo += 12;
        y -= 1;
      }
      return { value: `${y}-${pad(mo)}`, day: false, counted: true };
    },
  },
  {
    // in 2004 / during 2010: a year alone
    re: /\b(?:in|In|during|During)\s+((?:1[89]|20)\d\d)\b(?![-/])/g,
    make: (m) => ({ value: m[1]!, day: false }),
  },
  {
    // "this Wednesday (22)", "On Thursday (23)": Brazilian and Portuguese copy give the day of the month in brackets;
    // the last such day on or before the article's date.
    re: /\b(?:(?:on|this|last)\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s*\((\d{1,2})\)/gi,
    make: (m, doc) => {
      return doc ? dayOfMonth(Number(m[1]), doc) : null;
    },
  },
  {
    // on Sunday / last Monday
    // "on Sunday", "last Monday", and news style "met here Friday"; not "next Friday" (ahead) or "Good Friday".
    re: /\b(?:on\s+|last\s+|On\s+|Last\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    make: (m, doc) => {
      if (!doc || /\b(?:next|this|coming|good|black|every)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      // "on Tuesday 6 February", "Monday, March 5": the date after the weekday says which one.
      if (
        new RegExp(`^,?\\s+\\(?(?:\\d{1,2}${ORD}\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}\\b)`).test(
          m.input.slice(m.index + m[0].length),
        )
      )
        return null;
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const d = toDate(doc);
      const back = (d.getUTCDay() - wd + 7) % 7;
      return { value: iso(addDays(d, -back)), day: true };
    },
  },
  {
    // "on the 2nd", "on the afternoon of the 2nd": a day of the article's month (of the month before, if still ahead).
    re: new RegExp(
      String.raw`\bon the (?:(?:morning|afternoon|evening|night) of the )?(\d{1,2})(?:st|nd|rd` +
        String.raw`|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|floor` +
        '|century))',
      'g',
    ),
    make: (m, doc) => {
      return doc ? dayOfMonth(Number(m[1]), doc) : null;
    },
  },
  {
    // "yesterday", "today", "this morning", "this afternoon", "tonight"
    re: /\b(yesterday|today|Yesterday|Today|tonight|(?:this|This)\s+(?:morning|afternoon|evening))\b/g,
    make: (m, doc) => (doc ? { value: iso(addDays(toDate(doc), /yesterday/i.test(m[1]!) ? -1 : 0)), day: true } : null),
  },
  {
    // One day earlier / two days later / the day before
    re: new RegExp(
      String.raw`\b(one|two|three|four|five|six|seven|a|One|Two|Three|A|\d)\s+days?\s+(earlier|before|later` +
        String.raw`|after)\b|\bthe (day before|previous day|day after|following day|next day` +
        // "The next morning", "the following evening", "the previous afternoon".
        String.raw`|(?:next|following|previous)\s+(?:morning|afternoon|evening|night))\b`,
      'gi',
    ),
    make: (m) => {
      if (m[3]) return { value: '', day: true, relativeDays: /before|previous/i.test(m[3]) ? -1 : 1 };
      const n = /^\d$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 1);
      return { value: '', day: true, relativeDays: /earlier|before/i.test(m[2]!) ? -n : n };
    },
  },
];

/** A news dateline opening a sentence: "HANGZHOU, Oct. 27 (Xinhua) --", "TACOMA, Wash., May 10 --". */
export const DATELINE = new RegExp(
  String.raw`^(?:[\p{Lu}\s,.'’-]+,\s[^-—–()]{3,20}?(?:\([^)]*\))?\s*(?:--|—|–|-|:)` +
    // Also in title case with a date of digits: "Lindau, 17 May 2018 -", "Ensenada, B.C., 6 March 2014.-".
    String.raw`|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2},\s(?=[^-—–()]*\d)[^-—–()]{3,24}?\s*(?:--|—|–|-))\s`,
  'u',
);

/**
 * The day a dateline gives, when it lies up to ten days before the article's date: the dispatch was filed then, and
 * its "on Tuesday" and "last week" count from that day, not from the day the page was dated.
 */
export function datelineDay(text: string, docDate: string | null): string | null {
  const m = DATELINE.exec(text);
  if (!m || !docDate) return null;
  const d = findDates(m[0], docDate).find((x) => x.day && x.relativeDays === undefined && x.value.length === 10);
  if (!d || d.value > docDate || shiftDate(d.value, 10) < docDate) return null;
  return d.value;
}

/** Every date expression in `text`, left to right, overlapping ones dropped. */
export function findDates(text: string, docDate: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const made = p.make(m, docDate);
      if (made) found.push({ start, end, ...made });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Shifts a YYYY-MM-DD date by whole days. */
export function shiftDate(date: string, days: number): string {
  return iso(addDays(toDate(date), days));
}

function month(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function full(y: number, m: number, d: number): { value: string; day: boolean } | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { value: `${y}-${pad(m)}-${pad(d)}`, day: true };
}

/** A month and day without a year take the article's year, or the year before when that would be in the future. */
function withYear(m: number, d: number, y: number | null, doc: string | null): { value: string; day: boolean } | null {
  if (y !== null) return full(y, m, d);
  if (!doc) return null;
  let year = Number(doc.slice(0, 4));
  const candidate = `${year}-${pad(m)}-${pad(d)}`;
  if (candidate > shiftDate(doc, 7)) year -= 1;
  return full(year, m, d);
}

/** Day `d` of the article's month, or of the month before when that day still lies ahead. */
function dayOfMonth(d: number, doc: string): { value: string; day: boolean } | null {
  let y = Number(doc.slice(0, 4));
  let mo = Number(doc.slice(5, 7));
  if (d > Number(doc.slice(8, 10))) {
    mo -= 1;
    if (mo === 0) {
      mo = 12;
      y -= 1;
    }
  }
  return full(y, mo, d);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function toDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
