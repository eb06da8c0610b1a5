/**
 * Compares the figures of two facts: which pairs count the same thing, whether their values can both
 * be true, and whether they speak of the same time. The result is the most telling pair.
 */
import type { Fact } from './facts';
import type { Quantity } from './quantities';
import { parentOf } from './quantities';
import type { DayRange } from './dates';
import { overlaps } from './dates';

export type FigureOutcome = 'agree' | 'disagree' | 'other-time' | 'part' | 'vague';

export interface FigurePair {
  outcome: FigureOutcome;
  claim: Quantity;
  source: Quantity;
  /** Which of the two is earlier when their times differ. */
  order: 'earlier' | 'later' | null;
  /** Both figures are explicitly dated, and to comparable times. */
  datedAlike: boolean;
}

/** Tolerance for exact figures: news rounds, so 12,000 and 12,050 are the same report. */
const EXACT_TOLERANCE = 0.01;
/** Figures further apart than this factor are not two reports of one count but counts of different things. */
const MAX_RATIO = 7;
/** A time span more than this many times longer than the other is a different time frame (a year vs a week). */
const MAX_SPAN_RATIO = 15;
/** Two statements dated only by their documents are of different times when these are this many days apart. */
const UNDATED_GAP = 90;
const TALLIES = new Set(['casualties', 'killed', 'wounded', 'captured']);
/** An undated statement describes roughly its document's present: a dated figure this many days older is another time. */
const UNDATED_BEFORE = 60;

/**
 * True when two figures can be the same count. Two point figures ("12,000", "about 11,000") agree when
 * their gap is within the looser one's tolerance (not the sum of both, or "about 11,000" would meet
 * "about 12,000"); bounds and ranges agree when their intervals meet.
 */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  const point = (q: Quantity) => (q.qualifier === 'exact' || (q.qualifier === 'approx' && q.hi > q.value)) && !q.derived;
  if (point(a) && point(b)) {
    const tol = Math.max(tolerance(a), tolerance(b));
    return Math.abs(a.value - b.value) <= tol * Math.max(a.value, b.value) + 1e-9;
  }
  const widen = (q: Quantity): [number, number] =>
    q.qualifier === 'exact' ? [q.lo * (1 - EXACT_TOLERANCE), q.hi * (1 + EXACT_TOLERANCE)] : [q.lo, q.hi];
  const [alo, ahi] = widen(a);
  const [blo, bhi] = widen(b);
  return alo <= bhi && blo <= ahi;
}

function tolerance(q: Quantity): number {
  return q.qualifier === 'exact' ? Math.max(EXACT_TOLERANCE, roundingTolerance(q.value)) : (q.hi - q.value) / Math.max(q.value, 1e-9);
}

/** A round figure is itself a rounding ("a $2,000 tip" for $2,084): at most this much, relative. */
const ROUND_TOLERANCE = 0.05;

/**
 * Relative tolerance implied by a round figure: half its last significant digit's place (2,000 -> ±500),
 * capped at 5% so that 8,000 and 10,000 stay different counts. Not round (2,084) -> 0.
 */
export function roundingTolerance(value: number): number {
  if (!Number.isInteger(value) || value < 100) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit >= 100 ? Math.min(ROUND_TOLERANCE, unit / 2 / value) : 0;
}

/** The best pair: agreement beats disagreement, which beats other-time, part-of and vague pairs. */
export function compareFigures(c: Fact, s: Fact): FigurePair | null {
  let best: FigurePair | null = null;
  const rank: Record<FigureOutcome, number> = { agree: 5, disagree: 4, 'other-time': 3, part: 2, vague: 1 };
  for (const qc of c.quantities) {
    if (!qc.unit) continue;
    for (const qs of s.quantities) {
      if (!qs.unit) continue;
      const outcome = pairOutcome(qc, qs, c, s);
      if (!outcome) continue;
      if (!best || rank[outcome] > rank[best.outcome]) best = { outcome, claim: qc, source: qs, order: timeOrder(qc, qs, c, s), datedAlike: datedAlike(qc, qs, c, s) };
    }
  }
  return best;
}

function pairOutcome(qc: Quantity, qs: Quantity, c: Fact, s: Fact): FigureOutcome | null {
  if (qc.percent !== qs.percent || !!qc.money !== !!qs.money || qc.perUnit || qs.perUnit) return null;
  if (qc.cumulative !== qs.cumulative || qc.incremental !== qs.incremental) return qc.unit === qs.unit ? 'other-time' : null;
  if (qc.unit !== qs.unit) {
    const related = parentOf(qc.unit as string) === qs.unit || parentOf(qs.unit as string) === qc.unit;
    return related && !qc.derived && !qs.derived ? 'part' : null;
  }
  if (qc.qualifier === 'vague' || qs.qualifier === 'vague') return 'vague';
  const ratio = Math.max(qc.value, qs.value) / Math.max(1e-9, Math.min(qc.value, qs.value));
  if (ratio > MAX_RATIO) return null;
  const tc = timeOf(qc, c);
  const ts = timeOf(qs, s);
  const differentTime = differentTimes(tc, ts);
  // Agreement only needs the times not to be explicitly apart: an undated statement may be old news retold.
  if (valuesAgree(qc, qs)) return tc.explicit && ts.explicit && differentTime ? 'other-time' : 'agree';
  if (differentTime) return 'other-time';
  // Tallies (casualties, prisoners) only grow: different totals at not clearly the same time are two moments.
  if (TALLIES.has(qc.unit as string) && !datedAlike(qc, qs, c, s)) return 'other-time';
  // What is planned and what was done are different counts ("will send over 100" vs "delivered 50").
  if (c.stance.future !== s.stance.future) return 'other-time';
  return 'disagree';
}

function timeOf(q: Quantity, f: Fact): { range: DayRange | null; explicit: boolean } {
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
function differentTimes(a: { range: DayRange | null; explicit: boolean }, b: { range: DayRange | null; explicit: boolean }): boolean {
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
function comparableTimes(a: DayRange, b: DayRange): boolean {
  if (!overlaps(a, b)) return false;
  const la = a.to - a.from + 1;
  const lb = b.to - b.from + 1;
  return Math.max(la, lb) / Math.min(la, lb) <= MAX_SPAN_RATIO;
}

function datedAlike(qc: Quantity, qs: Quantity, c: Fact, s: Fact): boolean {
  const a = timeOf(qc, c);
  const b = timeOf(qs, s);
  return a.explicit && b.explicit && !!a.range && !!b.range && comparableTimes(a.range, b.range);
}

function timeOrder(qc: Quantity, qs: Quantity, c: Fact, s: Fact): 'earlier' | 'later' | null {
  const a = timeOf(qc, c).range;
  const b = timeOf(qs, s).range;
  if (!a || !b || overlaps(a, b)) return null;
  return a.to < b.from ? 'earlier' : 'later';
}
