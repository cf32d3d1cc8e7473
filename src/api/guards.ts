/**
 * Argument checks shared by every resolver. Each refuses a bad argument before any Cypher runs, with a GraphQL error
 * (code BAD_USER_INPUT) that names the argument and says what to pass instead.
 */
// The GraphQLError class of the graphql instance yoga uses: with two copies of graphql loaded (ESM and CommonJS, as
// under vitest), yoga would not recognise the other copy's errors as meant for the client and would mask them.
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { PARTIAL_DATE, calendarProblem } from '../facts/calendar.ts';

export function badInput(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Checks an integer argument against its bounds, with an error that names the argument and the bounds. */
export function boundedInt(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${name} must be from ${min} to ${max}; got ${n}.`);
  }
  return n;
}

/**
 * An ISO 3166-1 alpha-2 country code, in capitals as the graph stores it. `argument` names it in the error
 * (`meetings: filter.countryCode`), `example` is a code that fits the argument.
 */
export function checkedCountryCode(code: string, argument: string, example = 'CN'): string {
  if (!/^[A-Za-z]{2}$/.test(code))
    throw badInput(`${argument} "${code}" is not an ISO 3166-1 alpha-2 code such as ${example}.`);
  return code.toUpperCase();
}

/**
 * A date as the graph writes dates, possibly partial: `2019`, `2019-11` or `2019-11-24`, and one that exists (no month
 * 13, no 31 February). `argument` names it in the error (`meetings: filter.from`).
 */
export function checkedPartialDate(value: string, argument: string): string {
  const forms = 'use YYYY, YYYY-MM or YYYY-MM-DD';
  if (!PARTIAL_DATE.test(value)) throw badInput(`${argument} "${value}" is not a date; ${forms}.`);
  const problem = calendarProblem(value);
  if (problem !== null) throw badInput(`${argument} "${value}" is not a date in the calendar: ${problem}.`);
  return value;
}
