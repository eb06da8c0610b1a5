/**
 * Our highlight styles enter a page as adopted stylesheets (`::highlight()` rules can't live in the shadow root),
 * so the page's own DOM gets no `<style>` element. One place adds and removes them for every highlight kind.
 */

/** Adds `css` to the document's adopted sheets; null when the browser refuses (then the highlight is unstyled). */
export function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const Ctor = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Ctor();
    sheet.replaceSync(css);
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

/** Takes `sheet` out of the document's adopted sheets again. */
export function dropSheet(doc: Document, sheet: CSSStyleSheet | null): void {
  if (!sheet) return;
  try {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The document is going away with its sheets; nothing left to undo.
  }
}
