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
}

/** Tolerance for exact figures: news rounds, so 12,000 and 12,050 are the same report. */
const EXACT_TOLERANCE = 0.015;

/** True when the value intervals of two figures meet (with a small rounding tolerance). */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  const widen = (q: Quantity): [number, number] =>
    q.qualifier === 'exact' ? [q.lo * (1 - EXACT_TOLERANCE), q.hi * (1 + EXACT_TOLERANCE)] : [q.lo, q.hi];
  const [alo, ahi] = widen(a);
  const [blo, bhi] = widen(b);
  return alo <= bhi && blo <= ahi;
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
      if (!best || rank[outcome] > rank[best.outcome]) best = { outcome, claim: qc, source: qs, order: timeOrder(qc, qs, c, s) };
    }
  }
  // A figure the source's own figures all contradict, while another agrees, is a different subset: keep the agreement.
  return best;
}

function pairOutcome(qc: Quantity, qs: Quantity, c: Fact, s: Fact): FigureOutcome | null {
  if (qc.percent !== qs.percent || !!qc.money !== !!qs.money) return null;
  if (qc.unit !== qs.unit) {
    const related = parentOf(qc.unit as string) === qs.unit || parentOf(qs.unit as string) === qc.unit;
    return related && !qc.derived && !qs.derived ? 'part' : null;
  }
  if (qc.qualifier === 'vague' || qs.qualifier === 'vague') return 'vague';
  const tc = timeOf(qc, c);
  const ts = timeOf(qs, s);
  const differentTime = tc.explicit && ts.explicit && tc.range && ts.range && !comparableTimes(tc.range, ts.range, qc, qs);
  if (valuesAgree(qc, qs)) return differentTime ? 'other-time' : 'agree';
  if (differentTime) return 'other-time';
  // A figure for a period ("in the past three months") and one for a moment are different measures.
  if (isPeriod(qc) !== isPeriod(qs) && tc.explicit && ts.explicit) return 'other-time';
  return 'disagree';
}

function timeOf(q: Quantity, f: Fact): { range: DayRange | null; explicit: boolean } {
  if (q.time) return { range: q.time.range, explicit: true };
  return { range: f.scope, explicit: f.scopeExplicit };
}

function isPeriod(q: Quantity): boolean {
  return !!q.time && /\bto\b|–/.test(q.time.label) && q.time.range.to - q.time.range.from > 35;
}

/** Times are comparable when they overlap; a short time inside a long one counts as the same time. */
function comparableTimes(a: DayRange, b: DayRange, _qa: Quantity, _qb: Quantity): boolean {
  return overlaps(a, b);
}

function timeOrder(qc: Quantity, qs: Quantity, c: Fact, s: Fact): 'earlier' | 'later' | null {
  const a = timeOf(qc, c).range;
  const b = timeOf(qs, s).range;
  if (!a || !b || overlaps(a, b)) return null;
  return a.to < b.from ? 'earlier' : 'later';
}
