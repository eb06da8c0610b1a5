/**
 * Times a sentence states but that only its document's date could place: "in recent weeks", "last
 * month", "earlier this year", "Thursday", "on November 20". In a document without a date they say the
 * figure is of some particular time, just not which, so it must not be read as undated.
 */
import { day } from './dates';
import { findTimes, type TimeMention } from './time';
import { clauseSpan } from './quantity-groups';

/** Any single day will do: it only tells which mentions need a reference date to be resolved at all. */
const PROBE = { from: day(2000, 5, 15), to: day(2000, 5, 15) };

/**
 * The time mentions of `sentence` that resolve against a document date but not without one, in text
 * order. `fixed` are its mentions read without a date, when the caller has them already.
 */
export function undatedTimes(sentence: string, fixed: readonly TimeMention[] = findTimes(sentence, null)): TimeMention[] {
  return findTimes(sentence, PROBE).filter((t) => !fixed.some((f) => t.start < f.end && f.start < t.end));
}

/**
 * The unplaceable time of the figure at [start, end): one in the figure's own clause, or one opening the
 * sentence ("In recent weeks, the agency said that ..."), as written; null when there is none.
 * `mentions` are `undatedTimes(sentence)`.
 */
export function undatedTimeOf(sentence: string, start: number, end: number, mentions: readonly TimeMention[]): string | null {
  const [from, to] = clauseSpan(sentence, start, end);
  const own = mentions.find((t) => (t.start >= from && t.end <= to) || (t.start <= 4 && t.end < start));
  return own ? sentence.slice(own.start, own.end).trim() : null;
}
