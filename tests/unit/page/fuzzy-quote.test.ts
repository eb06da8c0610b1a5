import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzyFindQuote, fuzzyFindQuoteSync, maxErrorsFor, MIN_SCORE, scoreMatch } from '../../../src/page/fuzzy-quote';
import { isAbort } from '../../../src/page/timing';

// 40 distinct characters, none of them a digit or '#': every match of the quote is then easy to reason about.
const QUOTE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN';
/** The quote with `n` of its characters replaced by '#': every other one from the start, then the ones between. */
const damaged = (n: number) => [...QUOTE].map((c, i) => ((i % 2 === 0 ? i / 2 : 20 + (i - 1) / 2) < n ? '#' : c)).join('');
const PREFIX = '0123456789'.repeat(3);
const SUFFIX = '9876543210'.repeat(3);
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('fuzzy quote search', () => {
  it('bounds errors at half the quote, never more than 256', () => {
    expect(maxErrorsFor(QUOTE.length)).toBe(20);
    expect(maxErrorsFor(41)).toBe(20);
    expect(maxErrorsFor(600)).toBe(256);
    expect(maxErrorsFor(5000)).toBe(256);
  });

  it('finds an edited quote and says how many edits it took', () => {
    const text = `${PREFIX}${damaged(3)}${SUFFIX}`;
    const m = fuzzyFindQuoteSync(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX })!;
    expect(text.slice(m.start, m.end)).toBe(damaged(3));
    expect(m.errors).toBe(3);
    expect(m.score).toBeGreaterThan(0.9);
  });

  it('accepts a match at the error bound and refuses one past it, however good its context', () => {
    const at = fuzzyFindQuoteSync(`${PREFIX}${damaged(20)}${SUFFIX}`, QUOTE, { prefix: PREFIX, suffix: SUFFIX });
    expect(at?.errors).toBe(20);
    expect(fuzzyFindQuoteSync(`${PREFIX}${damaged(21)}${SUFFIX}`, QUOTE, { prefix: PREFIX, suffix: SUFFIX })).toBeNull();
  });

  it('takes an exact occurrence without an approximate search, and scores it on its context', () => {
    const text = `xx${QUOTE}yy${PREFIX}${QUOTE}${SUFFIX}`;
    const m = fuzzyFindQuoteSync(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX })!;
    expect(m.errors).toBe(0);
    expect(m.start).toBe(text.lastIndexOf(QUOTE));
  });

  it('picks among equally edited copies by prefix and suffix, then by closeness to where it was', () => {
    const copy = damaged(4);
    const text = `${'q'.repeat(30)}${copy}${'w'.repeat(30)} ${PREFIX}${copy}${SUFFIX} ${'q'.repeat(30)}${copy}${'w'.repeat(30)}`;
    const byContext = fuzzyFindQuoteSync(text, QUOTE, { prefix: PREFIX, suffix: SUFFIX })!;
    expect(byContext.start).toBe(text.indexOf(`${PREFIX}${copy}`) + PREFIX.length);
    // Without context the two outer copies differ only in where they are.
    const last = text.lastIndexOf(copy);
    expect(fuzzyFindQuoteSync(text, QUOTE, { prefix: '', suffix: '', hint: last - 5 })!.start).toBe(last);
    expect(fuzzyFindQuoteSync(text, QUOTE, { prefix: '', suffix: '', hint: 0 })!.start).toBe(30);
  });

  it('leaves context the selector lacks out of the score instead of counting it as a match', () => {
    const match = { start: 0, end: QUOTE.length, errors: 17 };
    const alone = scoreMatch(damaged(17), QUOTE, { prefix: '', suffix: '' }, match);
    expect(alone).toBeCloseTo(1 - 17 / 40);
    expect(alone).toBeLessThan(MIN_SCORE);
    expect(fuzzyFindQuoteSync(damaged(17), QUOTE, { prefix: '', suffix: '' })).toBeNull();
    // The same damage with its context intact is still found.
    expect(fuzzyFindQuoteSync(`${PREFIX}${damaged(17)}${SUFFIX}`, QUOTE, { prefix: PREFIX, suffix: SUFFIX })?.errors).toBe(17);
  });

  it('finds a sentence edited in a real article but not one that was removed', () => {
    const article = read('seeds/002_ae500f201ab592cc.txt').replace(/\s+/g, '');
    const others = ['seeds/000_84ea4ea735d0cdc4.txt', 'seeds/001_0ec596f7bbf98cd9.txt', 'seeds/003_84084bf0bceff739.txt', 'seeds/004_94159f44950d2b1c.txt']
      .map((p) => read(p).replace(/\s+/g, ''))
      .join('');
    const at = 1500;
    const sentence = article.slice(at, at + 120);
    const context = { prefix: article.slice(at - 32, at), suffix: article.slice(at + 120, at + 152), hint: at };
    const edited = `${article.slice(0, at)}${sentence.slice(0, 40)}about${sentence.slice(48)}${article.slice(at + 120)}`;
    const m = fuzzyFindQuoteSync(edited, sentence, context)!;
    expect(m.start).toBe(at);
    expect(m.errors).toBeGreaterThan(0);
    const removed = `${others}${article.slice(0, at)}${article.slice(at + 120)}`;
    expect(fuzzyFindQuoteSync(removed, sentence, context)).toBeNull();
  });

  it('finds a quote wherever it sits, whatever size the search steps grow or shrink to', () => {
    // No letter of the quote in the filler, so the match has one right start.
    const filler = '0123456789 .,;'.repeat(15_000);
    for (const at of [0, 1_000, 2_040, 2_048, 4_100, 9_000, 50_000, filler.length]) {
      const text = `${filler.slice(0, at)}${damaged(3)}${filler.slice(at)}`;
      expect(fuzzyFindQuoteSync(text, QUOTE, { prefix: '', suffix: '' })?.start, `quote at ${at}`).toBe(at);
    }
  });

  it('searches in slices that yield, and stops when its signal aborts', async () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(40_000)}${damaged(2)}`;
    const whole = await fuzzyFindQuote(text, QUOTE, { prefix: '', suffix: '' });
    expect(whole?.errors).toBe(2);
    const before = new AbortController();
    before.abort();
    const refused = await fuzzyFindQuote(text, QUOTE, { prefix: '', suffix: '' }, before.signal).catch((e: unknown) => e);
    expect(isAbort(refused, before.signal)).toBe(true);
    const during = new AbortController();
    const started = performance.now();
    const search = fuzzyFindQuote(text, QUOTE, { prefix: '', suffix: '' }, during.signal);
    during.abort(); // after the first slice: the search has yielded to the page by now
    const stopped = await search.catch((e: unknown) => e);
    expect(isAbort(stopped, during.signal)).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
