import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/engine/time';
import { parsePartialDate, rangeLabel } from '../../../src/engine/dates';

/** Labels of the time mentions in `s`, resolved against `published`. */
function labels(s: string, published?: string): string[] {
  return findTimes(s, parsePartialDate(published)).map((t) => t.label);
}

describe('findTimes', () => {
  it.each([
    ['about 10,000 North Korean soldiers had arrived in Kursk by the end of October 2024.', undefined, ['end of Oct 2024']],
    ['since Pyongyang deployed its troops in Kursk Oblast last fall.', '2025-01', ['fall 2024']],
    ['expected to send 150 missiles in 2025, in addition to the 148 already supplied in 2024', '2025-01', ['2025', '2024']],
    ['North Korea provided 120 pieces of each of these systems in the past three months.', '2025-01', ['3 months to Jan 2025']],
    ['in an interview with The War Zone magazine published on Jan. 23.', '2025-01', ['Jan 23 2025']],
    ['Choe Son-hui met Putin in Moscow on 4 November.', '2024-11-29', ['Nov 4 2024']],
    ['About 12,000 soldiers were sent to fight in Kursk last year.', '2025-08', ['2024']],
    ['Blinken said Thursday that 8,000 troops have deployed.', '2024-10-31', ['Oct 31 2024']],
    ['North Korea deployed 12,000 soldiers to Russia in late October.', '2025-01', ['late Oct 2024']],
  ])('%s', (s, published, want) => {
    expect(labels(s, published)).toEqual(want);
  });

  it('leaves relative times unresolved without a document date', () => {
    expect(labels('Budanov said on Thursday that troops arrived last fall.')).toEqual([]);
  });

  it('does not read the modal "may" as a month', () => {
    expect(labels('The troops may arrive soon.', '2025-01')).toEqual([]);
    expect(labels('The deal was signed in May 2024.', '2025-01')).toEqual(['May 2024']);
  });
});

describe('dates', () => {
  it('parses partial dates as the whole period', () => {
    expect(rangeLabel(parsePartialDate('2025-01')!)).toBe('Jan 2025');
    expect(rangeLabel(parsePartialDate('2024')!)).toBe('2024');
    expect(rangeLabel(parsePartialDate('2024-10-31')!)).toBe('Oct 31 2024');
    expect(parsePartialDate('next week')).toBeNull();
  });
});
