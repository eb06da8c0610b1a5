/**
 * Reset to seeds: imported documents go, the seeds are put back exactly as this build ships them, and the
 * reader's saved claims stay or go as they chose. One read-write transaction: all of it or none.
 */
import type { ClaimLensDB } from './db';
import { dropIndexSnapshot } from './index-snapshot';
import { bundledSeeds } from './seed-bundle';
import { planSeedUpdate, type SeedBundle } from './seed-records';

export interface ResetResult {
  removedImports: number;
  removedSaved: number;
  keptSaved: number;
  /** Seeds in the store afterwards. */
  seeds: number;
}

/**
 * Resets the store to the bundled seeds.
 * @param keepSaved true keeps the reader's saved claims; false deletes them too.
 */
export async function resetToSeeds(db: ClaimLensDB, keepSaved: boolean, bundle: SeedBundle = bundledSeeds()): Promise<ResetResult> {
  return db.transaction('rw', db.sources, db.meta, async () => {
    const imports = (await db.sources.where('kind').equals('import').primaryKeys()) as string[];
    const saved = (await db.sources.where('kind').equals('saved').primaryKeys()) as string[];
    const seeds = await db.sources.where('kind').equals('seed').toArray();
    const plan = planSeedUpdate(seeds, bundle.sources);
    const removed = [...imports, ...(keepSaved ? [] : saved), ...plan.remove];
    await db.sources.bulkDelete(removed);
    await db.sources.bulkPut(plan.put);
    await db.meta.put({ key: 'seedVersion', value: bundle.version });
    // A restored seed keeps its id, which the snapshot's fingerprint can't see.
    await dropIndexSnapshot(db);
    return { removedImports: imports.length, removedSaved: keepSaved ? 0 : saved.length, keptSaved: keepSaved ? saved.length : 0, seeds: bundle.sources.length };
  });
}
