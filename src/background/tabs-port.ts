/**
 * The few tab operations the handlers need, behind an interface so integration tests can record them
 * instead of driving a browser.
 */
import { browser } from 'wxt/browser';
import type { ContentRequest } from '../messaging/schemas';

export interface TabsPort {
  /** Shows `count` on the toolbar button for one tab; 0 clears it. Never throws (a closed tab is not an error). */
  setBadge(tabId: number, count: number): Promise<void>;
  /** Sends to every tab's content script without waiting for replies; tabs without one are skipped silently. */
  broadcast(message: ContentRequest): Promise<void>;
  /** Sends to one tab (one frame when `frameId` is given) and resolves with its raw, unvalidated reply. Rejects if nobody listens. */
  send(tabId: number, message: ContentRequest, frameId?: number): Promise<unknown>;
}

/** Red-ish: the badge only ever counts claims that some source disputes. */
export const BADGE_COLOR = '#c62828';

/** The real port over `browser.tabs` and the toolbar action (`action` in MV3, `browserAction` in Firefox MV2). */
export function browserTabsPort(): TabsPort {
  return {
    async setBadge(tabId, count) {
      const action = browser.action ?? browser.browserAction;
      try {
        await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
        if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      } catch {
        // The tab closed or navigated away while its page was analysed: nothing to show.
      }
    },
    async broadcast(message) {
      const tabs = await browser.tabs.query({});
      for (const tab of tabs) {
        // Not awaited: a slow tab must not hold up the reply to the tab that saved.
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }
    },
    send(tabId, message, frameId) {
      return frameId === undefined
        ? browser.tabs.sendMessage(tabId, message)
        : browser.tabs.sendMessage(tabId, message, { frameId });
    },
  };
}
