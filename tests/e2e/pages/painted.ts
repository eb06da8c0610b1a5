/**
 * What ClaimLens painted in one document: a tab's page or one of its frames (an article may live in an iframe).
 * Highlights are read from the document's main world (`CSS.highlights`); markers from `<claimlens-root>`'s shadow root.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { readPainted, type PaintedRanges } from './in-page';

export { byKind } from './in-page';

export type Doc = Page | Frame;

/** Highlight name -> the text of each painted range (whitespace collapsed), in `doc`. */
export async function paintedIn(doc: Doc): Promise<PaintedRanges> {
  return doc.evaluate(readPainted);
}

/** The in-page markers in `doc`. */
export function markersIn(doc: Doc): Locator {
  return doc.locator('claimlens-root .marker');
}

/** Number of ClaimLens host elements in `doc` (one at most, or the page leaks UI). */
export async function hostCount(doc: Doc): Promise<number> {
  return doc.evaluate(() => document.querySelectorAll('claimlens-root').length);
}
