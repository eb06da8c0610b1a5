/**
 * What an import would change, worked out before anything is written: which items are new, which the
 * store already has (same id, or for a saved claim the same page and the same words) and which are
 * invalid. Pure: the store passes in what it holds, and runs the same plan inside its write transaction.
 */
import type { SourceDoc } from '../engine/types';
import { normalizeClaimText, urlWithoutFragment } from '../store/claim-id';
import type { StoredSource } from '../store/db';
import type { ItemProblem } from './issues';
import { MAX_LISTED_PROBLEMS } from './limits';
import type { ItemResult } from './record';
import type { ImportFormat } from './read-file';

/** What the store already holds, as far as an import's items could collide with it. */
export interface ExistingKeys {
  ids: ReadonlySet<string>;
  /** `claimKey` of every stored saved claim on the pages the import mentions. */
  claims: ReadonlySet<string>;
}

export interface ImportPlan {
  fresh: StoredSource[];
  /** Item numbers (from 1) of items the store (or an earlier item of the file) already has. */
  duplicates: number[];
  invalid: ItemProblem[];
}

/** A saved claim's identity across tools: its page (no fragment) and its quoted words (whitespace folded). */
export function claimKey(r: Pick<StoredSource, 'kind' | 'url' | 'text' | 'selector'>): string | undefined {
  if (r.kind !== 'saved' || !r.url) return undefined;
  return `${urlWithoutFragment(r.url)}\n${normalizeClaimText(r.selector?.exact ?? r.text)}`;
}

/** The ids and page addresses the store must look up to plan these items. */
export function keysToLookUp(items: readonly ItemResult[]): { ids: string[]; urls: string[] } {
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const i of items) {
    if (!i.ok) continue;
    ids.add(i.record.id);
    if (i.record.kind === 'saved' && i.record.url) urls.add(urlWithoutFragment(i.record.url));
  }
  return { ids: [...ids], urls: [...urls] };
}

/**
 * Sorts items into new, duplicate and invalid. A seed this version doesn't ship (from an older or newer
 * ClaimLens) is kept as an imported document, because seeding would delete an unknown seed.
 */
export function planImport(items: readonly ItemResult[], existing: ExistingKeys): ImportPlan {
  const ids = new Set(existing.ids);
  const claims = new Set(existing.claims);
  const plan: ImportPlan = { fresh: [], duplicates: [], invalid: [] };
  for (const i of items) {
    if (!i.ok) {
      plan.invalid.push(i.problem);
      continue;
    }
    const key = claimKey(i.record);
    if (ids.has(i.record.id) || (key !== undefined && claims.has(key))) {
      plan.duplicates.push(i.item);
      continue;
    }
    ids.add(i.record.id);
    if (key !== undefined) claims.add(key);
    plan.fresh.push(i.record.kind === 'seed' ? { ...i.record, kind: 'import', file: null } : i.record);
  }
  return plan;
}

/** What the reader sees before deciding to import. */
export interface ImportPreview {
  format: ImportFormat;
  total: number;
  fresh: number;
  freshByKind: Record<SourceDoc['kind'], number>;
  duplicates: number;
  invalidCount: number;
  /** The first MAX_LISTED_PROBLEMS invalid items. */
  invalid: ItemProblem[];
}

export function previewOf(format: ImportFormat, total: number, plan: ImportPlan): ImportPreview {
  const freshByKind = { seed: 0, saved: 0, import: 0 };
  for (const r of plan.fresh) freshByKind[r.kind] += 1;
  return {
    format,
    total,
    fresh: plan.fresh.length,
    freshByKind,
    duplicates: plan.duplicates.length,
    invalidCount: plan.invalid.length,
    invalid: plan.invalid.slice(0, MAX_LISTED_PROBLEMS),
  };
}
