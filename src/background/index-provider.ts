/**
 * The engine index the background analyses against. Built from the store on first need after the worker
 * wakes (one promise, shared by concurrent requests) and then kept in step with saves, so a worker that
 * was stopped and restarted rebuilds it from IndexedDB without losing anything.
 */
import { ClaimIndex } from '../engine';
import type { SourceDoc } from '../engine/types';
import { onceShared } from './lazy';

export interface IndexProvider {
  /** The index, built on first call. */
  get(): Promise<ClaimIndex>;
  /** Adds a new source. If the index is not built yet it is left to the build, which reads the store. */
  add(doc: SourceDoc): Promise<void>;
}

/** @param load reads every source; called once per worker lifetime (again only if it failed). */
export function lazyIndex(load: () => Promise<SourceDoc[]>): IndexProvider {
  let started = false;
  const build = onceShared(async () => {
    started = true;
    return new ClaimIndex(await load());
  });
  return {
    get: build,
    async add(doc) {
      // A build in flight may have read the store before this save committed: add after it finishes.
      if (!started) return;
      const index = await build();
      if (!index.has(doc.id)) index.add(doc);
    },
  };
}
