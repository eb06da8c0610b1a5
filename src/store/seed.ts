/**
 * Writes the bundled seeds into the store. Runs on install/update and, lazily, before the first message a
 * worker handles, so a content script that races `onInstalled` still sees the seeds.
 */
import type { ClaimLensDB } from './db';
import { bundledSeeds } from './seed-bundle';
import { planSeedUpdate, type SeedBundle } from './seed-records';
import { dropIndexSnapshot } from './index-snapshot';

/** What one seeding run changed (counts of records). */
export interface SeedReport {
  written: number;
  removed: number;
  version: number;
}

/**
 * Idempotent: one read-write transaction compares stored seeds with the bundle, puts new or changed ones by
 * their stable id and deletes seeds the bundle dropped. Saved claims are never touched. Two concurrent runs
 * serialise on the transaction, so neither can duplicate a seed.
 */
export async function ensureSeeded(db: ClaimLensDB, bundle: SeedBundle = bundledSeeds()): Promise<SeedReport> {
  return db.transaction('rw', db.sources, db.meta, async () => {
    const stored = await db.sources.where('kind').equals('seed').toArray();
    const plan = planSeedUpdate(stored, bundle.sources);
    if (plan.put.length > 0) await db.sources.bulkPut(plan.put);
    if (plan.remove.length > 0) await db.sources.bulkDelete(plan.remove);
    // A seed whose text changed keeps its id, which the snapshot's fingerprint cannot see.
    if (plan.put.length > 0 || plan.remove.length > 0) await dropIndexSnapshot(db);
    await db.meta.put({ key: 'seedVersion', value: bundle.version });
    return { written: plan.put.length, removed: plan.remove.length, version: bundle.version };
  });
}
