/**
 * The extension's viewer page showing one stored source with the quoted sentence marked.
 */
import type { Page } from 'playwright-core';

export class ViewerPage {
  constructor(readonly page: Page) {}

  /** Waits for the document and its mark; returns the marked text (whitespace collapsed). */
  async markedText(timeout = 10_000): Promise<string> {
    const mark = this.page.locator('article mark');
    await mark.first().waitFor({ timeout });
    const parts = await mark.allTextContents();
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  async title(): Promise<string> {
    return (await this.page.locator('h1').textContent()) ?? '';
  }

  /** True when the first mark is inside the viewport (the viewer scrolled to it). */
  async markInView(): Promise<boolean> {
    return this.page.locator('article mark').first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
  }
}
