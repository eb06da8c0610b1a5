import { describe, expect, it } from 'vitest';
import { findDesignations } from '../../../src/engine/designations';
import { findQuantities } from '../../../src/engine/quantities';
import { findTimes } from '../../../src/engine/time';
import { parsePartialDate } from '../../../src/engine/dates';

describe('findDesignations', () => {
  it('normalises spellings of one model', () => {
    for (const s of ['the M1989 Koksan', 'the M-1989 Koksan', 'the M 1989 Koksan']) {
      expect(findDesignations(s).map((d) => [d.key, d.family])).toEqual([['M1989', 'koksan']]);
    }
  });

  it('finds the family in quotes and leaves it null when there is none', () => {
    const ds = findDesignations('nearly 50 M-1978 "Koksan" self-propelled howitzers and M-1991 240 mm multiple launch rocket systems');
    expect(ds.map((d) => [d.key, d.family])).toEqual([['M1978', 'koksan'], ['M1991', null]]);
  });
});

/** `value:unit` for each quantity of a seed-style sentence. */
function counts(s: string, published = '2025-01'): string[] {
  const times = findTimes(s, parsePartialDate(published));
  return findQuantities(s, times, findDesignations(s)).map((q) => `${q.value}:${q.unit}${q.derived ? '*' : ''}`);
}

describe('findQuantities', () => {
  it('knows what is counted', () => {
    expect(counts('a contingent of 12,000 troops who had joined Russia in assaults')).toEqual(['12000:personnel']);
    expect(counts('Kyiv has said that North Korean troops have already suffered 4,000 casualties')).toEqual(['4000:casualties']);
    expect(counts('Only two North Korean soldiers are in Ukrainian captivity')).toEqual(['2:captured']);
  });

  it('turns people who were killed or wounded into parts of casualties, and sums them', () => {
    expect(counts('approximately 1,000 North Korean soldiers have been killed and 3,000 wounded')).toEqual([
      '1000:killed', '3000:wounded', '4000:casualties*',
    ]);
  });

  it('reads "killed or wounded" as casualties', () => {
    expect(counts('Seoul said some 3,000 North Korean troops were killed or wounded by mid-January 2025.')).toEqual(['3000:casualties']);
  });

  it('does not sum figures from different clauses', () => {
    expect(counts('10,000 North Korean soldiers were training in eastern Russia, including that another roughly 2,000 troops were moving toward the region.')).toEqual([
      '10000:personnel', '2000:personnel',
    ]);
  });

  it('sums a figure the text splits', () => {
    expect(counts('Kim decided to send 1,000 sappers to clear mines and 5,000 military construction workers')).toEqual([
      '1000:engineers', '5000:engineers', '6000:engineers*',
    ]);
  });

  it('never counts years, calibres, days or designations', () => {
    expect(counts('additional 170 mm M1989 Koksan guns and M-1991 240 mm rocket systems, revealed in a 1989 parade on Jan. 23')).toEqual([]);
  });

  it('carries the counted noun to an elliptical figure but not across times', () => {
    expect(counts('expected to send 150 short-range KN-23 ballistic missiles in 2025, in addition to the 148 already supplied in 2024')).toEqual([
      '150:missiles', '148:missiles',
    ]);
  });
});
