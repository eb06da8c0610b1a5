/**
 * The options page's "Your data" section, driven as a reader would: tick kinds, click export (the file arrives as
 * a Playwright download), choose a file to import, read the preview, apply, reset with a confirmation.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Extension } from './extension';

export interface Exported {
  filename: string;
  text: string;
  status: string;
}

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(ext: Extension): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.url('/options.html'));
    await page.waitForSelector('.data-body .export-json');
    return new OptionsPage(page);
  }

  /** Sends a message to the background from this extension page and returns the raw reply. */
  send(message: object): Promise<unknown> {
    return this.page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
  }

  /** Clicks an export button and returns the downloaded file and the status line. */
  async export(format: 'json' | 'annotations', kinds?: string[]): Promise<Exported> {
    if (kinds) {
      for (const box of await this.page.locator('input[name="export-kind"]').all()) {
        await box.setChecked(kinds.includes((await box.getAttribute('value')) ?? ''));
      }
    }
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(`.export-${format}`)]);
    const text = await readFile((await download.path())!, 'utf8');
    await this.page.waitForFunction(() => /^Exported/.test(document.querySelector('.export-status')?.textContent ?? ''));
    return { filename: download.suggestedFilename(), text, status: (await this.page.textContent('.export-status')) ?? '' };
  }

  /** Chooses a file for import and waits for its preview or its error; returns the preview's text. */
  async choose(path: string): Promise<string> {
    await this.page.setInputFiles('.import-file', path);
    const result = this.page.locator('.import-preview .data-preview, .import-preview .data-status.error');
    await result.first().waitFor();
    return (await this.page.textContent('.import-preview')) ?? '';
  }

  /** The Import button of the current preview (absent when there is nothing new). */
  applyButton() {
    return this.page.locator('.import-apply');
  }

  /** Clicks Import and waits for the outcome line. */
  async apply(): Promise<string> {
    await this.applyButton().click();
    await this.page.waitForFunction(() => {
      const s = document.querySelector('.import-status')?.textContent ?? '';
      return s !== '' && s !== 'Importing…';
    });
    return (await this.page.textContent('.import-status')) ?? '';
  }

  /** Resets to seeds, keeping or dropping saved claims; returns the confirmation question and the outcome. */
  async reset(keepSaved: boolean): Promise<{ question: string; status: string }> {
    await this.page.check(`input[name="reset-saved"][value="${keepSaved ? 'keep' : 'drop'}"]`);
    await this.page.click('.reset-start');
    await this.page.locator('.confirm').waitFor({ state: 'visible' });
    const question = (await this.page.textContent('.confirm-text')) ?? '';
    await this.page.click('.reset-confirm');
    await this.page.waitForFunction(() => /^Done|fail|didn’t/.test(document.querySelector('.reset-status')?.textContent ?? ''));
    return { question, status: (await this.page.textContent('.reset-status')) ?? '' };
  }
}
