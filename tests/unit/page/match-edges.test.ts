import { describe, expect, it } from 'vitest';
import { snapToContext, widenToWords } from '../../../src/page/match-edges';

describe("a fuzzy match's edges", () => {
  it('move to where the saved prefix ends and the suffix starts, when those are near', () => {
    // "Thecouncil…" was saved; the page now says "Thecitycouncil…", and the match began at "city".
    const text = 'Introlinehere.Thecitycouncilapproved2,300homes.Nextsentence.';
    const start = text.indexOf('city');
    const end = text.indexOf('.Next');
    const context = { prefix: 'Introlinehere.', suffix: 'Nextsentence.' };
    const snapped = snapToContext(text, context, { start, end, errors: 5, score: 0.9 });
    expect(text.slice(snapped.start, snapped.end)).toBe('Thecitycouncilapproved2,300homes.');
  });

  it('stay put when the context is gone, farther away than the errors allow, or missing', () => {
    const text = 'Somethingelseentirely.Thecitycouncilapproved2,300homes.Nothinglikethesuffix.';
    const match = { start: text.indexOf('city'), end: text.indexOf('Nothing'), errors: 2, score: 0.8 };
    expect(snapToContext(text, { prefix: 'Introlinehere.', suffix: 'Nextsentence.' }, match)).toEqual(match);
    const far = { ...match, start: text.indexOf('approved'), errors: 0 };
    expect(snapToContext(text, { prefix: 'Somethingelseentirely.', suffix: '' }, far)).toEqual(far);
    expect(snapToContext(text, { prefix: 'Somethingelseentirely.', suffix: '' }, match).start).toBe(text.indexOf('The'));
    expect(snapToContext(text, { prefix: '', suffix: '' }, match)).toEqual(match);
  });

  it('never cut a word', () => {
    const text = 'say approved homes now';
    expect(widenToWords(text, 5, 15)).toEqual([4, 18]);
    expect(widenToWords(text, 4, 18)).toEqual([4, 18]);
  });
});
