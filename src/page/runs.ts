/**
 * A session's runs (analyses, looks at page changes), one at a time. A new run cancels the one in flight,
 * as a store change or a navigation should; a look at page changes waits for it instead, so it never
 * cancels an analysis.
 */
import { isAbort } from './timing';

export interface Runs {
  /**
   * Runs `body` as the current run, cancelling the one in flight. Never rejects: a cancelled run just ends,
   * and any other failure goes to the `onError` given at creation.
   */
  run(body: (signal: AbortSignal) => Promise<void>): Promise<void>;
  /** Resolves once no run is in flight. */
  idle(): Promise<void>;
  /** Cancels the run in flight, if any. */
  cancel(): void;
}

/** Runs that also end when `life` aborts (the content script goes away). */
export function createRuns(life: AbortSignal, onError: (err: unknown) => void): Runs {
  let current: AbortController | undefined;
  let inflight: Promise<void> | undefined;
  return {
    run(body) {
      current?.abort();
      current = new AbortController();
      const signal = AbortSignal.any([life, current.signal]);
      const done: Promise<void> = body(signal)
        .catch((err: unknown) => {
          // A cancelled run (superseded, or the script is going away) is no failure, nor is any AbortError.
          if (!signal.aborted && !isAbort(err)) onError(err);
        })
        .finally(() => {
          if (inflight === done) inflight = undefined;
        });
      inflight = done;
      return done;
    },
    async idle() {
      while (inflight) await inflight;
    },
    cancel: () => current?.abort(),
  };
}
