/**
 * ClaimLens end to end: the built extension (.output/chrome-mv3) in headless Chromium against local news pages.
 * The tests run in order and share one browser: later steps build on what earlier ones did (a saved claim,
 * a restarted worker), as a reader's session would.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticlePage, type PaintedRanges } from './pages/article-page';
import { byKind } from './pages/in-page';
import { Extension } from './pages/extension';
import { PopupPage, type PopupClaim } from './pages/popup-page';
import { ViewerPage } from './pages/viewer-page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const DOCS = resolve('docs');
const KYIV_SEED_TITLE = 'North Korea to send artillery units, 150 more ballistic missiles to aid Russia’s war, Budanov says';
const ARTICLE_TITLE = "North Korea's soldiers and shells keep Russia's Kursk push going";
const SAVED_SENTENCE = "Ukraine's air force said it shot down 38 of the 42 Russian drones launched overnight on Sunday.";

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const flagged = (claims: PopupClaim[]) => claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed');
const claimWith = (claims: PopupClaim[], words: string) => claims.find((c) => norm(c.text).includes(words));

describe('ClaimLens in Chromium', { timeout: 120_000 }, () => {
  let server: FixtureServer;
  let ext: Extension;
  let article: ArticlePage;
  let articleTab: number;
  let articleClaims: PopupClaim[];

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ext = await Extension.launch();
    await mkdir(DOCS, { recursive: true });
    article = await ArticlePage.open(await ext.context.newPage(), server.url('article.html'));
    articleTab = await ext.tabId(article.page);
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints conflicting and corroborated claims, including one split by a link, without touching the page', async () => {
    // Painting is chunked in idle time: wait for the claims this page is built around, then check each.
    const expectations = (p: PaintedRanges) => [
      byKind(p).flagged.some((t) => t.includes('M1978 Koksan')),
      byKind(p).supported.some((t) => t.includes('12,000 North Korean troops')),
      byKind(p).all.some((t) => t.includes('suffered 4,000 casualties')),
    ];
    const painted = await waitFor('the expected highlights', () => article.waitForPainted(1), (p) => expectations(p).every(Boolean), {
      timeoutMs: 15_000,
      intervalMs: 100,
    }).catch(async () => article.painted());
    const [m1978Flagged, troopsSupported, splitPainted] = expectations(painted);
    assert.ok(m1978Flagged, `M1978 claim not flagged: ${JSON.stringify(painted)}`);
    assert.ok(troopsSupported, `12,000 claim not corroborated: ${JSON.stringify(painted)}`);
    assert.ok(splitPainted, `claim across the link not painted: ${JSON.stringify(painted)}`);
    assert.ok(!byKind(painted).all.some((t) => /Subscribe|Sign in|min read|Illustration/.test(t)), 'page furniture was painted');
    const ranges = byKind(await article.painted()).all.length;
    await waitFor('one marker per painted claim', () => article.markers().count(), (n) => n === ranges);
    assert.ok(await article.pageContentUntouched(), 'the page text changed or extra elements were added');
  });

  it('shows the hover card when a flagged claim’s marker gets focus', async () => {
    const markers = article.page.locator('claimlens-root .marker.conflicting, claimlens-root .marker.mixed');
    const count = await markers.count();
    assert.ok(count > 0, 'no conflicting or mixed marker');
    assert.match((await markers.first().getAttribute('aria-label')) ?? '', /^(Conflicting|Mixed)\b.* claim: \d+ sources?$/);
    let shown = '';
    let focused = -1;
    for (let i = 0; i < count && !shown.includes('M1989'); i++) {
      await markers.nth(i).focus();
      await article.card().waitFor({ state: 'visible', timeout: 5_000 });
      shown = (await article.card().textContent()) ?? '';
      focused = i;
    }
    assert.match(shown, /Conflicts/);
    assert.match(shown, /M1989/, `no card quotes the seed's M1989: ${shown}`);
    assert.ok(shown.includes(KYIV_SEED_TITLE), 'the card names the seed');
    // For the screenshot, show the card with its claim in mid-view (the card then opens below its marker).
    await markers.nth(focused).evaluate((m) => (m as HTMLElement).blur());
    await markers.nth(focused).evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await markers.nth(focused).focus();
    await article.card().waitFor({ state: 'visible', timeout: 5_000 });
    const card = await article.card().boundingBox();
    const marker = await markers.nth(focused).boundingBox();
    assert.ok(card && marker && card.width > 0 && card.height > 0);
    const top = Math.max(0, Math.min(card.y, marker.y) - 60);
    const bottom = Math.min(800, Math.max(card.y + card.height, marker.y + marker.height) + 60);
    await article.page.screenshot({ path: resolve(DOCS, 'hover-card.png'), clip: { x: 0, y: top, width: 1100, height: bottom - top } });
    await article.page.keyboard.press('Escape');
    await article.card().waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('lists the page’s claims and their sources in the popup, and scrolls to a clicked claim', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    articleClaims = await popup.claims();
    const headings = await popup.groupHeadings();
    assert.match(headings[0] ?? '', /^(✕ Conflicting|± Mixed) \(\d+\)$/, `first group is not the flagged one: ${headings}`);
    const m1978 = claimWith(articleClaims, 'M1978');
    assert.ok(m1978 && (m1978.verdict === 'conflicting' || m1978.verdict === 'mixed'), `M1978 claim: ${JSON.stringify(m1978)}`);
    const conflict = m1978.matches.find((m) => m.relation === 'conflicts' && m.quote.includes('M1989'));
    assert.ok(conflict, `no conflicting source quoting M1989: ${JSON.stringify(m1978.matches)}`);
    assert.equal(conflict.title, KYIV_SEED_TITLE);
    assert.equal(conflict.byline, 'Kyiv Independent · Jan 2025');
    assert.ok(conflict.explanation.length > 0, 'no explanation');
    const troops = claimWith(articleClaims, '12,000');
    assert.ok(troops?.matches.some((m) => m.relation === 'corroborates'), `12,000 claim: ${JSON.stringify(troops)}`);

    const paintedCount = byKind(await article.painted()).all.length;
    assert.equal(articleClaims.filter((c) => c.anchored && c.verdict !== 'unverified').length, paintedCount, 'popup and page disagree');
    await popup.screenshot(resolve(DOCS, 'popup.png'));

    await popup.clickClaim('M1978');
    await article.page.waitForFunction(() => document.activeElement?.tagName === 'CLAIMLENS-ROOT', undefined, { timeout: 5_000 });
    await popup.page.close();
  });

  it('sets the toolbar badge to the number of conflicting and mixed claims', async () => {
    const expected = String(flagged(articleClaims).length);
    assert.notEqual(expected, '0');
    assert.equal(await waitFor('the badge', () => ext.badgeText(articleTab), (t) => t === expected), expected);
  });

  it('opens a seed source in the viewer with the quoted sentence marked', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    const match = claimWith(await popup.claims(), 'M1978')?.matches.find((m) => m.relation === 'conflicts');
    assert.ok(match);
    assert.match(match.href, new RegExp(`^chrome-extension://${ext.id}/viewer\\.html\\?id=seed`));
    const viewer = new ViewerPage(await popup.openSource(ext.context, match.href));
    assert.equal(await viewer.markedText(), norm(match.quote));
    assert.equal(await viewer.title(), KYIV_SEED_TITLE);
    assert.ok(await viewer.markInView(), 'the quoted sentence is not scrolled into view');
    await viewer.page.close();
    await popup.page.close();
  });

  it('saves a selection from the context menu and lists it under "Saved from this page"', async () => {
    await ext.menuItemExists('save-claim');
    await article.page.bringToFront();
    // Saving with nothing selected saves nothing and says why, in the page.
    await article.page.evaluate(() => getSelection()?.removeAllRanges());
    await ext.clickSaveMenu(article.page, '');
    await waitFor('the not-saved toast', async () => (await article.toast().textContent()) ?? '', (t) => /Select some text first/.test(t));
    const selection = await article.select(SAVED_SENTENCE);
    await ext.clickSaveMenu(article.page, selection);
    await waitFor('the saved toast', async () => (await article.toast().textContent()) ?? '', (t) => /Saved/.test(t));
    const popup = await PopupPage.open(ext, articleTab);
    assert.deepEqual((await popup.savedQuotes()).map(norm), [SAVED_SENTENCE]);
    await popup.page.close();
  });

  let followUp: ArticlePage;
  let followUpTab: number;

  it('uses the saved claim as a source on another page, opening its original page at the quote', async () => {
    followUp = await ArticlePage.open(await ext.context.newPage(), server.url('follow-up.html'));
    followUpTab = await ext.tabId(followUp.page);
    const popup = await waitForPopupWithSource(followUpTab, ARTICLE_TITLE);
    const saved = (await popup.claims()).flatMap((c) => c.matches).find((m) => m.title === ARTICLE_TITLE);
    assert.ok(saved);
    assert.ok(saved.href.startsWith(`${server.url('article.html')}#:~:text=`), `saved source link: ${saved.href}`);
    await popup.page.close();
  });

  it('shows friendly states on a page that is not an article and on a browser page', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('no-article.html'));
    const tabId = await ext.tabId(page);
    const popup = await PopupPage.open(ext, tabId);
    assert.match(await popup.statusTitle(), /doesn't look like a news article.*Alt\+Shift\+S/);
    assert.equal(await ext.badgeText(tabId), '');
    await popup.page.close();
    await page.goto('about:blank');
    const blank = await PopupPage.open(ext, tabId);
    assert.equal(await blank.statusTitle(), "ClaimLens can't check this kind of page.");
    await blank.page.close();
    await page.close();
  });

  it('keeps seeds and saved claims after the service worker restarts', async () => {
    const before = await ext.worker();
    await before.evaluate(() => ((globalThis as unknown as { e2eMarker: number }).e2eMarker = 1));
    const popup = await PopupPage.open(ext, articleTab);
    await ext.stopWorker(popup.page);

    await followUp.page.reload();
    const painted = await followUp.waitForPainted(1);
    assert.ok(byKind(painted).all.some((t) => t.includes('12,000')), `seeds lost after restart: ${JSON.stringify(painted)}`);
    const fresh = await ext.worker();
    assert.equal(await fresh.evaluate(() => (globalThis as unknown as { e2eMarker?: number }).e2eMarker), undefined, 'the worker did not restart');
    const followPopup = await waitForPopupWithSource(followUpTab, ARTICLE_TITLE);
    await followPopup.page.close();

    await popup.reopen();
    assert.deepEqual((await popup.savedQuotes()).map(norm), [SAVED_SENTENCE]);
    await popup.page.close();
  });

  /** The popup for `tabId` once some claim lists a source titled `title` (re-analysis after a save is asynchronous). */
  async function waitForPopupWithSource(tabId: number, title: string): Promise<PopupPage> {
    const popup = await PopupPage.open(ext, tabId);
    await waitFor(
      `a source titled "${title}" in the popup`,
      async () => {
        await popup.reopen();
        return (await popup.claims()).flatMap((c) => c.matches.map((m) => m.title));
      },
      (titles) => titles.includes(title),
      { timeoutMs: 15_000, intervalMs: 300 },
    );
    return popup;
  }
});
