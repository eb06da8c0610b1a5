import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { testDeps } from './helpers';

describe('page/disputed', () => {
  it('sets the top frame’s badge to the page’s whole count', async () => {
    const deps = testDeps();
    expect(await handleMessage({ type: 'page/disputed', count: 3 }, { tabId: 7, frameId: 0 }, deps)).toEqual({ ok: true, data: null });
    expect(deps.tabs.badges.get(7)).toBe(3);
    await handleMessage({ type: 'page/disputed', count: 0 }, { tabId: 7, frameId: 0 }, deps);
    expect(deps.tabs.badges.get(7)).toBe(0);
  });

  it('leaves the badge alone for sub-frames and extension pages', async () => {
    const deps = testDeps();
    await handleMessage({ type: 'page/disputed', count: 2 }, { tabId: 7, frameId: 4 }, deps);
    await handleMessage({ type: 'page/disputed', count: 2 }, {}, deps);
    expect(deps.tabs.badges.size).toBe(0);
  });

  it.each([{ count: -1 }, { count: 1.5 }, { count: '3' }, { count: 1e9 }, {}])('refuses a malformed count: %j', async (fields) => {
    const deps = testDeps();
    const reply = await handleMessage({ type: 'page/disputed', ...fields }, { tabId: 7, frameId: 0 }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid 'page\/disputed' message: count/) });
    expect(deps.tabs.badges.size).toBe(0);
  });
});
