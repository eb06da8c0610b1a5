/**
 * ClaimLens in Firefox: the Firefox build (.output/firefox-mv2) as a temporary add-on in headless firefox-esr,
 * against the same local news pages as the Chromium tests. Painted highlights prove the whole round trip: the
 * content script extracted the article, the background page analysed it against the seeded Dexie store, and the
 * reply came back to be painted. The popup runs here too, opened as a tab for the article's tab id.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { FirefoxExtension } from '../e2e/support/firefox';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { byKind } from '../e2e/pages/in-page';
import { waitFor } from '../e2e/support/wait';
import { painted, pageContentUntouched, popupClaims, type PaintedRanges } from './pages';

const KYIV_SEED_TITLE = 'North Korea to send artillery units, 150 more ballistic missiles to aid Russia’s war, Budanov says';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('ClaimLens in Firefox', { timeout: 180_000 }, () => {
  let server: FixtureServer;
  let ext: FirefoxExtension;
  let article: Page;
  /** An extension page kept open to call `browser.*` from (tabs, badge, menus). */
  let probe: Page;
  let articleTab: number;

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ext = await FirefoxExtension.launch();
    article = await ext.openPage(server.url('article.html'));
    probe = await ext.openExtensionPage('/options.html');
    articleTab = await ext.tabId(probe, server.url('article.html'));
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints the claims the background matched against the seeds, without touching the page', async () => {
    const expectations = (p: PaintedRanges) => [
      byKind(p).flagged.some((t) => t.includes('M1978 Koksan')),
      byKind(p).supported.some((t) => t.includes('12,000 North Korean troops')),
      byKind(p).all.some((t) => t.includes('suffered 4,000 casualties')),
    ];
    const seen = await waitFor('the expected highlights', () => painted(article), (p) => expectations(p).every(Boolean), {
      timeoutMs: 20_000,
      intervalMs: 200,
    }).catch(async () => painted(article));
    const [m1978Flagged, troopsSupported, splitPainted] = expectations(seen);
    assert.ok(m1978Flagged, `M1978 claim not flagged: ${JSON.stringify(seen)}`);
    assert.ok(troopsSupported, `12,000 claim not corroborated: ${JSON.stringify(seen)}`);
    assert.ok(splitPainted, `claim across the link not painted: ${JSON.stringify(seen)}`);
    assert.ok(!byKind(seen).all.some((t) => /Subscribe|Sign in|min read|Illustration/.test(t)), 'page furniture was painted');
    const ranges = byKind(seen).all.length;
    const markers = () => article.evaluate(() => document.querySelector('claimlens-root')?.shadowRoot?.querySelectorAll('.marker').length ?? 0);
    await waitFor('one marker per painted claim', markers, (n) => n === ranges);
    assert.ok(await pageContentUntouched(article), 'the page text changed or extra elements were added');
  });

  it('shows the hover card with the conflicting seed when a flagged marker gets focus', async () => {
    // A tab in the background gets no focus events: bring the article's tab forward first.
    await article.bringToFront();
    const shown = await article.evaluate(async () => {
      const root = document.querySelector('claimlens-root')?.shadowRoot;
      const card = root?.getElementById('claimlens-card');
      const texts: string[] = [];
      for (const marker of root?.querySelectorAll<HTMLElement>('.marker.conflicting, .marker.mixed') ?? []) {
        marker.focus();
        await new Promise((r) => requestAnimationFrame(r));
        texts.push(card && !card.hidden ? (card.textContent ?? '') : '');
        marker.blur();
      }
      return texts;
    });
    assert.ok(shown.length > 0, 'no conflicting or mixed marker');
    const withSeed = shown.find((t) => t.includes('M1989'));
    assert.ok(withSeed, `no card quotes the seed's M1989: ${JSON.stringify(shown)}`);
    assert.match(withSeed, /Conflicts/);
    assert.ok(withSeed.includes(KYIV_SEED_TITLE), 'the card names the seed');
  });

  it('lists the claims and their sources in the popup, sets the badge, and opens a seed in the viewer', async () => {
    const popup = await ext.openExtensionPage(`/popup.html?tabId=${articleTab}`);
    const claims = await waitFor('the popup’s claim list', () => popupClaims(popup), (c) => c.length > 0, { timeoutMs: 15_000 });
    const m1978 = claims.find((c) => c.text.includes('M1978'));
    assert.ok(m1978 && (m1978.verdict === 'conflicting' || m1978.verdict === 'mixed'), `M1978 claim: ${JSON.stringify(m1978)}`);
    const conflict = m1978.matches.find((m) => m.relation === 'conflicts' && m.quote.includes('M1989'));
    assert.ok(conflict, `no conflicting source quoting M1989: ${JSON.stringify(m1978.matches)}`);
    assert.equal(conflict.title, KYIV_SEED_TITLE);
    assert.ok(conflict.href.startsWith(ext.url('/viewer.html?id=seed')), `seed link: ${conflict.href}`);

    const paintedCount = byKind(await painted(article)).all.length;
    assert.equal(claims.filter((c) => c.anchored && c.verdict !== 'unverified').length, paintedCount, 'popup and page disagree');
    const flagged = String(claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length);
    assert.notEqual(flagged, '0');
    assert.equal(await waitFor('the badge', () => ext.badgeText(probe, articleTab), (t) => t === flagged), flagged);
    await popup.close();

    // The seed opens in the viewer (its own extension page, fed by the background) with the quoted sentence marked.
    const viewer = await ext.openExtensionPage(conflict.href.slice(ext.url('').length));
    const shown = await waitFor(
      'the viewer’s marked sentence',
      () =>
        viewer.evaluate(() => ({
          title: document.querySelector('h1')?.textContent ?? '',
          mark: [...document.querySelectorAll('article mark')].map((m) => m.textContent).join(' '),
        })),
      (v) => v.mark.length > 0,
    );
    assert.equal(shown.title, KYIV_SEED_TITLE);
    assert.equal(norm(shown.mark), norm(conflict.quote));
    await viewer.close();
  });

  it('registers the "Save claim" context menu item', async () => {
    await ext.menuItemExists(probe, 'save-claim');
    await assert.rejects(ext.menuItemExists(probe, 'no-such-item'), 'updating an unknown menu item should fail');
  });

  it('paints nothing on a page that is not an article, and says so in the popup', async () => {
    const page = await ext.openPage(server.url('no-article.html'));
    const tabId = await ext.tabId(probe, server.url('no-article.html'));
    const popup = await ext.openExtensionPage(`/popup.html?tabId=${tabId}`);
    // "Checking…" first, then the page's final state.
    const status = await waitFor(
      'the popup’s final status',
      () => popup.evaluate(() => document.querySelector('.status:not([data-state="analyzing"]) .status-title')?.textContent ?? ''),
      (t) => t.length > 0,
      { timeoutMs: 15_000 },
    );
    assert.match(status, /doesn't look like a news article/);
    assert.deepEqual(await painted(page), {});
    assert.equal(await ext.badgeText(probe, tabId), '');
    await popup.close();
    await page.close();
  });
});
