import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/article.ts';
import { readDocument } from '../../../src/extract/document.ts';
import {
  background,
  frameOf,
  habitual,
  notHeld,
  officialsAfter,
  officialsBefore,
  sidesOf,
} from '../../../src/extract/passes/meeting-frame.ts';
import './helpers.ts';

/** The frame of the last sentence of a made-up article, and the sides of the first occurrence of `cue` in it. */
function at(body: string, cue: string) {
  const doc = readDocument(parseArticle(` date 2019-11-24 Local news\n\n${body}\n`, { date: null }));
  const frame = frameOf(doc, doc.sentences[doc.sentences.length - 1]!);
  const start = frame.text.indexOf(cue);
  const end = start + cue.length;
  const sides = sidesOf(frame, start, end);
  const names = (ps: Array<{ name: string }>) => ps.map((p) => p.name);
  return { frame, start, end, sides, before: names(sides.before), after: names(sides.after) };
}

describe('the meeting frame of a sentence', () => {
  it('joins a cue to the officials before and after it in its clause', () => {
    const x = at('Mayor Anna Berg met with Governor Li Ming; Mayor Tom Hill stayed home.', 'met with');
    expect([x.before, x.after]).toEqual([['Anna Berg'], ['Li Ming']]);
  });

  it('a relative clause is about the official named just before it', () => {
    const x = at('Mayor Anna Berg, who visited Porto, met Governor Li Ming.', 'visited');
    expect(x.before).toEqual(['Anna Berg']);
    const main = at('Mayor Anna Berg, who visited Porto, met Governor Li Ming.', 'met');
    expect([main.before, main.after]).toEqual([['Anna Berg'], ['Li Ming']]);
  });

  it('a reporting tail is no part of the meeting: "..., the spokesman X said"', () => {
    const x = at('Mayor Anna Berg met Governor Li Ming, spokesman Tom Hill said.', 'met');
    expect(x.after).toEqual(['Li Ming']);
  });

  it('a mid-sentence "he" before any name is the official the sentence before began with', () => {
    const x = at('Mayor Jussi Koski travelled to Porto. During his stay he met Mayor Rui Costa.', 'met');
    expect([x.before, x.after]).toEqual([['Jussi Koski'], ['Rui Costa']]);
  });

  it('tells planned, denied, background and habitual cues', () => {
    const held = (body: string, cue: string) => {
      const x = at(body, cue);
      return !notHeld(x.frame, x.end, x.sides);
    };
    expect(held('Mayor Anna Berg will meet Governor Li Ming.', 'meet')).toBe(false);
    expect(held('Mayor Anna Berg hopes to meet Governor Li Ming.', 'meet')).toBe(false);
    expect(held('Mayor Anna Berg came to Chengdu to meet Governor Li Ming.', 'meet')).toBe(true);
    expect(held('Mayor Anna Berg did not meet Governor Li Ming.', 'meet')).toBe(false);
    expect(held('In May, Mayor Anna Berg met Governor Li Ming.', 'met')).toBe(true);
    const b = at('The twinning began after Mayor Anna Berg visited Porto.', 'visited');
    expect(background(b.sides)).toBe(true);
    const h = at('Mayor Anna Berg has visited Porto five times.', 'visited');
    expect(habitual(h.frame, h.start, h.sides.clauseEnd)).toBe(true);
  });

  it('tells officials the text leaves unnamed from other people', () => {
    const unnamedAfter = (body: string, cue: string) => {
      const x = at(body, cue);
      return officialsAfter(x.frame, x.sides);
    };
    expect(unnamedAfter('Mayor Anna Berg met a delegation from Porto.', 'met')).toBe(true);
    expect(unnamedAfter('Mayor Anna Berg met his counterpart.', 'met')).toBe(true);
    expect(unnamedAfter('Mayor Anna Berg met officials from Porto.', 'met')).toBe(true);
    expect(unnamedAfter('Mayor Anna Berg met officials.', 'met')).toBe(false);
    expect(unnamedAfter('Mayor Anna Berg met students from Porto.', 'met')).toBe(false);
    expect(unnamedAfter('Mayor Anna Berg received a cheque from the mayor.', 'received')).toBe(false);
    const x = at('A delegation from Porto met Governor Li Ming.', 'met');
    expect(officialsBefore(x.frame, x.sides)).toBe(true);
  });

  it('"the Governor" stands for the one governor named so far; "the Mayor of X" for nobody named', () => {
    const x = at(
      'Governor Elena Cruz of Cebu opened the fair. On Tuesday the Governor received Ambassador Hiroshi Sato.',
      'received',
    );
    expect([x.before, x.after]).toEqual([['Elena Cruz'], ['Hiroshi Sato']]);
    const y = at('Mayor Anna Berg opened the fair. The Mayor of Porto met Governor Li Ming on Tuesday.', 'met');
    expect(y.before).toEqual([]);
  });

  it('"the Town Mayor", "the Chair", "the Consul General": a title given in brackets or before the name', () => {
    const x = at(
      'Present: Cllr Jane Roe (Chair), Cllr Tom Hill (Town Mayor). The Chair reported that she and the Town ' +
        'Mayor had received Mayor Ken Ito of Kobe.',
      'received',
    );
    expect([x.before, x.after]).toEqual([['Jane Roe', 'Tom Hill'], ['Ken Ito']]);
    const y = at(
      'The Consul General of Japan in Seattle, Dr. Aiko Mori, took part in the festival. Later the Consul ' +
        'General met Mayor Tom Hill.',
      'met',
    );
    expect([y.before, y.after]).toEqual([['Aiko Mori'], ['Tom Hill']]);
  });
});
