/**
 * Wires the background: every listener is registered synchronously when the worker starts, because an
 * MV3 service worker woken by an event only delivers it to listeners that exist by the end of the first turn.
 */
import { browser, type Browser } from 'wxt/browser';
import { ClaimLensDB } from '../store';
import { settingsAwareBadges, watchBadgeSettings } from './badge-gate';
import { claimCommandDirection, focusClaimInTab } from './claim-commands';
import { createSaveClaimMenu, SAVE_CLAIM_COMMAND, SAVE_CLAIM_MENU_ID } from './context-menu';
import { createDeps, type BackgroundDeps } from './deps';
import { handleMessage } from './handlers';
import { saveFromTab } from './save-from-tab';
import { senderInfo } from './sender';
import { browserTabsPort } from './tabs-port';

/**
 * Registers the background's listeners and returns its dependencies.
 * @param deps injected by tests; the extension passes nothing and gets the real database and tabs.
 */
export function registerBackground(deps: BackgroundDeps = createDeps(new ClaimLensDB(), settingsAwareBadges(browserTabsPort()))): BackgroundDeps {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(message, senderInfo(sender, browser.runtime.getURL('/')), deps),
  );
  browser.runtime.onInstalled.addListener(() => onInstalled(deps));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_CLAIM_MENU_ID) return;
    void reportFailure(
      saveFromTab(
        {
          ...(tab ? { tab } : {}),
          ...(info.frameId !== undefined ? { frameId: info.frameId } : {}),
          ...(info.selectionText !== undefined ? { selectionText: info.selectionText } : {}),
          ...(info.pageUrl !== undefined ? { pageUrl: info.pageUrl } : {}),
          ...(info.frameUrl !== undefined ? { frameUrl: info.frameUrl } : {}),
        },
        deps,
      ),
    );
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = claimCommandDirection(command);
    if (direction) return void activeTabId(tab).then((id) => id !== undefined && focusClaimInTab(id, direction, deps.tabs)).catch(() => undefined);
    if (command !== SAVE_CLAIM_COMMAND) return;
    void reportFailure(saveActiveTab(tab, deps));
  });
  browser.tabs.onRemoved.addListener((tabId) => deps.runs.forget(tabId));
  watchBadgeSettings(deps.tabs);
  return deps;
}

/** Seeds the store (the same once-per-worker promise the handlers await) and creates the menu item. */
async function onInstalled(deps: BackgroundDeps): Promise<void> {
  const results = await Promise.allSettled([deps.ready(), createSaveClaimMenu()]);
  for (const r of results) if (r.status === 'rejected') console.error('ClaimLens install step failed:', r.reason);
}

/** The shortcut gives the tab in recent Chrome and Firefox; older ones do not, so fall back to the focused window's active tab. */
async function saveActiveTab(tab: Browser.tabs.Tab | undefined, deps: BackgroundDeps) {
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  return saveFromTab(target ? { tab: target } : {}, deps);
}

/** The command's tab, or the focused window's active tab for browsers that don't pass one. */
async function activeTabId(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  return (tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0])?.id;
}

/** Menu and shortcut saves have no caller to reply to: a failure is logged where a developer will look. */
async function reportFailure(save: Promise<{ ok: boolean; error?: string }>): Promise<void> {
  const reply = await save.catch((error: unknown) => ({ ok: false, error: String(error) }));
  if (!reply.ok) console.warn('ClaimLens could not save the selection:', reply.error);
}
