/**
 * The time of one clause's event, and whether two such times can be of the same event. A page without
 * a date still names months ("which they attacked in August"): the month alone agrees with "early August
 * 2024" and disagrees with "in October".
 */
import type { Fact } from './facts';
import { type DayRange, overlaps, ymd } from './dates';

/** A resolved time, or a month of an unknown year (0-based), with its offsets in the sentence. */
export type ClauseTime = ({ range: DayRange } | { month: number }) & { start: number; end: number };

/** A time that dates an event to within a month can confirm it is the same event; a season or a year cannot. */
const MAX_EVENT_SPAN = 31;

// Capitalised month names only: "may" and "march" are also verbs. "May" counts only before a day or year.
const MONTH_NAME = /\b(?:(Jan)(?:uary)?|(Feb)(?:ruary)?|(Mar)(?:ch)?|(Apr)(?:il)?|(May)(?=\s+\d)|(Jun)e?|(Jul)y?|(Aug)(?:ust)?|(Sep)(?:t|tember)?|(Oct)(?:ober)?|(Nov)(?:ember)?|(Dec)(?:ember)?)\b\.?/g;

/**
 * The time of the event at `at` in the clause [from, to): the clause's time nearest the event, else a
 * time opening the sentence ("On November 20, …"), which in news style dates what follows; else null.
 */
export function clauseTime(f: Fact, from: number, to: number, at: number): ClauseTime | null {
  const all = timesOf(f);
  const inClause = all.filter((t) => t.start >= from && t.end <= to);
  if (inClause.length) return inClause.reduce((a, b) => (dist(b, at) < dist(a, at) ? b : a));
  return all.find((t) => t.start <= 4 && t.end <= from) ?? null;
}

function dist(t: { start: number; end: number }, at: number): number {
  return t.end <= at ? at - t.end : Math.max(0, t.start - at);
}

/** The sentence's resolved times, plus month names it could not resolve (no document date). */
function timesOf(f: Fact): ClauseTime[] {
  const out: ClauseTime[] = f.times.map((t) => ({ range: t.range, start: t.start, end: t.end }));
  for (const m of f.text.matchAll(MONTH_NAME)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((t) => start < t.end && t.start < end)) continue;
    const month = m.slice(1).findIndex(Boolean);
    if (month >= 0) out.push({ month, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether two event times are of the same event: 'agree' when both date it closely and coincide,
 * 'conflict' when they cannot be the same days, else 'unknown' (one is vague, a year, or missing).
 */
export function eventTimes(a: ClauseTime | null, b: ClauseTime | null): 'agree' | 'conflict' | 'unknown' {
  if (!a || !b) return 'unknown';
  if ('range' in a && 'range' in b) {
    if (!overlaps(a.range, b.range)) return 'conflict';
    return Math.max(span(a.range), span(b.range)) <= MAX_EVENT_SPAN ? 'agree' : 'unknown';
  }
  if ('month' in a && 'month' in b) return a.month === b.month ? 'agree' : 'conflict';
  const [m, r] = 'month' in a ? [a.month, (b as { range: DayRange }).range] : [(b as { month: number }).month, (a as { range: DayRange }).range];
  const first = ymd(r.from);
  const last = ymd(r.to);
  // A range within one month says which month; a longer one only whether the month can be in it.
  if (first.y === last.y && first.m === last.m) return first.m === m ? 'agree' : 'conflict';
  return 'unknown';
}

function span(r: DayRange): number {
  return r.to - r.from + 1;
}
