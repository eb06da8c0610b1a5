/**
 * The store of source sentences and their pre-extracted facts, searchable by topical terms through an
 * inverted index (BM25, see `term-index`). Retrieval never scans every stored sentence: a query reads
 * the postings of a few discriminative terms, within a fixed budget whatever the store's size, and
 * returns the top candidates, which `compare` then judges. Sources are added and removed one at a time;
 * document frequencies are the postings' lengths, so term weights (IDF) stay right as the store changes.
 */
import type { SourceDoc } from './types';
import { TermIndex } from './term-index';
import { EntrySlots } from './entry-slots';
import type { Weighed } from './term-overlap';
import { INDEX_SNAPSHOT_VERSION, docFromJson, factFromJson, factToJson, isIndexSnapshot, type IndexSnapshot } from './index-snapshot';
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
  /** Its terms' weights under the store's weighting, kept by `overlap` for the claims it meets next. */
  weights: Weighed | undefined;
}

/** A stored sentence restored from a snapshot whose fact is not parsed yet: most are never needed. */
interface Stub {
  key: number;
  docId: string;
}

/** A source; restored from a snapshot, it stays JSON until one of its sentences is needed. */
interface DocSlot {
  doc: SourceDoc | null;
  json: string | null;
  keys: number[];
}

/** Terms in more than this share of stored sentences (and more than MIN_COMMON_DF of them) are not searched. */
const COMMON_SHARE = 0.01;
const MIN_COMMON_DF = 60;
/** ...nor, in a large store, terms in more than this many: a query's cost must not grow with the store. */
const MAX_COMMON_DF = 500;
const MAX_QUERY_TERMS = 8;
/** Terms whose document frequency is kept at once (see `df`). */
const DF_MEMO = 8_192;
const POSTING_BUDGET = 2_000;

export class ClaimIndex {
  private docs = new Map<string, DocSlot>();
  private entries = new EntrySlots<Entry | Stub>();
  /** Every stored sentence's fact as snapshot JSON (added or restored), parsed on first use and reused by the next snapshot. */
  private factJson = new Map<number, string>();
  private terms = new TermIndex();
  /** IDF per term, valid until the store changes. */
  private idfCache = new Map<string, number>();
  private idfFn: ((term: string) => number) | null = null;
  /** Document frequency of the terms met lately, valid until the store changes (see `df`). */
  private dfs = new Map<string, number>();
  /** One string per distinct term of the stored facts (see `intern`). */
  private strings = new Map<string, string>();
  private nextKey = 1;

  constructor(sources: Iterable<SourceDoc> = []) {
    for (const s of sources) this.add(s);
  }

  /**
   * The index restored from `toSnapshot()`'s data, exactly as it was built (same order, same ranking);
   * null when `snap` is of another version or malformed, so the caller rebuilds from the sources.
   */
  static fromSnapshot(snap: unknown): ClaimIndex | null {
    if (!isIndexSnapshot(snap)) return null;
    const index = new ClaimIndex();
    index.terms = TermIndex.fromData(snap.postings);
    let key = 1;
    for (let i = 0; i < snap.ids.length; i++) {
      const id = snap.ids[i] as string;
      if (index.docs.has(id)) return null;
      const keys: number[] = [];
      for (let n = snap.counts[i] as number; n > 0; n--, key++) {
        index.entries.set(key, { key, docId: id });
        index.factJson.set(key, snap.facts[key - 1] as string);
        keys.push(key);
      }
      index.docs.set(id, { doc: null, json: snap.docs[i] as string, keys });
    }
    index.nextKey = key;
    return index;
  }

  /**
   * Plain, structured-clone-able data holding every source and its facts, restored by `fromSnapshot`.
   * Costs a JSON encoding of every source not restored from a snapshot (facts are kept as JSON): call it off the request path.
   */
  toSnapshot(): IndexSnapshot {
    const ids: string[] = [];
    const docs: string[] = [];
    const counts: number[] = [];
    const facts: string[] = [];
    const ordinal = new Map<number, number>();
    for (const [id, slot] of this.docs) {
      ids.push(id);
      docs.push(slot.json ?? JSON.stringify(slot.doc));
      counts.push(slot.keys.length);
      for (const k of slot.keys) {
        const e = this.entries.get(k) as Entry | Stub;
        ordinal.set(k, facts.length);
        facts.push(this.factJson.get(k) ?? factToJson((e as Entry).fact, (e as Entry).standalone));
      }
    }
    return { version: INDEX_SNAPSHOT_VERSION, ids, docs, counts, facts, postings: this.terms.toData(ordinal) };
  }

  /** Adds (or replaces) a source; its sentences are split, filtered and their facts extracted now. */
  add(doc: SourceDoc): void {
    if (this.docs.has(doc.id)) this.remove(doc.id);
    const ref = referenceDate(doc);
    const spans = splitSentences(doc.text);
    const entries = [...claimsOf(spans, ref, !!doc.published)].map(({ fact }) => ({ fact, standalone: spans.length === 1 }));
    this.insert(doc, entries);
  }

  private insert(doc: SourceDoc, entries: ReadonlyArray<{ fact: Fact; standalone: boolean }>): void {
    const keys: number[] = [];
    for (const { fact, standalone } of entries) {
      const key = this.nextKey++;
      // Kept as its snapshot JSON, parsed when first a candidate, as in a restored index: most stored sentences
      // never are, the build has fewer objects to collect, and the next snapshot has nothing to encode.
      this.entries.set(key, { key, docId: doc.id });
      this.factJson.set(key, factToJson(fact, standalone));
      this.terms.add(key, fact.keys);
      keys.push(key);
    }
    this.docs.set(doc.id, { doc, json: null, keys });
    this.changed();
  }

