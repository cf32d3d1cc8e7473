import { describe, expect, it } from 'vitest';
import { datelineDay, findDates, shiftDate } from '../../../src/extract/dates.ts';

const values = (text: string, doc: string | null = '2019-11-24'): string[] =>
  findDates(text, doc).map((d) => d.value || `${d.relativeDays}d`);

describe('findDates', () => {
  it('reads full dates in their common spellings', () => {
    expect(values('in Shizuoka, Japan, Nov. 24, 2019.')).toEqual(['2019-11-24']);
    expect(values('on 3 March 2018 and on 2018-05-30')).toEqual(['2018-03-03', '2018-05-30']);
  });

  it('gives a month and day without a year the article year, or the year before when that lies ahead', () => {
    expect(values('On October 14th, the city celebrated', '2014-10-20')).toEqual(['2014-10-14']);
    expect(values('on October 18th-20th', '2014-10-20')).toEqual(['2014-10-18']);
    expect(values('On December 30, they met', '2015-01-05')).toEqual(['2014-12-30']);
  });

  it('resolves weekdays to the last such day on or before the article date', () => {
    expect(values('said on Sunday')).toEqual(['2019-11-24']); // the article date is a Sunday
    expect(values('came on Monday', '2001-07-17')).toEqual(['2001-07-16']);
    expect(values('met yesterday')).toEqual(['2019-11-23']);
    expect(values('met here Friday with guests')).toEqual(['2019-11-22']);
    expect(values('will come next Friday')).toEqual([]);
  });

  it('reads months with a year as partial dates, and relative days as offsets', () => {
    expect(values('became sister cities in November 1984')).toEqual(['1984-11']);
    expect(values('One day earlier, they signed')).toEqual(['-1d']);
  });

  it('reads a year alone after "in" or "during"', () => {
    expect(values('They met in 2004.')).toEqual(['2004']);
  });

  it('does not take the modal verb "may" for a month', () => {
    expect(values('They may visit next year.')).toEqual([]);
  });

  it('shifts dates across month ends', () => {
    expect(shiftDate('2016-03-01', -1)).toBe('2016-02-29');
  });

  it('a weekday followed by its date is that date; a month "last year"; "the 2nd" of the article month', () => {
    expect(values('held on Tuesday 6 February.', '2024-02-24')).toEqual(['2024-02-06']);
    expect(values('they first met in March last year', '2020-01-15')).toEqual(['2019-03']);
    expect(values('met on the afternoon of the 2nd at City Hall', '2022-11-05')).toEqual(['2022-11-02']);
    expect(values('met on the 28th', '2022-11-05')).toEqual(['2022-10-28']);
  });

  it('reads weeks, months and years relative to the article as partial dates', () => {
    expect(values('met last month', '2019-01-10')).toEqual(['2018-12']);
    expect(values('earlier this week')).toEqual(['2019-11']);
    expect(values('Last weekend, they met', '2022-09-18')).toEqual(['2022-09']);
    expect(values('met last year and earlier this year')).toEqual(['2018', '2019']);
    expect(values('this year marks the anniversary')).toEqual([]);
    expect(values('signed a year ago', '1994-03-01')).toEqual(['1993']);
    expect(values('came three days ago')).toEqual(['2019-11-21']);
    expect(values('met this morning')).toEqual(['2019-11-24']);
    // Counted back from the article, not stated: start years do not take them.
    expect(findDates('signed a year ago and in 2010', '2019-11-24').map((d) => d.counted ?? false)).toEqual([
      true,
      false,
    ]);
  });

  it('reads a range of days as its first day', () => {
    expect(values('from 13 to 16 September', '2022-10-10')).toEqual(['2022-09-13']);
    expect(values('on March 5 and 6, 2012')).toEqual(['2012-03-05']);
  });

  it('reads parts of months and years, "last March", dotted dates, and a weekday with its date in brackets', () => {
    expect(values('in early March and in mid-June', '2021-07-01')).toEqual(['2021-03', '2021-06']);
    expect(values('last March', '2021-03-20')).toEqual(['2020-03']);
    expect(values('in late 2019 and in the spring of 2018')).toEqual(['2019', '2018']);
    expect(values('on 05.03.2021')).toEqual(['2021-03-05']);
    expect(values('Friday (March 12)', '2021-03-20')).toEqual(['2021-03-12']);
  });

  it('"in May" after a preposition is the month, "may" alone the verb; "the start of", "the first week of"', () => {
    expect(values('travelled to Porto in May and met', '2023-06-13')).toEqual(['2023-05']);
    expect(values('They May visit, and since May they plan', '2023-06-13')).toEqual(['2023-05']);
    expect(values('met at the start of May and in the first week of June', '2023-06-13')).toEqual([
      '2023-05',
      '2023-06',
    ]);
  });

  it('a month after the article\'s, without a year, was last year ("visited in November" in a January article)', () => {
    expect(values('visited Porto in November', '2024-01-15')).toEqual(['2023-11']);
    expect(values('will visit Porto in November this year', '2024-01-15')).toEqual(['2024-11']);
  });

  it('"earlier in the week", "earlier in the month", "over the weekend", "at the weekend"', () => {
    expect(values('met earlier in the week', '2023-05-03')).toEqual(['2023-05']);
    expect(values('met earlier in the month', '2023-05-13')).toEqual(['2023-05']);
    expect(values('met over the weekend', '2023-05-02')).toEqual(['2023-04']);
    expect(values('At the weekend, they met', '2023-05-13')).toEqual(['2023-05']);
  });

  it("a dateline gives the day the dispatch was filed, if within ten days before the article's date", () => {
    expect(datelineDay('CHANGSHA, March 4 (Xinhua) -- Mayor X met Y.', '2023-03-06')).toBe('2023-03-04');
    expect(datelineDay('CHANGSHA, March 4 (Xinhua) -- Mayor X met Y.', '2023-05-06')).toBeNull();
    expect(datelineDay('Mayor X met Y on March 4.', '2023-03-06')).toBeNull();
  });

  it('a weekday with the day of the month in brackets: "this Wednesday (22)", "On Thursday (23)"', () => {
    expect(values('signed this Wednesday (22). On Thursday (23) he left', '2012-08-24')).toEqual([
      '2012-08-22',
      '2012-08-23',
    ]);
    expect(values('met on Friday (30)', '2012-09-02')).toEqual(['2012-08-30']);
  });
});
