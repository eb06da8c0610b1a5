/**
 * The reader's controls as end-to-end tests reach them: by role and accessible name, as a screen reader would,
 * plus the stored settings and the next/previous-claim commands read and driven from the service worker.
 */
import type { Page } from 'playwright-core';
import type { Extension } from './extension';

type WorkerChrome = {
  chrome: {
    storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, unknown>> }>;
    tabs: { get(tabId: number): Promise<object> };
    commands: { getAll(): Promise<{ name: string; shortcut: string }[]>; onCommand: { dispatch(command: string, tab: object): void } };
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
 * Presses a keyboard command the way Chromium would: fires the real `commands.onCommand` listeners in the service
 * worker with the tab (commands can't be pressed headlessly; like `contextMenus.onClicked.dispatch`, this is
 * Chromium's undocumented event dispatch).
 */
export async function pressCommand(ext: Extension, tabId: number, command: 'next-claim' | 'previous-claim'): Promise<void> {
  await (await ext.worker()).evaluate(
    async ({ tabId, command }) => {
      const { chrome } = globalThis as unknown as WorkerChrome;
      chrome.commands.onCommand.dispatch(command, await chrome.tabs.get(tabId));
    },
    { tabId, command },
  );
}

/** The commands and the shortcuts Chromium actually gave them (empty when a suggested key was refused). */
export async function commandShortcuts(ext: Extension): Promise<Record<string, string>> {
  const all = await (await ext.worker()).evaluate(() => (globalThis as unknown as WorkerChrome).chrome.commands.getAll());
  return Object.fromEntries(all.map((c) => [c.name, c.shortcut]));
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
