/**
 * Rates: a figure counted per period ("2 million shells annually", "200,000 shells a month", "per
 * day"). A rate is only compared with another rate, after both are brought to one period, and never with
 * a total: "2 million a year" and "2 million delivered" are different things.
 */

/** Days in each period a rate can be stated in. */
const PERIOD_DAYS: Readonly<Record<string, number>> = {
  day: 1, daily: 1, week: 7, weekly: 7, month: 365.25 / 12, monthly: 365.25 / 12, year: 365.25, annually: 365.25,
  yearly: 365.25, annual: 365.25, quarter: 365.25 / 4, quarterly: 365.25 / 4,
};

// "a year" and "each month" are rates; "a year ago", "a year earlier" and "in a year" are times.
const RATE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:(?<!\b(?:in|within|for|over|after|than)\s+)(?:a|an|per|each|every)\s+(day|week|month|year|quarter)\b(?!\s+(?:ago|earlier|later|before|after|from))|(annually|yearly|monthly|weekly|daily|quarterly)\b)/iu;
const RATE_BEFORE = /\b(annual|yearly|monthly|weekly|daily|quarterly)\s+(?:output|production|capacity|rate|supply|supplies|deliveries|shipments|exports|imports)\s+of\s+(?:about\s+|around\s+|some\s+|up to\s+|nearly\s+)?$/i;

// Every match of RATE_AFTER and RATE_BEFORE holds one of these (same case folding): most figures have none near them.
const RATE_WORD = /day|week|month|year|quarter|annual|daily/iu;

/** False when no figure of folded sentence `s` can be a rate: `rateOf` on its slices would find none. */
export function mayBeRate(s: string): boolean {
  return RATE_WORD.test(s);
}

/** The period in days of a rate stated around a figure, or null when it is no rate. */
export function rateOf(before: string, tail: string): number | null {
  const m = (RATE_WORD.test(tail) ? RATE_AFTER.exec(tail) : null) ?? (RATE_WORD.test(before) ? RATE_BEFORE.exec(before) : null);
  const word = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  return word ? (PERIOD_DAYS[word] ?? null) : null;
}

/** Relative slack when two rates are stated per different periods: a monthly figure times twelve is an estimate. */
export const CONVERSION_SLACK = 0.2;

/** A rate's figure scaled to `days` ("200,000 a month" to a year: 2.4 million). */
export function scaleRate<T extends { value: number; lo: number; hi: number; rate: number | null }>(q: T, days: number): T {
  const k = q.rate ? days / q.rate : 1;
  return k === 1 ? q : { ...q, value: q.value * k, lo: q.lo * k, hi: q.hi * k };
}

/** Reader-facing period of a rate ("a year", "a month"), or "" for a count. */
export function rateLabel(days: number | null): string {
  if (!days) return '';
  const name = Object.entries(PERIOD_DAYS).find(([w, d]) => d === days && !/ly$|annual/.test(w))?.[0];
  return name ? `a ${name}` : '';
}
