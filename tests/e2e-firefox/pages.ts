/**
 * What the Firefox tests read back from pages, through puppeteer (the Chromium tests' page objects use Playwright):
 * painted highlights from the page's main world, the page's own content, and the popup's claim list.
 * The callbacks run in the page and define no named functions (tsx's keepNames would wrap them in a helper the
 * page lacks).
 */
import type { Page } from 'puppeteer-core';
import { readPainted, readPopupClaims, type PaintedRanges, type PopupClaim } from '../e2e/pages/in-page';

export type { PaintedRanges, PopupClaim } from '../e2e/pages/in-page';

/** Every ClaimLens highlight on the page and the text of its ranges. */
export function painted(page: Page): Promise<PaintedRanges> {
  return page.evaluate(readPainted);
}

/**
 * True when ClaimLens left the page's own content alone: its body text is what the server sent, and our only
 * element is the one `<claimlens-root>` host outside <body>.
 */
export function pageContentUntouched(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const original = new DOMParser().parseFromString(html, 'text/html');
    const hosts = document.querySelectorAll('claimlens-root');
    return original.body.textContent === document.body.textContent && hosts.length === 1 && hosts[0]?.parentElement === document.documentElement;
  });
}

/** The claims the popup lists, in order, with their sources (empty until it has rendered them). */
export function popupClaims(popup: Page): Promise<PopupClaim[]> {
  return popup.evaluate(readPopupClaims);
}
