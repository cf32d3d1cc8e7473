/**
 * Answers a translated root query has already fetched for a field of a record (a place's partners page, a tie's
 * evidence), kept beside the record rather than in it, so that they never show up as properties. A field resolver
 * takes the prefetched answer for its key when there is one, and loads in a batch otherwise.
 */
const answers = new WeakMap<object, Map<string, unknown>>();

export function rememberAnswer(record: object, key: string, value: unknown): void {
  let forRecord = answers.get(record);
  if (!forRecord) {
    forRecord = new Map();
    answers.set(record, forRecord);
  }
  forRecord.set(key, value);
}

/** The answer fetched for `key` of this record, or undefined when none was. */
export function prefetchedAnswer<V>(record: object, key: string): V | undefined {
  return answers.get(record)?.get(key) as V | undefined;
}
