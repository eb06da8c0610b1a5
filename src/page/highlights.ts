/**
 * Paints claim ranges with the CSS Custom Highlight API: one `Highlight` per verdict registered in
 * `CSS.highlights`, styled by one constructed stylesheet adopted by the document. The page's DOM and
 * text stay untouched. Where the API (or adopting a sheet) is unavailable, nothing is painted in the text.
 */
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
  const sheet = registry && HighlightCtor ? adoptSheet(doc) : null;
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
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document is going away with its sheets; nothing left to undo.
      }
    },
  };
}

/** Adds our highlight stylesheet to the document's adopted sheets; null when the browser refuses. */
function adoptSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Ctor = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Ctor();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // push() mutates the page's own array in place, which works across content-script worlds where
    // assigning a new array can be refused; assignment is the fallback for older engines.
    try {
      doc.adoptedStyleSheets.push(sheet);
    } catch {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    return sheet;
  } catch {
    return null;
  }
}
