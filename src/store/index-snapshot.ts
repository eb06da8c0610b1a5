/**
 * Where the background keeps its engine index between worker lifetimes: one `meta` row holding the
 * index snapshot and the fingerprint of the store it was built from. A woken worker compares that
 * fingerprint with the store's and restores the snapshot only when they match, so a saved claim, an
 * import or a seed update (which also drops the row) means a rebuild, never a stale index.
 */
import type { ClaimLensDB } from './db';

const SNAPSHOT_KEY = 'indexSnapshot';

/** A snapshot as stored: opaque to the store (the engine validates it on restore). */
export interface StoredIndexSnapshot {
  fingerprint: string;
  snapshot: unknown;
}

/**
 * Identifies a set of sources: their count, a hash of their sorted ids, and the seed version. Saved
 * claims never change under an id (the id hashes their page and words), and seeds changed under the
 * same version are caught by `ensureSeeded` dropping the snapshot.
 */
export function fingerprintOf(ids: Iterable<string>, seedVersion: unknown): string {
  const sorted = [...ids].sort();
  // Two independent 32-bit FNV-1a hashes: a collision would need both to collide.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const id of sorted) {
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
    }
    a = Math.imul(a ^ 10, 0x01000193);
    b = Math.imul(b ^ 10, 0x01000193) ^ (b >>> 13);
  }
  return `${sorted.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${String(seedVersion ?? '')}`;
}

/** The fingerprint of what the store holds now (keys only: no source is read). */
export async function storeFingerprint(db: ClaimLensDB): Promise<string> {
  return db.transaction('r', db.sources, db.meta, async () => {
    const ids = (await db.sources.toCollection().primaryKeys()) as string[];
    return fingerprintOf(ids, (await db.meta.get('seedVersion'))?.value);
  });
}

/** The seed version the store records (part of every fingerprint). */
export async function storedSeedVersion(db: ClaimLensDB): Promise<unknown> {
  return (await db.meta.get('seedVersion'))?.value;
}

/** The stored snapshot, or undefined (never written, dropped, or not a snapshot row). */
export async function readIndexSnapshot(db: ClaimLensDB): Promise<StoredIndexSnapshot | undefined> {
  const row = (await db.meta.get(SNAPSHOT_KEY))?.value as Partial<StoredIndexSnapshot> | undefined;
  return row && typeof row.fingerprint === 'string' ? { fingerprint: row.fingerprint, snapshot: row.snapshot } : undefined;
}

/** Replaces the stored snapshot. */
export async function writeIndexSnapshot(db: ClaimLensDB, value: StoredIndexSnapshot): Promise<void> {
  await db.meta.put({ key: SNAPSHOT_KEY, value });
}

/** Drops the stored snapshot; inside a transaction that includes `db.meta`, it commits or aborts with it. */
export async function dropIndexSnapshot(db: ClaimLensDB): Promise<void> {
  await db.meta.delete(SNAPSHOT_KEY);
}
