/**
 * The bounded selection of best documents that `term-index` keeps as a search scores them: by score, ties by the
 * first posting list holding the document, then by its posting, as the ranking MiniSearch's scan order gives.
 */

/**
 * The `limit` best documents offered: by score, ties by (first list, posting), which is the order a stable
 * sort of the documents in first-met order keeps them in. A heap with the lowest ranked at its root, so a
 * document that makes the cut costs a few moves, not a shift of every kept one below it. Reused across queries.
 */
export class TopK {
  n = 0;
  /** Once full, the lowest kept document's score and first list (-Infinity before). */
  floor = -Infinity;
  floorFirst = 0;
  private limit = 0;
  private readonly score: number[] = [];
  private readonly first: number[] = [];
  private readonly posting: number[] = [];

  reset(limit: number): void {
    this.n = 0;
    this.limit = limit;
    this.floor = -Infinity;
  }

  /** Keeps the document (its score, first list and posting), ranking above the lowest kept one when full. */
  offer(s: number, first: number, p: number): void {
    if (this.n < this.limit) {
      let i = this.n++;
      // Up past every kept document ranking above it.
      for (let up = (i - 1) >> 1; i > 0 && !this.above(s, first, p, up); i = up, up = (i - 1) >> 1) this.move(up, i);
      this.put(i, s, first, p);
      if (this.n < this.limit) return;
    } else this.sink(s, first, p);
    this.floor = this.score[0] as number;
    this.floorFirst = this.first[0] as number;
  }

  /** The kept postings, best first; empties the heap. */
  drain(): number[] {
    const out: number[] = new Array<number>(this.n);
    for (let k = this.n - 1; k >= 0; k--) {
      out[k] = this.posting[0] as number;
      const last = --this.n;
      if (last > 0) this.sink(this.score[last] as number, this.first[last] as number, this.posting[last] as number);
    }
    return out;
  }

  /** Puts the document at the root, then down past every kept one ranking below it. */
  private sink(s: number, first: number, p: number): void {
    let i = 0;
    for (let c = 1; c < this.n; c = 2 * i + 1) {
      if (c + 1 < this.n && this.keptAbove(c, c + 1)) c++;
      if (!this.above(s, first, p, c)) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, s, first, p);
  }

  /** The document ranks above kept document `i`. */
  private above(s: number, first: number, p: number, i: number): boolean {
    const t = this.score[i] as number;
    if (s !== t) return s > t;
    const f = this.first[i] as number;
    return first < f || (first === f && p < (this.posting[i] as number));
  }

  private keptAbove(i: number, j: number): boolean {
    return this.above(this.score[i] as number, this.first[i] as number, this.posting[i] as number, j);
  }

  private move(from: number, to: number): void {
    this.put(to, this.score[from] as number, this.first[from] as number, this.posting[from] as number);
  }

  private put(i: number, s: number, first: number, p: number): void {
    this.score[i] = s;
    this.first[i] = first;
    this.posting[i] = p;
  }
}
