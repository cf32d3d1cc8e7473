import { describe, expect, it } from 'vitest';
import { searchLuceneQuery } from '../../../../src/graph/queries/search.ts';

describe('searchLuceneQuery', () => {
  it('asks for every word as a prefix, folded like names', () => {
    expect(searchLuceneQuery('Shizu')).toBe('+shizu*');
    expect(searchLuceneQuery('  Île-de-Fr ')).toBe('+ile* +de* +fr*');
  });

  it('keeps CJK ideographs and kana as phrases, which the index splits per character', () => {
    expect(searchLuceneQuery('静岡')).toBe('+"静岡"');
    expect(searchLuceneQuery('서울')).toBe('+서울*');
  });

  it('leaves no Lucene operator in place: user text cannot change the query', () => {
    expect(searchLuceneQuery('a* OR b:(c) AND NOT "d" ~2 ^3 \\ /e/')).toBe('+a* +or* +b* +c* +and* +not* +d* +2* +3* +e*');
  });

  it('is null when the text has no letter or digit', () => {
    expect(searchLuceneQuery(' -*- ')).toBeNull();
  });
});
