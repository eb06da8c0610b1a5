/**
 * The engine index the background analyses against. On first need after the worker wakes (one promise,
 * shared by concurrent requests) it is restored from the snapshot the last worker left, when that
 * snapshot was taken of exactly what the store holds now; otherwise it is rebuilt from the store and a
 * new snapshot is written shortly after, off the request path. Saves keep it in step and are written
 * back the same way, so a stopped worker loses nothing and the next one wakes fast.
 */
import { ClaimIndex } from '../engine';
import type { SourceDoc } from '../engine/types';
import { onceShared } from './lazy';

export interface IndexProvider {
  /** The index, restored or built on first call. */
  get(): Promise<ClaimIndex>;
  /** Adds a new source. If the index is not built yet it is left to the build, which reads the store. */
  add(doc: SourceDoc): Promise<void>;
  /** Removes a deleted source, or one about to be added again with new text. Like `add`, nothing to do before the build. */
  remove(id: string): Promise<void>;
  /** Writes a snapshot still waiting for its delay now; resolves when no write is pending. */
  flush(): Promise<void>;
  /** Forgets the index after a bulk change (an import, a reset): the next `get` rebuilds it from the store. */
  reload(): void;
}

/** Where snapshots live between workers (the store's `meta` table in the extension). */
export interface IndexSnapshots {
  /** The stored snapshot with the fingerprint it was written under, if any. */
  read(): Promise<{ fingerprint: string; snapshot: unknown } | undefined>;
  /** The fingerprint of what the store holds now. */
  current(): Promise<string>;
  /** The fingerprint the store would have if it held exactly these source ids. */
  of(ids: string[]): Promise<string>;
  write(value: { fingerprint: string; snapshot: unknown }): Promise<void>;
}

/** How long after a change the snapshot is written: a burst of saves costs one write. */
export const SNAPSHOT_DELAY_MS = 2_000;

/**
 * @param load reads every source; called at most once per worker lifetime (again only if it failed).
 * @param snapshots where to restore from and write to; without it the index is always rebuilt.
 */
export function lazyIndex(load: () => Promise<SourceDoc[]>, snapshots?: IndexSnapshots, delayMs = SNAPSHOT_DELAY_MS): IndexProvider {
  let started = false;
  const writer = snapshotWriter(snapshots, delayMs);
  const buildIndex = async () => {
    started = true;
    const restored = snapshots ? await restore(snapshots) : null;
    if (restored) return restored;
    const index = new ClaimIndex(await load());
    writer.schedule(index);
    return index;
  };
  let build = onceShared(buildIndex);
  return {
    get: () => build(),
    async add(doc) {
      // A build in flight may have read the store before this save committed: add after it finishes.
      if (!started) return;
      const index = await build();
      if (index.has(doc.id)) return;
      index.add(doc);
      writer.schedule(index);
    },
    async remove(id) {
      if (!started) return;
      const index = await build();
      if (index.remove(id)) writer.schedule(index);
    },
    flush: writer.flush,
    reload() {
      started = false;
      build = onceShared(buildIndex);
    },
  };
}

/** The stored snapshot's index when it was taken of exactly what the store holds now, else null. */
async function restore(snapshots: IndexSnapshots): Promise<ClaimIndex | null> {
  try {
    const [stored, current] = await Promise.all([snapshots.read(), snapshots.current()]);
    return stored && stored.fingerprint === current ? ClaimIndex.fromSnapshot(stored.snapshot) : null;
  } catch (error) {
    console.warn('ClaimLens could not read the index snapshot; rebuilding:', error);
    return null;
  }
}

/** Debounced snapshot writes; a failed write is logged and the next change tries again. */
function snapshotWriter(snapshots: IndexSnapshots | undefined, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let target: ClaimIndex | undefined;
  let writing: Promise<void> = Promise.resolve();
  const run = () => {
    timer = undefined;
    const index = target;
    if (!index || !snapshots) return writing;
    // The fingerprint is of what the index holds, so a save it has not taken yet makes the snapshot stale, never wrong.
    writing = writing
      .then(async () => snapshots.write({ fingerprint: await snapshots.of(index.ids()), snapshot: index.toSnapshot() }))
      .catch((error: unknown) => console.warn('ClaimLens could not write the index snapshot:', error));
    return writing;
  };
  return {
    schedule(index: ClaimIndex) {
      if (!snapshots) return;
      target = index;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    flush(): Promise<void> {
      if (!timer) return writing;
      clearTimeout(timer);
      return run();
    },
  };
}
