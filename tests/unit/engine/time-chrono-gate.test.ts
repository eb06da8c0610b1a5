import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/engine/time';
import { day } from '../../../src/engine/dates';

/** The document date the relative phrases resolve against: 2024-11-20. */
const REF = { from: day(2024, 10, 20), to: day(2024, 10, 20) };
const days = (s: string) => findTimes(s, REF).map((t) => t.range);

// chrono only runs on sentences that could hold a day-precise date; each route to one must still reach it.
describe('chrono pre-check', () => {
  it('still reads calendar dates written with month names or numbers', () => {
    expect(days('Officials said the troops arrived on Jan. 23.')).toEqual([{ from: day(2024, 0, 23), to: day(2024, 0, 23) }]);
    expect(days('The shipment was logged on 2024-10-12 at the port.')).toEqual([{ from: day(2024, 9, 12), to: day(2024, 9, 12) }]);
  });

  it('still reads relative days counted in units and yesterday', () => {
    expect(days('The convoy left the border 3 days ago, officials said.')).toEqual([{ from: day(2024, 10, 17), to: day(2024, 10, 17) }]);
    expect(days('The minister confirmed the figure yesterday.')).toEqual([{ from: day(2024, 10, 19), to: day(2024, 10, 19) }]);
  });

  it('takes a count of days from another event, or a duration, for no date', () => {
    expect(days('The dog clawed its way out of the grave 5 days later.')).toEqual([]);
    expect(days('On Jan 4, 2015 gravity will decrease for 5 minutes.')).toEqual([{ from: day(2015, 0, 4), to: day(2015, 0, 4) }]);
  });

  it('finds no day in a sentence of figures without any date', () => {
    expect(days('About 12,000 troops and 150 missiles were sent to Kursk.')).toEqual([]);
  });
});

// A month name already read as a period is not handed to chrono again; days next to it still are.
describe('chrono next to month periods', () => {
  it('reads the period and a day-precise date in the same sentence', () => {
    const ts = findTimes('Troops arrived by the end of October 2024 and left on Nov. 4, officials said.', REF);
    expect(ts.map((t) => t.label)).toEqual(['end of Oct 2024', expect.stringMatching(/Nov/)]);
    expect(ts[1]?.range).toEqual({ from: day(2024, 10, 4), to: day(2024, 10, 4) });
  });

  it('reads a day written before its month next to a month period', () => {
    const ts = findTimes('In September the talks began, and on 4 November 2024 the deal was signed.', REF);
    expect(ts.map((t) => t.range)).toEqual([{ from: day(2024, 8, 1), to: day(2024, 8, 30) }, { from: day(2024, 10, 4), to: day(2024, 10, 4) }]);
  });
});
