import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../../src/engine/number-words';
import { findFigures, toValue } from '../../../src/engine/numbers';

describe('parseNumberWords', () => {
  it.each([
    ['eleven-thousand', 11_000],
    ['two million', 2_000_000],
    ['a thousand', 1_000],
    ['one hundred and twenty', 120],
    ['twelve thousand five hundred', 12_500],
    ['1.5 million', 1_500_000],
    ['a dozen', 12],
  ])('%s -> %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each(['troops', 'a', 'thousand troops', ''])('rejects %j', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
});

describe('toValue', () => {
  it.each([
    ['12,000', 12_000],
    ['2bn', 2e9],
    ['3.5', 3.5],
    ['10k', 10_000],
  ])('%s -> %d', (raw, v) => expect(toValue(raw)).toBe(v));
});

/** Figures of a sentence as compact `text=[lo,hi] qualifier` strings. */
function figs(s: string): string[] {
  return findFigures(s).map((f) => `${f.text}=[${Math.round(f.lo)},${f.hi === Infinity ? 'inf' : Math.round(f.hi)}] ${f.qualifier}`);
}

describe('findFigures', () => {
  it('reads qualifiers as intervals', () => {
    expect(figs('about 12,000 troops')).toEqual(['12,000=[11400,12600] approx']);
    expect(figs('nearly 50 M-1978 "Koksan" self-propelled howitzers')).toEqual(['50=[46,50] approx']);
    expect(figs('up to 3,000 soldiers')).toEqual(['3,000=[0,3000] atMost']);
    expect(figs('killing at least a thousand of Pyongyang soldiers')).toEqual(['a thousand=[1000,inf] atLeast']);
    expect(figs('more than 100 howitzers')).toEqual(['100=[100,inf] atLeast']);
    expect(figs('fewer than 200 people')).toEqual(['200=[0,200] atMost']);
  });

  it('is tighter about a precise figure than a round one', () => {
    const [precise] = findFigures('approximately 10,900 North Korean soldiers');
    const [round] = findFigures('about 10,000 soldiers');
    expect(precise!.hi - precise!.lo).toBeLessThan((round!.hi - round!.lo) / 2);
  });

  it('reads ranges written three ways', () => {
    expect(figs('50 to 100 pieces of equipment')).toEqual(['50 to 100=[50,100] range']);
    expect(figs('50-100 pieces')).toEqual(['50-100=[50,100] range']);
    expect(figs('between 2,000 and 3,000 killed')).toEqual(['2,000 and 3,000=[2000,3000] range']);
    expect(figs('2 to 3 million people')).toEqual(['2 to 3 million=[2000000,3000000] range']);
  });

  it('keeps "X and Y" without "between" as two figures', () => {
    expect(figs('1,000 killed and 3,000 wounded')).toEqual(['1,000=[1000,1000] exact', '3,000=[3000,3000] exact']);
  });

  it('marks vague amounts, percentages and money', () => {
    const [v] = findFigures('hundreds of thousands of people');
    expect(v!.qualifier).toBe('vague');
    expect(v!.lo).toBeGreaterThanOrEqual(100_000);
    const [p] = findFigures('roughly 40% of Russia’s artillery needs');
    expect(p!.percent).toBe(true);
    const [m] = findFigures('exports worth $5 billion');
    expect(m!.money).toBe('$');
    expect(m!.value).toBe(5e9);
  });

  it('does not read digits glued to a designation as figures', () => {
    expect(figs('M-1991 and KN-23 and M1989')).toEqual([]);
  });
});
