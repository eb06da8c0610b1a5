/**
 * Weighted Dice overlap of two term lists (see `similarity`), made cheap for the comparison loop: a
 * claim meets thousands of stored sentences, so each list's weights and its terms as integer ids are
 * read once per weighting, and a claim's terms are marked by id while source after source is tested.
 */

/** A term list's IDF weights under one weighting, their sum, and its terms as that weighting's integer ids. */
export interface Weighed {
  idf: (t: string) => number;
  sum: number;
  weights: number[];
  ids: Int32Array;
  /** The list repeats a term. */
  repeats: boolean;
  vocabulary: Vocabulary;
  list: readonly string[];
}

/**
 * Per weighting, an integer id per term met, and scratch marks (by id) for the claim side of one
 * `overlap`: a claim meets thousands of stored sentences, and array reads by id cost far less than
 * string lookups. Stamps spare clearing the marks between calls.
 */
interface Vocabulary {
  ids: Map<string, number>;
  /** By id: `mark` when the term is in `claim`, at index `at`. */
  stamp: Int32Array;
  at: Int32Array;
  claim: Weighed | null;
  mark: number;
  /** By id: `now` once met in the current source list. */
  seen: Int32Array;
  now: number;
  /** The claim-side lists weighed last: a claim's few lists meet source after source in turn. */
  recent: Weighed[];
  /** Claim-side terms met lately, each an index into `nearIdf` and `nearId` (see `claimTerm`). */
  near: Map<string, number>;
  nearIdf: number[];
  nearId: number[];
}

// Stored facts are compared with many claims, and a claim with many candidates: their weights are read
// once per weighting. A weighting is one function per state of the store (see `ClaimIndex.weighting`), so
// a cached entry is valid exactly as long as the function it was computed with is the one passed.
const weighed = new WeakMap<readonly string[], Weighed>();
const vocabularies = new WeakMap<(t: string) => number, Vocabulary>();

function vocabularyOf(idf: (t: string) => number): Vocabulary {
  let v = vocabularies.get(idf);
  if (!v) vocabularies.set(idf, (v = { ids: new Map(), stamp: new Int32Array(1024), at: new Int32Array(1024), claim: null, mark: 0, seen: new Int32Array(1024), now: 0, recent: [], near: new Map(), nearIdf: [], nearId: [] }));
  return v;
}

function weigh(terms: readonly string[], idf: (t: string) => number, slot?: WeightSlot, cache = true): Weighed {
  let w = slot || !cache ? undefined : weighed.get(terms);
  if (w?.idf === idf) return w;
  const v = vocabularyOf(idf);
  const weights = new Array<number>(terms.length);
  const ids = new Int32Array(terms.length);
  let sum = 0;
  const claim = !slot && !cache;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    if (claim) {
      const k = claimTerm(v, t, idf);
      sum += weights[i] = v.nearIdf[k] as number;
      ids[i] = v.nearId[k] as number;
    } else {
      sum += weights[i] = idf(t);
      ids[i] = idOf(v, t);
    }
  }
  w = { idf, sum, weights, ids, repeats: repeatsAny(v, ids), vocabulary: v, list: terms };
  if (slot) slot.weights = w;
  else if (cache) weighed.set(terms, w);
  return w;
}

function idOf(v: Vocabulary, t: string): number {
  let id = v.ids.get(t);
  if (id === undefined) v.ids.set(t, (id = v.ids.size));
  return id;
}

/** Claim-side terms kept at once (see `claimTerm`). */
const NEAR_TERMS = 4_096;

/**
 * Where `v.nearIdf` and `v.nearId` hold claim term `t`'s weight and id. A page's lists are weighed afresh
 * (see `claimSide`) and share many words: a small table, holding the page's own strings, stays in cache where
 * the weighting's and the vocabulary's, one entry per term of the store, do not.
 */
function claimTerm(v: Vocabulary, t: string, idf: (t: string) => number): number {
  let k = v.near.get(t);
  if (k === undefined) {
    if (v.near.size >= NEAR_TERMS) {
      v.near.clear();
      v.nearIdf.length = 0;
      v.nearId.length = 0;
    }
    v.near.set(t, (k = v.near.size));
    v.nearIdf.push(idf(t));
    v.nearId.push(idOf(v, t));
  }
  return k;
}

/** A stamp no id of `v.seen` holds yet (the marks start over before they outgrow an Int32Array). */
function freshSeen(v: Vocabulary): number {
  if (v.now >= WRAP) {
    v.seen.fill(0);
    v.now = 0;
  }
  return ++v.now;
}

/** Some id occurs twice in `ids` (marked in `v.seen` under a fresh stamp: no Set per list). */
function repeatsAny(v: Vocabulary, ids: Int32Array): boolean {
  if (v.seen.length < v.ids.size) grow(v);
  const now = freshSeen(v);
  const seen = v.seen;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (seen[id] === now) return true;
    seen[id] = now;
  }
  return false;
}

/**
 * Where a stored sentence keeps its terms' weights (see `overlap`): on its own record, read with no table
 * lookup by every claim it meets. Holds whatever was weighed last; `overlap` checks list and weighting.
 */
