/**
 * The library page (`library.html`) driven the way a reader would: typing, ticking, opening rows, editing.
 */
import type { Locator, Page } from 'playwright-core';
import type { Extension } from './extension';

export interface LibraryRowData {
  id: string;
  kind: string;
  verdict: string;
  title: string;
  text: string;
}

export class LibraryPage {
  private constructor(readonly page: Page) {}

  static async open(ext: Extension, page?: Page): Promise<LibraryPage> {
    const p = page ?? (await ext.context.newPage());
    await p.setViewportSize({ width: 1200, height: 900 });
    await p.goto(ext.url('/library.html'));
    const library = new LibraryPage(p);
    await library.loaded();
    return library;
  }

  /** Waits until the first list reply is shown. */
  async loaded(): Promise<void> {
    await this.page.waitForFunction(() => {
      const s = document.querySelector('.summary')?.textContent ?? '';
      return s !== '' && !s.startsWith('Loading');
    });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.loaded();
  }

  summary(): Promise<string> {
    return this.page.locator('.summary').innerText();
  }

  /** Types into the search box key by key, as a reader does. */
  async typeSearch(text: string): Promise<void> {
    const box = this.page.getByRole('searchbox', { name: 'Search the library' });
    await box.fill('');
    await box.pressSequentially(text, { delay: 30 });
  }

  async rows(): Promise<LibraryRowData[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.rows > li')].map((li) => ({
        id: li.getAttribute('data-id') ?? '',
        kind: li.getAttribute('data-kind') ?? '',
        verdict: li.getAttribute('data-verdict') ?? '',
        title: li.querySelector('.row-title')?.textContent ?? '',
        text: li.querySelector('.row-text')?.textContent ?? '',
      })),
    );
  }

  /** The count shown next to a filter value, found by the checkbox's accessible name (e.g. "Saved claims"). */
  async count(group: string, value: string): Promise<number> {
    const label = this.page.getByRole('group', { name: group }).locator('label.choice', { hasText: value });
    const text = (await label.locator('.count').textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  async tick(group: string, value: string, on = true): Promise<void> {
    await this.page.getByRole('group', { name: group }).getByRole('checkbox', { name: new RegExp(value) }).setChecked(on);
  }

  row(id: string): Locator {
    return this.page.locator(`.rows > li[data-id="${id}"]`);
  }

  /** Opens (or closes) a row by clicking its toggle. */
  async toggle(id: string): Promise<void> {
    await this.row(id).locator('.row-toggle').click();
  }

  /** Opens a row unless it is open already. */
  async open(id: string): Promise<void> {
    if ((await this.row(id).locator('.row-toggle').getAttribute('aria-expanded')) !== 'true') await this.toggle(id);
  }

  /** The relations of an opened claim once they have loaded: relation and explanation of each. */
  async relations(id: string): Promise<Array<{ relation: string; title: string; explanation: string }>> {
    const section = this.row(id).locator('.relations-section[aria-busy="false"]');
    await section.waitFor();
    return section.locator('.match').evaluateAll((ms) =>
      ms.map((m) => ({
        relation: m.getAttribute('data-relation') ?? '',
        title: m.querySelector('.source-title')?.textContent ?? '',
        explanation: m.querySelector('.explanation')?.textContent ?? '',
      })),
    );
  }

  /** Edits an opened claim's text and note and waits for "Saved.". */
  async edit(id: string, text: string, note: string): Promise<void> {
    const row = this.row(id);
    await row.getByLabel('Claim text').fill(text);
    await row.getByLabel('Note').fill(note);
    await row.getByRole('button', { name: 'Save changes' }).click();
    await row.locator('.edit-form .form-status', { hasText: 'Saved.' }).waitFor();
  }

  /** Opens the claim's row if needed and presses its Delete button. */
  async remove(id: string): Promise<void> {
    await this.open(id);
    await this.row(id).getByRole('button', { name: 'Delete claim' }).click();
  }

  notice(): Locator {
    return this.page.locator('.notice-bar');
  }
}
