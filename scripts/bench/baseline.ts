/**
 * The plain full-text retrieval baseline: MiniSearch (BM25) over the source sentences' raw text, each
 * article sentence a query, the top 10 kept. No facts, no comparison: what finding similar sentences
 * costs on its own, for scale. Common English function words are not indexed (any real full-text
 * setup drops them; without that every query would walk half the store).
 */
import MiniSearch from 'minisearch';
import { splitSentences } from '../../src/engine/sentences';
import type { SourceDoc } from '../../src/engine/types';

const STOP = new Set('a an the and or but of in on at to for from by with as is are was were be been has have had it its that this these those which who he she they we said says not no'.split(' '));

export class FullTextBaseline {
  private ms = new MiniSearch<{ id: number; t: string }>({
    fields: ['t'],
    storeFields: [],
    processTerm: (t) => {
      const w = t.toLowerCase();
      return STOP.has(w) ? null : w;
    },
  });
  private next = 0;

  add(doc: SourceDoc): void {
    for (const s of splitSentences(doc.text)) this.ms.add({ id: this.next++, t: s.text });
  }

  /** Queries the given sentences; returns how many hits were kept in all. */
  run(sentences: readonly string[]): number {
    let kept = 0;
    for (const s of sentences) kept += this.ms.search(s).slice(0, 10).length;
    return kept;
  }
}

/**
 * The baseline's time for all of `text`'s sentences. On a large store a full pass takes minutes (MiniSearch
 * scores every document sharing any term), so every `stride`-th sentence is timed and the total scaled up.
 */
export function baselineMs(base: FullTextBaseline, text: string, stride: number, time: (fn: () => unknown) => number): { ms: number; sampled: number } {
  const all = splitSentences(text).map((s) => s.text);
  const sample = all.filter((_, i) => i % stride === 0);
  return { ms: (time(() => base.run(sample)) * all.length) / sample.length, sampled: sample.length };
}
