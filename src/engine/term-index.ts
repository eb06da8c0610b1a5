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

/**
 * A posting is `id * 256 + code`, code being the document's key count + 1 (SATURATED when larger): a query
 * reads each document's length from the posting it scans, in order, not from a table indexed by a
 * random id (at 100,000 sources that table no longer stays in cache).
 */
const CODES = 256;
const SATURATED = CODES - 1;
const K = 1.2;
const B = 0.7;
const D = 0.5;

export class TermIndex {
  /** Per term, its postings (`id * CODES + code`, ids ascending). */
  private postings = new Map<string, number[]>();
  /** Distinct keys per document id (ids are small integers; undefined once removed). */
  private lens: Array<number | undefined> = [];
  private docs = 0;
  private avgLen = 0;
  /** `normsByLen`'s table and the mean length it was computed for. */
  private norms = new Float64Array(CODES);
  private normAvg = NaN;
  private table: ScoreTable = { slots: new Float64Array(0), met: new Int32Array(0), mask: 0 };

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
    this.lens[id] = distinct.size;
    const posting = postingOf(id, distinct.size);
    for (const k of distinct) {
      if (!k) continue;
      const list = this.postings.get(k);
      if (list) list.push(posting);
      else this.postings.set(k, [posting]);
    }
  }

  /** Removes document `id`, indexed under `keys`. */
  remove(id: number, keys: readonly string[]): void {
    const len = this.lens[id];
    if (len === undefined) return;
    const n = this.docs--;
    this.avgLen = n === 1 ? 0 : (this.avgLen * n - len) / (n - 1);
    this.lens[id] = undefined;
    const posting = postingOf(id, len);
    for (const k of new Set(keys)) {
      const list = this.postings.get(k);
      const at = list ? list.indexOf(posting) : -1;
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
      for (const p of list) docs.push(ordinal.get(idOf(p)) as number);
      starts.push(docs.length);
    }
    const lens = new Int32Array(ordinal.size);
    for (const [id, o] of ordinal) lens[o] = this.lens[id] ?? 0;
    return { terms, starts: Int32Array.from(starts), docs: Int32Array.from(docs), lens, avgLen: this.avgLen };
  }

  /** The index `toData` described, document ordinal o becoming id o + 1. Trusts `d` (see `isTermData`). */
  static fromData(d: TermData): TermIndex {
    const index = new TermIndex();
    d.lens.forEach((len, o) => (index.lens[o + 1] = len));
    d.terms.forEach((t, i) => {
      const list = Array.from(d.docs.subarray(d.starts[i] as number, d.starts[i + 1] as number));
      for (let j = 0; j < list.length; j++) list[j] = postingOf((list[j] as number) + 1, d.lens[list[j] as number] as number);
      index.postings.set(t, list);
    });
    index.docs = d.lens.length;
    index.avgLen = d.avgLen;
    return index;
  }

  /** Ids of the `limit` best documents for `terms` (OR), best first. */
  search(terms: readonly string[], limit: number): number[] {
    const lists: number[][] = [];
    let postings = 0;
    for (const t of terms) {
      const list = this.postings.get(t);
      if (list) lists.push(list), (postings += list.length);
    }
    const { slots, mask, met } = this.tableFor(postings);
    const norms = this.normsByLen();
    // Hits in the order first met (their slots), as the ranking's tie-break.
    let found = 0;
    for (const list of lists) {
      const m = list.length;
      const idf = Math.log(1 + (this.docs - m + 0.5) / (m + 0.5));
      for (const p of list) {
        const id = idOf(p);
        const key = id + 1;
        let at = (Math.imul(id, 0x9e3779b1) & mask) * SLOT;
        let k = slots[at] as number;
        while (k !== 0 && k !== key) k = slots[(at = (at + SLOT) & (mask * SLOT))] as number;
        if (k === 0) {
          const code = p & SATURATED;
          const norm = code < SATURATED ? (norms[code] as number) : lengthNorm(this.lens[id] ?? 0, this.avgLen);
          slots[at] = key;
          slots[at + SCORE] = idf * norm;
          slots[at + NORM] = norm;
          slots[at + HITS] = 1;
          met[found++] = at;
        } else {
          slots[at + SCORE] = (slots[at + SCORE] as number) + idf * (slots[at + NORM] as number);
          slots[at + HITS] = (slots[at + HITS] as number) + 1;
        }
      }
    }
    const best = topK(met, found, slots, limit);
    for (let i = 0; i < best.length; i++) best[i] = (slots[best[i] as number] as number) - 1;
    for (let i = 0; i < found; i++) slots[met[i] as number] = 0;
    return best;
  }

  /**
   * `lengthNorm` of every short length (index: its code, length + 1) for the current mean length: most
   * sentences have a few dozen keys, and a query scores thousands of them.
   */
  private normsByLen(): Float64Array {
    if (this.normAvg !== this.avgLen) {
      for (let short = 1; short < this.norms.length; short++) this.norms[short] = lengthNorm(short - 1, this.avgLen);
      this.normAvg = this.avgLen;
    }
    return this.norms;
  }

  /**
   * An open-addressing table for one query's hits, at most half full, reused across queries: sized by the
   * query's postings, not the store, so scoring a posting stays in cache however large the store grows.
   * A slot's fields sit side by side, so a posting touches one cache line, not one per field.
   */
  private tableFor(postings: number): ScoreTable {
    let size = 1024;
    while (size < postings * 2) size *= 2;
    if (this.table.met.length < size) this.table = { slots: new Float64Array(size * SLOT), met: new Int32Array(size), mask: size - 1 };
    return this.table;
  }
}

/** A slot of the score table: the document id + 1 (0 when free), its summed score, BM25 length factor and hits. */
const SLOT = 4;
const SCORE = 1;
const NORM = 2;
const HITS = 3;

interface ScoreTable {
  /** `SLOT` numbers per slot (see SLOT). */
  slots: Float64Array;
  /** Where each slot taken starts in `slots`, in the order first met. */
  met: Int32Array;
  /** Slots minus one (a power of two). */
  mask: number;
}

/** The posting of document `id` with `len` distinct keys. */
function postingOf(id: number, len: number): number {
  return id * CODES + Math.min(len + 1, SATURATED);
}

/** The document id of a posting (exact for any id a JS number holds). */
function idOf(posting: number): number {
  return Math.floor(posting / CODES);
}

/** BM25's per-document factor for a term found once in a document of `len` keys (score = idf × this). */
function lengthNorm(len: number, avgLen: number): number {
  const tf = 1;
  return D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avgLen));
}

/**
 * The `limit` slots among `met[0..n)` (offsets into `slots`) with the highest scores (sum times hits), best first, ties in the
 * order given: what a stable sort by descending score then a slice gives, without sorting every hit.
 */
function topK(met: Int32Array, n: number, slots: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const bestScores: number[] = [];
  if (limit <= 0) return best;
  for (let k = 0; k < n; k++) {
    const at = met[k] as number;
    const s = (slots[at + SCORE] as number) * (slots[at + HITS] as number);
    const full = best.length >= limit;
    if (full && s <= (bestScores[best.length - 1] as number)) continue;
    // After every kept hit scoring at least as much (they came first); the last drops out when full.
    let i = full ? best.length - 1 : best.length;
    if (!full) best.push(at), bestScores.push(s);
    for (; i > 0 && (bestScores[i - 1] as number) < s; i--) {
      best[i] = best[i - 1] as number;
      bestScores[i] = bestScores[i - 1] as number;
    }
    best[i] = at;
    bestScores[i] = s;
  }
  return best;
}
