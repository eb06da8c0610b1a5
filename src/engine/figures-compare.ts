/**
 * Compares the figures of two facts: which pairs count the same thing in the same place, whether their
 * values can both be true, and whether they speak of the same time. The result is the most telling pair.
 */
import type { Fact } from './facts';
import type { Quantity } from './quantities';
import { parentOf } from './quantities';
import { placeRelation } from './places';
import { datedAlike, differentTimes, timeOf, timeOrder } from './figure-times';
import { CONVERSION_SLACK, scaleRate } from './rates';

/**
 * `within`: a count for a place and a smaller one for a part of it (both can be true); `elsewhere`:
 * counts for two different places; `undatable`: a figure's stated time cannot be placed (no document date).
 */
export type FigureOutcome = 'agree' | 'disagree' | 'within' | 'undatable' | 'other-time' | 'elsewhere' | 'part' | 'vague';

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
const TALLIES = new Set(['casualties', 'killed', 'wounded', 'captured']);

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

const RANK: Readonly<Record<FigureOutcome, number>> = { agree: 8, disagree: 7, within: 6, undatable: 5, 'other-time': 4, elsewhere: 3, part: 2, vague: 1 };

/** The best pair: agreement beats disagreement, which beats the outcomes that only relate two figures. */
export function compareFigures(c: Fact, s: Fact): FigurePair | null {
  let best: FigurePair | null = null;
  const rank = RANK;
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

function pairOutcome(rawC: Quantity, rawS: Quantity, c: Fact, s: Fact): FigureOutcome | null {
  if (rawC.percent !== rawS.percent || !!rawC.money !== !!rawS.money || rawC.perUnit || rawS.perUnit) return null;
  // A rate and a total, like a running total and a count at one time, are of different time frames.
  if (rawC.cumulative !== rawS.cumulative || rawC.incremental !== rawS.incremental || !rawC.rate !== !rawS.rate) return rawC.unit === rawS.unit ? 'other-time' : null;
  // Rates per different periods compare once brought to one period ("200,000 a month" is 2.4 million a year).
  const [qc, qs] = [scaleRate(rawC, 365.25), scaleRate(rawS, 365.25)];
  const converted = rawC.rate !== rawS.rate;
  if (qc.unit !== qs.unit) {
    const related = parentOf(qc.unit as string) === qs.unit || parentOf(qs.unit as string) === qc.unit;
    return related && !qc.derived && !qs.derived ? 'part' : null;
  }
  if (qc.qualifier === 'vague' || qs.qualifier === 'vague') return 'vague';
  const ratio = Math.max(qc.value, qs.value) / Math.max(1e-9, Math.min(qc.value, qs.value));
  if (ratio > MAX_RATIO) return null;
  const where = qc.place && qs.place ? placeRelation(qc.place, qs.place) : null;
  // Counts for two different places are counts of different things, whatever their values.
  if (where === 'apart') return 'elsewhere';
  const tc = timeOf(qc, c);
  const ts = timeOf(qs, s);
  const differentTime = differentTimes(tc, ts);
  // Agreement only needs the times not to be explicitly apart: an undated statement may be old news retold.
  if (valuesAgree(qc, qs) || (converted && Math.abs(qc.value - qs.value) <= CONVERSION_SLACK * Math.max(qc.value, qs.value))) return tc.explicit && ts.explicit && differentTime ? 'other-time' : 'agree';
  if (differentTime) return 'other-time';
  // The whole may count more than its part (12,000 sent to Russia, 10,000 of them in Kursk); a larger part conflicts.
  if ((where === 'inside' && qc.value < qs.value) || (where === 'contains' && qc.value > qs.value)) return 'within';
  // A stated time no calendar can place ("in recent weeks" on an undated page) is not known to be the same time.
  if (qc.undatedTime || qs.undatedTime) return 'undatable';
  // Tallies (casualties, prisoners) only grow: different totals at not clearly the same time are two moments.
  if (TALLIES.has(qc.unit as string) && !datedAlike(qc, qs, c, s)) return 'other-time';
  // What is planned and what was done are different counts ("will send over 100" vs "delivered 50").
  if (c.stance.future !== s.stance.future) return 'other-time';
  return 'disagree';
}
