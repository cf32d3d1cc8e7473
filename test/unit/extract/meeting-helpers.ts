import { goldOf } from './helpers.ts';

/** The meetings of a made-up article: who (in order found), date, and the rule that found each. */
export function meetingsOf(
  body: string,
  date = '2019-11-24',
): Array<{ who: string[]; date: string | null; rule: string }> {
  return goldOf(body, date).meetings.map((m) => ({
    who: m.participants,
    date: m.date ?? null,
    rule: String((m as { rule?: string }).rule ?? '').replace('+dated-by-article', ''),
  }));
}

/** Only who and when. */
export function whoWhen(body: string, date = '2019-11-24'): Array<{ who: string[]; date: string | null }> {
  return meetingsOf(body, date).map(({ who, date: d }) => ({ who, date: d }));
}
