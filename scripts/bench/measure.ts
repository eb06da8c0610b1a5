/** Timing and memory helpers for the bench: warm medians, wall time of one call, heap after a full GC. */
import { performance } from 'node:perf_hooks';

/** Median wall time (ms) of `runs` calls of `fn`, after `warmUps` unmeasured calls. */
export function medianMs(fn: () => unknown, runs: number, warmUps = 1): number {
  for (let i = 0; i < warmUps; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Median CPU time (ms, user + system, all of this process's threads) of `runs` calls after a warm-up: on a
 * machine other work shares, it moves far less than wall time.
 */
export function medianCpuMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Wall time (ms) of one call, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** Heap in use (MB) after a full collection when node runs with --expose-gc, else as it is. */
export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

/** `12.3` with a fixed number of decimals, right-aligned in `width`. */
export function fmt(v: number, width = 9, digits = 1): string {
  return v.toFixed(digits).padStart(width);
}
