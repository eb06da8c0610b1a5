/**
 * Text-quote anchoring on the live page: describe a DOM Range as a quote selector, and find a selector
 * (or an analysed claim) again as a Range. The string rules live in `quote-match.ts`; this is DOM glue.
 */
import { findQuote, foldedEnd, foldForMatch, foldInSteps, selectorAt, type FoldedText, type QuoteSelector } from './quote-match';
import { buildTextMap, offsetOf, pointAt, type TextMap } from './text-map';
import { drainInSlices } from './timing';

/** A text map with its folded form, prepared once and shared by every anchoring on that page. */
export interface PageText {
  map: TextMap;
  folded: FoldedText;
}

/** Folds a text map for matching. */
export function preparePageText(map: TextMap): PageText {
  return { map, folded: foldForMatch(map.text) };
}

/**
 * {@link preparePageText} in slices that yield to the page (folding a long article takes ~100 ms in one
 * go); rejects when `signal` aborts.
 */
export async function preparePageTextAsync(map: TextMap, signal?: AbortSignal): Promise<PageText> {
  let folded: FoldedText | undefined;
  await drainInSlices(foldInSteps(map.text, (f) => (folded = f)), signal);
  return { map, folded: folded! };
}

/**
 * A quote selector for `range`: the visible text it covers (whitespace collapsed) and up to 32 characters
 * of visible text either side, all measured in the text of `root` (default: the range's document body),
 * with the quote's position in that text (leading and trailing whitespace left out).
 * Null when the range covers no visible text or lies outside `root`.
 */
export function describeRange(range: Range, root?: Node): QuoteSelector | null {
  const scope = root ?? range.startContainer.ownerDocument?.body;
  if (!scope || !scope.contains(range.commonAncestorContainer)) return null;
  const map = buildTextMap(scope);
  let start = offsetOf(map, range.startContainer, range.startOffset);
  let end = offsetOf(map, range.endContainer, range.endOffset);
  const selector = selectorAt(map.text, start, end);
  if (!selector.exact) return null;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  return { ...selector, position: { start, end } };
}

/** Finds `selector` under `root` and returns a fresh Range over it, or null when it is not there. */
export function anchorQuote(selector: QuoteSelector, root: Node): Range | null {
  return anchorIn(preparePageText(buildTextMap(root)), selector)?.range ?? null;
}

/**
 * Finds `selector` in a prepared page text. `hint` (a folded offset) breaks ties between equally good
 * candidates in favour of the first one at or after it; the result's `next` is the hint for a following quote.
 */
function anchorIn(page: PageText, selector: QuoteSelector, hint = 0): { range: Range; next: number } | null {
  const span = findQuote(page.folded, selector, hint);
  if (!span) return null;
  const range = rangeFor(page.map, span.start, span.end);
  return range ? { range, next: foldedEnd(page.folded, span) } : null;
}

/** A Range over `[start, end)` of the map's text; null for an empty span or an empty map. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = pointAt(map, start, 'start');
  const b = pointAt(map, end, 'end');
  if (!a || !b) return null;
  const range = (a.node.ownerDocument ?? document).createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}

/** The part of an analysed claim that anchoring needs: its text and its offsets in the analysed text. */
export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Anchors every claim of an analysed article text on the page, in slices that yield to the page.
 * Context for each claim comes from the article text around its offsets (when they agree with its text).
 * Returns one Range or null per claim, in order; rejects when `signal` aborts.
 */
export async function anchorClaims(page: PageText, articleText: string, claims: readonly ClaimSpan[], signal?: AbortSignal): Promise<(Range | null)[]> {
  const out: (Range | null)[] = [];
  await drainInSlices(anchorSteps(page, articleText, claims, out), signal);
  return out;
}

function* anchorSteps(page: PageText, articleText: string, claims: readonly ClaimSpan[], out: (Range | null)[]): Generator<void> {
  let hint = 0;
  for (const claim of claims) {
    const selector =
      articleText.slice(claim.start, claim.end) === claim.text
        ? selectorAt(articleText, claim.start, claim.end)
        : { exact: claim.text, prefix: '', suffix: '' };
    const found = anchorIn(page, selector, hint);
    out.push(found?.range ?? null);
    if (found) hint = found.next;
    yield;
  }
}
