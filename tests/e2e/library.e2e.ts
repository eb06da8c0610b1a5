/**
 * The library page in Chromium against the built extension: a reader saves claims on an article, then finds,
 * filters, opens, edits and deletes them in the library. Steps run in order and share one browser.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticlePage } from './pages/article-page';
import { Extension } from './pages/extension';
import { LibraryPage, type LibraryRowData } from './pages/library-page';
import { PopupPage } from './pages/popup-page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const KOKSAN = 'Moscow has also received 170 mm M1978 Koksan self-propelled artillery guns from North Korea, Budanov said.';
const TROOPS = "About 12,000 North Korean troops were sent to fight in Russia's Kursk Oblast last year";
const DRONES = "Ukraine's air force said it shot down 38 of the 42 Russian drones launched overnight on Sunday.";
/** The drones claim as the reader corrects it: now at odds with the follow-up article's 42. */
const DRONES_EDITED = "Ukraine's air force said it shot down 40 of the 45 Russian drones launched overnight on Sunday.";
/** The follow-up article's own drone figures, which the saved drones claim is a source for. */
const FOLLOW_UP_DRONES = '38 of the 42 Russian drones';
const KIND = 'Kind';
const VERDICT = 'Verdict (saved claims)';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const byText = (rows: LibraryRowData[], text: string) => rows.find((r) => r.kind === 'saved' && norm(r.text) === norm(text));
const toastText = async (article: ArticlePage) => (await article.toast().textContent()) ?? '';

/** Saves `text` on the article through the context menu, as a reader does, and waits for its own "Saved" toast. */
async function saveOn(ext: Extension, article: ArticlePage, text: string): Promise<void> {
  // The last save's toast must be gone, or its "Saved" would be taken for this one's.
  await waitFor('the last toast to go', () => toastText(article), (t) => t === '');
  await ext.clickSaveMenu(article.page, await article.select(text));
  await waitFor('the saved toast', () => toastText(article), (t) => /Saved/.test(t));
  await article.page.evaluate(() => getSelection()?.removeAllRanges());
}

