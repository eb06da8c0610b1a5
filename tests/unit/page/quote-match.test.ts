import { describe, expect, it } from 'vitest';
import { findQuote, foldedEnd, foldForMatch, selectorAt, collapseSpace, CONTEXT_CHARS } from '../../../src/page/quote-match';

const found = (hay: string, exact: string, prefix = '', suffix = '', hint = 0) => {
  const span = findQuote(foldForMatch(hay), { exact, prefix, suffix }, hint);
  return span && hay.slice(span.start, span.end);
};

describe('foldForMatch', () => {
  it.each([
    ['typographic quotes', 'Russia\u2019s \u201Cspecial\u201D', `Russia's"special"`],
    ['dashes', '2024\u20132025 \u2014 a', '2024-2025-a'],
    ['soft hyphen and zero-width', 'rein\u00ADforce\u200Bments', 'reinforcements'],
    ['all whitespace, including nbsp', ' a\u00A0\n\tb ', 'ab'],
    ['ellipsis', 'wait\u2026', 'wait...'],
  ])('%s', (_name, input, expected) => {
    expect(foldForMatch(input).text).toBe(expected);
  });

  it('drops exactly the characters \\s matches, plus invisible ones, across the whole BMP', () => {
    const invisible = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
    const folded = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0xb4, 0x60, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]);
    for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2026]) folded.add(c);
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (folded.has(c)) continue;
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch) || invisible.has(c) ? '' : ch;
      if (foldForMatch(ch).text !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the original offset of every folded character', () => {
    const f = foldForMatch('a \u2026b');
    expect(f.text).toBe('a...b');
    expect(Array.from(f.origin)).toEqual([0, 2, 2, 2, 3]);
  });
});

describe('findQuote', () => {
  it.each([
    ['plain exact match', 'Troops crossed the river at dawn.', 'crossed the river', 'crossed the river'],
    ['extra whitespace on the page', 'Troops crossed  the\n river at dawn.', 'crossed the river', 'crossed  the\n river'],
    ['typographic quotes on the page', 'He said \u201Cno deal\u201D today.', 'said "no deal"', 'said \u201Cno deal\u201D'],
    ['typographic quotes in the quote', `It's Kyiv's call.`, 'Kyiv\u2019s call', `Kyiv's call`],
    ['en dash vs hyphen', 'from 2024\u20132025 on', '2024-2025', '2024\u20132025'],
    ['block break with no space', 'the end.\nThe start', 'end.The start', 'end.\nThe start'],
  ])('%s', (_name, hay, exact, expected) => {
    expect(found(hay, exact)).toBe(expected);
  });

  it.each([
    ['absent text', 'Troops crossed the river.', 'crossed the sea'],
    ['a quote of only whitespace', 'Troops crossed the river.', '  \n '],
    ['a case difference (no case folding)', 'Troops crossed the river.', 'TROOPS'],
  ])('returns null for %s', (_name, hay, exact) => {
    expect(found(hay, exact)).toBeNull();
  });

  it('uses prefix and suffix to pick among repeated quotes', () => {
    const hay = 'Kyiv said 500 died. Moscow said 500 died. Minsk said 500 died.';
    const at = (prefix: string, suffix: string) => findQuote(foldForMatch(hay), { exact: '500 died', prefix, suffix })!.start;
    expect(at('Moscow said ', '')).toBe(hay.indexOf('500', hay.indexOf('Moscow')));
    expect(at('', '. Minsk')).toBe(hay.indexOf('500', hay.indexOf('Moscow')));
    expect(at('Minsk said ', '.')).toBe(hay.lastIndexOf('500'));
    // No context at all: the first occurrence.
    expect(at('', '')).toBe(hay.indexOf('500'));
  });

  it('breaks ties with the hint, preferring the first candidate at or after it', () => {
    const hay = 'It rose. It rose. It rose.';
    const f = foldForMatch(hay);
    const first = findQuote(f, { exact: 'It rose.', prefix: '', suffix: '' })!;
    const second = findQuote(f, { exact: 'It rose.', prefix: '', suffix: '' }, foldedEnd(f, first))!;
    expect(second.start).toBe(9);
    const third = findQuote(f, { exact: 'It rose.', prefix: '', suffix: '' }, foldedEnd(f, second))!;
    expect(third.start).toBe(18);
    // Past the last candidate, the nearest one before the hint wins.
    expect(findQuote(f, { exact: 'It rose.', prefix: '', suffix: '' }, f.text.length)!.start).toBe(18);
  });

  it('lets context outweigh the hint', () => {
    const hay = 'A: cut 5%. B: cut 5%.';
    const f = foldForMatch(hay);
    expect(findQuote(f, { exact: 'cut 5%', prefix: 'A: ', suffix: '' }, f.text.length - 1)!.start).toBe(3);
  });
});

describe('selectorAt', () => {
  it('takes the exact text and up to 32 collapsed characters either side', () => {
    const text = 'x'.repeat(50) + '  before \n\n' + 'THE CLAIM' + '\n\nafter  ' + 'y'.repeat(50);
    const start = text.indexOf('THE');
    const sel = selectorAt(text, start, start + 'THE CLAIM'.length);
    expect(sel.exact).toBe('THE CLAIM');
    expect(sel.prefix.length).toBe(CONTEXT_CHARS);
    expect(sel.prefix.endsWith('x before ')).toBe(true);
    expect(sel.suffix.startsWith(' after y')).toBe(true);
    expect(sel.suffix.length).toBe(CONTEXT_CHARS);
  });

  it('clamps offsets and gives short context at the edges', () => {
    expect(selectorAt('abc def', 4, 99)).toEqual({ exact: 'def', prefix: 'abc ', suffix: '' });
    expect(selectorAt('abc', -5, 1)).toEqual({ exact: 'a', prefix: '', suffix: 'bc' });
  });

  it('round-trips: a selector taken from a text finds the same span in it', () => {
    const text = 'The army said 11,000 troops. Later, the army said 11,000 troops. Then it stopped.';
    const start = text.lastIndexOf('the army said');
    const end = start + 'the army said 11,000 troops'.length;
    const span = findQuote(foldForMatch(text), selectorAt(text, start, end))!;
    expect([span.start, span.end]).toEqual([start, end]);
  });

  it('collapses whitespace', () => {
    expect(collapseSpace('  a \n\t b  ')).toBe('a b');
  });
});
