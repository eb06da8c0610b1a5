import { describe, expect, it, vi } from 'vitest';
import { debounce, drainInSlices, isAbort, nextIdle, throttle } from '../../../src/page/timing';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('timing helpers', () => {
  it('drains all steps, yielding between slices', async () => {
    let n = 0;
    function* steps() {
      for (let i = 0; i < 1000; i++) {
        n++;
        yield;
      }
    }
    await drainInSlices(steps(), undefined, 0.01);
    expect(n).toBe(1000);
  });

  it('stops draining when the signal aborts', async () => {
    const ctl = new AbortController();
    let n = 0;
    function* forever() {
      for (;;) {
        if (++n === 50) ctl.abort();
        yield;
      }
    }
    const err = await drainInSlices(forever(), ctl.signal, 0.01).catch((e: unknown) => e);
    expect(isAbort(err, ctl.signal)).toBe(true);
    expect(n).toBeLessThan(100_000);
  });

  it('nextIdle rejects at once on an aborted signal', async () => {
    await expect(nextIdle(AbortSignal.abort())).rejects.toBeTruthy();
  });

  it('debounce calls once after a burst, with the last arguments', async () => {
    const fn = vi.fn();
    const d = debounce(fn, 10);
    d(1);
    d(2);
    d(3);
    await sleep(30);
    expect(fn.mock.calls).toEqual([[3]]);
    d(4);
    d.cancel();
    await sleep(30);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('throttle calls at once, then keeps only the latest call for the end of the window', async () => {
    const fn = vi.fn();
    const t = throttle(fn, 20);
    t('a');
    t('b');
    t('c');
    expect(fn.mock.calls).toEqual([['a']]);
    await sleep(40);
    expect(fn.mock.calls).toEqual([['a'], ['c']]);
  });
});
