/**
 * Paints claim ranges with the CSS Custom Highlight API: one `Highlight` per verdict registered in
 * `CSS.highlights`, styled by one constructed stylesheet adopted by the document. The page's DOM and
 * text stay untouched. Where the API (or adopting a sheet) is unavailable, nothing is painted in the text.
 */
import { adoptSheet, dropSheet } from './adopted-sheet';
import { highlightName, PAINTED_VERDICTS, type PaintedVerdict } from './labels';
import { HIGHLIGHT_CSS } from './styles';

export interface Highlighter {
  /** False when this browser cannot paint highlights; markers still show the claims. */
  readonly supported: boolean;
  /** Replaces all painted ranges with these, grouped by verdict. */
  set(groups: ReadonlyMap<PaintedVerdict, readonly Range[]>): void;
  /** Adds these ranges to what is painted, leaving the ranges already painted as they are. */
  add(groups: ReadonlyMap<PaintedVerdict, readonly Range[]>): void;
  /** Unregisters our highlights and removes our stylesheet. */
  destroy(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = doc.defaultView?.CSS?.highlights;
  const HighlightCtor = doc.defaultView?.Highlight;
  const sheet = registry && HighlightCtor ? adoptSheet(doc, HIGHLIGHT_CSS) : null;
  const supported = !!(registry && HighlightCtor && sheet);
  const clear = () => {
    for (const v of PAINTED_VERDICTS) registry?.delete(highlightName(v));
  };
  return {
    supported,
    set(groups) {
      if (!supported) return;
      clear();
      for (const [verdict, ranges] of groups) {
        if (ranges.length) registry!.set(highlightName(verdict), new HighlightCtor!(...ranges));
      }
    },
    add(groups) {
      if (!supported) return;
      for (const [verdict, ranges] of groups) {
        if (!ranges.length) continue;
        const painted = registry!.get(highlightName(verdict));
        if (painted) for (const r of ranges) painted.add(r);
        else registry!.set(highlightName(verdict), new HighlightCtor!(...ranges));
      }
    },
    destroy() {
      if (!supported) return;
      clear();
      dropSheet(doc, sheet);
    },
  };
}
