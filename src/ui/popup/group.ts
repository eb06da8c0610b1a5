/**
 * Groups a page's claims by verdict for the popup. Pure.
 */
import type { Relation, Verdict } from '../../engine/types';
import { RELATION_ORDER, VERDICT_ORDER } from '../shared/labels';

/** The parts of a claim the grouping needs (a `PageState` claim satisfies it). */
export interface GroupableClaim<M extends { relation: Relation; score: number }> {
  start: number;
  verdict: Verdict;
  matches: M[];
}

export interface ClaimEntry<C> {
  /** Position in the page state's `claims` array: what `page/scrollTo` expects. */
  index: number;
  claim: C;
}

export interface VerdictGroup<C> {
  verdict: Verdict;
  entries: ClaimEntry<C>[];
}

/**
 * Claims grouped in `VERDICT_ORDER` (conflicting, mixed, corroborated, unverified), each group in page order
 * (by `start`, ties by original index). Empty groups are left out; every claim lands in exactly one group.
 */
export function groupClaims<M extends { relation: Relation; score: number }, C extends GroupableClaim<M>>(
  claims: readonly C[],
): VerdictGroup<C>[] {
  const entries = claims.map((claim, index) => ({ index, claim }));
  entries.sort((a, b) => a.claim.start - b.claim.start || a.index - b.index);
  return VERDICT_ORDER.map((verdict) => ({ verdict, entries: entries.filter((e) => e.claim.verdict === verdict) })).filter(
    (g) => g.entries.length > 0,
  );
}

/**
 * A claim's matches in reading order: conflicts, then corroborations, then related; within one relation the
 * higher score first (ties keep the engine's order). Returns a new array.
 */
export function orderMatches<M extends { relation: Relation; score: number }>(matches: readonly M[]): M[] {
  return matches
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        RELATION_ORDER.indexOf(a.m.relation) - RELATION_ORDER.indexOf(b.m.relation) || b.m.score - a.m.score || a.i - b.i,
    )
    .map((x) => x.m);
}
