/** Sentence pair -> relation and explanation, as the engine judges it; shared by the understands-* tests. */
import { compareFacts } from '../../../src/engine/compare';
import { factOf } from '../../../src/engine/facts';
import { parsePartialDate } from '../../../src/engine/dates';
import { explain } from '../../../src/engine/explain';
import type { Relation, SourceDoc } from '../../../src/engine';

export interface Judged {
  relation: Relation | 'none';
  explanation: string;
}

/**
 * How `claim` (on a page published `pagePub`) bears on `src` (a sentence of an article published
 * `srcPub`, titled "A source"). Every term weighs the same, so only the mechanisms under test decide.
 */
export function relate(claim: string, src: string, pagePub?: string, srcPub?: string): Judged {
  const c = factOf(claim, 0, parsePartialDate(pagePub));
  const s = factOf(src, 0, parsePartialDate(srcPub), !!srcPub);
  const cmp = compareFacts(c, s, () => 1);
  const doc: SourceDoc = { id: 's', title: 'A source', text: '', kind: 'seed', file: null, ...(srcPub ? { published: srcPub } : {}) };
  return { relation: cmp?.relation ?? 'none', explanation: cmp ? explain(c, s, doc, cmp) : '' };
}
