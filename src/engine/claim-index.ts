/**
 * The store of source sentences and their pre-extracted facts, searchable by topical terms through an
 * inverted index (BM25, see `term-index`). Retrieval never scans every stored sentence: a query reads
 * the postings of a few discriminative terms, within a fixed budget whatever the store's size, and
 * returns the top candidates, which `compare` then judges. Sources are added and removed one at a time;
 * document frequencies are the postings' lengths, so term weights (IDF) stay right as the store changes.
 */
import type { SourceDoc } from './types';
import { TermIndex } from './term-index';
import { splitSentences } from './sentences';
import type { Fact } from './facts';
import { claimsOf } from './claims';
import { parsePartialDate, type DayRange } from './dates';
import { findTimes } from './time';

/** A stored source sentence. */
export interface Entry {
  key: number;
  doc: SourceDoc;
  fact: Fact;
  /** The source is this one sentence (a saved or imported claim), not an article. */
  standalone: boolean;
}

/** Terms in more than this share of stored sentences (and more than MIN_COMMON_DF of them) are not searched. */
const COMMON_SHARE = 0.01;
const MIN_COMMON_DF = 60;
/** ...nor, in a large store, terms in more than this many: a query's cost must not grow with the store. */
const MAX_COMMON_DF = 500;
const MAX_QUERY_TERMS = 8;
const POSTING_BUDGET = 2_000;

export class ClaimIndex {
  private docs = new Map<string, { doc: SourceDoc; keys: number[] }>();
  private entries = new Map<number, Entry>();
  private terms = new TermIndex();
  /** IDF per term, valid until the store changes. */
  private idfCache = new Map<string, number>();
  private nextKey = 1;

  constructor(sources: Iterable<SourceDoc> = []) {
    for (const s of sources) this.add(s);
  }

  /** Adds (or replaces) a source; its sentences are split, filtered and their facts extracted now. */
  add(doc: SourceDoc): void {
    if (this.docs.has(doc.id)) this.remove(doc.id);
    const ref = referenceDate(doc);
    const keys: number[] = [];
    const spans = splitSentences(doc.text);
    for (const { fact } of claimsOf(spans, ref, !!doc.published)) {
      const key = this.nextKey++;
      this.entries.set(key, { key, doc, fact, standalone: spans.length === 1 });
      this.terms.add(key, fact.keys);
      keys.push(key);
    }
    this.docs.set(doc.id, { doc, keys });
    this.idfCache.clear();
  }

  /** Removes a source and its sentences; false when it was not there. */
  remove(id: string): boolean {
    const d = this.docs.get(id);
    if (!d) return false;
    for (const key of d.keys) {
      const e = this.entries.get(key);
      if (!e) continue;
      this.terms.remove(key, e.fact.keys);
      this.entries.delete(key);
    }
    this.docs.delete(id);
    this.idfCache.clear();
    return true;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Number of sources (not sentences). */
  get size(): number {
    return this.docs.size;
  }

  /** Number of indexed source sentences. */
  get sentenceCount(): number {
    return this.entries.size;
  }

  /** Inverse document frequency of a term over the stored sentences; unseen terms weigh the most. */
  idf(term: string): number {
    let w = this.idfCache.get(term);
    if (w === undefined) {
      w = Math.log(1 + (this.entries.size + 1) / (this.terms.count(term) + 0.5));
      this.idfCache.set(term, w);
    }
    return w;
  }

  /**
   * The `limit` stored sentences sharing the most (BM25-weighted) terms with `terms`. Only the more
   * discriminative terms are searched: a term found in a large share of the store (a country every
   * sentence names) would cost a scan of its whole posting list and rank nothing.
   */
  candidates(terms: readonly string[], limit = 40): Entry[] {
    if (!terms.length || !this.entries.size) return [];
    const df = (t: string) => this.terms.count(t);
    // Figure keys ("#12000") rank a sentence once found but are never searched on their own.
    const known = terms.filter((t) => t[0] !== '#' && df(t) > 0).sort((a, b) => df(a) - df(b));
    const cap = Math.max(MIN_COMMON_DF, Math.min(this.entries.size * COMMON_SHARE, MAX_COMMON_DF));
    // Rarest terms first, while the postings to scan stay within budget: the cost of a query is bounded
    // whatever the store's size, and rare terms are the ones that find the right sentence anyway.
    let query: string[] = [];
    let postings = 0;
    for (const t of known) {
      if (df(t) > cap || query.length >= MAX_QUERY_TERMS || (query.length >= 2 && postings + df(t) > POSTING_BUDGET)) break;
      query.push(t);
      postings += df(t);
    }
    // Too few specific terms: the two rarest, unless even they would cost more than the budget.
    if (query.length < 2) query = known.slice(0, 2).filter((t) => df(t) <= POSTING_BUDGET);
    if (!query.length) return [];
    const out: Entry[] = [];
    for (const key of this.terms.search(query, limit)) {
      const e = this.entries.get(key);
      if (e) out.push(e);
    }
    return out;
  }
}

/** A source's own date, else the latest explicit date in its text, else null (relative times stay unresolved). */
export function referenceDate(doc: SourceDoc): DayRange | null {
  const own = parsePartialDate(doc.published);
  if (own) return own;
  let best: DayRange | null = null;
  for (const t of findTimes(doc.text.slice(0, 200_000), null)) {
    if (t.range.to - t.range.from > 31) continue;
    if (!best || t.range.to > best.to) best = t.range;
  }
  return best;
}
