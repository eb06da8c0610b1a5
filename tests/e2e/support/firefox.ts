/**
 * The built Firefox extension (.output/firefox-mv2) in a real headless Firefox (Debian's `firefox-esr`), driven by
 * puppeteer-core over WebDriver BiDi. Installs the extension as a temporary add-on and opens its pages.
 *
 * Two things Firefox needs that Chromium doesn't:
 * - WebDriver refuses to navigate to `moz-extension://` URLs unless Firefox runs with `--remote-allow-system-access`.
 * - An add-on's `moz-extension://` host is a random UUID per profile; the `extensions.webextensions.uuids` pref
 *   pins it, so the tests know the extension pages' URLs before installing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from './wait';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
/** Must equal `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'claimlens@claimlens.local';

/** The slice of the WebExtension API the tests call from an extension page. */
interface PageBrowser {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
  contextMenus: { update(id: string, props: object): Promise<void> };
  runtime: { getManifest(): { version: string } };
}
// Callbacks passed to `evaluate` run in the extension page, so each reads `browser` from its own global there.
type PageGlobal = { browser: PageBrowser };

export class FirefoxExtension {
  private constructor(
    readonly browser: Browser,
    readonly uuid: string,
    private readonly profile: string,
  ) {}

  /**
   * Launches headless Firefox and installs the built extension. Closes the browser again if installing fails, and
   * says which part failed (Firefox missing, broken build, rejected add-on).
   */
  static async launch(): Promise<FirefoxExtension> {
    const uuid = randomUUID();
    // Our own profile folder, so it is deleted even when Firefox fails to start (puppeteer's own would stay).
    const profile = await mkdtemp(join(tmpdir(), 'claimlens-firefox-'));
    const browser = await puppeteer
      .launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        userDataDir: profile,
        headless: true,
        timeout: 60_000,
        protocolTimeout: 30_000,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
      })
      .catch(async (err: unknown) => {
        await rm(profile, { recursive: true, force: true });
        throw new Error(`could not start ${FIREFOX_PATH} (install Debian's firefox-esr or set FIREFOX_PATH): ${String(err)}`);
      });
    const ext = new FirefoxExtension(browser, uuid, profile);
    try {
      const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    } catch (err) {
      await ext.close();
      throw new Error(`Firefox refused ${FIREFOX_EXTENSION_DIR}: is it a working \`wxt build -b firefox\`? (${String(err)})`);
    }
    return ext;
  }

  url(path: string): string {
    return `moz-extension://${this.uuid}${path}`;
  }

  /** A new tab showing a web page, loaded. */
  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    return page;
  }

  /**
   * A new tab showing one of the extension's pages (e.g. `/popup.html?tabId=3`), loaded. BiDi's navigate command
   * never reports an extension page as loaded (it runs in the extension process), so this starts the navigation
   * without waiting on it and polls the tab itself.
   */
  async openExtensionPage(path: string): Promise<Page> {
    const url = this.url(path);
    const page = await this.browser.newPage();
    // The pending command ends in a timeout or when the tab closes; neither says anything about the page.
    page.goto(url, { timeout: 60_000 }).catch(() => undefined);
    await waitFor(
      `${url} to load`,
      () => page.evaluate(() => (document.readyState === 'complete' ? location.href : '')),
      (href) => href === url,
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    return page;
  }

  /** The browser's id for the tab showing `url`, asked from an extension page (which can use `browser.tabs`). */
  async tabId(extensionPage: Page, url: string): Promise<number> {
    const tabs = await extensionPage.evaluate(() => (globalThis as unknown as PageGlobal).browser.tabs.query({}));
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}: ${JSON.stringify(tabs)}`);
    return tab.id;
  }

  /** The toolbar badge text for a tab ('' when none). */
  async badgeText(extensionPage: Page, tabId: number): Promise<string> {
    return extensionPage.evaluate((id) => (globalThis as unknown as PageGlobal).browser.browserAction.getBadgeText({ tabId: id }), tabId);
  }

  /** Resolves when the background created the context menu item `id`; rejects otherwise. */
  async menuItemExists(extensionPage: Page, id: string): Promise<void> {
    await extensionPage.evaluate((menuId) => (globalThis as unknown as PageGlobal).browser.contextMenus.update(menuId, {}), id);
  }

  /** Closes Firefox and deletes its profile. */
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await rm(this.profile, { recursive: true, force: true });
    }
  }
}
