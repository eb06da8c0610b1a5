/**
 * Claim fact vs source fact -> corroborates | conflicts | related | none, with the reason. A relation
 * needs the two sentences to be about the same thing first (IDF-weighted shared terms); then figures,
 * model designations, denial and time decide. False alarms cost more than misses, so conflicts need
 * a concrete disagreement on a shared anchor, never wording alone.
 */
import type { Fact } from './facts';
import type { Relation } from './types';
import { compareFigures, type FigurePair } from './figures-compare';
import type { Designation } from './designations';
import { THRESHOLDS, overlap, topical } from './similarity';
import type { WeightSlot } from './term-overlap';
import { sameStatement, sameTime } from './statements';
import { stanceOnStatement } from './standalone';
import { sameEvent, type EventMatch } from './same-event';
import { eventDatesDiffer } from './event-dates';
import type { TimeMention } from './time';
import { placesApart } from './places';

export type Reason =
  | { kind: 'figures'; pair: FigurePair }
  | { kind: 'model'; claim: Designation; source: Designation }
  | { kind: 'models'; keys: string[] }
  | { kind: 'denial'; denier: 'claim' | 'source' }
  | { kind: 'statement'; shared: string[] }
  | { kind: 'event'; match: EventMatch; shared: string[] }
  | { kind: 'dates'; claim: TimeMention; source: TimeMention }
  | { kind: 'topic'; shared: string[] };

export interface Comparison {
  relation: Relation;
  /** 0..1 topical closeness (weighted Dice over terms). */
  score: number;
  reason: Reason;
}

/** What the comparison knows about the source sentence beyond its fact. */
export interface SourceShape {
  /**
   * The source is a single statement (a saved claim, an imported claim), not an article: a page
   * sentence about the same thing takes a stance on it, so wording and stance decide.
   */
  standalone: boolean;
  /** Where the source sentence keeps its terms' weights between comparisons (a stored sentence's own). */
  weights?: WeightSlot['weights'];
}

/** Compares a claim with one source sentence; null when they are not about the same thing. */
export function compareFacts(c: Fact, s: Fact, idf: (t: string) => number, shape: SourceShape = { standalone: false }): Comparison | null {
  const { dice, shared } = topical(c, s, idf, 'weights' in shape ? (shape as WeightSlot) : undefined);
  const pair = compareFigures(c, s);
  // Figures are judged on their own clauses too, so a long sentence's other clauses do not hide them.
  const local = pair ? overlap(pair.claim.context, pair.source.context, idf).dice : 0;
  // Counts for two different places are about different things: no figure, model or denial makes them one.
  if (pair?.outcome === 'elsewhere') return dice >= THRESHOLDS.related ? { relation: 'related', score: dice, reason: { kind: 'figures', pair } } : null;
  const hard = hardEvidence(c, s, dice, local, pair);
  if (hard) return hard;
  if (shared.length < (shape.standalone ? 1 : 2) || dice < (shape.standalone ? THRESHOLDS.standaloneDenial : THRESHOLDS.figuresAgree)) return null;
  if (shape.standalone) return stanceOnStatement(c, s, dice, shared, pair);
  const sharesName = c.entities.some((e) => s.entities.includes(e));
  // A denial ("denied", "hoax") of what the source states; a plain negation ("has not sent") needs closer wording and a shared event.
  const denies = c.stance.denial !== s.stance.denial && dice >= THRESHOLDS.denial;
  const negates = c.stance.negated !== s.stance.negated && dice >= THRESHOLDS.negation && shared.some((t) => t.startsWith('ev:'));
  if (sharesName && !c.stance.question && (denies || negates))
    return { relation: 'conflicts', score: dice, reason: { kind: 'denial', denier: c.stance.negated ? 'claim' : 'source' } };
  const models = c.designations.length && s.designations.length ? c.designations.filter((d) => s.designations.some((x) => x.key === d.key)).map((d) => d.text) : [];
  if (models.length && dice >= THRESHOLDS.models && sharesName && asserts(c, s) && (!pair || pair.outcome === 'agree'))
    return { relation: 'corroborates', score: dice, reason: { kind: 'models', keys: models } };
  // One event put on two different days: only when the wording is close and the places agree, since
  // events of a kind recur (a strike on one city a week later is another strike).
  const dates = sharesName && asserts(c, s) && dice >= THRESHOLDS.statement ? eventDatesDiffer(c, s) : null;
  if (dates && shared.some((t) => t.startsWith('ev:')) && !placesApart(c, s))
    return { relation: 'conflicts', score: dice, reason: { kind: 'dates', ...dates } };
  if (sharesName && asserts(c, s) && sameTime(c, s) && pair?.outcome !== 'disagree' && sameStatement(c, s, dice, shared, idf))
    return { relation: 'corroborates', score: dice, reason: { kind: 'statement', shared } };
  const event = sharesName && pair?.outcome !== 'disagree' ? sameEvent(c, s, dice, idf) : null;
  if (event) return { relation: 'corroborates', score: dice, reason: { kind: 'event', match: event, shared } };
  if (dice >= THRESHOLDS.related) return { relation: 'related', score: dice, reason: pair ? { kind: 'figures', pair } : { kind: 'topic', shared } };
  return null;
}

