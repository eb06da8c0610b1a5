import { describe, expect, it, vi } from 'vitest';
import { requestAnalysis } from '../../../src/page/analysis-client';
import { MAX_ARTICLE_CHARS } from '../../../src/messaging/schemas';

const page = { url: 'https://news.example/a', title: 'A' };
const claim = { text: 'It rose 5%.', start: 0, end: 11, verdict: 'unverified' as const, matches: [] };

describe('requestAnalysis', () => {
  it('sends page/analyze and returns the validated claims', async () => {
    const send = vi.fn(async () => ({ ok: true, data: { claims: [claim] } }));
    expect(await requestAnalysis(page, 'It rose 5%.', { send })).toEqual({ ok: true, data: [claim] });
    expect(send).toHaveBeenCalledWith({ type: 'page/analyze', page, text: 'It rose 5%.' });
  });

  it('cuts the text to the longest the background accepts', async () => {
    const send = vi.fn(async (_m: unknown) => ({ ok: true, data: { claims: [] } }));
    await requestAnalysis(page, 'x'.repeat(MAX_ARTICLE_CHARS + 10), { send });
    expect((send.mock.calls[0]![0] as { text: string }).text.length).toBe(MAX_ARTICLE_CHARS);
  });

  it.each([
    ['an error reply', { ok: false, error: 'analysis stopped after 4000 ms' }, 'analysis stopped after 4000 ms'],
    ['a malformed reply', { ok: true, data: { claims: [{ ...claim, verdict: 'true!' }] } }, /could not read/],
    ['no reply at all', undefined, /could not read/],
  ])('reports %s as an error', async (_name, raw, error) => {
    const reply = await requestAnalysis(page, 'text', { send: async () => raw });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('reports a background that cannot be reached or does not answer in time', async () => {
    const down = await requestAnalysis(page, 'text', { send: async () => Promise.reject(new Error('Receiving end does not exist.')) });
    expect(down).toEqual({ ok: false, error: expect.stringContaining('Receiving end does not exist.') });
    const slow = await requestAnalysis(page, 'text', { send: () => new Promise(() => {}), waitMs: 10 });
    expect(slow).toEqual({ ok: false, error: expect.stringMatching(/did not answer in time/) });
  });

  it('rejects with the abort reason when cancelled', async () => {
    const ctl = new AbortController();
    const pending = requestAnalysis(page, 'text', { send: () => new Promise(() => {}), signal: ctl.signal });
    ctl.abort(new Error('invalidated'));
    await expect(pending).rejects.toThrow('invalidated');
  });
});
