/**
 * Paints the reader's saved claims with one CSS Custom Highlight, `claimlens-saved`, styled by its own
 * adopted stylesheet: independent of the verdict painter, which exists only when a page has checked claims.
 * The page's DOM and text stay untouched; where the API is missing nothing is painted.
 */
import { adoptSheet, dropSheet } from './adopted-sheet';
import { SAVED_HIGHLIGHT, SAVED_HIGHLIGHT_CSS } from './styles';

export interface SavedHighlighter {
  /** Replaces the painted saved claims with these ranges (none clears them). */
  set(ranges: readonly Range[]): void;
  /** Unregisters the highlight and removes the stylesheet. */
  destroy(): void;
}

/** Below the verdict highlights (priority 0): where both cover the same words, the verdict shows on top. */
const SAVED_PRIORITY = -1;

/** Nothing is added to the page until the first non-empty `set`. */
export function createSavedHighlighter(doc: Document): SavedHighlighter {
  const registry = doc.defaultView?.CSS?.highlights;
  const HighlightCtor = doc.defaultView?.Highlight;
  let sheet: CSSStyleSheet | null = null;
  return {
    set(ranges) {
      if (!registry || !HighlightCtor) return;
      if (!ranges.length) return void registry.delete(SAVED_HIGHLIGHT);
      sheet ??= adoptSheet(doc, SAVED_HIGHLIGHT_CSS);
      const highlight = new HighlightCtor(...ranges);
      highlight.priority = SAVED_PRIORITY;
      registry.set(SAVED_HIGHLIGHT, highlight);
    },
    destroy() {
      registry?.delete(SAVED_HIGHLIGHT);
      dropSheet(doc, sheet);
      sheet = null;
    },
  };
}
