/**
 * Puts the engine together: split the text into sentences, keep the check-worthy ones, retrieve
 * candidate source sentences from the index, compare, explain, and give each claim a verdict.
 * Honours `opts.signal` between sentences so a long page can be abandoned at once.
 */
import type { ClaimIndex, Entry } from './claim-index';
import type { AbortLike, ClaimResult, DocContext, Match, Verdict } from './types';
import { splitSentences } from './sentences';
import type { Fact } from './facts';
import type { Terms } from './terms';
import { claimsOf, checkWorthiness } from './claims';
import { compareFacts, type Comparison } from './compare';
import { explain } from './explain';
import { parsePartialDate } from './dates';

export interface AnalyzeOptions {
  /** Stops the analysis between sentences; the partial result is discarded and an AbortError thrown. */
  signal?: AbortLike;
  /** At most this many claims are returned (the most check-worthy first in text order). */
  maxClaims?: number;
}

/** At most this many `related` matches per claim: a few meaningful ones, not a reading list. */
const MAX_RELATED = 3;
const MAX_FLAGGED = 3;

/**
 * Claims of `text` that bear on the indexed sources, in text order. Claims without any match are
 * left out. Throws an `AbortError` (name "AbortError") when `opts.signal` is aborted.
 */
export function analyze(text: string, index: ClaimIndex, ctx: DocContext = {}, opts: AnalyzeOptions = {}): ClaimResult[] {
  const ref = parsePartialDate(ctx.published);
  const found: Array<{ claim: ClaimResult; worth: number }> = [];
  const checkAbort = () => {
    if (opts.signal?.aborted) throw abortError();
  };
  // A sentence whose terms find nothing in the store can have no match: its fact is not extracted.
  const wanted = (terms: Terms) => index.canMatch(terms.all);
  for (const { span: sp, fact } of claimsOf(splitSentences(text), ref, true, checkAbort, wanted)) {
    const matches = matchClaim(fact, index, ctx);
    if (!matches.length) continue;
    found.push({ claim: { text: sp.text, start: sp.start, end: sp.end, verdict: verdictOf(matches), matches }, worth: checkWorthiness(fact) });
  }
  const max = opts.maxClaims ?? Infinity;
  if (found.length <= max) return found.map((f) => f.claim);
  const flag = (c: ClaimResult) => (c.verdict === 'unverified' ? 0 : 1);
  const kept = [...found].sort((a, b) => flag(b.claim) - flag(a.claim) || b.worth - a.worth).slice(0, Math.max(0, max));
  return kept.sort((a, b) => a.claim.start - b.claim.start).map((f) => f.claim);
}

/** Compares one claim with its retrieved candidates; best first, related capped. */
export function matchClaim(fact: Fact, index: ClaimIndex, ctx: DocContext): Match[] {
  const found: Array<{ e: Entry; cmp: Comparison }> = [];
  // A sentence a source repeats is one match. A few dozen candidates: a scan of those kept finds a repeat,
  // comparing texts only within one source (one record per source, so by identity).
  // Their sources side by side, so the scan reads one array, not each record kept.
  const seen: Entry[] = [];
  const seenDocs: Entry['doc'][] = [];
  const idf = index.weighting;
  const candidates = index.candidates(fact.keys);
  warm(candidates);
  for (const e of candidates) {
    if (ctx.url && e.doc.url && e.doc.url === ctx.url) continue;
    if (repeats(seen, seenDocs, e)) continue;
    seen.push(e);
    seenDocs.push(e.doc);
    const cmp = compareFacts(fact, e.fact, idf, e);
    if (cmp) found.push({ e, cmp });
  }
  demoteUndatedConflicts(fact, found);
  // The best few of each kind, ranked on the score as shown (rounded), ties in retrieval order; only they are explained.
  const flagged: Ranked[] = [];
  const related: Ranked[] = [];
  for (const { e, cmp } of found) {
    if (cmp.relation === 'related') keepBest(related, e, cmp, MAX_RELATED);
    else keepBest(flagged, e, cmp, MAX_FLAGGED * 2);
  }
  const out: Match[] = [];
  for (const { e, cmp, score } of [...flagged, ...related]) out.push(toMatch(e, cmp.relation, score, explain(fact, e.fact, e.doc, cmp)));
  return out;
}

