/** Small helpers for state that lives exactly as long as one service-worker instance. */

/**
 * Runs `fn` once and shares its promise with every caller. A rejection is not cached: the next caller
 * retries, so one transient failure (e.g. a blocked database open) does not poison the worker.
 */
export function onceShared<T>(fn: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= fn().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
