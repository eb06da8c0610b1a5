/**
 * ClaimLens on pages that change after they load: a single-page app that swaps its story, an article that grows,
 * one rendered by script long after load, and articles inside iframes. The built extension (.output/chrome-mv3)
 * in headless Chromium against local pages; each test has its own tab.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Extension } from './pages/extension';
import { byKind, hostCount, markersIn, paintedIn, type Doc } from './pages/painted';
import { PopupPage, type PopupClaim } from './pages/popup-page';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const has = (texts: string[], words: string) => texts.some((t) => t.includes(words));
const claimWith = (claims: PopupClaim[], words: string) => claims.find((c) => norm(c.text).includes(words));
const disputed = (claims: PopupClaim[]) => claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length;

/** Story 1 of spa.html (and the iframe's article): a conflicting and a corroborated claim. */
const STORY_1 = { flagged: 'M1978 Koksan', supported: '12,000 North Korean troops' };
/** Story 2 of spa.html (and the client-rendered page). */
const STORY_2 = { flagged: 'around 3,500 soldiers', supported: 'October 25, 2024' };
/** What the late-paragraph test keeps in the page's window: the highlights and ranges painted before the page grew. */
type Kept = { kept: [string, Highlight][]; keptRanges: AbstractRange[] };
const LATE_PARAGRAPH =
  "South Korea's intelligence agency said that around 3,500 soldiers had been sent for military training, possibly for deployment in Ukraine.";

