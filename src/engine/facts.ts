/**
 * Sentence -> fact: everything the comparison needs, extracted once. For sources this happens when a
 * document is added to the index, so a query only extracts facts for the analysed page's sentences.
 */
import type { DayRange } from './dates';
import { findDesignations, type Designation } from './designations';
import { clauseAround, findQuantities, type Quantity } from './quantities';
import { findTimes, hasTimeHint, type TimeMention } from './time';
import { termsOf, type Terms } from './terms';
import { speakerOf } from './attribution';
import { placeOf } from './places';
import { tokenize, type Token } from './text';
import { undatedTimeOf, undatedTimes } from './undated-times';
import { negatedOf, stanceOf, type Stance } from './stance';
import { attachClause, type ClauseReader } from './clause-reads';

export interface Fact {
  text: string;
  start: number;
  end: number;
  /** Canonical topical terms (see `terms`). */
  terms: string[];
  entities: string[];
  quantities: Quantity[];
  designations: Designation[];
  times: TimeMention[];
  /** The sentence's overall time: the hull of its time mentions, else the document's date. */
  scope: DayRange | null;
  /** True when `scope` comes from the sentence's own words rather than the document's date. */
  scopeExplicit: boolean;
  attribution: string | null;
  stance: Stance;
  /** Retrieval keys: the terms plus each counted figure's value ("#12000"), so a shared figure helps find a sentence. */
  keys: string[];
  /** The sentence speaks of time, even if it could not be resolved (no document date). */
  timeHint: boolean;
  /** Names a leading "he"/"she"/"her" may stand for: the previous sentence's (set by `claimsOf`). */
  carried?: string[];
}

/**
 * Extracts the fact of one sentence. `ref` is the document's date range (null when unknown), used to
 * resolve relative times; `refIsDate` says whether it is the document's own publication date (else it
 * was inferred from the text and does not date the sentence's un-timed statements). `prevSpeaker` is
 * the last named speaker before this sentence, for "he said". `terms`: the sentence's `termsOf`, when already read.
 */
export function factOf(text: string, start: number, ref: DayRange | null, refIsDate = true, prevSpeaker: string | null = null, terms: Terms = termsOf(text)): Fact {
  const designations = findDesignations(text);
  const times = findTimes(text, ref).filter((t) => !designations.some((d) => t.start < d.end && d.start < t.end));
  // Without a document date a relative time ("last month", "on 4 November") cannot be resolved, yet it still
  // times the figures of its clause, and its numbers are no counts.
  const undated = ref ? [] : undatedTimes(text, times).filter((t) => !designations.some((d) => t.start < d.end && d.start < t.end));
  const quantities = findQuantities(text, times, [...designations, ...undated]);
  // Figures often share a clause ("1,000 sappers and 5,000 builders"): read each clause once, and only when asked.
  const clauses = new Map<string, ClauseRead>();
  let tokens: readonly Token[] | null = null;
  for (const q of quantities) {
    const clause = clauseAround(text, q.start, q.end);
    let read = clauses.get(clause);
    if (!read) clauses.set(clause, (read = new ClauseRead(clause)));
    attachClause(q, read);
    if (q.derived || !q.unit) continue;
    q.place = placeOf(text, q.start, q.end, (tokens ??= tokenize(text)));
    if (!q.time && undated.length) q.undatedTime = undatedTimeOf(text, q.start, q.end, undated);
  }
  const scope = times.length
    ? { from: Math.min(...times.map((t) => t.range.from)), to: Math.max(...times.map((t) => t.range.to)) }
    : refIsDate ? ref : null;
  return {
    text, start, end: start + text.length,
    terms: terms.all, entities: terms.entities,
    quantities, designations, times,
    scope, scopeExplicit: times.length > 0,
    attribution: speakerOf(text, prevSpeaker),
    stance: stanceOf(text),
    timeHint: times.length > 0 || hasTimeHint(text),
    keys: [...terms.all, ...new Set(quantities.filter((q) => q.unit && !q.derived).map((q) => `#${Math.round(q.value)}`))],
  };
}

/** One clause of a sentence: its terms and negation, each read at most once however many figures share it. */
class ClauseRead implements ClauseReader {
  private terms: string[] | null = null;
  private neg: boolean | null = null;

  constructor(private readonly clause: string) {}

  get context(): string[] {
    return (this.terms ??= termsOf(this.clause).all);
  }

  get negated(): boolean {
    return (this.neg ??= negatedOf(this.clause));
  }
}