describe('the library page', { timeout: 180_000 }, () => {
  let server: FixtureServer;
  let ext: Extension;
  let library: LibraryPage;
  let article: ArticlePage;
  let followUp: ArticlePage;
  /** The highlight names (claimlens-corroborated, …) whose ranges hold the follow-up's drone figures. */
  const droneHighlights = async () =>
    Object.entries(await followUp.painted())
      .filter(([, texts]) => texts.some((t) => t.includes(FOLLOW_UP_DRONES)))
      .map(([name]) => name);
  const ids: Record<string, string> = {};

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ext = await Extension.launch();
    article = await ArticlePage.open(await ext.context.newPage(), server.url('article.html'));
    await article.waitForPainted(1);
    for (const text of [DRONES, TROOPS, KOKSAN]) await saveOn(ext, article, text);
    followUp = await ArticlePage.open(await ext.context.newPage(), server.url('follow-up.html'));
    await waitFor('the saved drones claim backing the follow-up', droneHighlights, (h) => h.includes('claimlens-corroborated'), { timeoutMs: 15_000 });
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists the seeds and the saved claims, with counts per kind and verdicts once checked', async () => {
    library = await LibraryPage.open(ext);
    assert.match(await library.summary(), /^8 items$/);
    assert.equal(await library.count(KIND, 'Saved claims'), 3);
    assert.equal(await library.count(KIND, 'Seed documents'), 5);
    const rows = await waitFor('every verdict checked', () => library.rows(), (rs) => rs.filter((r) => r.kind === 'saved').every((r) => r.verdict !== 'pending' && r.verdict !== ''));
    for (const [name, text] of Object.entries({ KOKSAN, TROOPS, DRONES })) {
      const row = byText(rows, text);
      assert.ok(row, `no row for ${name}: ${JSON.stringify(rows.map((r) => r.text))}`);
      ids[name] = row.id;
    }
    assert.equal(byText(rows, KOKSAN)?.verdict, 'conflicting');
    assert.equal(byText(rows, TROOPS)?.verdict, 'corroborated');
    assert.equal(await library.count(VERDICT, 'Conflicting'), 1);
  });

  it('narrows the list and the counts as the reader types', async () => {
    await library.typeSearch('koksan');
    const rows = await waitFor('the search result', () => library.rows(), (rs) => rs.length > 0 && rs.length < 8);
    // The seeds that mention the Koksan (in their text, not only the snippet) and the one claim about it.
    assert.deepEqual(rows.filter((r) => r.kind === 'saved').map((r) => r.id), [ids.KOKSAN]);
    assert.equal(await library.count(KIND, 'Saved claims'), 1);
    assert.equal(await library.count(KIND, 'Seed documents'), rows.filter((r) => r.kind === 'seed').length);
    assert.ok(rows.filter((r) => r.kind === 'seed').length < 5);
    assert.match(await library.summary(), new RegExp(`^${rows.length} of 8 match$`));

    await library.typeSearch('no such words anywhere');
    await waitFor('no match', () => library.summary(), (s) => /Nothing matches/.test(s));
    assert.equal(await library.count(KIND, 'Seed documents'), 0);
    await library.typeSearch('');
    await waitFor('everything again', () => library.rows(), (rs) => rs.length === 8);
  });

  it('filters by verdict, and counts what each verdict would give', async () => {
    await library.tick(VERDICT, 'Conflicting');
    const rows = await waitFor('conflicting only', () => library.rows(), (rs) => rs.length === 1);
    assert.equal(rows[0]?.id, ids.KOKSAN);
    assert.equal(await library.count(VERDICT, 'Corroborated'), 1);
    await library.tick(VERDICT, 'Conflicting', false);
    await waitFor('everything again', () => library.rows(), (rs) => rs.length === 8);
  });

  it('opens a claim to show where it came from and what the seeds say about it', async () => {
    await library.toggle(ids.KOKSAN as string);
    const relations = await library.relations(ids.KOKSAN as string);
    const conflict = relations.find((r) => r.relation === 'conflicts');
    assert.ok(conflict, `no conflict: ${JSON.stringify(relations)}`);
    assert.match(conflict.explanation, /M1978 Koksan.*M1989 Koksan/);
    const from = library.row(ids.KOKSAN as string).locator('.provenance a');
    assert.equal(await from.getAttribute('href'), server.url('article.html'));
    assert.equal(await library.row(ids.KOKSAN as string).locator('.row-toggle').getAttribute('aria-expanded'), 'true');
  });

  it('moves between rows with the arrow keys', async () => {
    const toggles = library.page.locator('.rows > li > .row-toggle');
    await toggles.first().focus();
    await library.page.keyboard.press('ArrowDown');
    assert.equal(await library.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id')), await library.page.locator('.rows > li').nth(1).getAttribute('data-id'));
    await library.page.keyboard.press('End');
    assert.equal(await library.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id')), await library.page.locator('.rows > li').last().getAttribute('data-id'));
  });

  it('saves an edited text and note, which a reload shows again', async () => {
    const id = ids.DRONES as string;
    await library.toggle(id);
    await library.edit(id, DRONES_EDITED, 'Checked against the air force statement.');
    // Open tabs are told: the follow-up article's highlight now shows the conflict with the corrected claim.
    await waitFor('the follow-up repainted', droneHighlights, (h) => h.includes('claimlens-conflicting'), { timeoutMs: 15_000 });
    await library.page.bringToFront();
    await library.reload();
    const row = (await library.rows()).find((r) => r.id === id);
    assert.equal(row?.text, DRONES_EDITED);
    assert.equal(await library.row(id).locator('.row-note').textContent(), 'Checked against the air force statement.');
    await library.toggle(id);
    assert.equal(await library.row(id).getByLabel('Note').inputValue(), 'Checked against the air force statement.');
  });

  it('tags a claim, filters by the tag, and removes a tag', async () => {
    const id = ids.DRONES as string;
    const row = library.row(id);
    await row.getByLabel('Add a tag').fill('drones, air force, Drones');
    await row.getByRole('button', { name: 'Add tag' }).click();
    // Trimmed and deduplicated (ignoring case) by the store.
    await waitFor('the tags shown', () => row.locator('.tag-list .tag span').allTextContents(), (t) => t.join('|') === 'drones|air force');
    await waitFor('the tag counted', () => library.count('Tags', 'air force'), (n) => n === 1);
    await library.tick('Tags', 'air force');
    await waitFor('only the tagged claim', () => library.rows(), (rs) => rs.length === 1 && rs[0]?.id === id);
    await library.tick('Tags', 'air force', false);
    await waitFor('everything again', () => library.rows(), (rs) => rs.length === 8);
    await row.getByRole('button', { name: 'Remove tag air force' }).click();
    await waitFor('one tag left', () => row.locator('.tag-list .tag span').allTextContents(), (t) => t.join('|') === 'drones');
    await library.reload();
    assert.deepEqual(await library.row(id).locator('.row-tags .tag').allTextContents(), ['drones']);
  });

  it('deletes with Undo: gone, then back with the same id and fields', async () => {
    const id = ids.DRONES as string;
    await library.remove(id);
    await waitFor('the row gone', () => library.rows(), (rs) => !rs.some((r) => r.id === id));
    assert.match(norm((await library.notice().textContent()) ?? ''), /^Deleted: “Ukraine's air force said it shot down 40 of the 45 Russian …” · Undo$/);
    assert.equal(await library.count(KIND, 'Saved claims'), 2);
    await library.page.getByRole('button', { name: /^Undo/ }).click();
    await waitFor('the row back', () => library.rows(), (rs) => rs.some((r) => r.id === id));
    assert.equal(await library.row(id).locator('.row-note').textContent(), 'Checked against the air force statement.');
    assert.equal(await library.count(KIND, 'Saved claims'), 3);
  });

  it('a delete is for good once another change comes first', async () => {
    const id = ids.DRONES as string;
    await library.remove(id);
    await waitFor('the row gone', () => library.rows(), (rs) => !rs.some((r) => r.id === id));
    await library.open(ids.TROOPS as string);
    await library.edit(ids.TROOPS as string, TROOPS, 'Another change.');
    assert.equal(await library.page.getByRole('button', { name: /^Undo/ }).count(), 0);
    await library.reload();
    assert.ok(!(await library.rows()).some((r) => r.id === id));
    // Nothing backs or disputes the follow-up's drone figures any more: no highlight on them.
    await waitFor('the follow-up repainted', droneHighlights, (h) => h.length === 0, { timeoutMs: 15_000 });
  });

  it('a delete is for good once the notice expires', { timeout: 30_000 }, async () => {
    const id = ids.TROOPS as string;
    await library.remove(id);
    await waitFor('the row gone', () => library.rows(), (rs) => !rs.some((r) => r.id === id));
    await waitFor('the notice to expire', () => library.notice().isHidden(), Boolean, { timeoutMs: 15_000, intervalMs: 250 });
    const reply = await library.page.evaluate(
      (claimId) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'library/restore', id: claimId }),
      id,
    );
    assert.match(JSON.stringify(reply), /can no longer be restored/);
    await library.reload();
    assert.equal(await library.count(KIND, 'Saved claims'), 1);
  });

  it('is reachable from the popup and from the settings page', async () => {
    const popup = await PopupPage.open(ext, await ext.tabId(article.page));
    const link = popup.page.getByRole('link', { name: 'Library' });
    assert.equal(await link.getAttribute('href'), ext.url('/library.html'));
    const opened = ext.context.waitForEvent('page');
    await link.click();
    const fromPopup = await LibraryPage.open(ext, await opened).catch(async () => LibraryPage.open(ext));
    assert.match(await fromPopup.summary(), /items$/);
    await fromPopup.page.close();
    await popup.page.close();
    const options = await ext.context.newPage();
    await options.goto(ext.url('/options.html'));
    await options.getByRole('link', { name: /library/i }).click();
    await options.waitForURL(ext.url('/library.html'));
    await options.close();
  });

  it('names every control for assistive technology', async () => {
    await library.open(ids.KOKSAN as string);
    await library.relations(ids.KOKSAN as string);
    const cdp = await ext.context.newCDPSession(library.page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }> };
    await cdp.detach();
    const controls = nodes.filter((n) => !n.ignored && ['button', 'checkbox', 'textbox', 'searchbox', 'link', 'Date'].includes(n.role?.value ?? ''));
    assert.ok(controls.length > 20, `only ${controls.length} controls found`);
    const unnamed = controls.filter((n) => !n.name?.value.trim());
    assert.deepEqual(unnamed.map((n) => n.role?.value), []);
    // A row's name is short: its verdict in words (the symbol is decorative), its kind and the claim's words.
    const row = controls.find((n) => n.role?.value === 'button' && n.name?.value.includes('M1978'));
    assert.equal(row?.name?.value.trim(), `Conflicting Saved claim ${KOKSAN}`);
    await library.toggle(ids.KOKSAN as string);
  });

  it('takes the screenshot for the README: the library with one claim opened', async () => {
    // The reader saves one claim again, for a library that shows what it is for.
    await article.page.bringToFront();
    await saveOn(ext, article, TROOPS);
    await library.page.bringToFront();
    // The background trusts its rows for a second before it looks at the store again.
    await waitFor('the claim saved again', async () => (await library.reload(), library.rows()), (rs) => !!byText(rs, TROOPS), { intervalMs: 300 });
    await waitFor('verdicts checked', () => library.rows(), (rs) => rs.filter((r) => r.kind === 'saved').every((r) => r.verdict !== 'pending'));
    await library.open(ids.KOKSAN as string);
    await library.relations(ids.KOKSAN as string);
    await mkdir(resolve('docs'), { recursive: true });
    await library.page.screenshot({ path: resolve('docs/library.png'), fullPage: true });
  });
});