export interface WeightSlot {
  weights: Weighed | undefined;
}

/**
 * Weighted Dice similarity of two term lists, with the shared terms (rarest first). `slot`, when given,
 * keeps the source list's weights (a stored sentence's own slot, so always the same list).
 */
export function overlap(cTerms: readonly string[], sTermList: readonly string[], idf: (t: string) => number, slot?: WeightSlot): { dice: number; shared: string[] } {
  const c = claimSide(cTerms, idf);
  if (c.repeats) return plainOverlap(cTerms, sTermList, idf);
  const kept = slot?.weights;
  const s = kept && kept.idf === idf && kept.list === sTermList ? kept : weigh(sTermList, idf, slot);
  const n = hitsOf(c, s);
  let sh = 0;
  for (let k = 0; k < n; k++) sh += c.weights[HIT[k] as number] as number;
  const wc = c.sum;
  const ws = s.sum;
  // Rarest first; equal weights in the claim's order (a stable insertion sort of the hits, already in that order).
  const shared = new Array<string>(n);
  for (let k = 0; k < n; k++) {
    const i = HIT[k] as number;
    const w = c.weights[i] as number;
    let j = k;
    for (; j > 0 && (c.weights[HIT[j - 1] as number] as number) < w; j--) HIT[j] = HIT[j - 1] as number;
    HIT[j] = i;
  }
  for (let k = 0; k < n; k++) shared[k] = cTerms[HIT[k] as number] as string;
  return { dice: wc + ws ? (2 * sh) / (wc + ws) : 0, shared };
}

const RECENT_CLAIM_LISTS = 4;

/**
 * `weigh` for the claim side, kept among the few claim lists weighed last (no table lookup). A page's lists
 * live for one analysis: they are not put in the weak table stored sentences' lists use.
 */
function claimSide(terms: readonly string[], idf: (t: string) => number): Weighed {
  const recent = vocabularyOf(idf).recent;
  for (let i = 0; i < recent.length; i++) if ((recent[i] as Weighed).list === terms) return recent[i] as Weighed;
  const w = weigh(terms, idf, undefined, false);
  recent.unshift(w);
  if (recent.length > RECENT_CLAIM_LISTS) recent.pop();
  return w;
}

/** Stamps start over before they outgrow an Int32Array. */
const WRAP = 2 ** 30;

/** Scratch: the claim-list indices of one `overlap`'s shared terms. */
let HIT = new Int32Array(64);

/**
 * Puts in HIT[0..n) the indices of `c`'s terms found in `s`, ascending (the order a walk over the claim's
 * terms meets them, which sums and ties follow), and returns n.
 */
function hitsOf(c: Weighed, s: Weighed): number {
  const v = c.vocabulary;
  if (v.stamp.length < v.ids.size) grow(v);
  if (HIT.length < c.ids.length) HIT = new Int32Array(c.ids.length * 2);
  // A claim is compared with many sources in turn: its marks stay while it is the one compared.
  if (v.claim !== c || v.mark >= WRAP) {
    if (v.mark >= WRAP) {
      v.stamp.fill(0);
      v.mark = 0;
    }
    const mark = ++v.mark;
    const cIds = c.ids;
    for (let i = 0; i < cIds.length; i++) {
      const id = cIds[i] as number;
      v.stamp[id] = mark;
      v.at[id] = i;
    }
    v.claim = c;
  }
  const now = freshSeen(v);
  const { stamp, seen, mark } = v;
  let n = 0;
  const sIds = s.ids;
  for (let k = 0; k < sIds.length; k++) {
    const id = sIds[k] as number;
    // Met once: a list repeating a term counts it once.
    if (stamp[id] !== mark || seen[id] === now) continue;
    seen[id] = now;
    const i = v.at[id] as number;
    let j = n++;
    for (; j > 0 && (HIT[j - 1] as number) > i; j--) HIT[j] = HIT[j - 1] as number;
    HIT[j] = i;
  }
  return n;
}

function grow(v: Vocabulary): void {
  let n = v.stamp.length;
  while (n < v.ids.size) n *= 2;
  const stamp = new Int32Array(n);
  stamp.set(v.stamp);
  const at = new Int32Array(n);
  at.set(v.at);
  const seen = new Int32Array(n);
  seen.set(v.seen);
  v.stamp = stamp;
  v.at = at;
  v.seen = seen;
}

/** `overlap` for a claim list that repeats a term: each occurrence counts. */
function plainOverlap(cTerms: readonly string[], sTermList: readonly string[], idf: (t: string) => number): { dice: number; shared: string[] } {
  const sTerms = new Set(sTermList);
  let wc = 0;
  let ws = 0;
  let sh = 0;
  const shared: string[] = [];
  for (const t of cTerms) {
    const w = idf(t);
    wc += w;
    if (sTerms.has(t)) {
      sh += w;
      shared.push(t);
    }
  }
  for (const t of sTermList) ws += idf(t);
  return { dice: wc + ws ? (2 * sh) / (wc + ws) : 0, shared: shared.sort((a, b) => idf(b) - idf(a)) };
}
