/**
 * Statements without figures: when a page sentence states the same thing as a source sentence, and
 * what stance a page sentence takes on a standalone statement (a saved or imported claim).
 */
import type { Fact } from './facts';
import type { FigureOutcome, FigurePair } from './figures-compare';
import type { Comparison } from './compare';
import { THRESHOLDS } from './similarity';
import { overlaps } from './dates';
import { comparableTimes } from './figure-times';

/** Figure outcomes that make two statements related, never one support for the other. */
const RELATED_ONLY: ReadonlySet<FigureOutcome> = new Set(['other-time', 'within', 'undatable', 'elsewhere']);

/** A page sentence on a standalone statement: denial or negation refutes, hedging only reports, assertion supports. */
export function stanceOnStatement(c: Fact, s: Fact, dice: number, shared: string[], pair: FigurePair | null): Comparison | null {
  // A debunking headline often shares only the rumour's name ("A bogus Banksy"): a lower bar for explicit denials.
  if (dice < (c.stance.denial ? THRESHOLDS.standaloneDenial : THRESHOLDS.standalone)) return null;
  // Counting different things (troops vs missiles) is another statement, whatever the stance.
  if (countsDiffer(c, s)) return dice >= THRESHOLDS.related ? { relation: 'related', score: dice, reason: { kind: 'topic', shared } } : null;
  // Debunking words refute even in a question ("Willie Nelson dead? Viral hoax fools internet").
  // A negated statement restated without the negation is usually a paraphrase ("doesn't last a day" vs "needs
  // charging nightly"), so only the page sentence's own denial or negation refutes.
  // The same thing counted differently at the same time cannot both be true, whoever reports it.
  if (pair?.outcome === 'disagree' && !c.stance.question) return { relation: 'conflicts', score: dice, reason: { kind: 'figures', pair } };
  const refutes = (c.stance.denial && !s.stance.denial) || (c.stance.negated && !s.stance.negated && !c.stance.question);
  if (refutes)
    return { relation: 'conflicts', score: dice, reason: { kind: 'denial', denier: c.stance.negated ? 'claim' : 'source' } };
  if (c.stance.hedged || c.stance.reported || (pair && RELATED_ONLY.has(pair.outcome))) return { relation: 'related', score: dice, reason: pair ? { kind: 'figures', pair } : { kind: 'topic', shared } };
  // Support needs more shared wording than a denial: a sentence merely on the same subject is related.
  if (dice < THRESHOLDS.standaloneSupport) return { relation: 'related', score: dice, reason: { kind: 'topic', shared } };
  return { relation: 'corroborates', score: dice, reason: pair?.outcome === 'agree' ? { kind: 'figures', pair } : { kind: 'statement', shared } };
}

/**
 * Without figures, two sentences state the same thing when their wording is close, or when they share
 * an event and are explicitly dated to the same time, or share a rarely named actor and what they do.
 */
export function sameStatement(c: Fact, s: Fact, dice: number, shared: string[], idf: (t: string) => number): boolean {
  // A claim whose point is a figure is only confirmed by that figure (see `hardEvidence`).
  if (c.quantities.some((q) => q.unit)) return false;
  const content = shared.filter((t) => !c.entities.includes(t) && !t.startsWith('u:'));
  const own = c.terms.filter((t) => !c.entities.includes(t) && !t.startsWith('u:'));
  const weight = (ts: string[]) => ts.reduce((a, t) => a + idf(t), 0);
  // Most of what the claim says beyond its names must be in the source.
  if (weight(content) < THRESHOLDS.contentCover * weight(own)) return false;
  if (countsDiffer(c, s)) return false;
  if (content.length < 2 && !(content.length === 1 && content[0]?.startsWith('ev:'))) return false;
  if (dice >= THRESHOLDS.statement) return true;
  if (dice < THRESHOLDS.statementAnchored || c.stance.future !== s.stance.future) return false;
  const event = shared.some((t) => t.startsWith('ev:'));
  const datedTogether = c.scopeExplicit && s.scopeExplicit && !!c.scope && !!s.scope && comparableTimes(c.scope, s.scope);
  const rareActor = shared.some((t) => c.entities.includes(t) && idf(t) >= THRESHOLDS.rareIdf);
  return event && (datedTogether || (rareActor && content.length >= 2));
}

/** Explicit times of the two sentences overlap, or one is not dated. */
export function sameTime(c: Fact, s: Fact): boolean {
  if (!c.scopeExplicit || !s.scopeExplicit || !c.scope || !s.scope) return true;
  return overlaps(c.scope, s.scope);
}

/** Both sentences count something, and never the same kind of thing (troops vs howitzers). */
function countsDiffer(c: Fact, s: Fact): boolean {
  const cu = c.terms.filter((t) => t.startsWith('u:'));
  return cu.length > 0 && s.terms.some((t) => t.startsWith('u:')) && !cu.some((t) => s.terms.includes(t));
}
