/**
 * An inverted index over the stored sentences' retrieval keys, ranked by BM25+ exactly as MiniSearch
 * 7 ranks one field (k 1.2, b 0.7, d 0.5; a document's score summed over the query's terms in query
 * order, times the number of terms it matched; ties kept in first-seen order). Written out here so a
 * query touches only plain arrays (MiniSearch allocates an object per posting it scores) and so the
 * postings can be rebuilt from a snapshot's keys without re-tokenising anything.
 */
import { TopK } from './top-k';

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
  private top = new TopK();
  /** Two buffers of documents met, merged from one into the other (see `search`). */
  private met: [Met, Met] = [new Met(1024), new Met(1024)];

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

  /**
   * Ids of the `limit` best documents for `terms` (OR), best first. The postings lists (each sorted by id)
   * are merged one after another into a running list of the documents met, so a document's score is
   * summed in list order, as scanning one list after another would; "first met" in that scan, the
   * ranking's tie-break, is (first list holding it, id). The merge has no branch on which list is ahead:
   * a document is in few of the lists, and guessing wrong at every step cost more than the scoring.
   */
  search(terms: readonly string[], limit: number): number[] {
    const lists: number[][] = [];
    const idfs: number[] = [];
    let postings = 0;
    for (const t of terms) {
      const list = this.postings.get(t);
      if (!list) continue;
      const m = list.length;
      lists.push(list), (postings += m);
      idfs.push(Math.log(1 + (this.docs - m + 0.5) / (m + 0.5)));
    }
    const top = this.top;
    top.reset(limit);
    if (limit > 0 && lists.length) {
      if (this.met[0].posting.length < postings) this.met = [new Met(postings * 2), new Met(postings * 2)];
      let met = this.met[1];
      met.n = 0;
      const last = lists.length - 1;
      for (let j = 0; j < last; j++) met = this.mergeIn(met, lists[j] as number[], idfs[j] as number, j);
      this.mergeLast(met, lists[last] as number[], idfs[last] as number, last, top);
    }
    const best = top.drain();
    for (let i = 0; i < best.length; i++) best[i] = idOf(best[i] as number);
    return best;
  }

  /**
   * `from` (documents met in lists before `j`) merged with list `j`, into the other buffer. A document in
   * both adds `idf × norm` to its sum; in one only, the other's part is multiplied by 0 (exact: scores are finite).
   */
  private mergeIn(from: Met, list: readonly number[], idf: number, j: number): Met {
    const to = from === this.met[0] ? this.met[1] : this.met[0];
    const norms = this.normsByLen();
    const a = from.n;
    const b = list.length;
    const { posting: fp, score: fs, hits: fh, first: ff } = from;
    const { posting: tp, score: ts, hits: th, first: tf } = to;
    let i = 0;
    let q = 0;
    let o = 0;
    for (; i < a && q < b; o++) {
      const x = fp[i] as number;
      const y = list[q] as number;
      const inA = +(x <= y);
      const inB = +(y <= x);
      tp[o] = Math.min(x, y);
      ts[o] = inA * (fs[i] as number) + inB * (idf * this.normOf(y, norms));
      th[o] = inA * (fh[i] as number) + inB;
      tf[o] = inA * (ff[i] as number) + (1 - inA) * j;
      i += inA;
      q += inB;
    }
    for (; i < a; i++, o++) to.set(o, fp[i] as number, fs[i] as number, fh[i] as number, ff[i] as number);
    for (; q < b; q++, o++) to.set(o, list[q] as number, idf * this.normOf(list[q] as number, norms), 1, j);
    to.n = o;
    return to;
  }

  /**
   * As `mergeIn` for the last list, each document's rank score (sum times lists holding it) offered to
   * `top` as it is met, in id order: a document tying with the lowest kept one from the same list ranks below it.
   */
  private mergeLast(from: Met, list: readonly number[], idf: number, j: number, top: TopK): void {
    const norms = this.normsByLen();
    const a = from.n;
    const b = list.length;
    const { posting: fp, score: fs, hits: fh, first: ff } = from;
    let i = 0;
    let q = 0;
    while (i < a || q < b) {
      // Past a list's end its head is Infinity: the other list's documents come alone.
      const x = i < a ? (fp[i] as number) : Infinity;
      const y = q < b ? (list[q] as number) : Infinity;
      const inA = +(x <= y);
      const inB = +(y <= x);
      const hits = inA * (fh[i] ?? 0) + inB;
      const s = (inA * (fs[i] ?? 0) + inB * (idf * this.normOf(y, norms))) * hits;
      const first = inA * (ff[i] ?? 0) + (1 - inA) * j;
      if (s > top.floor || (s === top.floor && first < top.floorFirst)) top.offer(s, first, Math.min(x, y));
      i += inA;
      q += inB;
    }
  }

  /** BM25's length factor of a posting's document (see `normsByLen`). */
  private normOf(p: number, norms: Float64Array): number {
    const code = p & SATURATED;
    return code < SATURATED ? (norms[code] as number) : lengthNorm(this.lens[idOf(p)] ?? 0, this.avgLen);
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

/** Documents met by a search so far, in id order: posting, summed score, lists holding it, first of them. */
class Met {
  n = 0;
  readonly posting: Float64Array;
  readonly score: Float64Array;
  readonly hits: Int32Array;
  readonly first: Int32Array;

  constructor(size: number) {
    this.posting = new Float64Array(size);
    this.score = new Float64Array(size);
    this.hits = new Int32Array(size);
    this.first = new Int32Array(size);
  }

  set(o: number, posting: number, score: number, hits: number, first: number): void {
    this.posting[o] = posting;
    this.score[o] = score;
    this.hits[o] = hits;
    this.first[o] = first;
  }
}
