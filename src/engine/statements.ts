/**
 * Statements without figures: when a page sentence states the same thing as a source sentence.
 */
import type { Fact } from './facts';
import { THRESHOLDS } from './similarity';
import { overlaps } from './dates';
import { comparableTimes } from './figure-times';
import { placesApart } from './places';

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
  // The same kind of event somewhere else (a meeting in Vladivostok, one in Pyongyang) is another event.
  if (countsDiffer(c, s) || placesApart(c, s)) return false;
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
export function countsDiffer(c: Fact, s: Fact): boolean {
  const cu = c.terms.filter((t) => t.startsWith('u:'));
  return cu.length > 0 && s.terms.some((t) => t.startsWith('u:')) && !cu.some((t) => s.terms.includes(t));
}
