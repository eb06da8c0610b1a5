import { describe, expect, it } from 'vitest';
import { undatedTimes } from '../../../src/engine/undated-times';
import { factOf } from '../../../src/engine/facts';

describe('undatedTimes', () => {
  const phrases = (s: string) => undatedTimes(s).map((t) => s.slice(t.start, t.end).trim().toLowerCase());

  it.each([
    ['In recent weeks, the army moved 3,000 troops.', 'in recent weeks'],
    ['The army moved 3,000 troops last month.', 'last month'],
    ['The army moved 3,000 troops earlier this year.', 'earlier this year'],
    ['The army moved 3,000 troops on Thursday.', 'thursday'],
    ['On November 20, the army moved 3,000 troops.', 'november 20'],
  ])('%s can only be placed with a document date', (s, want) => {
    expect(phrases(s).join('|')).toContain(want);
  });

  it.each(['The army moved 3,000 troops in March 2025.', 'On 4 November 2024, the army moved 3,000 troops.', 'The army moved 3,000 troops.'])(
    '%s needs no document date',
    (s) => {
      expect(undatedTimes(s)).toEqual([]);
    },
  );

  it('does not read the day of an unplaceable date as a count', () => {
    expect(factOf('The minister met his counterpart in Minsk on 4 November.', 0, null).quantities).toEqual([]);
  });

  it('marks a figure timed by its own clause or by the sentence opening, not by a speech verb', () => {
    const undated = (s: string) => factOf(s, 0, null).quantities.map((q) => q.undatedTime);
    expect(undated('In recent weeks, officials said that 3,000 troops had moved to Belarus.')).toEqual(['In recent weeks']);
    expect(undated('Officials said on Thursday that 3,000 troops had moved to Belarus.')).toEqual([null]);
    expect(undated('Officials said 3,000 troops had moved to Belarus last month.')).toEqual(['last month']);
  });
});
