/**
 * The reader's control over ClaimLens, end to end in headless Chromium: pause and resume from the popup,
 * "Analyse this page" while paused, turning a site off (kept across a worker restart, listed and undone in the
 * options page), moving between highlights with the keyboard commands, and the accessible names, dark mode and
 * high-contrast rendering of the controls. The steps share one browser and build on each other, in order.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ArticlePage } from './pages/article-page';
import { commandShortcuts, focusedMarker, markerOrder, popupControls, pressCommand, storedSettings } from './pages/controls';
import { Extension } from './pages/extension';
import { PopupPage } from './pages/popup-page';
import { contrastRatio, controlNames, luminance, parseRgb } from './support/a11y';
import { startFixtureServer, type FixtureServer } from './support/server';
import { waitFor } from './support/wait';

/** A second hostname for the same fixture server, so "off on this site" has another site to leave alone. */
const OTHER_HOST = 'other-news.test';
const total = (p: Record<string, string[]>) => Object.values(p).flat().length;

describe('ClaimLens control and keyboard in Chromium', { timeout: 180_000 }, () => {
  let server: FixtureServer;
  let ext: Extension;
  let article: ArticlePage;
  let articleTab: number;

  before(async () => {
    server = await startFixtureServer(resolve('tests/fixtures/pages'));
    ext = await Extension.launch([`--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`]);
    article = await ArticlePage.open(await ext.context.newPage(), server.url('article.html'));
    articleTab = await ext.tabId(article.page);
    await article.waitForPainted(3);
  });

  after(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens `file` (on `host`, 127.0.0.1 by default) in a new tab. */
  async function openArticle(file: string, host?: string): Promise<{ page: ArticlePage; tab: number }> {
    const url = host ? server.url(file).replace('127.0.0.1', host) : server.url(file);
    const page = await ArticlePage.open(await ext.context.newPage(), url);
    return { page, tab: await ext.tabId(page.page) };
  }

  /** The popup's status once the page has decided, e.g. "ClaimLens is paused." */
  async function idleStatus(tab: number): Promise<string> {
    const popup = await PopupPage.open(ext, tab);
    const title = await popup.statusTitle();
    await popup.page.close();
    return title;
  }

  it('pausing from the popup takes the highlights and badge down, and a newly opened article is not analysed', async () => {
    await waitFor('the article’s badge', () => ext.badgeText(articleTab), (t) => /^[1-9]/.test(t));
    const popup = await PopupPage.open(ext, articleTab);
    await popupControls(popup.page).pause.click();
    await popupControls(popup.page).resume.waitFor();
    await waitFor('the highlights to go', () => article.painted(), (p) => total(p) === 0);
    assert.equal(await article.markers().count(), 0, 'markers left on a paused page');
    await waitFor('the badge to clear', () => ext.badgeText(articleTab), (t) => t === '');
    await waitFor('the popup to say so', () => popup.statusTitle(), (t) => t === 'ClaimLens is paused.');
    await popup.page.close();

    const fresh = await openArticle('follow-up.html');
    assert.equal(await idleStatus(fresh.tab), 'ClaimLens is paused.');
    assert.equal(total(await fresh.page.painted()), 0);
    assert.equal(await fresh.page.page.locator('claimlens-root').count(), 0, 'ClaimLens added UI to a paused page');
    await fresh.page.page.close();
  });

  it('"Analyse this page" analyses a page while paused, without a badge', async () => {
    const { page, tab } = await openArticle('follow-up.html');
    const popup = await PopupPage.open(ext, tab);
    await popupControls(popup.page).analyse.click();
    const painted = await page.waitForPainted(1);
    assert.ok(Object.values(painted).flat().some((t) => t.includes('12,000')), `not analysed: ${JSON.stringify(painted)}`);
    await waitFor('the popup to list the claims', async () => (await popup.claims()).length, (n) => n > 0);
    assert.equal(await ext.badgeText(tab), '', 'a paused page got a badge');
    await popup.page.close();
    await page.page.close();
  });

  it('resuming analyses open pages again', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    await popupControls(popup.page).resume.click();
    await popupControls(popup.page).pause.waitFor();
    await article.waitForPainted(3);
    await waitFor('the badge again', () => ext.badgeText(articleTab), (t) => /^[1-9]/.test(t));
    await popup.page.close();
  });

  it('turning ClaimLens off for a site leaves that site alone and analyses another', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    await popupControls(popup.page).siteOff('127.0.0.1').check();
    await waitFor('the highlights to go', () => article.painted(), (p) => total(p) === 0);
    await waitFor('the badge to clear', () => ext.badgeText(articleTab), (t) => t === '');
    await popup.page.close();

    const same = await openArticle('follow-up.html');
    assert.equal(await idleStatus(same.tab), 'ClaimLens is off on this site.');
    assert.equal(total(await same.page.painted()), 0);
    await same.page.page.close();
    const other = await openArticle('follow-up.html', OTHER_HOST);
    await other.page.waitForPainted(1);
    await other.page.page.close();
  });

  it('keeps the site off after a service-worker restart and lists it in the options page, where it can be turned back on', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('/options.html'));
    await ext.stopWorker(options);
    // The popup's first request to the background wakes the worker again.
    assert.equal(await idleStatus(articleTab), 'ClaimLens is off on this site.');
    const again = await openArticle('follow-up.html');
    assert.equal(await idleStatus(again.tab), 'ClaimLens is off on this site.');
    const stored = await storedSettings(ext);
    assert.deepEqual((stored.sync as { disabledSites?: string[] }).disabledSites, ['127.0.0.1'], 'not in sync storage');
    assert.deepEqual((stored.local as { disabledSites?: string[] }).disabledSites, ['127.0.0.1'], 'not in local storage');
    await options.reload();
    const turnOn = options.getByRole('button', { name: 'Turn back on for 127.0.0.1', exact: true });
    await turnOn.waitFor();
    assert.equal(await options.getByRole('checkbox', { name: 'Pause ClaimLens everywhere' }).isChecked(), false);
    // The options page also shows the keys the browser really bound to the commands.
    assert.deepEqual(await options.locator('.shortcuts dd').allTextContents(), ['Alt+Shift+J', 'Alt+Shift+K', 'Alt+Shift+S']);
    await turnOn.click();
    await options.getByText('None.', { exact: false }).waitFor();
    // Back on: open pages of the site are analysed by themselves.
    await again.page.waitForPainted(1);
    await article.waitForPainted(3);
    await again.page.page.close();
    await options.close();
  });

  it('moves between highlights with the next/previous-claim commands; Enter opens the card, Escape closes it', async () => {
    await article.page.bringToFront();
    const order = await markerOrder(article.page);
    assert.ok(order.length >= 3, `too few markers: ${order}`);
    await article.page.evaluate(() => scrollTo(0, 0));
    const shortcuts = await commandShortcuts(ext);
    assert.equal(shortcuts['next-claim'], 'Alt+Shift+J', `shortcuts: ${JSON.stringify(shortcuts)}`);
    assert.equal(shortcuts['previous-claim'], 'Alt+Shift+K');
    const press = async (command: 'next-claim' | 'previous-claim', expected: number | undefined) => {
      await pressCommand(ext, articleTab, command);
      await waitFor(`${command} to focus claim ${expected}`, () => focusedMarker(article.page), (i) => i === expected);
    };
    await press('next-claim', order[0]);
    await press('next-claim', order[1]);
    await press('next-claim', order[2]);
    await press('previous-claim', order[1]);
    await press('previous-claim', order[0]);
    // The page scrolls smoothly to the claim: wait for its marker to be in view.
    const markerInView = () =>
      article.page.evaluate(() => {
        const r = (document.querySelector('claimlens-root')?.shadowRoot?.activeElement as HTMLElement).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await waitFor('the focused marker in view', markerInView, (v) => v);
    // From the first claim "previous" wraps round to the last, scrolling to it: in a short window it starts out of view.
    await article.page.setViewportSize({ width: 1100, height: 300 });
    await article.page.evaluate(() => scrollTo(0, 0));
    const lastOutOfView = await article.markers().evaluateAll((ms, last) => {
      const m = ms.find((x) => (x as HTMLElement).dataset.index === String(last));
      return !!m && m.getBoundingClientRect().top > innerHeight;
    }, order.at(-1));
    assert.ok(lastOutOfView, 'the last marker is already in view: the scroll would not be tested');
    await press('previous-claim', order.at(-1));
    await waitFor('the last marker scrolled into view', markerInView, (v) => v);
    await press('previous-claim', order.at(-2));

    await article.card().waitFor({ state: 'visible' });
    await article.page.keyboard.press('Escape');
    await article.card().waitFor({ state: 'hidden' });
    assert.equal(await focusedMarker(article.page), order.at(-2), 'Escape moved focus away from the marker');
    await article.page.keyboard.press('Enter');
    await article.card().waitFor({ state: 'visible' });
    await article.page.keyboard.press('Escape');
    await article.card().waitFor({ state: 'hidden' });
    await article.page.keyboard.press(' ');
    await article.card().waitFor({ state: 'visible' });
    await article.page.keyboard.press('Escape');
    await article.page.setViewportSize({ width: 1100, height: 800 });
  });

  it('gives every control in the popup, the options page and the page’s markers an accessible name', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    const options = await ext.context.newPage();
    await options.goto(ext.url('/options.html'));
    await options.getByRole('radio', { name: /By itself/ }).waitFor();
    const viewer = await ext.context.newPage();
    await viewer.goto(ext.url('/viewer.html?id=seed:001_0ec596f7bbf98cd9'));
    await viewer.locator('article').waitFor();
    for (const [where, page] of [['popup', popup.page], ['options', options], ['viewer', viewer], ['article', article.page]] as const) {
      const controls = await controlNames(ext.context, page);
      // A seed in the viewer has no original page to link to: the viewer may have no control at all.
      if (where !== 'viewer') assert.ok(controls.length > 0, `no controls found in the ${where}`);
      const unnamed = controls.filter((c) => !c.name);
      assert.deepEqual(unnamed, [], `controls without a name in the ${where}`);
    }
    const markerNames = (await controlNames(ext.context, article.page)).filter((c) => c.role === 'button').map((c) => c.name);
    assert.ok(markerNames.length >= 3, `too few markers in the accessibility tree: ${markerNames}`);
    assert.ok(markerNames.every((n) => /^(Conflicting|Mixed|Corroborated) claim: \d+ sources?$/.test(n)), `marker names: ${markerNames}`);
    await Promise.all([options.close(), viewer.close(), popup.page.close()]);
  });

  it('follows dark mode and high contrast in the popup, options, viewer and the page’s markers and card', async () => {
    const popup = await PopupPage.open(ext, articleTab);
    const options = await ext.context.newPage();
    await options.goto(ext.url('/options.html'));
    const viewer = await ext.context.newPage();
    await viewer.goto(ext.url('/viewer.html?id=seed:001_0ec596f7bbf98cd9'));
    const pages = [popup.page, options, viewer];
    const background = (page: typeof options) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const page of pages) {
      await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference', forcedColors: 'none' });
      assert.ok(luminance(parseRgb(await background(page))) < 0.05, `${page.url()} is not dark in dark mode`);
      await page.emulateMedia({ colorScheme: 'light' });
      assert.ok(luminance(parseRgb(await background(page))) > 0.9, `${page.url()} is not light in light mode`);
    }
    // More contrast: the popup's secondary text (bylines) reaches WCAG AAA (7:1) against its background, light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme, contrast: 'more' });
      const [fg, bg] = await popup.page.evaluate(() => [getComputedStyle(document.querySelector('.byline')!).color, getComputedStyle(document.body).backgroundColor]);
      assert.ok(contrastRatio(fg!, bg!) >= 7, `byline contrast ${contrastRatio(fg!, bg!).toFixed(1)}:1 with more contrast (${colorScheme})`);
    }

    // In the page: each verdict keeps its own underline style and marker border in every mode, and under forced
    // colours the markers and the card keep a visible border in system colours.
    const page = article.page;
    const looks = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('claimlens-root')!.shadowRoot!;
        const para = document.querySelector('article p')!;
        const verdicts = ['corroborated', 'conflicting', 'mixed'];
        return {
          underline: verdicts.map((v) => getComputedStyle(para, `::highlight(claimlens-${v})`).textDecorationStyle),
          markers: verdicts.flatMap((v) => {
            const m = shadow.querySelector(`.marker.${v}`);
            if (!m) return [];
            const cs = getComputedStyle(m);
            return [{ verdict: v, text: m.textContent, border: cs.borderTopStyle, width: parseFloat(cs.borderTopWidth), color: cs.borderTopColor, bg: cs.backgroundColor }];
          }),
          card: parseFloat(getComputedStyle(shadow.querySelector('.card')!).borderTopWidth),
        };
      });
    for (const media of [{ colorScheme: 'dark' }, { colorScheme: 'light', contrast: 'more' }, { forcedColors: 'active' }] as const) {
      await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'none', ...media });
      const seen = await looks();
      assert.deepEqual(seen.underline, ['solid', 'wavy', 'dashed'], `underlines with ${JSON.stringify(media)}`);
      assert.ok(seen.markers.length >= 2, `markers of too few verdicts: ${JSON.stringify(seen.markers)}`);
      assert.equal(new Set(seen.markers.map((m) => m.border)).size, seen.markers.length, `marker borders alike: ${JSON.stringify(seen.markers)}`);
      assert.equal(new Set(seen.markers.map((m) => m.text)).size, seen.markers.length, 'marker symbols alike');
      for (const m of seen.markers) assert.ok(m.width >= 1 && contrastRatio(m.color, m.bg) >= 3, `marker hard to see with ${JSON.stringify(media)}: ${JSON.stringify(m)}`);
      if ('forcedColors' in media) assert.ok(seen.card >= 2, `card border ${seen.card}px in forced colours`);
    }
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'none' });
    await Promise.all([popup.page.close(), options.close(), viewer.close()]);
  });
});
