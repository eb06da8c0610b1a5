import { describe, expect, it, vi } from 'vitest';
import { createContentDispatcher, errorText, isOwnExtension, ok, type ContentHandlers } from '../../../src/page/dispatch';

function handlers(): ContentHandlers & { [k: string]: ReturnType<typeof vi.fn> } {
  return {
    'page/state': vi.fn(() => ok({ status: 'analyzing', claims: [] })),
    'page/scrollTo': vi.fn(() => ok(null)),
    'page/selection': vi.fn(() => ok(null)),
    'store/changed': vi.fn(() => ok(null)),
    'claim/saved': vi.fn(() => ok(null)),
    'claim/notSaved': vi.fn(() => ok(null)),
    'page/analyzeNow': vi.fn(() => ok(null)),
    'page/focusClaim': vi.fn(() => ok({ index: 0 })),
  };
}

describe('content dispatcher', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'page/state'],
    ['an unknown type', { type: 'page/delete' }],
    ['a negative index', { type: 'page/scrollTo', index: -1 }],
    ['a fractional index', { type: 'page/scrollTo', index: 1.5 }],
    ['a missing field', { type: 'claim/saved', text: 'x' }],
    ['an over-long text', { type: 'claim/saved', duplicate: false, text: 'x'.repeat(5001) }],
    ['an empty refusal', { type: 'claim/notSaved', reason: '' }],
  ])('rejects %s with a clear error and calls no handler', async (_name, raw) => {
    const h = handlers();
    const reply = await createContentDispatcher(h)(raw);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message/) });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('names the field that failed', async () => {
    const reply = await createContentDispatcher(handlers())({ type: 'page/scrollTo', index: 'two' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('at index') });
  });

  it('passes the parsed message (without extra fields) to its handler', async () => {
    const h = handlers();
    const reply = await createContentDispatcher(h)({ type: 'page/scrollTo', index: 2, extra: '<b>' });
    expect(reply).toEqual({ ok: true, data: null });
    expect(h['page/scrollTo']).toHaveBeenCalledWith({ type: 'page/scrollTo', index: 2 });
  });

  it('turns a throwing handler into an error reply', async () => {
    const h = handlers();
    h['page/scrollTo'] = vi.fn(() => {
      throw new Error('That claim could not be found on the page.');
    });
    expect(await createContentDispatcher(h)({ type: 'page/scrollTo', index: 0 })).toEqual({
      ok: false,
      error: 'That claim could not be found on the page.',
    });
  });

  it('accepts only our own extension as sender', () => {
    expect(isOwnExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnExtension({}, 'abc')).toBe(false);
    expect(isOwnExtension(undefined, 'abc')).toBe(false);
  });

  it('keeps error text readable and bounded', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
    expect(errorText({})).toBe('Unexpected error');
    expect(errorText(new Error('x'.repeat(5000))).length).toBe(2000);
  });
});
