/**
 * An inverted index over the stored sentences' retrieval keys, ranked by BM25+ exactly as MiniSearch
 * 7 ranks one field (k 1.2, b 0.7, d 0.5; a document's score summed over the query's terms in query
 * order, times the number of terms it matched; ties kept in first-seen order). Written out here so a
 * query touches only plain arrays (MiniSearch allocates an object per posting it scores) and so the
 * postings can be rebuilt from a snapshot's keys without re-tokenising anything.
 */

/** Postings in flat arrays: term i's documents are `docs[starts[i]..starts[i+1])`, by ordinal. */
export interface TermData {
  terms: string[];
  starts: Int32Array;
  docs: Int32Array;
  /** Distinct keys per document ordinal. */
  lens: Int32Array;
  avgLen: number;
}

/** True when `d` is a consistent `TermData` over `n` documents. */
export function isTermData(d: unknown, n: number): d is TermData {
  const x = d as Partial<TermData> | null;
  if (!x || !Array.isArray(x.terms) || !(x.starts instanceof Int32Array) || !(x.docs instanceof Int32Array) || !(x.lens instanceof Int32Array)) return false;
  if (typeof x.avgLen !== 'number' || x.lens.length !== n || x.starts.length !== x.terms.length + 1 || x.starts[0] !== 0) return false;
  if (x.starts[x.terms.length] !== x.docs.length || !x.terms.every((t) => typeof t === 'string')) return false;
  for (let i = 1; i < x.starts.length; i++) if ((x.starts[i] as number) < (x.starts[i - 1] as number)) return false;
  for (const o of x.docs) if (o < 0 || o >= n) return false;
  return true;
}

const SLOTS = 4;
const HITS = 1;
const SCORE = 2;
const NORM = 3;
const K = 1.2;
const B = 0.7;
const D = 0.5;

export class TermIndex {
  private postings = new Map<string, number[]>();
  /** Distinct keys per document id (ids are small integers; undefined once removed). */
  private lens: Array<number | undefined> = [];
  private docs = 0;
  private avgLen = 0;
  // Per document id, SLOTS numbers side by side: the query that last scored it, its score and matched
  // terms in that query, and its BM25 length factor (valid while `normVersion` is `lenVersion`).
  private acc = new Float64Array(0);
  private query = 0;
  private lenVersion = 0;
  private normVersion = -1;

  /** Number of indexed documents. */
  get size(): number {
    return this.docs;
  }

  /** Number of documents a term occurs in. */
  count(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Indexes document `id` (a new id) under its distinct `keys`. */
  add(id: number, keys: readonly string[]): void {
    const distinct = new Set(keys);
    const n = this.docs++;
    // The running mean is updated as MiniSearch does, so scores match it to the last bit.
    this.avgLen = (this.avgLen * n + distinct.size) / (n + 1);
    this.lenVersion++;
    this.lens[id] = distinct.size;
    for (const k of distinct) {
      if (!k) continue;
      const list = this.postings.get(k);
      if (list) list.push(id);
      else this.postings.set(k, [id]);
    }
  }

  /** Removes document `id`, indexed under `keys`. */
  remove(id: number, keys: readonly string[]): void {
    const len = this.lens[id];
    if (len === undefined) return;
    const n = this.docs--;
    this.avgLen = n === 1 ? 0 : (this.avgLen * n - len) / (n - 1);
    this.lenVersion++;
    this.lens[id] = undefined;
    for (const k of new Set(keys)) {
      const list = this.postings.get(k);
      const at = list ? list.indexOf(id) : -1;
      if (!list || at < 0) continue;
      list.splice(at, 1);
      if (!list.length) this.postings.delete(k);
    }
  }

  /**
   * The postings as flat arrays over document ordinals (`ordinal` numbers the live ids 0..n-1 in id
   * order), for a snapshot.
   */
  toData(ordinal: ReadonlyMap<number, number>): TermData {
    const terms: string[] = [];
    const starts = [0];
    const docs: number[] = [];
    for (const [t, list] of this.postings) {
      terms.push(t);
      for (const id of list) docs.push(ordinal.get(id) as number);
      starts.push(docs.length);
    }
    const lens = new Int32Array(ordinal.size);
    for (const [id, o] of ordinal) lens[o] = this.lens[id] ?? 0;
    return { terms, starts: Int32Array.from(starts), docs: Int32Array.from(docs), lens, avgLen: this.avgLen };
  }

  /** The index `toData` described, document ordinal o becoming id o + 1. Trusts `d` (see `isTermData`). */
  static fromData(d: TermData): TermIndex {
    const index = new TermIndex();
    d.terms.forEach((t, i) => {
      const list = Array.from(d.docs.subarray(d.starts[i] as number, d.starts[i + 1] as number));
      for (let j = 0; j < list.length; j++) list[j] = (list[j] as number) + 1;
      index.postings.set(t, list);
    });
    d.lens.forEach((len, o) => (index.lens[o + 1] = len));
    index.docs = d.lens.length;
    index.avgLen = d.avgLen;
    return index;
  }

  /** Ids of the `limit` best documents for `terms` (OR), best first. */
  search(terms: readonly string[], limit: number): number[] {
    const acc = this.scratch();
    const q = ++this.query;
    const ids: number[] = [];
    const total = this.docs;
    for (const t of terms) {
      const list = this.postings.get(t);
      if (!list) continue;
      const m = list.length;
      const idf = Math.log(1 + (total - m + 0.5) / (m + 0.5));
      for (const id of list) {
        const at = id * SLOTS;
        const s = idf * (acc[at + NORM] as number);
        if (acc[at] !== q) {
          acc[at] = q;
          acc[at + HITS] = 1;
          acc[at + SCORE] = s;
          ids.push(id);
        } else {
          acc[at + HITS] = (acc[at + HITS] as number) + 1;
          acc[at + SCORE] = (acc[at + SCORE] as number) + s;
        }
      }
    }
    return topK(ids, (id) => (acc[id * SLOTS + SCORE] as number) * (acc[id * SLOTS + HITS] as number), limit);
  }

  /**
   * The per-document scratch, covering every id, with each document's length factor current. A query
   * touches one short stretch of it per posting (not one per array), which is what a large store's
   * query time is made of.
   */
  private scratch(): Float64Array {
    const n = this.lens.length;
    if (this.acc.length < n * SLOTS) {
      this.acc = new Float64Array(n * 2 * SLOTS);
      this.query = 0;
      this.normVersion = -1;
    }
    if (this.normVersion !== this.lenVersion) {
      for (let id = 0; id < n; id++) this.acc[id * SLOTS + NORM] = lengthNorm(this.lens[id] ?? 0, this.avgLen);
      this.normVersion = this.lenVersion;
    }
    return this.acc;
  }
}

/** BM25's per-document factor for a term found once in a document of `len` keys (score = idf × this). */
function lengthNorm(len: number, avgLen: number): number {
  const tf = 1;
  return D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avgLen));
}

/**
 * The `limit` ids with the highest scores, best first, ties in the order given: what a stable sort by
 * descending score then a slice gives, without sorting every hit.
 */
function topK(ids: readonly number[], scoreOf: (id: number) => number, limit: number): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  for (const id of ids) {
    const s = scoreOf(id);
    if (best.length >= limit && s <= (bestScores[best.length - 1] as number)) continue;
    // After every kept hit scoring at least as much (they came first).
    let at = best.length;
    while (at > 0 && (bestScores[at - 1] as number) < s) at--;
    best.splice(at, 0, id);
    bestScores.splice(at, 0, s);
    if (best.length > limit) {
      best.pop();
      bestScores.pop();
    }
  }
  return best;
}
