// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startClaimLens } from '../../../src/page/content';

const own = { id: fakeBrowser.runtime.id };
/** Our listener answers by returning a promise, never through sendResponse. */
const noReply = () => {};
const toast = () => document.querySelector('claimlens-root')?.shadowRoot?.querySelector('[role=status]')?.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  // The background never answers here: these tests are about the content script's own receiver.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
});

describe('content script receiver', () => {
  it('answers our extension, refuses malformed messages and strangers, and leaves when invalidated', async () => {
    const life = new AbortController();
    startClaimLens({ signal: life.signal });
    const [state] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/state' }, own, noReply);
    expect(state).toEqual({ ok: true, data: { status: 'analyzing', claims: [] } });

    const [bad] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/scrollTo', index: '1; drop' }, own, noReply);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message at index/) });

    const [stranger] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/state' }, { id: 'another-extension' }, noReply);
    expect(stranger).toEqual({ ok: false, error: 'Unknown sender.' });

    const [saved] = await fakeBrowser.runtime.onMessage.trigger({ type: 'claim/saved', duplicate: true, text: 'x' }, own, noReply);
    expect(saved).toEqual({ ok: true, data: null });
    expect(toast()).toBe('Already saved');

    life.abort();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'page/state' }, own, noReply)).toEqual([]);
    expect(document.querySelector('claimlens-root')).toBeNull();
  });
});

describe('content script and the reader’s controls', () => {
  it('stays idle while paused, analyses when asked, and answers the claim commands on a page without highlights', async () => {
    await fakeBrowser.storage.local.set({
      'claimlens.settings': { version: 1, paused: true, mode: 'auto', disabledSites: [], updatedAt: 1 },
    });
    const life = new AbortController();
    startClaimLens({ signal: life.signal });
    const state = async () => (await fakeBrowser.runtime.onMessage.trigger({ type: 'page/state' }, own, noReply))[0];
    await vi.waitFor(async () => expect(await state()).toEqual({ ok: true, data: { status: 'idle', claims: [], message: 'ClaimLens is paused.' } }));
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();

    const [moved] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/focusClaim', direction: 'next' }, own, noReply);
    expect(moved).toEqual({ ok: false, error: 'No highlighted claims on this page.' });
    expect(toast()).toBe('No highlighted claims on this page.');

    const [asked] = await fakeBrowser.runtime.onMessage.trigger({ type: 'page/analyzeNow' }, own, noReply);
    expect(asked).toEqual({ ok: true, data: null });
    await vi.waitFor(async () => expect((await state()) as { data: { status: string } }).toMatchObject({ data: { status: expect.not.stringMatching(/^idle$/) } }));
    life.abort();
  });
});

describe('content script on a single-page app', () => {
  const PARA =
    'Pyongyang is expected to send 150 short-range ballistic missiles to Russia in 2025, the spy chief said in an interview published on Thursday by a defence magazine.';
  const analyses = () => vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.filter(([m]) => (m as unknown as { type: string }).type === 'page/analyze');

  it('starts over when the app moves to another URL, but not for a jump to an anchor', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const article = document.createElement('article');
      for (let i = 0; i < 4; i++) article.append(Object.assign(document.createElement('p'), { textContent: PARA }));
      document.body.replaceChildren(article);
      let changed = () => {};
      const life = new AbortController();
      startClaimLens({ signal: life.signal, onLocationChange: (cb) => (changed = cb) });
      await vi.advanceTimersByTimeAsync(100);
      expect(analyses()).toHaveLength(1);

      history.pushState({}, '', '#section-2');
      changed();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(analyses()).toHaveLength(1);

      history.pushState({}, '', '/story-2');
      changed();
      await vi.advanceTimersByTimeAsync(400);
      history.pushState({}, '', '/story-3');
      changed();
      await vi.advanceTimersByTimeAsync(1_000);
      // One restart for the burst of URL changes, reporting the URL it settled on.
      expect(analyses()).toHaveLength(2);
      expect((analyses()[1]![0] as unknown as { page: { url: string } }).page.url).toBe(`${location.origin}/story-3`);
      life.abort();
    } finally {
      vi.useRealTimers();
      history.replaceState({}, '', '/');
    }
  });
});
