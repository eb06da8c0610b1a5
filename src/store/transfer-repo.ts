/**
 * The store's side of export and import: reading the sources to export, and applying an import in one
 * read-write transaction, so a failure part-way (or a file that turns out bad) leaves the store exactly
 * as it was.
 */
import type { SourceDoc } from '../engine/types';
import { claimKey, keysToLookUp, planImport, type ExistingKeys, type ImportPlan } from '../transfer/plan';
import type { ItemResult } from '../transfer/record';
import type { ClaimLensDB, StoredSource } from './db';

/** Which sources to export: by kind, and/or by explicit ids (the library's selection). Both absent: everything. */
export interface ExportSelection {
  kinds?: readonly SourceDoc['kind'][];
  ids?: readonly string[];
}

/** The chosen sources, in id order. */
export async function sourcesForExport(db: ClaimLensDB, selection: ExportSelection = {}): Promise<StoredSource[]> {
  const { kinds, ids } = selection;
  const chosen = ids ? (await db.sources.bulkGet([...new Set(ids)])).filter((s): s is StoredSource => s !== undefined) : await db.sources.toArray();
  const wanted = kinds ? new Set(kinds) : undefined;
  return chosen.filter((s) => !wanted || wanted.has(s.kind)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the store holds that these items could collide with. Call inside a transaction to plan against a stable store. */
export async function existingKeys(db: ClaimLensDB, items: readonly ItemResult[]): Promise<ExistingKeys> {
  const { ids, urls } = keysToLookUp(items);
  const found = (await db.sources.where('id').anyOf(ids).primaryKeys()) as string[];
  const onPages = urls.length > 0 ? await db.sources.where('url').anyOf(urls).toArray() : [];
  const claims = new Set(onPages.map(claimKey).filter((k): k is string => k !== undefined));
  return { ids: new Set(found), claims };
}

/** The plan of an import against the store as it is now (read-only; nothing is written). */
export async function planAgainstStore(db: ClaimLensDB, items: readonly ItemResult[]): Promise<ImportPlan> {
  return db.transaction('r', db.sources, async () => planImport(items, await existingKeys(db, items)));
}

/** Records written per request: bounded requests, one transaction. */
const CHUNK = 500;

/**
 * Plans again inside one read-write transaction (the store may have changed since the preview) and adds
 * the new sources. Any error, here or from IndexedDB, aborts the transaction: nothing is written.
 * @returns the plan that was applied.
 */
export async function applyImport(db: ClaimLensDB, items: readonly ItemResult[]): Promise<ImportPlan> {
  return db.transaction('rw', db.sources, async () => {
    const plan = planImport(items, await existingKeys(db, items));
    for (let i = 0; i < plan.fresh.length; i += CHUNK) await db.sources.bulkAdd(plan.fresh.slice(i, i + CHUNK));
    return plan;
  });
}
