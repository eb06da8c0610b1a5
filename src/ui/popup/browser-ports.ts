/**
 * The popup's ports backed by the real extension APIs.
 */
import { browser } from 'wxt/browser';
import { browserSettingsPorts } from '../../settings/ports';
import type { PopupPorts, PopupTab } from './popup';

/**
 * The tab named by `?tabId=N` in the popup's own URL (tests open the popup as a tab, which is then the active
 * tab itself), else the active tab of the current window.
 */
async function findTab(search: string): Promise<PopupTab | null> {
  const param = new URLSearchParams(search).get('tabId');
  const id = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;
  const tab = id !== undefined ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url, title: tab.title };
}

/** Ports for the popup running at `location`. */
export function browserPorts(location: Location): PopupPorts {
  return {
    findTab: () => findTab(location.search),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    sendToBackground: (message) => browser.runtime.sendMessage(message),
    extensionUrl: (path) => browser.runtime.getURL(path as '/viewer.html'),
    openTab: async (url) => {
      await browser.tabs.create({ url });
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    controls: browserSettingsPorts(),
  };
}
