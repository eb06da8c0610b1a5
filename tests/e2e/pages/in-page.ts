/**
 * Readers that run inside a page, shared by the Chromium (Playwright) and Firefox (puppeteer) tests: pass them to
 * the driver's `evaluate`, which sends their source to the page. They use only the page's own globals and define
 * no named functions inside (tsx's keepNames would wrap those in a helper the page lacks). `byKind` sorts what
 * `readPainted` returned, in the test.
 */

/** Highlight name (e.g. `claimlens-conflicting`) -> the text of each painted range, whitespace collapsed. */
export type PaintedRanges = Record<string, string[]>;

export interface PopupMatch {
  relation: string;
  title: string;
  byline: string;
  quote: string;
  explanation: string;
  href: string;
}

export interface PopupClaim {
  text: string;
  /** False when the page could not find the claim to highlight it. */
  anchored: boolean;
  verdict: string;
  matches: PopupMatch[];
}

/** In the test, on what `readPainted` returned: the texts of flagged (conflicting or mixed), supported (corroborated or mixed) and all claims. */
export function byKind(p: PaintedRanges): { flagged: string[]; supported: string[]; all: string[] } {
  const get = (name: string) => p[`claimlens-${name}`] ?? [];
  return {
    flagged: [...get('conflicting'), ...get('mixed')],
    supported: [...get('corroborated'), ...get('mixed')],
    all: Object.values(p).flat(),
  };
}

/** In the page: every ClaimLens highlight and the text of its ranges (from `CSS.highlights`, the main world's). */
export function readPainted(): PaintedRanges {
  return Object.fromEntries(
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('claimlens-'))
      .map(([name, h]) => [name, [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim())]),
  );
}

/** In the popup: the claims it lists, in order, with their sources (empty until it has rendered them). */
export function readPopupClaims(): PopupClaim[] {
  return [...document.querySelectorAll('.claim')].map((c) => ({
    text: c.querySelector('.claim-text')?.firstChild?.textContent ?? '',
    anchored: !c.querySelector('.claim-text.unanchored'),
    verdict: c.getAttribute('data-verdict') ?? '',
    matches: [...c.querySelectorAll('.match')].map((m) => ({
      relation: m.getAttribute('data-relation') ?? '',
      title: m.querySelector('.source-title')?.textContent ?? '',
      byline: m.querySelector('.byline')?.textContent ?? '',
      quote: m.querySelector('.quote')?.textContent ?? '',
      explanation: m.querySelector('.explanation')?.textContent ?? '',
      href: m.querySelector('.source-title')?.getAttribute('href') ?? '',
    })),
  }));
}
