/**
 * Periods news states besides dates: business quarters ("the third quarter of 2024", "Q3") and running
 * periods ("since October", which runs up to the document's date rather than being October itself).
 */
import { type DayRange, day, ymd } from './dates';
import type { TimeMention } from './time';

/** "third quarter of 2024", "Q4 2023"; group 1 the ordinal, 2 the Q number, 3 the year. */
export const QUARTER_RE = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|q([1-4]))(?:\s+((?:19|20)\d{2}))?\b/gi;
const QUARTER_NO: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };

/** "since October": from that time up to the document's date, a running period rather than the month itself. */
export function since(s: string, t: TimeMention, refDay: number): void {
  const m = /\bsince\s+(?:the\s+)?$/i.exec(s.slice(Math.max(0, t.start - 10), t.start));
  if (!m || t.range.from > refDay) return;
  t.start -= m[0].length;
  t.range = { from: t.range.from, to: Math.max(t.range.to, refDay) };
  t.label = `since ${t.label}`;
}

/** "the third quarter of 2024", "Q3": without a year, the latest such quarter begun by the document's date. */
export function quarterMention(m: RegExpMatchArray, refDay: number | null): [DayRange | null, string?] {
  const q = m[2] ? Number(m[2]) - 1 : (QUARTER_NO[(m[1] ?? '').toLowerCase()] ?? 0);
  let y = m[3] ? Number(m[3]) : null;
  if (y === null) {
    if (refDay === null) return [null];
    const r = ymd(refDay);
    y = day(r.y, q * 3, 1) <= refDay ? r.y : r.y - 1;
  }
  return [{ from: day(y, q * 3, 1), to: day(y, q * 3 + 3, 0) }, `Q${q + 1} ${y}`];
}
