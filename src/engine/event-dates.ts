/**
 * Dates of one event: two sentences that put the same event on different days ("struck Turkey on
 * February 6" vs "on February 8") disagree on a fact, as two figures for one count do. Only day-precise
 * dates count, and only close ones: a month or a year apart is more likely another event of its kind.
 */
import type { Fact } from './facts';
import type { TimeMention } from './time';

/** Two day-precise dates further apart than this are read as two events, not one dated twice. */
const SAME_EVENT_DAYS = 45;

/**
 * The two dates when `c` and `s` each date what they say to single days that differ, within
 * `SAME_EVENT_DAYS` of each other; null otherwise. Whether they speak of one event (shared names, an
 * event word, close wording) is the caller's to decide.
 */
export function eventDatesDiffer(c: Pick<Fact, 'times'>, s: Pick<Fact, 'times'>): { claim: TimeMention; source: TimeMention } | null {
  const dc = days(c.times);
  const ds = days(s.times);
  if (dc.length !== 1 || ds.length !== 1) return null;
  const [a, b] = [dc[0] as TimeMention, ds[0] as TimeMention];
  const gap = Math.abs(a.range.from - b.range.from);
  return gap > 0 && gap <= SAME_EVENT_DAYS ? { claim: a, source: b } : null;
}

/** The single-day mentions, but none when a sentence also names a longer period (two times, two facts). */
function days(times: readonly TimeMention[]): TimeMention[] {
  return times.every((t) => t.range.from === t.range.to) ? [...times] : [];
}
