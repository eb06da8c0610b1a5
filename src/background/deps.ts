/**
 * Everything the handlers depend on, gathered in one object so the background wires real parts and the
 * integration tests wire a fresh database and a recording tabs port.
 */
import { analyze as engineAnalyze } from '../engine';
import {
  ClaimLensDB, ensureSeeded, fingerprintOf, listSources, readIndexSnapshot, storeFingerprint, storedSeedVersion, toSourceDoc, writeIndexSnapshot,
} from '../store';
import { lazyIndex, type IndexProvider, type IndexSnapshots } from './index-provider';
import { onceShared } from './lazy';
import { TabRuns } from './tab-runs';
import type { TabsPort } from './tabs-port';

/** How long one page analysis may run before it is stopped (ms). */
export const ANALYZE_TIMEOUT_MS = 4_000;

export interface BackgroundDeps {
  db: ClaimLensDB;
  /** Resolves once the bundled seeds are in the store; shared by every handler in this worker. */
  ready: () => Promise<unknown>;
  index: IndexProvider;
  tabs: TabsPort;
  /** The analysis in flight per tab, so a newer one supersedes it and a closed tab cancels it. */
  runs: TabRuns;
  analyze: typeof engineAnalyze;
  /** ms since the epoch. */
  now: () => number;
  analyzeTimeoutMs: number;
}

/** Builds the dependency set; nothing touches the database until the first message or install event. */
export function createDeps(db: ClaimLensDB, tabs: TabsPort, overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  const ready = overrides.ready ?? onceShared(() => ensureSeeded(db));
  const index =
    overrides.index ??
    lazyIndex(async () => {
      await ready();
      return (await listSources(db)).map(toSourceDoc);
    }, storeSnapshots(db, ready));
  return {
    db,
    ready,
    index,
    tabs,
    runs: overrides.runs ?? new TabRuns(),
    analyze: overrides.analyze ?? engineAnalyze,
    now: overrides.now ?? Date.now,
    analyzeTimeoutMs: overrides.analyzeTimeoutMs ?? ANALYZE_TIMEOUT_MS,
  };
}

declare const __CLAIMLENS_ENGINE__: string | undefined;
/**
 * A hash of the engine's source at build time (see wxt.config.ts): a snapshot holds facts as one build
 * extracted them, so an update that changes the engine must rebuild, whatever the snapshot's version says.
 */
export const ENGINE_BUILD = typeof __CLAIMLENS_ENGINE__ === 'string' ? __CLAIMLENS_ENGINE__ : 'unbuilt';

/** Index snapshots in the store's `meta` table; nothing is read before the seeds are in. */
export function storeSnapshots(db: ClaimLensDB, ready: () => Promise<unknown>): IndexSnapshots {
  return {
    read: async () => (await ready(), readIndexSnapshot(db)),
    current: async () => (await ready(), `${await storeFingerprint(db)}|${ENGINE_BUILD}`),
    of: async (ids) => `${fingerprintOf(ids, await storedSeedVersion(db))}|${ENGINE_BUILD}`,
    write: (value) => writeIndexSnapshot(db, value),
  };
}
