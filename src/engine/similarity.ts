/**
 * Topical closeness of two sentences: IDF-weighted Dice over their canonical terms, and the tuned
 * thresholds every comparison rule uses. Weights come from the index, so rare names count for more
 * than countries every sentence mentions.
 */
import type { Fact } from './facts';
import { overlap, type WeightSlot } from './term-overlap';

export { overlap };

/** Thresholds on the weighted Dice similarity (0..1), except `rareIdf` (an IDF) and `contentCover` (a share). */
export const THRESHOLDS = {
  /** Same topic at all. */
  related: 0.22,
  /** Figures agreeing (small counts) or disagreeing at not clearly the same time. */
  figures: 0.2,
  /** Figures agreeing (100 or more), or disagreeing at explicitly the same time. */
  figuresAgree: 0.12,
  figuresUndated: 0.25,
  /** How far a sentence's closeness may exceed its figures' clauses' for a conflict. */
  clauseSlack: 0.1,
  /** Different models of one family, without agreeing figures. */
  model: 0.4,
  /** The same models named. */
  models: 0.35,
  /** A page sentence bearing on a saved or imported claim. */
  standalone: 0.15,
  standaloneDenial: 0.08,
  standaloneSupport: 0.15,
  denial: 0.4,
  negation: 0.5,
  /** Same statement in close wording, or anchored by an event and a date or a rare actor. */
  statement: 0.5,
  statementAnchored: 0.3,
  rareIdf: 2.5,
  contentCover: 0.5,
  /** The clauses holding one event, anchored by the same actor or speaker (`sameEvent`). */
  eventClause: 0.3,
};


/** Weighted Dice similarity of two facts' terms, with the shared terms (rarest first); `slot` keeps `s`'s weights. */
export function topical(c: Pick<Fact, 'terms'>, s: Pick<Fact, 'terms'>, idf: (t: string) => number, slot?: WeightSlot): { dice: number; shared: string[] } {
  return overlap(c.terms, s.terms, idf, slot);
}
