import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/article.ts';
import { readDocument } from '../../../src/extract/document.ts';
import './helpers.ts'; // builds the gazetteer before the first test is timed

const docOf = (body: string, date = '2019-11-24') =>
  readDocument(parseArticle(` date ${date} Local news\n\n${body}\n`, { date: null }));

describe('document passes', () => {
  it("days: a sentence's own date, one relative to the sentence before, a dateline only when nothing else", () => {
    // The weekday counts from the dateline's day (Wednesday 20 November), not from the page's (24 November).
    const d = docOf('LEEDS, Nov. 20 -- The mayor arrived on Friday. One day earlier, the council met.');
    expect(d.sentences.filter((s) => !s.s.isTitle).map((s) => s.day)).toEqual(['2019-11-15', '2019-11-14']);
    const e = docOf('LEEDS, Nov. 23 -- The mayor spoke. The council met on Friday.');
    expect(e.sentences.filter((s) => !s.s.isTitle).map((s) => s.day)).toEqual(['2019-11-23', '2019-11-22']);
  });

  it('references: a surname, "the mayor" and an opening pronoun point back at the person', () => {
    const d = docOf(
      'Mayor Tom Hill of Leeds spoke first. Hill thanked the guests. Later the mayor left. He was tired.',
    );
    const refs = d.sentences.slice(2).map((s) => s.people.map((m) => m.person.name));
    expect(refs).toEqual([['Tom Hill'], ['Tom Hill'], ['Tom Hill']]);
  });

  it("people-finish: a title with a surname only is named with its title; a person's country is the office's", () => {
    const d = docOf('Governor Park of Ontario, Canada, spoke. Mayor Tom Hill of Leeds listened.');
    expect(d.people.map((p) => [p.name, p.country])).toEqual([
      ['Governor Park', 'CA'],
      ['Tom Hill', 'GB'],
    ]);
  });

  it('delegation offices: officials leading a delegation from a place hold office there', () => {
    const d = docOf('A delegation from Leeds led by Deputy Mayor Jo Kim arrived.');
    expect(d.people[0]!.offices[0]!.place?.name).toBe('Leeds');
  });

  it('place descriptions: "the Japanese prefecture" is the one prefecture of Japan the article names', () => {
    const d = docOf('Officials of Shizuoka Prefecture came. Ties between Maryland and the Japanese prefecture grew.');
    expect(d.sentences[2]!.places.filter((m) => !m.adjective).map((m) => m.place.name)).toEqual([
      'Maryland',
      'Shizuoka Prefecture',
    ]);
  });
});
