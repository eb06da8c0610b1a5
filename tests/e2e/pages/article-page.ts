/**
 * A news page in a tab, as ClaimLens paints it: highlights in `CSS.highlights` (read from the page's main world),
 * markers and the hover card inside `<claimlens-root>`'s open shadow root (Playwright locators pierce it).
 */
import type { Locator, Page } from 'playwright-core';
import { readPainted, type PaintedRanges } from './in-page';

export type { PaintedRanges } from './in-page';

export class ArticlePage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<ArticlePage> {
    await page.goto(url);
    return new ArticlePage(page);
  }

  /** Every ClaimLens highlight and the text of its ranges. */
  async painted(): Promise<PaintedRanges> {
    return this.page.evaluate(readPainted);
  }

  /** Waits until at least `min` claims are painted (in any ClaimLens highlight) and returns them. */
  async waitForPainted(min = 1, timeout = 15_000): Promise<PaintedRanges> {
    await this.page.waitForFunction(
      (n) => [...CSS.highlights.entries()].filter(([name]) => name.startsWith('claimlens-')).reduce((sum, [, h]) => sum + h.size, 0) >= n,
      min,
      { timeout },
    );
    return this.painted();
  }

  /** The in-page markers, one per painted claim; `verdict` narrows to one kind. */
  markers(verdict?: 'corroborated' | 'conflicting' | 'mixed'): Locator {
    return this.page.locator(`claimlens-root .marker${verdict ? `.${verdict}` : ''}`);
  }

  card(): Locator {
    return this.page.locator('claimlens-root #claimlens-card');
  }

  toast(): Locator {
    return this.page.locator('claimlens-root .toast');
  }

  /** Selects the first occurrence of `text` inside the page's paragraphs, the way a reader would with a mouse drag. */
  async select(text: string): Promise<string> {
    const selected = await this.page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const sel = getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
        return sel?.toString() ?? '';
      }
      return '';
    }, text);
    if (selected !== text) throw new Error(`could not select "${text}" on ${this.page.url()}`);
    return selected;
  }

  /**
   * True when ClaimLens left the page's own content alone: its body text is exactly what the server sent, and
   * our only element is the one `<claimlens-root>` host outside <body>.
   */
  async pageContentUntouched(): Promise<boolean> {
    return this.page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(html, 'text/html');
      const hosts = document.querySelectorAll('claimlens-root');
      return (
        original.body.textContent === document.body.textContent &&
        hosts.length === 1 &&
        hosts[0]?.parentElement === document.documentElement
      );
    });
  }
}
