/**
 * What the Firefox tests read back from pages, through puppeteer (the Chromium tests' page objects use Playwright):
 * painted highlights from the page's main world, the page's own content, and the popup's claim list.
 * The callbacks run in the page and define no named functions (tsx's keepNames would wrap them in a helper the
 * page lacks).
 */
import type { Page } from 'puppeteer-core';

/** Highlight name (e.g. `claimlens-conflicting`) -> the text of each painted range, whitespace collapsed. */
export type PaintedRanges = Record<string, string[]>;

export interface PopupClaim {
  text: string;
  /** False when the page could not find the claim to highlight it. */
  anchored: boolean;
  verdict: string;
  matches: { relation: string; title: string; quote: string; href: string }[];
}

/** Every ClaimLens highlight on the page and the text of its ranges. */
export function painted(page: Page): Promise<PaintedRanges> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('claimlens-'))
        .map(([name, h]) => [name, [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim())]),
    ),
  );
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
  return popup.evaluate(() =>
    [...document.querySelectorAll('.claim')].map((c) => ({
      text: c.querySelector('.claim-text')?.firstChild?.textContent ?? '',
      anchored: !c.querySelector('.claim-text.unanchored'),
      verdict: c.getAttribute('data-verdict') ?? '',
      matches: [...c.querySelectorAll('.match')].map((m) => ({
        relation: m.getAttribute('data-relation') ?? '',
        title: m.querySelector('.source-title')?.textContent ?? '',
        quote: m.querySelector('.quote')?.textContent ?? '',
        href: m.querySelector('.source-title')?.getAttribute('href') ?? '',
      })),
    })),
  );
}