describe('ClaimLens on dynamic pages', { timeout: 180_000 }, () => {
  let server: FixtureServer;
  let ext: Extension;

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ext = await Extension.launch();
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Waits until `doc`'s painted claims pass `ok`, and returns them. */
  const paintedWhen = (what: string, doc: Doc, ok: (p: ReturnType<typeof byKind>) => boolean, timeoutMs = 20_000) =>
    waitFor(what, async () => byKind(await paintedIn(doc)), ok, { timeoutMs, intervalMs: 100 });
  const showsStory = (story: typeof STORY_1) => (p: ReturnType<typeof byKind>) => has(p.flagged, story.flagged) && has(p.supported, story.supported);
  /** The popup once its claims pass `ok` (the popup reads the tab once per open). */
  const popupWhen = async (tabId: number, ok: (claims: PopupClaim[]) => boolean) => {
    const popup = await PopupPage.open(ext, tabId);
    await waitFor('the popup to list the expected claims', async () => (await popup.reopen(), await popup.claims()), ok, { timeoutMs: 15_000, intervalMs: 300 });
    return popup;
  };
  const newTab = async (file: string): Promise<{ page: Page; tabId: number }> => {
    const page = await ext.context.newPage();
    await page.goto(server.url(file));
    return { page, tabId: await ext.tabId(page) };
  };

  it('follows a single-page app to its next story: old highlights go, the new story is painted and listed', async () => {
    const { page, tabId } = await newTab('spa.html');
    await paintedWhen('story 1 painted', page, showsStory(STORY_1));

    await page.click('a[data-story="2"]');
    assert.match(page.url(), /\?story=2$/);
    const story2 = await paintedWhen('story 2 painted, story 1 gone', page, (p) => showsStory(STORY_2)(p) && !has(p.all, STORY_1.flagged));
    assert.ok(!has(story2.all, STORY_1.supported), `story 1 is still painted: ${JSON.stringify(story2)}`);
    assert.equal(await markersIn(page).count(), story2.all.length, 'one marker per painted claim');
    assert.equal(await hostCount(page), 1);

    const popup = await popupWhen(tabId, (claims) => !!claimWith(claims, STORY_2.flagged));
    const claims = await popup.claims();
    assert.ok(['conflicting', 'mixed'].includes(claimWith(claims, STORY_2.flagged)!.verdict), JSON.stringify(claims));
    assert.equal(claimWith(claims, STORY_1.flagged), undefined, 'the popup still lists story 1');
    assert.match(await popup.page.locator('.page-title').textContent() ?? '', /^Seoul's spies count the cost/);
    await popup.page.close();
    assert.equal(await waitFor('the badge for story 2', () => ext.badgeText(tabId), (t) => t === String(disputed(claims))), String(disputed(claims)));

    // Back and forth through history, several times: each visit is painted afresh, nothing piles up.
    for (let i = 0; i < 3; i++) {
      await page.goBack();
      await paintedWhen(`story 1 again (${i + 1})`, page, (p) => showsStory(STORY_1)(p) && !has(p.all, STORY_2.flagged));
      await page.goForward();
      await paintedWhen(`story 2 again (${i + 1})`, page, (p) => showsStory(STORY_2)(p) && !has(p.all, STORY_1.flagged));
    }
    // A burst of clicks faster than the page settles: only the story it ends on is painted, once.
    for (const n of ['1', '2', '1', '2']) await page.click(`a[data-story="${n}"]`);
    await paintedWhen('story 2 after a burst of clicks', page, (p) => showsStory(STORY_2)(p) && !has(p.all, STORY_1.flagged));
    const last = byKind(await paintedIn(page));
    assert.equal(new Set(last.all).size, last.all.length, `a claim is painted twice: ${JSON.stringify(last)}`);
    assert.equal(await markersIn(page).count(), last.all.length, 'markers piled up across navigations');
    assert.equal(await hostCount(page), 1);
    await page.close();
  });

  it('paints a paragraph added after the first analysis, leaving what is painted untouched', async () => {
    const { page, tabId } = await newTab('late.html');
    await paintedWhen('the first claims', page, showsStory({ flagged: STORY_1.flagged, supported: STORY_1.supported }));
    const before = byKind(await paintedIn(page)).all.length;
    const firstMarker = await markersIn(page).first().elementHandle();
    assert.ok(firstMarker);
    // Keep the page's own view of what is painted: the same Highlight objects and Range objects must survive.
    await page.evaluate(() => {
      const w = window as unknown as Kept;
      w.kept = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('claimlens-'));
      w.keptRanges = w.kept.flatMap(([, h]) => [...h]);
    });

    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('article')!.append(p);
    }, LATE_PARAGRAPH);
    const grown = await paintedWhen('the late paragraph painted', page, (p) => has(p.flagged, STORY_2.flagged));
    assert.equal(grown.all.length, before + 1, `expected one more painted claim: ${JSON.stringify(grown)}`);
    assert.ok(await firstMarker.evaluate((m) => m.isConnected), 'the first marker was replaced');
    assert.ok(await firstMarker.evaluate((m, now) => m === now, await markersIn(page).first().elementHandle()), 'the first marker is another element');
    const untouched = await page.evaluate(() => {
      const w = window as unknown as Kept;
      const sameHighlights = w.kept.every(([name, h]) => CSS.highlights.get(name) === h);
      const painted = new Set([...CSS.highlights.values()].flatMap((h) => [...h]));
      return sameHighlights && w.keptRanges.every((r) => painted.has(r));
    });
    assert.ok(untouched, 'the earlier highlights were repainted');
    assert.equal(await markersIn(page).count(), grown.all.length);

    const popup = await popupWhen(tabId, (claims) => !!claimWith(claims, STORY_2.flagged));
    const claims = await popup.claims();
    assert.ok(claimWith(claims, STORY_1.flagged), 'the first claims left the popup');
    await popup.page.close();
    // The badge counts the whole page, not only the last piece analysed.
    assert.equal(await waitFor('the badge', () => ext.badgeText(tabId), (t) => t === String(disputed(claims))), String(disputed(claims)));
    assert.ok(disputed(claims) >= 2);
    await page.close();
  });

  it('analyses an article a script renders long after the page loaded', async () => {
    const { page, tabId } = await newTab('client-rendered.html');
    await paintedWhen('the rendered article painted', page, showsStory(STORY_2));
    const popup = await popupWhen(tabId, (claims) => !!claimWith(claims, STORY_2.supported));
    assert.match(await popup.page.locator('.page-title').textContent() ?? '', /^Seoul's spies count the cost/);
    await popup.page.close();
    await page.close();
  });

  it('finds the article in a same-origin iframe, scrolls the popup’s claim into view there and saves a selection made in it', async () => {
    const { page, tabId } = await newTab('iframe-host.html');
    const frame = page.frames().find((f) => f.url().endsWith('/iframe-article.html'));
    assert.ok(frame, 'no article frame');
    await paintedWhen('the framed article painted', frame, showsStory(STORY_1));
    assert.deepEqual(byKind(await paintedIn(page)).all, [], 'the top page got highlights');
    assert.equal(await markersIn(frame).count(), byKind(await paintedIn(frame)).all.length);

    const popup = await popupWhen(tabId, (claims) => !!claimWith(claims, STORY_1.flagged));
    await popup.clickClaim('M1978');
    await frame.waitForFunction(() => document.activeElement?.tagName === 'CLAIMLENS-ROOT', undefined, { timeout: 5_000 });

    // A selection made in the framed article is the one saved by the shortcut (the background asks the top frame,
    // which reads the iframe's selection: the shortcut, unlike the menu, has no copy of the selection to fall back on).
    await page.bringToFront();
    const selected = await frame.evaluate((wanted) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(wanted))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      window.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, 'Analysts say');
    await ext.pressSaveShortcut(page);
    await waitFor('the saved toast', async () => (await page.locator('claimlens-root .toast').textContent()) ?? '', (t) => /Saved/.test(t));
    await popup.reopen();
    assert.deepEqual((await popup.savedQuotes()).map(norm), [norm(selected)]);
    await popup.page.close();
    await page.close();
  });

  it('leaves an article in a cross-origin iframe alone', async () => {
    const { page, tabId } = await newTab('iframe-cross.html');
    const frame = await waitFor('the cross-origin frame', async () => page.frames().find((f) => f.url().includes('//localhost:')), Boolean);
    await frame!.waitForLoadState('load');
    const popup = await PopupPage.open(ext, tabId);
    assert.match(await popup.statusTitle(), /doesn't look like a news article/);
    await popup.page.close();
    assert.deepEqual(byKind(await paintedIn(frame!)).all, []);
    assert.equal(await hostCount(frame!), 0);
    await page.close();
  });
});
