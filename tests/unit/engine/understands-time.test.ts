import { describe, expect, it } from 'vitest';
import { relate } from './understands-relate';
import { findTimes } from '../../../src/engine/time';
import { factOf } from '../../../src/engine/facts';
import { parsePartialDate } from '../../../src/engine/dates';
import { eventDatesDiffer } from '../../../src/engine/event-dates';

/** Labels of the time mentions in `s`, resolved against the document date `published`. */
const labels = (s: string, published?: string) => findTimes(s, parsePartialDate(published)).map((t) => t.label);

describe('the engine understands time', () => {
  it.each<[string, string, string[]]>([
    ['Some 10,000 troops had arrived by the end of October 2024.', '2024-11-01', ['end of Oct 2024']],
    ['Exports are expected to grow in 2025.', '2024-12-01', ['2025']],
    ['Troops were deployed to Kursk last fall.', '2025-01-15', ['fall 2024']],
    ['Russia fired 40,000 shells in the past three months.', '2025-01-15', ['3 months to Jan 15 2025']],
    ['Unemployment fell in the third quarter.', '2024-10-25', ['Q3 2024']],
    ['Output rose 3 percent in Q4 2023.', '2024-02-01', ['Q4 2023']],
    ['Floods have displaced 600,000 people since August.', '2024-10-02', ['since Aug 2024']],
    ['The party won 35 percent in last year\'s election.', '2024-03-01', ['2023']],
  ])('%s (page of %s)', (s, published, want) => {
    expect(labels(s, published)).toEqual(want);
  });

  it('says which figure is earlier when their times differ', () => {
    const r = relate("About 10,000 North Korean soldiers had arrived in Russia's Kursk region by the end of October 2024, the Pentagon said.", "The Pentagon said North Korea had about 12,000 soldiers in Russia's Kursk region in March 2025.", '2024-11-01', '2025-03-20');
    expect(r).toEqual({
      relation: 'related',
      explanation: "this page: about 10,000 troops (Pentagon, end of Oct 2024) · A source, 20 Mar 2025: about 12,000 troops (Pentagon, Mar 2025) — different times, this page's figure is earlier",
    });
    const later = relate('Unemployment in Spain fell to 11.2 percent in the third quarter, the statistics office said.', 'Unemployment in Spain was 11.7 percent in the second quarter, the statistics office said.', '2024-10-25', '2024-10-25');
    expect(later.relation).toBe('related');
    expect(later.explanation).toContain("this page's figure is later");
  });

  it('resolves relative times against each document\'s own date', () => {
    // "last year" on a page of March 2024 is 2023: the same as the source's explicit 2023, not its 2022.
    const page = "Brazil's economy grew 2.9 percent last year, the statistics agency said.";
    expect(relate(page, "Brazil's economy grew 2.9 percent in 2023, the statistics agency said.", '2024-03-01', '2024-03-01').relation).toBe('corroborates');
    expect(relate(page, "Brazil's economy grew 2.9 percent in 2022, the statistics agency said.", '2024-03-01', '2024-03-01').relation).toBe('related');
    expect(relate("Brazil's economy grew 2.9 percent last year, the statistics agency said.", "Brazil's economy grew 2.9 percent in 2022, the statistics agency said.", '2023-03-01', '2024-03-01').relation).toBe('corroborates');
  });

  it('conflicts on a different figure for the same time', () => {
    const q3 = relate('Unemployment in Spain fell to 11.2 percent in the third quarter of 2024, the statistics office said.', 'The statistics office said unemployment in Spain was 11.9 percent in the third quarter of 2024.', '2024-10-25', '2024-10-25');
    expect(q3).toEqual({ relation: 'conflicts', explanation: 'this page: 11.2 percent (Q3 2024) · A source, 25 Oct 2024: 11.9 percent (Q3 2024)' });
  });

  it('compares running totals over the same period, however it is named', () => {
    const past = 'Russia has fired 40,000 North Korean shells at Ukraine in the past three months, Kyiv said.';
    expect(relate(past, 'Kyiv said Russia had fired 40,000 North Korean shells at Ukraine since October.', '2025-01-15', '2025-01-15').relation).toBe('corroborates');
    expect(relate(past, 'Kyiv said Russia had fired 90,000 North Korean shells at Ukraine since October.', '2025-01-15', '2025-01-15').relation).toBe('conflicts');
    // A running total and a count at one time are of different time frames.
    expect(relate(past, 'Kyiv said Russia fired 40,000 North Korean shells at Ukraine in December.', '2025-01-15', '2025-01-15').relation).toBe('related');
  });

  it('keeps a time "last fall" and a month inside it together', () => {
    const r = relate("North Korean troops were deployed to Russia's Kursk region last fall, Ukraine said.", "North Korean troops were deployed to Russia's Kursk region in October 2024, Ukraine said.", '2025-01-15', '2025-01-15');
    expect(r.relation).toBe('corroborates');
  });

  describe('dates of one event', () => {
    const fact = (s: string, published: string) => factOf(s, 0, parsePartialDate(published));
    it.each<[string, string, string, [string, string] | null]>([
      ['The earthquake struck Turkey on February 6, 2023, killing thousands.', 'The earthquake struck Turkey on February 8, 2023, killing thousands.', '2023-02-10', ['Feb 6 2023', 'Feb 8 2023']],
      ['Kenya will hold its general election on 9 August 2022.', "Kenya's general election will be held on 16 August 2022.", '2022-01-10', ['Aug 9 2022', 'Aug 16 2022']],
      ['Kenya will hold its general election on 9 August 2022.', "Kenya's general election will be held on 9 August 2022.", '2022-01-10', null],
      // A year apart: another election, not the same one misdated.
      ['Kenya held a general election on 9 August 2022.', 'Kenya held a general election on 8 August 2017.', '2022-09-01', null],
      // A day against a month: no day-precise disagreement.
      ['The earthquake struck Turkey on February 6, 2023.', 'The earthquake struck Turkey in February 2023.', '2023-02-10', null],
    ])('%s | %s', (a, b, published, want) => {
      const d = eventDatesDiffer(fact(a, published), fact(b, published));
      expect(d ? [d.claim.label, d.source.label] : null).toEqual(want);
    });
  });

  describe('different dates of one event conflict', () => {
    it('conflicts when one event is put on two days', () => {
      const r = relate('The earthquake struck southern Turkey on February 6, 2023.', 'The earthquake struck southern Turkey on February 8, 2023.', '2023-02-10', '2023-02-10');
      expect(r).toEqual({ relation: 'conflicts', explanation: 'this page: Feb 6 2023 · A source, 10 Feb 2023: Feb 8 2023 — different dates' });
    });

    it('takes strikes on two cities a week apart for two strikes', () => {
      const r = relate('Russia launched a missile strike on Kyiv on January 5, 2024.', 'Russia launched a missile strike on Kharkiv on January 12, 2024.', '2024-01-20', '2024-01-20');
      expect(r.relation).not.toBe('conflicts');
    });
  });
});
