/**
 * The built extension in a real Chromium: launch, the service worker, tabs, badge, menu saves, worker restarts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionLaunchOptions } from '../../../scripts/chromium';

/** The slice of `chrome.*` the tests call inside the service worker. */
interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; title?: string }[]>; get(id: number): Promise<object> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  commands: { onCommand: { dispatch(command: string, tab: object): void } };
  contextMenus: {
    update(id: string, props: object): Promise<void>;
    onClicked: { dispatch(info: object, tab: object): void };
  };
  scripting: { executeScript(i: object): Promise<{ frameId: number; result?: unknown }[]> };
}
// Callbacks passed to `evaluate` run inside the worker, so each reads `chrome` from its own global there.
// They define no named functions: tsx's keepNames would wrap them in a helper that the worker lacks.
type WorkerGlobal = { chrome: WorkerChrome };

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export class Extension {
  private constructor(
    readonly context: BrowserContext,
    readonly id: string,
    private readonly profile: string,
  ) {}

  /**
   * Launches Chromium (`CHROMIUM_PATH` or Debian's) headless with only this extension, and waits for its worker.
   * @param extraArgs more Chromium switches, e.g. `--host-resolver-rules` to give the fixture server a second hostname.
   */
  static async launch(extraArgs: readonly string[] = []): Promise<Extension> {
    const profile = await mkdtemp(join(tmpdir(), 'claimlens-e2e-'));
    const options = extensionLaunchOptions(EXTENSION_DIR, true);
    const context = await chromium.launchPersistentContext(profile, { ...options, args: [...options.args, ...extraArgs] });
    const sw =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(async (err: unknown) => {
        await context.close();
        throw new Error(`the extension's service worker did not start: is ${EXTENSION_DIR} a working build? (${String(err)})`);
      }));
    return new Extension(context, new URL(sw.url()).host, profile);
  }

  /** The extension's live service worker; waits for one if it was stopped and has not woken yet. */
  async worker(): Promise<Worker> {
    const live = this.context.serviceWorkers().filter((w) => new URL(w.url()).host === this.id);
    return live.at(-1) ?? (await this.context.waitForEvent('serviceworker', { timeout: 10_000 }));
  }

  url(path: string): string {
    return `chrome-extension://${this.id}${path}`;
  }

  /** The browser's id for the tab showing `page`. */
  async tabId(page: Page): Promise<number> {
    const url = page.url();
    const tabs = await (await this.worker()).evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.tabs.query({}));
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
    return tab.id;
  }

  /** The toolbar badge text for a tab ('' when none). */
  async badgeText(tabId: number): Promise<string> {
    return (await this.worker()).evaluate((id) => (globalThis as unknown as WorkerGlobal).chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Resolves when the context menu item exists; rejects otherwise. */
  async menuItemExists(id: string): Promise<void> {
    await (await this.worker()).evaluate((menuId) => (globalThis as unknown as WorkerGlobal).chrome.contextMenus.update(menuId, {}), id);
  }

  /**
   * Clicks "Save claim to ClaimLens" the way Chromium would: fires the real `contextMenus.onClicked` listeners
   * with the selection (menus can't be clicked headlessly).
   */
  async clickSaveMenu(page: Page, selectionText: string, frame: { frameId: number; frameUrl: string } | null = null): Promise<void> {
    const tabId = await this.tabId(page);
    const worker = await this.worker();
    await worker.evaluate(
      async ({ tabId, selectionText, pageUrl, frame }) => {
        const chrome = (globalThis as unknown as WorkerGlobal).chrome;
        const tab = await chrome.tabs.get(tabId);
        const where = frame ?? { frameId: 0 };
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'save-claim', selectionText, ...where, pageUrl, editable: false }, tab);
      },
      { tabId, selectionText, pageUrl: page.url(), frame },
    );
  }

  /** The browser's frame id of the frame of `page` whose URL is `frameUrl` (asked of every frame by a one-off script). */
  async frameIdOf(page: Page, frameUrl: string): Promise<number> {
    const tabId = await this.tabId(page);
    const frames = await (await this.worker()).evaluate(
      (id) =>
        // An array element, not a property: tsx would otherwise name the function with a helper the worker lacks.
        (globalThis as unknown as WorkerGlobal).chrome.scripting.executeScript({ target: { tabId: id, allFrames: true }, func: [() => location.href][0] }),
      tabId,
    );
    const found = frames.find((f) => f.result === frameUrl);
    if (!found) throw new Error(`no frame at ${frameUrl} in ${page.url()}`);
    return found.frameId;
  }

  /**
   * Presses the "save the selection" shortcut (Alt+Shift+S) for `page`'s tab: fires the real `commands.onCommand`
   * listeners, which, unlike the menu, get no copy of the selection and rely on the page's content script.
   */
  async pressSaveShortcut(page: Page): Promise<void> {
    const tabId = await this.tabId(page);
    await (await this.worker()).evaluate(async (id) => {
      const chrome = (globalThis as unknown as WorkerGlobal).chrome;
      chrome.commands.onCommand.dispatch('save-claim', await chrome.tabs.get(id));
    }, tabId);
  }

  /**
   * Stops the service worker through CDP from an extension page (as Chromium does to an idle MV3 worker) and
   * waits until DevTools reports it stopped; the next event starts it again with empty globals. (Playwright's
   * Worker object survives the restart and then talks to the new instance, so its 'close' event is no signal.)
   */
  async stopWorker(extensionPage: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(extensionPage);
    const prefix = `chrome-extension://${this.id}/`;
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'stopped')) resolve();
      }),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
    });
    try {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, timeout]);
    } finally {
      clearTimeout(timer);
      await cdp.detach().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}
