import { describe, expect, it } from 'vitest';
import { paragraphsWithMark, validRange } from '../../../src/ui/viewer/paragraphs';

const text = 'First line.\n\nSecond paragraph here.\n   \nThird one.';
const joined = (ps: ReturnType<typeof paragraphsWithMark>) => ps.map((p) => p.segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join(''));

describe('paragraphsWithMark', () => {
  it('splits on lines, drops blank ones and keeps exact offsets', () => {
    const ps = paragraphsWithMark(text);
    expect(joined(ps)).toEqual(['First line.', 'Second paragraph here.', 'Third one.']);
    for (const p of ps) expect(text.slice(p.start, p.start + p.segments[0]!.text.length)).toBe(p.segments[0]!.text);
  });

  it('marks exactly the quoted range', () => {
    const start = text.indexOf('paragraph');
    expect(joined(paragraphsWithMark(text, { start, end: start + 'paragraph'.length }))).toEqual([
      'First line.',
      'Second [paragraph] here.',
      'Third one.',
    ]);
  });

  it('marks a whole paragraph without empty segments', () => {
    const start = text.indexOf('Third');
    const ps = paragraphsWithMark(text, { start, end: text.length });
    expect(ps[2]!.segments).toEqual([{ text: 'Third one.', marked: true }]);
  });

  it('splits a range that spans paragraphs', () => {
    const start = text.indexOf('line');
    const end = text.indexOf(' here');
    expect(joined(paragraphsWithMark(text, { start, end }))).toEqual(['First [line.]', '[Second paragraph] here.', 'Third one.']);
  });

  it('handles an empty text', () => expect(paragraphsWithMark('')).toEqual([]));
});

describe('validRange', () => {
  it('accepts a range inside the text', () => expect(validRange(10, 2, 5)).toEqual({ start: 2, end: 5 }));
  it.each([
    [undefined, 5],
    [2, undefined],
    [5, 5],
    [6, 5],
    [-1, 3],
    [0, 11],
    [1.5, 4],
  ])('rejects %s..%s', (start, end) => expect(validRange(10, start, end)).toBeUndefined());
});
