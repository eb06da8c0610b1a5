/**
 * The background's wiring over the fake `browser` (WxtVitest maps `wxt/browser` to it). fake-browser has no
 * contextMenus or commands, so those two are stubbed with the minimal event shape the background uses.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDeps, type BackgroundDeps } from '../../src/background/deps';
import { registerBackground } from '../../src/background/register';
import { browserTabsPort } from '../../src/background/tabs-port';
import type { ClaimResult } from '../../src/engine/types';
import { freshDb } from './helpers';

type Listener = (...args: any[]) => unknown;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => listeners.push(l), fire: (...args: unknown[]) => listeners.map((l) => l(...args)) };
};

let menus: { items: unknown[]; onClicked: ReturnType<typeof event> };
let onCommand: ReturnType<typeof event>;
let tabMessages: Array<{ tabId: number; message: unknown; options?: unknown }>;
let contentScript: (message: { type: string }) => Promise<unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  menus = { items: [], onClicked: event() };
  onCommand = event();
  tabMessages = [];
  contentScript = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: async () => void (menus.items = []),
      create: (props: unknown, done?: () => void) => (menus.items.push(props), done?.()),
      onClicked: menus.onClicked,
    },
    commands: { onCommand },
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number, message: { type: string }, options?: unknown) => {
    tabMessages.push({ tabId, message, options });
    return contentScript(message);
  }) as typeof fakeBrowser.tabs.sendMessage);
});

const claims = (...verdicts: ClaimResult['verdict'][]): ClaimResult[] =>
  verdicts.map((verdict, i) => ({ text: 'Claim.', start: i * 7, end: i * 7 + 6, verdict, matches: [] }));

function register(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return registerBackground(createDeps(freshDb(), browserTabsPort(), overrides));
}

describe('registerBackground', () => {
  it('on install and again on update: five seeds and exactly one "Save claim" menu item', async () => {
    const deps = register();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(menus.items).toEqual([{ id: 'save-claim', title: 'Save claim to ClaimLens', contexts: ['selection'] }]);
    expect(await deps.db.sources.count()).toBe(5);
  });

  it('answers runtime messages with validated replies', async () => {
    register();
    // fake-browser's sendMessage only supports `return true` listeners; the polyfill also takes a returned promise,
    // which is what the background uses, so the listener's own result is checked here.
    const ask = async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined))[0];
    const seed = await ask({ type: 'source/get', id: 'seed:001_0ec596f7bbf98cd9' });
    expect(seed).toMatchObject({ ok: true, data: { source: { id: 'seed:001_0ec596f7bbf98cd9', kind: 'seed' } } });
    expect(await ask({ type: 'source/get' })).toMatchObject({ ok: false, error: expect.stringMatching(/invalid 'source\/get' message: id/) });
  });

  it('shows the disputed-claim count on the sender tab’s badge, red, and clears it at zero', async () => {
    let result = claims('conflicting', 'mixed', 'corroborated');
    register({ analyze: () => result });
    const send = (tabId: number) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'page/analyze', page: { url: 'https://news.example/a', title: 'A' }, text: 'Some article text.' },
        { tab: { id: tabId } as Browser.tabs.Tab, frameId: 0 },
        () => undefined,
      );
    await send(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([198, 40, 40, 255]);
    result = claims('corroborated');
    await send(3);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('the context menu saves the selection, falling back to the menu’s text without a content script, and tells every tab', async () => {
    const deps = register();
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/b#x' });
    menus.onClicked.fire({ menuItemId: 'save-claim', selectionText: 'Saved from the menu', frameId: 0, pageUrl: tab.url }, tab);
    await vi.waitFor(async () => expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(1));
    const saved = await deps.db.sources.where('kind').equals('saved').first();
    expect(saved).toMatchObject({ text: 'Saved from the menu', url: 'https://news.example/b', selector: { prefix: '', suffix: '' } });
    await vi.waitFor(() => expect(tabMessages.map((m) => m.message)).toContainEqual({ type: 'claim/saved', duplicate: false, text: 'Saved from the menu' }));
    const changed = tabMessages.filter((m) => (m.message as { type: string }).type === 'store/changed').map((m) => m.tabId);
    expect(changed.sort()).toEqual((await fakeBrowser.tabs.query({})).map((t) => t.id).sort());
  });

  it('ignores other menu items and commands', async () => {
    const deps = register();
    menus.onClicked.fire({ menuItemId: 'something-else', selectionText: 'x', frameId: 0, pageUrl: 'https://a.example/' }, { id: 1 });
    onCommand.fire('_execute_action', { id: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(tabMessages).toEqual([]);
    expect(await deps.db.sources.count()).toBe(0);
  });

  it('the shortcut saves the active tab’s selection from its content script', async () => {
    const deps = register();
    // The worker asks for the last focused window's tab, as a service worker (which has no window) must.
    // fake-browser reports the *previously* focused window as last focused, hence two windows.
    const reading = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/c', active: true, windowId: reading?.id ?? -1 });
    contentScript = async (m) =>
      m.type === 'page/selection'
        ? { ok: true, data: { page: { url: 'https://news.example/c', title: 'C' }, selector: { exact: 'Shortcut words', prefix: 'p', suffix: 's' } } }
        : { ok: true, data: null };
    onCommand.fire('save-claim', undefined);
    await vi.waitFor(async () => expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(1));
    expect(tabMessages[0]).toEqual({ tabId: tab.id, message: { type: 'page/selection' }, options: { frameId: 0 } });
    expect((await deps.db.sources.where('kind').equals('saved').first())?.selector).toEqual({ exact: 'Shortcut words', prefix: 'p', suffix: 's' });
  });

  it('forgets a closed tab’s analysis', async () => {
    const deps = register();
    const run = deps.runs.start(42);
    await fakeBrowser.tabs.onRemoved.trigger(42, { isWindowClosing: false, windowId: 0 });
    expect(run.signal.aborted).toBe(true);
    expect(deps.runs.size).toBe(0);
  });
});

describe('entrypoints/background.ts', () => {
  it('registers nothing on import and every listener in main()', async () => {
    const { default: background } = await import('../../entrypoints/background');
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    background.main();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
    expect(menus.onClicked.listeners).toHaveLength(1);
    expect(onCommand.listeners).toHaveLength(1);
  });
});