/** Sums what `warm` read, so the reads are kept. */
let warmed = 0;

/**
 * Reads the parts of each candidate's record that comparing it reads first (its fact's term lists,
 * figures and stance, its kept weights), all at once: read in one loop, the memory waits overlap, where
 * each comparison in turn would wait for its record alone. Changes nothing.
 */
function warm(cands: readonly Entry[]): void {
  let n = 0;
  for (let i = 0; i < cands.length; i++) {
    const e = cands[i] as Entry;
    const f = e.fact;
    n += f.terms.length + f.entities.length + f.quantities.length + (f.stance.negated ? 1 : 0) + (e.weights?.ids.length ?? 0) + e.doc.id.length;
  }
  warmed = (warmed + n) & 0xffff;
}

/** `e` says again what an entry of `seen` (whose sources are `docs`) from the same source says. */
function repeats(seen: readonly Entry[], docs: readonly Entry['doc'][], e: Entry): boolean {
  const doc = e.doc;
  for (let i = 0; i < docs.length; i++) if (docs[i] === doc && (seen[i] as Entry).fact.text === e.fact.text) return true;
  return false;
}

interface Ranked {
  e: Entry;
  cmp: Comparison;
  score: number;
  order: number;
}

const ORDER = { conflicts: 0, corroborates: 1, related: 2 } as const;

/**
 * Inserts `e` and its comparison into `best` (ordered by kind, then shown score; earlier first among equals),
 * keeping at most `limit`. Most candidates rank below the kept ones: nothing is built for them.
 */
function keepBest(best: Ranked[], e: Entry, cmp: Comparison, limit: number): void {
  const score = shownScore(cmp.score);
  const order = ORDER[cmp.relation];
  let at = best.length;
  for (; at > 0; at--) {
    const a = best[at - 1] as Ranked;
    if (!(a.order > order || (a.order === order && a.score < score))) break;
  }
  if (at >= limit) return;
  best.splice(at, 0, { e, cmp, score, order });
  if (best.length > limit) best.pop();
}

/** A match's score as shown: 0..1, three decimals. */
function shownScore(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

/**
 * A figure one source confirms and another contradicts, in a claim that says nothing about time, is
 * most likely the other source's count at another time: related, not a conflict.
 */
function demoteUndatedConflicts(fact: Fact, found: ReadonlyArray<{ cmp: Comparison }>): void {
  if (fact.timeHint) return;
  const agreed = new Set<string | null>();
  for (const { cmp: c } of found) if (c.reason.kind === 'figures' && c.relation === 'corroborates') agreed.add(c.reason.pair.claim.unit);
  for (const { cmp: c } of found) {
    if (c.relation !== 'conflicts' || c.reason.kind !== 'figures' || !agreed.has(c.reason.pair.claim.unit)) continue;
    c.relation = 'related';
    c.reason.pair.outcome = 'other-time';
  }
}

function toMatch(e: Entry, relation: Match['relation'], score: number, explanation: string): Match {
  const d = e.doc;
  return {
    relation,
    source: {
      id: d.id, title: d.title, file: d.file, kind: d.kind,
      ...(d.url ? { url: d.url } : {}), ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.published ? { published: d.published } : {}),
    },
    quote: e.fact.text,
    quoteStart: e.fact.start,
    quoteEnd: e.fact.end,
    explanation,
    score,
  };
}

/** corroborated (≥1 corroborates, no conflicts), conflicting (the reverse), mixed (both), else unverified. */
export function verdictOf(matches: readonly Match[]): Verdict {
  const pro = matches.some((m) => m.relation === 'corroborates');
  const con = matches.some((m) => m.relation === 'conflicts');
  return pro && con ? 'mixed' : pro ? 'corroborated' : con ? 'conflicting' : 'unverified';
}

function abortError(): Error {
  const err = new Error('The analysis was cancelled.');
  err.name = 'AbortError';
  return err;
}
