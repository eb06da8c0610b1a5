import { describe, expect, it, vi } from 'vitest';
import { createRuns } from '../../../src/page/runs';

const never = (signal: AbortSignal) => new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

describe('a session’s runs', () => {
  it('cancels the run in flight when a new one starts, quietly', async () => {
    const onError = vi.fn();
    const runs = createRuns(new AbortController().signal, onError);
    let first: AbortSignal | undefined;
    const a = runs.run((s) => ((first = s), never(s)));
    const b = runs.run(async () => {});
    await Promise.all([a, b]);
    expect(first!.aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a failure that is no cancellation', async () => {
    const onError = vi.fn();
    const runs = createRuns(new AbortController().signal, onError);
    await runs.run(async () => {
      throw new Error('boom');
    });
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
  });

  it('lets a caller wait until nothing runs, through runs that replace each other', async () => {
    const runs = createRuns(new AbortController().signal, () => {});
    const order: string[] = [];
    void runs.run(async () => void (await new Promise((r) => setTimeout(r, 20)), order.push('a')));
    const idle = runs.idle().then(() => order.push('idle'));
    void runs.run(async () => void (await new Promise((r) => setTimeout(r, 40)), order.push('b')));
    await idle;
    expect(order.at(-1)).toBe('idle');
    expect(order).toContain('b');
  });

  it('ends every run when its life ends, and cancel() ends the current one', async () => {
    const life = new AbortController();
    const runs = createRuns(life.signal, () => {});
    let seen: AbortSignal | undefined;
    const a = runs.run((s) => ((seen = s), never(s)));
    life.abort();
    await a;
    expect(seen!.aborted).toBe(true);
    const other = createRuns(new AbortController().signal, () => {});
    const b = other.run((s) => ((seen = s), never(s)));
    other.cancel();
    await b;
    expect(seen!.aborted).toBe(true);
  });
});
