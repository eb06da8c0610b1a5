/**
 * The badge follows the reader's settings: a page ClaimLens is paused or off on shows no count, even when the
 * reader asked for it to be analysed once, and pausing or turning a site off clears the count of open tabs.
 */
import { browser } from 'wxt/browser';
import { isBlocked, runModeFor } from '../settings/policy';
import { loadSettings, watchSettings, type SettingsStorage } from '../settings/storage';
import type { Settings } from '../settings/schema';
import type { TabsPort } from './tabs-port';

/** The few browser calls this needs, injectable for tests. */
export interface BadgeGatePorts {
  settings(): Promise<Settings>;
  /** The URL a tab shows, or undefined when it is gone or unknown. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Every open tab with an id. */
  tabs(): Promise<{ id: number; url?: string | undefined }[]>;
}

export function browserBadgeGatePorts(storage?: SettingsStorage): BadgeGatePorts {
  return {
    settings: () => loadSettings(storage),
    tabUrl: (tabId) => browser.tabs.get(tabId).then((t) => t.url, () => undefined),
    tabs: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, url: t.url }])),
  };
}

/** `port` whose `setBadge` shows nothing for a tab whose page ClaimLens is paused or off on. */
export function settingsAwareBadges(port: TabsPort, ports: BadgeGatePorts = browserBadgeGatePorts()): TabsPort {
  return {
    ...port,
    async setBadge(tabId, count) {
      const blocked = count > 0 && isBlocked(runModeFor(await ports.settings(), await ports.tabUrl(tabId)));
      return port.setBadge(tabId, blocked ? 0 : count);
    },
  };
}

/** Clears the badge of every tab that `settings` pause or turn off. */
export async function clearBlockedBadges(settings: Settings, port: Pick<TabsPort, 'setBadge'>, ports: BadgeGatePorts): Promise<void> {
  const tabs = await ports.tabs();
  await Promise.all(tabs.filter((t) => isBlocked(runModeFor(settings, t.url))).map((t) => port.setBadge(t.id, 0)));
}

/** Watches the settings for the worker's lifetime (registered synchronously, like every background listener). */
export function watchBadgeSettings(port: Pick<TabsPort, 'setBadge'>, ports: BadgeGatePorts = browserBadgeGatePorts()): void {
  watchSettings((s) => void clearBlockedBadges(s, port, ports).catch(() => undefined), new AbortController().signal);
}
