import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../../src/extract/index.ts';

describe('parseArticle', () => {
  it('reads the header, the source line, the body and the URL line, with offsets into the text', () => {
    const text =
      ' date 2019-11-24 A title: with a colon\n\nSource:Xinhua Published: ' +
      '2019/11/24 22:48:50\n\nFirst paragraph.\n\nURL: http://example.org/a\n';
    const a = parseArticle(text);
    expect(a).toMatchObject({
      date: '2019-11-24',
      title: 'A title: with a colon',
      source: 'Xinhua',
      published: '2019-11-24',
      url: 'http://example.org/a',
      hasHeader: true,
    });
    expect(a.body.trim()).toBe('First paragraph.');
    expect(text.slice(a.bodyStart, a.bodyEnd)).toBe(a.body);
    expect(text.slice(a.titleStart, a.titleStart + a.title.length)).toBe(a.title);
  });

  it('accepts plain text: the first line is the title and the date is unknown unless given', () => {
    expect(parseArticle('Mayors met.\nMore text.').date).toBeNull();
    const a = parseArticle('Mayors met.\nMore text.', { date: '2020-01-02' });
    expect(a).toMatchObject({ date: '2020-01-02', title: 'Mayors met.', hasHeader: false, source: null, url: null });
  });

  it('keeps the header date over a given one', () => {
    expect(parseArticle(' date 2019-11-24 T\n\nText.', { date: '2000-01-01' }).date).toBe('2019-11-24');
  });

  it.each([
    ['', /empty/],
    ['   \n\n ', /empty/],
    [' date 2019-13-45 Bad date\n\nText.', /broken header/],
    [' date yesterday Title\n\nText.', /broken header/],
    ['abc\u0000\u0001def', /binary/],
    ['caf\uFFFD au lait', /UTF-8/],
  ])('refuses unusable input %j with a message saying what is wrong', (text, message) => {
    expect(() => parseArticle(text)).toThrow(ArticleError);
    expect(() => parseArticle(text)).toThrow(message);
  });

  it('refuses an article far longer than any news article', () => {
    expect(() => parseArticle('word '.repeat(1_000_000))).toThrow(/too large/);
  });

  it('refuses a malformed date given for headerless text', () => {
    expect(() => parseArticle('Text.', { date: '2019-02-30' })).toThrow(/not a valid/);
  });
});
