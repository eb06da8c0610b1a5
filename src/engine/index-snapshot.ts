/**
 * The plain-data form of a `ClaimIndex`, laid out so a woken worker restores it fast: flat arrays of
 * strings and typed arrays (a structured clone of those is a copy; of many small objects, slow), each
 * source and each fact as JSON, parsed only when first needed, and the retrieval postings as they are. Versioned: a snapshot written by another build is refused and the caller rebuilds.
 */
import type { Fact } from './facts';
import type { SourceDoc } from './types';
import { isTermData, type TermData } from './term-index';

/** Bump whenever `Fact` or the way facts are extracted changes: an old snapshot is then refused. */
export const INDEX_SNAPSHOT_VERSION = 1;

export interface IndexSnapshot {
  version: number;
  /** Source ids, in insertion order. */
  ids: string[];
  /** Each source (`SourceDoc`) as JSON. */
  docs: string[];
  /** How many stored sentences each source has; they follow one another in `facts`. */
  counts: number[];
  /** Per sentence, `{ fact, standalone }` as JSON (see `factToJson`). */
  facts: string[];
  /** The retrieval postings over sentence ordinals (their order in `facts`). */
  postings: TermData;
}

// JSON.stringify writes Infinity (an open upper bound, "more than 1,000") as null; 1e999 parses back as
// Infinity, so open bounds are written through a marker that becomes that literal.
const INF = '\u0000inf';
const NEG_INF = '\u0000-inf';
const MARKERS = /"\\u0000(-?)inf"/g;

/** A sentence's fact as snapshot JSON. */
export function factToJson(fact: Fact, standalone: boolean): string {
  const json = JSON.stringify({ fact, standalone }, (_k, v: unknown) => (v === Infinity ? INF : v === -Infinity ? NEG_INF : v));
  return json.includes('\\u0000') ? json.replace(MARKERS, '$11e999') : json;
}

/** Inverse of `factToJson`. */
export function factFromJson(json: string): { fact: Fact; standalone: boolean } {
  return JSON.parse(json) as { fact: Fact; standalone: boolean };
}

/** True when `x` has this version's shape (arrays of the right types and consistent lengths). */
export function isIndexSnapshot(x: unknown): x is IndexSnapshot {
  if (!x || typeof x !== 'object') return false;
  const s = x as Partial<IndexSnapshot>;
  if (s.version !== INDEX_SNAPSHOT_VERSION) return false;
  const { ids, docs, counts, facts } = s;
  if (!strings(ids) || !strings(docs) || !strings(facts) || !Array.isArray(counts)) return false;
  if (docs.length !== ids.length || counts.length !== ids.length) return false;
  let total = 0;
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0) return false;
    total += c;
  }
  return total === facts.length && isTermData(s.postings, facts.length);
}

function strings(a: unknown): a is string[] {
  return Array.isArray(a) && a.every((v) => typeof v === 'string');
}

/** A source parsed from snapshot JSON; throws when it is not a source. */
export function docFromJson(json: string): SourceDoc {
  const d = JSON.parse(json) as Partial<SourceDoc> | null;
  if (!d || typeof d.id !== 'string' || typeof d.text !== 'string' || typeof d.title !== 'string') throw new Error('not a source');
  return d as SourceDoc;
}
