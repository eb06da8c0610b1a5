/**
 * Calendar arithmetic on whole UTC days, and reading the `YYYY[-MM[-DD]]` dates used across the
 * project. Days are integers (days since 1970-01-01) so intervals compare cheaply.
 */

/** An inclusive interval of UTC days. */
export interface DayRange {
  from: number;
  to: number;
}

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** Reader-facing month abbreviations, January first. */
export const MONTH_LABELS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day number of a calendar date; `month` is 0-based and may overflow (13 -> next year's Feb). */
export function day(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month, date) / 86_400_000);
}

/** The calendar date of a day number. */
export function ymd(d: number): { y: number; m: number; d: number } {
  const t = new Date(d * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

export function monthRange(y: number, m: number): DayRange {
  return { from: day(y, m, 1), to: day(y, m + 1, 0) };
}

export function yearRange(y: number): DayRange {
  return { from: day(y, 0, 1), to: day(y, 11, 31) };
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
 * Returns the whole period it names, or null for anything else.
 */
export function parsePartialDate(s: string | undefined): DayRange | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = day(y, Number(m[2]) - 1, Number(m[3]));
    return { from: d, to: d };
  }
  return m[2] ? monthRange(y, Number(m[2]) - 1) : yearRange(y);
}

/** A short label for a range: "Oct 31 2024", "Oct 2024", "2024", else "Oct 2024–Jan 2025". */
export function rangeLabel(r: DayRange): string {
  const a = ymd(r.from);
  const b = ymd(r.to);
  if (r.from === r.to) return `${MONTH_LABELS[a.m]} ${a.d} ${a.y}`;
  const wholeMonths = a.d === 1 && ymd(r.to + 1).d === 1;
  if (wholeMonths && a.y === b.y && a.m === b.m) return `${MONTH_LABELS[a.m]} ${a.y}`;
  if (wholeMonths && a.y === b.y && a.m === 0 && b.m === 11) return `${a.y}`;
  if (a.y === b.y && a.m === b.m) return `${MONTH_LABELS[a.m]} ${a.d}–${b.d} ${a.y}`;
  return `${MONTH_LABELS[a.m]} ${a.y === b.y ? '' : a.y + ' '}–${MONTH_LABELS[b.m]} ${b.y}`.replace(' –', '–');
}

/** True when the ranges share at least one day. */
export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
