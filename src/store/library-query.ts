/**
 * The library's search, filters and counts over compact rows (library-rows.ts). Pure (no Dexie, no DOM): the background keeps
 * the rows in memory and answers each query from them, so typing never re-reads the database.
 */
import type { LibraryFilter } from '../messaging/library';
import type { LibraryFacets, LibraryRow } from '../messaging/library-replies';
import { fold, type LibraryItem } from './library-rows';

type RowVerdict = NonNullable<LibraryRow['verdict']>;

/** At most this many sites and tags are counted in a reply (the commonest; chosen ones always). */
export const MAX_FACET_VALUES = 30;

/** A verdict for a saved claim (`pending` until checked); undefined for documents, which have none. */
export type VerdictLookup = (row: LibraryRow) => RowVerdict | undefined;

/** What one query returns, before it is sent. */
export interface LibraryResult {
  rows: LibraryRow[];
  matched: number;
  facets: LibraryFacets;
  pending: number;
  /** Saved claims in the filtered set (any verdict) in display order, so the background knows what to check next. */
  claimIds: string[];
}

type Facet = 'kinds' | 'sites' | 'verdicts' | 'tags';
const FACETS: readonly Facet[] = ['kinds', 'sites', 'verdicts', 'tags'];

/**
 * Filters `items` (already in display order), counts every filter value, and returns the first `limit` rows.
 * A value's count is what the reader would get by choosing it with every other filter as it is (the usual
 * faceted search), so the counts say where choosing leads. Values of one filter are alternatives (any of them);
 * different filters all apply. Search words must all appear, in any order.
 */
export function queryLibrary(items: readonly LibraryItem[], filter: LibraryFilter, verdictOf: VerdictLookup, limit: number): LibraryResult {
  const words = fold(filter.query).split(' ').filter(Boolean);
  const tally = newTally();
  const rows: LibraryRow[] = [];
  const claimIds: string[] = [];
  let matched = 0;
  let pending = 0;
  for (const item of items) {
    const { row } = item;
    if (!matchesAlways(item, words, filter)) continue;
    const verdict = verdictOf(row);
    const failed = failedFacet(row, verdict, filter);
    if (failed === MANY) continue;
    if (failed !== NONE) {
      count(tally, failed, row, verdict);
      continue;
    }
    for (const f of FACETS) count(tally, f, row, verdict);
    matched++;
    if (verdict === 'pending') pending++;
    if (row.kind === 'saved') claimIds.push(row.id);
    if (rows.length < limit) rows.push(verdict ? { ...row, verdict } : row);
  }
  return { rows, matched, pending, claimIds, facets: facetsOf(tally, filter) };
}

/** Search words and date ranges: always applied, not counted per value. */
function matchesAlways(item: LibraryItem, words: readonly string[], f: LibraryFilter): boolean {
  if (!words.every((w) => item.haystack.includes(w))) return false;
  const { savedAt, published } = item.row;
  if (f.savedFrom !== undefined && (savedAt === undefined || savedAt < f.savedFrom)) return false;
  if (f.savedTo !== undefined && (savedAt === undefined || savedAt > f.savedTo)) return false;
  if (f.publishedFrom !== undefined || f.publishedTo !== undefined) {
    if (!published) return false;
    // A partial date is a span: 2024-10 is in a range that overlaps any day of October 2024.
    if (f.publishedFrom !== undefined && spanEnd(published) < f.publishedFrom) return false;
    if (f.publishedTo !== undefined && published > spanEnd(f.publishedTo)) return false;
  }
  return true;
}

/** The last day a partial date can mean, as a string that sorts with full dates. */
function spanEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

const NONE = 'none';
const MANY = 'many';

/** The one filter a row fails, NONE, or MANY: a row failing one filter still counts toward that filter's values. */
function failedFacet(row: LibraryRow, verdict: RowVerdict | undefined, f: LibraryFilter): Facet | typeof NONE | typeof MANY {
  let failed: Facet | typeof NONE = NONE;
  for (const facet of FACETS) {
    if (passes(facet, row, verdict, f)) continue;
    if (failed !== NONE) return MANY;
    failed = facet;
  }
  return failed;
}

function passes(facet: Facet, row: LibraryRow, verdict: RowVerdict | undefined, f: LibraryFilter): boolean {
  switch (facet) {
    case 'kinds':
      return !f.kinds.length || f.kinds.includes(row.kind);
    case 'sites':
      return !f.sites.length || (row.site !== undefined && f.sites.includes(row.site));
    case 'verdicts':
      return !f.verdicts.length || (verdict !== undefined && verdict !== 'pending' && f.verdicts.includes(verdict));
    case 'tags':
      return !f.tags.length || f.tags.some((t) => row.tags?.includes(t));
  }
}

interface Tally {
  kinds: LibraryFacets['kinds'];
  verdicts: LibraryFacets['verdicts'];
  sites: Map<string, number>;
  tags: Map<string, number>;
}

function newTally(): Tally {
  return {
    kinds: { seed: 0, saved: 0, import: 0 },
    verdicts: { corroborated: 0, conflicting: 0, mixed: 0, unverified: 0, pending: 0 },
    sites: new Map(),
    tags: new Map(),
  };
}

function count(t: Tally, facet: Facet, row: LibraryRow, verdict: RowVerdict | undefined): void {
  if (facet === 'kinds') t.kinds[row.kind]++;
  else if (facet === 'verdicts') {
    if (verdict) t.verdicts[verdict]++;
  } else if (facet === 'sites') {
    if (row.site !== undefined) t.sites.set(row.site, (t.sites.get(row.site) ?? 0) + 1);
  } else for (const tag of row.tags ?? []) t.tags.set(tag, (t.tags.get(tag) ?? 0) + 1);
}

function facetsOf(t: Tally, f: LibraryFilter): LibraryFacets {
  return { kinds: t.kinds, verdicts: t.verdicts, sites: topValues(t.sites, f.sites), tags: topValues(t.tags, f.tags) };
}

/** The commonest values (ties alphabetical), plus every chosen value so a chosen filter never disappears. */
function topValues(counts: Map<string, number>, chosen: readonly string[]): Array<{ value: string; count: number }> {
  const all = [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const top = all.slice(0, MAX_FACET_VALUES);
  for (const value of chosen) if (!top.some((v) => v.value === value)) top.push({ value, count: counts.get(value) ?? 0 });
  return top;
}