/** Figures and model designations: concrete agreement or disagreement on a shared anchor. */
function hardEvidence(c: Fact, s: Fact, dice: number, local: number, pair: FigurePair | null): Comparison | null {
  const model = modelConflict(c, s);
  // Different models are a conflict only about the same delivery: close wording or the same figures.
  if (model && (dice >= THRESHOLDS.model || pair?.outcome === 'agree')) return { relation: 'conflicts', score: dice, reason: { kind: 'model', ...model } };
  if (!pair || !c.entities.some((e) => s.entities.includes(e))) return null;
  // The same count of the same thing about the same actor is strong evidence on its own: a lower topical bar.
  const bar =
    pair.outcome === 'agree' ? (pair.claim.value >= 100 ? THRESHOLDS.figuresAgree : THRESHOLDS.figures) :
    pair.datedAlike ? THRESHOLDS.figuresAgree : THRESHOLDS.figuresUndated;
  // Agreement may show in the sentence or in the figures' clauses; a disagreement must be about the same thing in both.
  const sim = pair.outcome === 'agree' ? Math.max(dice, local) : Math.min(Math.max(dice, local), local + THRESHOLDS.clauseSlack);
  if (sim < bar) return null;
  if (pair.outcome === 'agree' && !c.stance.hedged && pair.claim.negated === pair.source.negated) {
    // The same figure denied elsewhere in the sentence ("Russia denied that 9,000 troops had arrived") refutes it.
    if (c.stance.denial !== s.stance.denial) return { relation: 'conflicts', score: sim, reason: { kind: 'denial', denier: c.stance.denial ? 'claim' : 'source' } };
    return { relation: 'corroborates', score: sim, reason: { kind: 'figures', pair } };
  }
  if (pair.outcome === 'disagree') return { relation: 'conflicts', score: sim, reason: { kind: 'figures', pair } };
  return null;
}

/** The claim asserts (not hedges) with the same polarity as the source. */
function asserts(c: Fact, s: Fact): boolean {
  return !c.stance.hedged && c.stance.negated === s.stance.negated;
}

/** Same family and prefix, different model number, and the source never names the claim's model. */
function modelConflict(c: Fact, s: Fact): { claim: Designation; source: Designation } | null {
  for (const dc of c.designations) {
    if (!dc.family) continue;
    if (s.designations.some((d) => d.key === dc.key)) continue;
    const ds = s.designations.find((d) => d.family === dc.family && d.prefix === dc.prefix && d.key !== dc.key);
    if (ds) return { claim: dc, source: ds };
  }
  return null;
}
