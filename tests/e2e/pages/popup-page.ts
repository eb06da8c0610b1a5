/**
 * The toolbar popup, opened as a tab for a given tab id (`popup.html?tabId=N`), read back as plain data.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Extension } from './extension';
import { readPopupClaims, type PopupClaim } from './in-page';

export type { PopupClaim, PopupMatch } from './in-page';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup for `tabId` and waits until it shows a settled state (not "checking…"). */
  static async open(ext: Extension, tabId: number): Promise<PopupPage> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(ext.url(`/popup.html?tabId=${tabId}`));
    const popup = new PopupPage(page);
    await popup.settled();
    return popup;
  }

  /** Waits for claims or a final status, and for the saved-claims section to load. */
  async settled(timeout = 15_000): Promise<void> {
    await this.page.waitForSelector('.claim-groups, .status:not([data-state="analyzing"])', { timeout });
    await this.page.waitForFunction(() => {
      const saved = document.querySelector<HTMLElement>('.saved');
      return !!saved && (saved.hidden || !!saved.querySelector('.saved-list, .saved-empty'));
    });
  }

  /** Reloads the popup (it reads the tab once per open) and waits for it to settle. */
  async reopen(): Promise<void> {
    await this.page.reload();
    await this.settled();
  }

  /** Group headings in order, e.g. `['✕ Conflicting (1)', '✓ Corroborated (2)']`. */
  async groupHeadings(): Promise<string[]> {
    return this.page.locator('.group-heading').allTextContents();
  }

  async statusTitle(): Promise<string> {
    return (await this.page.locator('.status-title').textContent()) ?? '';
  }

  async claims(): Promise<PopupClaim[]> {
    return this.page.evaluate(readPopupClaims);
  }

  /** The quotes listed under "Saved from this page". */
  async savedQuotes(): Promise<string[]> {
    return this.page.locator('.saved-list .quote').allTextContents();
  }

  /**
   * Each saved claim as listed: its quote, what the page found (`found`, `changed`, `orphaned`, `searching`,
   * or '' when the page has not said) and the line saying so.
   */
  async savedClaims(): Promise<{ quote: string; state: string; note: string }[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.saved-item')].map((li) => ({
        quote: li.querySelector('.quote')?.textContent ?? '',
        state: li.getAttribute('data-anchor') ?? '',
        note: li.querySelector('.saved-anchor')?.textContent ?? '',
      })),
    );
  }

  /** A picture of the "Saved from this page" section alone. */
  async screenshotSaved(path: string): Promise<void> {
    await this.page.locator('.saved').screenshot({ path });
  }

  /** Clicks "Open" on the saved claim whose quote contains `text` and returns the tab it opens. */
  async openSaved(context: BrowserContext, text: string): Promise<Page> {
    const opened = context.waitForEvent('page');
    await this.page.locator('.saved-item', { hasText: text }).locator('.saved-open').click();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  /** Clicks the claim whose text contains `text` (the popup asks the page to scroll to it). */
  async clickClaim(text: string): Promise<void> {
    await this.page.locator('button.claim-text', { hasText: text }).first().click();
  }

  /** Clicks the source link with this href and returns the tab it opens. */
  async openSource(context: BrowserContext, href: string): Promise<Page> {
    const opened = context.waitForEvent('page');
    await this.page.locator(`.source-title[href="${href}"]`).first().click();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  /** What the reader sees when the popup opens: its first 380×600 px (the browser's popup size limit). */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
