/**
 * Dates as the facts and the graph write them, possibly partial (`2019`, `2019-11`, `2019-11-24`), and whether one
 * exists in the calendar: the form alone lets 2019-13-45 and 2019-02-31 through. The facts loader and the API's
 * argument guards both ask here.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with the year, month and day as groups. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Why a date of the partial form names no day or month of the calendar (`there is no month 13`, `2019-02 has days
 * 01 to 28`), or null when it names one. Dates not of the form are not judged here.
 */
export function calendarProblem(date: string): string | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return null;
  if (Number(month) < 1 || Number(month) > 12) return `there is no month ${month}`;
  if (day === undefined) return null;
  const days = daysInMonth(Number(year), Number(month));
  return Number(day) < 1 || Number(day) > days ? `${year}-${month} has days 01 to ${days}` : null;
}

/** Days in a month (1-12) of a year of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
