/**
 * Finding one saved claim again on a live page, in Hypothesis's order: its saved text position, then its
 * exact quote (prefix and suffix pick among repeats), then a fuzzy search that survives edits to the
 * article. The cheap steps are synchronous; only the fuzzy one takes time, so it is separate and cancellable.
 */
import { MAX_NOW_CHARS } from '../messaging/saved-anchors';
import { rangeFor, type PageText } from './anchor';
import { fuzzyFindQuote } from './fuzzy-quote';
import { snapToContext, widenToWords } from './match-edges';
import { collapseSpace, findQuote, foldedEnd, foldForMatch, type QuoteSelector } from './quote-match';

/** Where a saved claim was found: a live Range and, when the page's text there changed, what it reads now. */
export interface SavedHit {
  range: Range;
  /** How it was found: `position` and `quote` mean the saved text is there unchanged. */
  via: 'position' | 'quote' | 'fuzzy';
  /** For `fuzzy`: the page's text where the claim now sits, whitespace collapsed (cut at MAX_NOW_CHARS). */
  now?: string;
}

/**
 * The saved position, if the page's text there is still the saved quote; else the exact quote nearest
 * the saved position whose prefix and suffix agree best. Null when the exact text is not on the page.
 */
export function anchorExactly(page: PageText, selector: QuoteSelector): SavedHit | null {
  const exact = foldForMatch(selector.exact).text;
  if (!exact) return null;
  const pos = selector.position;
  if (pos && pos.start < pos.end && pos.end <= page.map.text.length) {
    if (foldForMatch(page.map.text.slice(pos.start, pos.end)).text === exact) {
      const range = rangeFor(page.map, pos.start, pos.end);
      if (range) return { range, via: 'position' };
    }
  }
  const span = findQuote(page.folded, selector, pos ? foldedIndex(page, pos.start) : 0);
  const range = span && rangeFor(page.map, span.start, span.end);
  return range ? { range, via: 'quote' } : null;
}

/**
 * The fuzzy search (see `fuzzy-quote.ts`) over the page's folded text, in idle slices. Resolves with the
 * best match (widened to whole words) or null; rejects with `signal`'s reason when it aborts.
 */
export async function anchorFuzzily(page: PageText, selector: QuoteSelector, signal?: AbortSignal): Promise<SavedHit | null> {
  const quote = foldForMatch(selector.exact).text;
  const context = {
    prefix: foldForMatch(selector.prefix).text,
    suffix: foldForMatch(selector.suffix).text,
    ...(selector.position ? { hint: foldedIndex(page, selector.position.start) } : {}),
  };
  const found = await fuzzyFindQuote(page.folded.text, quote, context, signal);
  const match = found && snapToContext(page.folded.text, context, found);
  if (!match || match.end <= match.start) return null;
  const { origin } = page.folded;
  const [start, end] = widenToWords(page.map.text, origin[match.start]!, origin[match.end - 1]! + 1);
  const range = rangeFor(page.map, start, end);
  if (!range) return null;
  const now = collapseSpace(page.map.text.slice(start, end));
  return { range, via: 'fuzzy', now: now.length > MAX_NOW_CHARS ? `${now.slice(0, MAX_NOW_CHARS)}…` : now };
}

/** The folded offset of the first character at or after original offset `at`. */
function foldedIndex(page: PageText, at: number): number {
  return foldedEnd(page.folded, { start: at, end: at });
}
