/**
 * Scheduling helpers for work done inside someone else's page: yield to the page between slices,
 * stop promptly when our context is invalidated, and rate-limit event handlers.
 */

/** Milliseconds of work per slice before yielding back to the page (well under one 16 ms frame). */
export const SLICE_MS = 8;

/**
 * Resolves when the page is idle (requestIdleCallback, at most ~100 ms later) or on the next task where
 * idle callbacks are missing. Rejects as soon as `signal` aborts, so an awaiting loop stops.
 */
export function nextIdle(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const ric = globalThis.requestIdleCallback;
    const handle = typeof ric === 'function' ? ric(done, { timeout: 100 }) : setTimeout(done, 0);
    const onAbort = () => {
      if (typeof ric === 'function') globalThis.cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Drains an iterator of work steps in slices of about {@link SLICE_MS}, yielding to the page between
 * slices. Each `next()` should be a small unit of work. Rejects when `signal` aborts.
 */
export async function drainInSlices(steps: Iterator<unknown>, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    const deadline = performance.now() + sliceMs;
    while (performance.now() < deadline) {
      if (steps.next().done) return;
    }
    await nextIdle(signal);
  }
}

/** True for the error an aborted signal produces, so callers can tell cancellation from failure. */
export function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return (signal?.aborted === true && err === signal.reason) || (err instanceof DOMException && err.name === 'AbortError');
}

/** Calls `fn` once, `ms` after the last call in a burst. `cancel()` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wrapped = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  return Object.assign(wrapped, { cancel: () => clearTimeout(timer) });
}

/**
 * Calls `fn` at most once per `ms`, always with the latest arguments (a trailing call is kept, so the
 * last mouse position in a burst is never lost). `cancel()` drops a pending call.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const fire = () => {
    timer = undefined;
    last = performance.now();
    const args = pending!;
    pending = undefined;
    fn(...args);
  };
  const wrapped = (...args: A) => {
    pending = args;
    if (timer !== undefined) return;
    const wait = last + ms - performance.now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  };
  return Object.assign(wrapped, {
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  });
}
