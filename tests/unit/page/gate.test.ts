// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { gateSession, IDLE_MESSAGES } from '../../../src/page/gate';
import type { Session } from '../../../src/page/session';
import { updateSettings } from '../../../src/settings/storage';
import type { Settings } from '../../../src/settings/schema';

/** A session that records what the gate asks of it. */
function fakeSession() {
  const calls: string[] = [];
  const session: Session = {
    start: vi.fn(async () => void calls.push('start')),
    reanalyse: vi.fn(async () => void calls.push('reanalyse')),
    state: () => ({ status: 'done', claims: [] }),
    scrollTo: vi.fn(),
    toast: vi.fn(),
    destroy: vi.fn(() => void calls.push('destroy')),
  };
  return { session, calls };
}

const set = (over: Partial<Settings>) => updateSettings((s) => ({ ...s, ...over }));
/** Lets the storage change event and the settings read it triggers run. */
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
  // jsdom's page is http://localhost:3000/ (vitest's default): its site is "localhost".
  expect(location.hostname).toBe('localhost');
});

describe('gated session', () => {
  it('starts by itself with the default settings', async () => {
    const { session, calls } = fakeSession();
    const gated = gateSession(session, { doc: document, signal: new AbortController().signal });
    expect(gated.state().status).toBe('done'); // before the settings are read it reports the session's own state
    await gated.start();
    expect(calls).toEqual(['start']);
  });

  it.each<[Partial<Settings>, keyof typeof IDLE_MESSAGES]>([
    [{ paused: true }, 'paused'],
    [{ disabledSites: ['localhost'] }, 'site-off'],
    [{ mode: 'on-demand' }, 'on-demand'],
  ])('with %j it stays idle, says why, and analyses only when asked', async (over, why) => {
    await set(over);
    const { session, calls } = fakeSession();
    const gated = gateSession(session, { doc: document, signal: new AbortController().signal });
    await gated.start();
    await gated.reanalyse(); // a saved claim elsewhere must not wake a page left alone
    expect(calls).toEqual([]);
    expect(gated.state()).toEqual({ status: 'idle', claims: [], message: IDLE_MESSAGES[why] });
    await gated.analyzeNow();
    expect(calls).toEqual(['start']);
    expect(gated.state().status).toBe('done');
  });

  it('pausing takes the page down at once; resuming starts it again; the watch ends with the script', async () => {
    const { session, calls } = fakeSession();
    const life = new AbortController();
    const gated = gateSession(session, { doc: document, signal: life.signal });
    await gated.start();
    await set({ paused: true });
    await settle();
    expect(calls).toEqual(['start', 'destroy']);
    expect(gated.state().status).toBe('idle');
    await set({ paused: false });
    await settle();
    expect(calls).toEqual(['start', 'destroy', 'start']);
    await set({ disabledSites: ['localhost'] });
    await settle();
    expect(calls).toEqual(['start', 'destroy', 'start', 'destroy']);
    life.abort();
    await set({ disabledSites: [] });
    await settle();
    expect(calls).toHaveLength(4);
  });

  it('keeps a page the reader asked for when another setting changes, and switching to on-demand keeps what is shown', async () => {
    await set({ paused: true });
    const { session, calls } = fakeSession();
    const gated = gateSession(session, { doc: document, signal: new AbortController().signal });
    await gated.start();
    await gated.analyzeNow();
    await set({ disabledSites: ['other.example'] });
    await settle();
    expect(calls).toEqual(['start']);
    await set({ paused: false, mode: 'on-demand' });
    await settle();
    expect(calls).toEqual(['start']);
    expect(gated.state().status).toBe('done');
  });
});
