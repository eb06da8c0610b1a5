/**
 * The background's part in the reader's control: the next/previous-claim commands are routed to the tab, and the
 * badge shows nothing on a page ClaimLens is paused or off on (also when the settings change later).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearBlockedBadges, settingsAwareBadges, type BadgeGatePorts } from '../../src/background/badge-gate';
import { claimCommandDirection } from '../../src/background/claim-commands';
import { createDeps } from '../../src/background/deps';
import { registerBackground } from '../../src/background/register';
import { browserTabsPort, type TabsPort } from '../../src/background/tabs-port';
import type { ClaimResult } from '../../src/engine/types';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { updateSettings } from '../../src/settings/storage';
import { freshDb } from './helpers';

type Listener = (...args: any[]) => unknown;
let commandListeners: Listener[];
let tabMessages: { tabId: number; message: unknown; options?: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  commandListeners = [];
  tabMessages = [];
  Object.assign(fakeBrowser, {
    contextMenus: { removeAll: async () => undefined, create: (_: unknown, done?: () => void) => done?.(), onClicked: { addListener: () => undefined } },
    commands: { onCommand: { addListener: (l: Listener) => commandListeners.push(l) } },
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: unknown, options?: unknown) => {
    tabMessages.push({ tabId, message, options });
    return Promise.resolve({ ok: true, data: { index: 0 } });
  }) as typeof fakeBrowser.tabs.sendMessage);
});

const disputed: ClaimResult[] = [{ text: 'Claim.', start: 0, end: 6, verdict: 'conflicting', matches: [] }];

describe('claim commands', () => {
  it('knows its two commands and nothing else', () => {
    expect(claimCommandDirection('next-claim')).toBe('next');
    expect(claimCommandDirection('previous-claim')).toBe('previous');
    expect(claimCommandDirection('save-claim')).toBeUndefined();
    expect(claimCommandDirection('toString')).toBeUndefined();
  });

  it('sends page/focusClaim to the top frame of the tab the command came from', async () => {
    registerBackground(createDeps(freshDb(), browserTabsPort()));
    for (const l of commandListeners) l('next-claim', { id: 5 });
    for (const l of commandListeners) l('previous-claim', { id: 5 });
    await vi.waitFor(() => expect(tabMessages).toHaveLength(2));
    expect(tabMessages).toEqual([
      { tabId: 5, message: { type: 'page/focusClaim', direction: 'next' }, options: { frameId: 0 } },
      { tabId: 5, message: { type: 'page/focusClaim', direction: 'previous' }, options: { frameId: 0 } },
    ]);
  });
});

describe('badge and settings', () => {
  /** A tabs port that records the counts it was asked to show. */
  function recording(): TabsPort & { shown: Map<number, number> } {
    const shown = new Map<number, number>();
    return { shown, setBadge: async (id, n) => void shown.set(id, n), broadcast: async () => undefined, send: async () => undefined };
  }
  const gatePorts = (settings: Partial<Settings>, urls: Record<number, string>): BadgeGatePorts => ({
    settings: async () => ({ ...defaultSettings(), ...settings }),
    tabUrl: async (id) => urls[id],
    tabs: async () => Object.entries(urls).map(([id, url]) => ({ id: Number(id), url })),
  });

  it('shows the count on pages checked by themselves or on request, none on paused or off pages', async () => {
    const urls = { 1: 'https://news.example/a', 2: 'https://off.example/b' };
    const port = recording();
    await settingsAwareBadges(port, gatePorts({ disabledSites: ['off.example'], mode: 'on-demand' }, urls)).setBadge(1, 3);
    await settingsAwareBadges(port, gatePorts({ disabledSites: ['off.example'] }, urls)).setBadge(2, 3);
    expect(port.shown).toEqual(new Map([[1, 3], [2, 0]]));
    await settingsAwareBadges(port, gatePorts({ paused: true }, urls)).setBadge(1, 2);
    expect(port.shown.get(1)).toBe(0);
  });

  it('clears the badges of the tabs a settings change pauses or turns off, and only those', async () => {
    const port = recording();
    const urls = { 1: 'https://news.example/a', 2: 'https://off.example/b' };
    await clearBlockedBadges({ ...defaultSettings(), disabledSites: ['off.example'] }, port, gatePorts({}, urls));
    expect(port.shown).toEqual(new Map([[2, 0]]));
  });

  it('end to end in the background: analysing a page of a site turned off leaves the badge empty', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://off.example/story' });
    await updateSettings((s) => ({ ...s, disabledSites: ['off.example'] }));
    registerBackground(createDeps(freshDb(), settingsAwareBadges(browserTabsPort()), { analyze: () => disputed }));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page/analyze', page: { url: tab.url!, title: 'A' }, text: 'Some article text.' },
      { tab: { id: tab.id } as Browser.tabs.Tab, frameId: 0 },
      () => undefined,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page/analyze', page: { url: tab.url!, title: 'A' }, text: 'Some article text.' },
      { tab: { id: tab.id } as Browser.tabs.Tab, frameId: 0 },
      () => undefined,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('1');
    // Pausing clears it at once, without another analysis.
    await updateSettings((s) => ({ ...s, paused: true }));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe(''));
  });
});
