/**
 * The store of source sentences and their pre-extracted facts, searchable by topical terms through
 * MiniSearch (BM25). Retrieval never scans every stored sentence: a query returns the top candidates,
 * which `compare` then judges. Sources are added and removed one at a time; document frequencies are
 * kept in step so term weights (IDF) stay right as the store changes.
 */
import MiniSearch from 'minisearch';
import type { SourceDoc } from './types';
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

const SEP = '\u0001';
/** Terms in more than this share of stored sentences (and more than MIN_COMMON_DF of them) are not searched. */
const COMMON_SHARE = 0.01;
const MIN_COMMON_DF = 60;
const MAX_QUERY_TERMS = 8;
const POSTING_BUDGET = 2_000;

export class ClaimIndex {
  private docs = new Map<string, { doc: SourceDoc; keys: number[] }>();
  private entries = new Map<number, Entry>();
  private df = new Map<string, number>();
  private nextKey = 1;
  private search = new MiniSearch<{ id: number; t: string }>({
    fields: ['t'],
    storeFields: [],
    tokenize: (s) => s.split(SEP),
    processTerm: (t) => t || null,
    searchOptions: { combineWith: 'OR' },
  });

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
      this.search.add({ id: key, t: fact.keys.join(SEP) });
      for (const t of fact.terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      keys.push(key);
    }
    this.docs.set(doc.id, { doc, keys });
  }

  /** Removes a source and its sentences; false when it was not there. */
  remove(id: string): boolean {
    const d = this.docs.get(id);
    if (!d) return false;
    for (const key of d.keys) {
      const e = this.entries.get(key);
      if (!e) continue;
      for (const t of e.fact.terms) {
        const n = (this.df.get(t) ?? 1) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
      this.search.discard(key);
      this.entries.delete(key);
    }
    this.docs.delete(id);
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
    const n = this.entries.size;
    return Math.log(1 + (n + 1) / ((this.df.get(term) ?? 0) + 0.5));
  }

  /**
   * The `limit` stored sentences sharing the most (BM25-weighted) terms with `terms`. Only the more
   * discriminative terms are searched: a term found in a large share of the store (a country every
   * sentence names) would cost a scan of its whole posting list and rank nothing.
   */
  candidates(terms: readonly string[], limit = 40): Entry[] {
    if (!terms.length || !this.entries.size) return [];
    const df = (t: string) => this.df.get(t) ?? 0;
    const known = terms.filter((t) => df(t) > 0).sort((a, b) => df(a) - df(b));
    const cap = Math.max(MIN_COMMON_DF, this.entries.size * COMMON_SHARE);
    // Rarest terms first, while the postings to scan stay within budget: the cost of a query is bounded
    // whatever the store's size, and rare terms are the ones that find the right sentence anyway.
    let query: string[] = [];
    let postings = 0;
    for (const t of known) {
      if (df(t) > cap || query.length >= MAX_QUERY_TERMS || (query.length >= 2 && postings + df(t) > POSTING_BUDGET)) break;
      query.push(t);
      postings += df(t);
    }
    if (query.length < 2) query = known.slice(0, 2);
    if (!query.length) return [];
    const hits = this.search.search(query.join(SEP), { combineWith: 'OR' });
    const out: Entry[] = [];
    for (const h of hits) {
      const e = this.entries.get(h.id as number);
      if (e) out.push(e);
      if (out.length >= limit) break;
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
