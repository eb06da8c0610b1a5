/**
 * Saved claims find their place again: the built extension in headless Chromium saves claims on an article,
 * then the same URL serves an edited version of it. The tests run in order and share one browser.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticlePage } from './pages/article-page';
import { Extension } from './pages/extension';
import { PopupPage } from './pages/popup-page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const PATH = 'anchoring.html';
const EDITED_BEFORE = 'The council approved 2,000 new homes on the harbour site on Tuesday after a long debate that ran past midnight.';
const EDITED_NOW = 'The city council approved 2,300 new homes on the old harbour site on Tuesday after a short debate.';
const REMOVED = 'Officials said the harbour wall would need repairs costing 4.5 million pounds before any homes could be built.';
const KEPT = 'Ferry services from the north pier will continue to run every half hour during the building work, the port authority said.';

/** The saved records for `url`, asked of the background from an extension page as the popup asks. */
async function savedFor(ext: Extension, url: string): Promise<{ text: string; selector?: object }[]> {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.url('/popup.html'));
    return await page.evaluate(async (u) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data?: { sources: [] } }> } } }).chrome;
      const reply = await chrome.runtime.sendMessage({ type: 'sources/savedForUrl', url: u });
      return reply.ok ? (reply.data?.sources ?? []) : [];
    }, url);
  } finally {
    await page.close();
  }
}

const savedRanges = async (article: ArticlePage) => (await article.painted())['claimlens-saved'] ?? [];
const byQuote = <T extends { quote: string }>(items: T[], text: string) => items.find((i) => i.quote.replace(/\s+/g, ' ').trim() === text);

describe('Saved claims find their place again', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let ext: Extension;
  let article: ArticlePage;
  let popup: PopupPage;

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    server.serveAs(PATH, 'anchoring-before.html');
    ext = await Extension.launch();
    article = await ArticlePage.open(await ext.context.newPage(), server.url(PATH));
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('highlights each claim as saved as soon as the reader saves it', async () => {
    const saved: string[] = [];
    for (const sentence of [EDITED_BEFORE, REMOVED, KEPT]) {
      await article.select(sentence);
      await ext.clickSaveMenu(article.page, sentence);
      saved.push(sentence);
      await waitFor(`${saved.length} claims painted as saved`, () => savedRanges(article), (r) => r.length === saved.length, { timeoutMs: 15_000 });
    }
    assert.deepEqual(new Set(await savedRanges(article)), new Set(saved));
    popup = await PopupPage.open(ext, await ext.tabId(article.page));
    const states = await waitFor('three saved claims found', () => popup.savedClaims(), (s) => s.length === 3 && s.every((c) => c.state === 'found'));
    assert.equal(byQuote(states, KEPT)?.note, 'Highlighted on this page.');
  });

  it('finds them again after the article was edited: fuzzily when changed, orphaned when removed', async () => {
    server.serveAs(PATH, 'anchoring-after.html');
    await article.page.reload();
    const painted = await waitFor('the edited and the kept claim painted as saved', () => savedRanges(article), (r) => r.length === 2, {
      timeoutMs: 15_000,
    });
    assert.deepEqual(new Set(painted), new Set([EDITED_NOW, KEPT]));
    // The page's own text is what the server sent: painting saved claims changed nothing in it.
    const untouched = await article.page.evaluate(async () => {
      const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return sent.body.textContent === document.body.textContent && sent.body.childElementCount === document.body.childElementCount;
    });
    assert.ok(untouched, 'the page text changed');

    await popup.reopen();
    const states = await waitFor('no saved claim still searched for', () => popup.savedClaims(), (s) => s.length === 3 && s.every((c) => c.state && c.state !== 'searching'));
    assert.deepEqual(byQuote(states, EDITED_BEFORE), { quote: EDITED_BEFORE, state: 'changed', note: `The saved text now reads “${EDITED_NOW}”` });
    assert.deepEqual(byQuote(states, REMOVED), { quote: REMOVED, state: 'orphaned', note: 'Not found on this page (orphaned). It is still saved.' });
    assert.equal(byQuote(states, KEPT)?.state, 'found');
    await popup.screenshotSaved(resolve('docs/popup-saved-claims.png'));
  });

  it('still opens an orphaned claim from the popup', async () => {
    const viewer = await popup.openSaved(ext.context, REMOVED);
    await viewer.locator('article.doc-text').waitFor();
    assert.equal((await viewer.locator('article.doc-text').textContent())?.replace(/\s+/g, ' ').trim(), REMOVED);
    await viewer.close();
  });

  it('keeps the context of a save made where the content script is not running', async () => {
    // Content scripts do not run in srcdoc frames: the one-off script has to read the selection there.
    const page = await ext.context.newPage();
    await page.goto(server.url('framed-note.html'));
    const sentence = 'The ferry from the north pier was late on four mornings out of five last week';
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await frame.waitForSelector('p');
    await frame.evaluate((wanted) => {
      const node = [...document.querySelectorAll('p')].map((p) => p.firstChild!).find((t) => t.textContent!.includes(wanted))!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.indexOf(wanted));
      range.setEnd(node, node.textContent!.indexOf(wanted) + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, sentence);
    await ext.clickSaveMenu(page, sentence, { frameId: await ext.frameIdOf(page, 'about:srcdoc'), frameUrl: 'about:srcdoc' });
    const sources = await waitFor('the save stored', () => savedFor(ext, 'about:srcdoc'), (list) => list.length > 0, { timeoutMs: 15_000 });
    assert.deepEqual(sources[0]?.selector, { exact: sentence, prefix: 'A letter from the old town.', suffix: ', a reader wrote.The port author' });
    await page.close();
  });
});
