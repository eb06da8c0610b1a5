/**
 * The reader's controls as end-to-end tests reach them: by role and accessible name, as a screen reader would,
 * plus the stored settings and the next/previous-claim commands read and driven from the service worker.
 */
import type { Page } from 'playwright-core';
import type { Extension } from './extension';

type WorkerChrome = {
  chrome: {
    storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, unknown>> }>;
    tabs: { sendMessage(tabId: number, message: object, options: object): Promise<unknown> };
  };
};

export const SETTINGS_KEY = 'claimlens.settings';

/** The popup's pause / resume button, "Off on <site>" checkbox and "Analyse this page" button. */
export function popupControls(popup: Page) {
  return {
    pause: popup.getByRole('button', { name: 'Pause everywhere', exact: true }),
    resume: popup.getByRole('button', { name: 'Resume', exact: true }),
    siteOff: (site: string) => popup.getByRole('checkbox', { name: `Off on ${site}`, exact: true }),
    analyse: popup.getByRole('button', { name: 'Analyse this page', exact: true }),
  };
}

/** The settings as stored in each area (what survives a worker restart). */
export async function storedSettings(ext: Extension): Promise<{ sync: unknown; local: unknown }> {
  return (await ext.worker()).evaluate(async (key) => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    return { sync: (await chrome.storage.sync.get(key))[key], local: (await chrome.storage.local.get(key))[key] };
  }, SETTINGS_KEY);
}

/**
 * Sends the tab the message the next/previous-claim command handler sends (`page/focusClaim`), from the
 * service worker: commands can't be pressed headlessly. Resolves with the content script's reply.
 */
export async function focusClaim(ext: Extension, tabId: number, direction: 'next' | 'previous'): Promise<unknown> {
  return (await ext.worker()).evaluate(
    ({ tabId, direction }) => (globalThis as unknown as WorkerChrome).chrome.tabs.sendMessage(tabId, { type: 'page/focusClaim', direction }, { frameId: 0 }),
    { tabId, direction },
  );
}

/** The `data-index` of the marker that has focus in the page's shadow root, or null. */
export async function focusedMarker(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const active = document.querySelector('claimlens-root')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active?.classList.contains('marker') ? Number(active.dataset.index) : null;
  });
}

/** The markers' `data-index` in reading order (top to bottom, then left to right). */
export async function markerOrder(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...(document.querySelector('claimlens-root')?.shadowRoot?.querySelectorAll<HTMLElement>('.marker') ?? [])]
      .filter((m) => !m.hidden)
      .map((m) => ({ i: Number(m.dataset.index), r: m.getBoundingClientRect() }))
      .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)
      .map((m) => m.i),
  );
}
