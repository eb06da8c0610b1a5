/**
 * When two figures are of the same time: a figure's own time, else its sentence's, else its document's
 * date (an upper bound for what an undated statement describes), and when two such times are apart.
 */
import type { Fact } from './facts';
import type { Quantity } from './quantities';
import type { DayRange } from './dates';
import { overlaps } from './dates';

/** A time span more than this many times longer than the other is a different time frame (a year vs a week). */
const MAX_SPAN_RATIO = 15;
/** Two statements dated only by their documents are of different times when these are this many days apart. */
const UNDATED_GAP = 90;
/** An undated statement describes roughly its document's present: a dated figure this many days older is another time. */
const UNDATED_BEFORE = 60;

export interface FigureTime {
  range: DayRange | null;
  /** The time comes from the sentence's own words, not the document's date. */
  explicit: boolean;
}

/** The time a figure speaks of. */
export function timeOf(q: Quantity, f: Fact): FigureTime {
  if (q.time) return { range: q.time.range, explicit: true };
  // The sentence's times belong to its other clauses: this figure's time is unknown, not the document's date.
  if (f.scopeExplicit) return { range: null, explicit: false };
  return { range: f.scope, explicit: false };
}

/**
 * Whether two figures are for clearly different times. Both dated: their times must be comparable.
 * Both undated: their documents must be months apart. One undated: its document's date is only an upper
 * bound for what it describes, so the other is different only when after it or long before it.
 */
export function differentTimes(a: FigureTime, b: FigureTime): boolean {
  if (!a.range || !b.range) return false;
  if (a.explicit && b.explicit) return !comparableTimes(a.range, b.range);
  if (!a.explicit && !b.explicit) return gapDays(a.range, b.range) > UNDATED_GAP;
  const [dated, undated] = a.explicit ? [a.range, b.range] : [b.range, a.range];
  return dated.from > undated.to || undated.from - dated.to > UNDATED_BEFORE;
}

/** Days between two ranges (0 when they overlap). */
function gapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, a.from - b.to, b.from - a.to);
}

/** Times are comparable when they overlap and are of similar span (a day within a ten-day period, not a week within a year). */
export function comparableTimes(a: DayRange, b: DayRange): boolean {
  if (!overlaps(a, b)) return false;
  const la = a.to - a.from + 1;
  const lb = b.to - b.from + 1;
  return Math.max(la, lb) / Math.min(la, lb) <= MAX_SPAN_RATIO;
}

/** Both figures are explicitly dated, and to comparable times. */
export function datedAlike(qc: Quantity, qs: Quantity, c: Fact, s: Fact): boolean {
  const a = timeOf(qc, c);
  const b = timeOf(qs, s);
  return a.explicit && b.explicit && !!a.range && !!b.range && comparableTimes(a.range, b.range);
}

/** Which of the two figures is earlier when their times do not overlap. */
export function timeOrder(qc: Quantity, qs: Quantity, c: Fact, s: Fact): 'earlier' | 'later' | null {
  const a = timeOf(qc, c).range;
  const b = timeOf(qs, s).range;
  if (!a || !b || overlaps(a, b)) return null;
  return a.to < b.from ? 'earlier' : 'later';
}