  /** Ids of the indexed sources, in insertion order. */
  ids(): string[] {
    return [...this.docs.keys()];
  }

  /** Removes a source and its sentences; false when it was not there. */
  remove(id: string): boolean {
    const d = this.docs.get(id);
    if (!d) return false;
    for (const key of d.keys) {
      const e = this.entries.get(key);
      if (!e) continue;
      this.terms.remove(key, ('fact' in e ? e : this.entry(key))?.fact.keys ?? []);
      this.entries.delete(key);
      this.factJson.delete(key);
    }
    this.docs.delete(id);
    this.changed();
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

  /** The store changed: every term's weight may have. */
  private changed(): void {
    this.idfCache.clear();
    this.dfs.clear();
    this.idfFn = null;
  }

  /**
   * `idf` as one function per state of the store: the same function until a source is added or removed,
   * so what was computed with it (a stored sentence's weight sum) can be cached against it.
   */
  get weighting(): (term: string) => number {
    return (this.idfFn ??= (t) => this.idf(t));
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
    const query = this.queryOf(terms);
    if (!query.length) return [];
    const out: Entry[] = [];
    for (const key of this.terms.search(query, limit)) {
      const e = this.entry(key);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * False when `candidates(terms)` finds nothing, whatever figure keys are added to `terms`: none of
   * them is in the store, or all are too common to search. Costs a few lookups, no search.
   */
  canMatch(terms: readonly string[]): boolean {
    if (!this.entries.size) return false;
    // `queryOf` keeps the rarest known term whenever its postings are within the larger of its two bounds.
    const most = Math.max(this.commonCap(), POSTING_BUDGET);
    for (const t of terms) {
      if (t[0] === '#') continue;
      const n = this.df(t);
      if (n > 0 && n <= most) return true;
    }
    return false;
  }

  /** Terms in more stored sentences than this are too common to search. */
  private commonCap(): number {
    return Math.max(MIN_COMMON_DF, Math.min(this.entries.size * COMMON_SHARE, MAX_COMMON_DF));
  }

  /**
   * The number of stored sentences with term `t`, kept for the terms met lately: a page sentence's terms are
   * looked up by `canMatch`, then by `queryOf`, and a page repeats its words. A small table stays in cache;
   * the postings' table, one entry per term in the store, does not.
   */
  private df(t: string): number {
    let n = this.dfs.get(t);
    if (n === undefined) {
      if (this.dfs.size >= DF_MEMO) this.dfs.clear();
      this.dfs.set(t, (n = this.terms.count(t)));
    }
    return n;
  }

  /** The terms `candidates` searches for. */
  private queryOf(terms: readonly string[]): string[] {
    if (!terms.length || !this.entries.size) return [];
    // The known terms, rarest first (ties in the given order), each with its document frequency: an
    // insertion sort into two small arrays, as a query has a few dozen terms.
    const known: string[] = [];
    const dfs: number[] = [];
    for (const t of terms) {
      // Figure keys ("#12000") rank a sentence once found but are never searched on their own.
      if (t[0] === '#') continue;
      const n = this.df(t);
      if (n <= 0) continue;
      let at = known.length;
      for (; at > 0 && (dfs[at - 1] as number) > n; at--) {
        known[at] = known[at - 1] as string;
        dfs[at] = dfs[at - 1] as number;
      }
      known[at] = t;
      dfs[at] = n;
    }
    const cap = this.commonCap();
    // Rarest terms first, while the postings to scan stay within budget: the cost of a query is bounded
    // whatever the store's size, and rare terms are the ones that find the right sentence anyway.
    let query: string[] = [];
    let postings = 0;
    for (let i = 0; i < known.length; i++) {
      const df = dfs[i] as number;
      if (df > cap || query.length >= MAX_QUERY_TERMS || (query.length >= 2 && postings + df > POSTING_BUDGET)) break;
      query.push(known[i] as string);
      postings += df;
    }
    // Too few specific terms: the two rarest, unless even they would cost more than the budget.
    if (query.length < 2) query = known.slice(0, 2).filter((_, i) => (dfs[i] as number) <= POSTING_BUDGET);
    return query;
  }

  /**
   * `fact` with its terms replaced by one shared string per distinct term: comparisons read the terms of
   * thousands of stored sentences, and one string each (not one per sentence) stays in cache. Same text.
   */
  private intern(fact: Fact): Fact {
    const one = (ts: string[]) => {
      for (let i = 0; i < ts.length; i++) {
        const t = ts[i] as string;
        let have = this.strings.get(t);
        if (have === undefined) this.strings.set(t, (have = compact(t)));
        ts[i] = have;
      }
    };
    one(fact.terms);
    one(fact.entities);
    one(fact.keys);
    for (const q of fact.quantities) one(q.context);
    return fact;
  }

  /** The stored sentence under `key`, its fact parsed from the snapshot on first use. */
  private entry(key: number): Entry | undefined {
    const e = this.entries.get(key);
    if (!e || 'fact' in e) return e;
    const slot = this.docs.get(e.docId);
    if (!slot) return undefined;
    const doc = (slot.doc ??= docFromJson(slot.json ?? ''));
    const { fact, standalone } = factFromJson(this.factJson.get(key) ?? '');
    const full: Entry = { key, doc, fact: this.intern(fact), standalone, weights: undefined };
    this.entries.set(key, full);
    return full;
  }
}

/**
 * `t` as a fresh string: a word sliced from a text holding any wider character (a curly quote) is kept two
 * bytes per character, and shared by every fact with that term it would make their snapshot JSON two-byte too.
 */
function compact(t: string): string {
  return JSON.parse(JSON.stringify(t)) as string;
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
