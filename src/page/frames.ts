/**
 * Articles inside iframes. The content script runs in the top frame only; when the top document holds no
 * article, it reads the documents of same-origin iframes (an embedded reader view, a CMS preview) and paints
 * there. Cross-origin iframes can't be read from here and are left alone, as they should be.
 */
import { extractArticle, type ExtractedArticle, type NoArticle } from './extract';
import { nextIdle } from './timing';

/** At most this many iframes are looked into: a page with dozens of same-origin frames is not an article page. */
const MAX_FRAMES = 8;

/** The loaded documents of `doc`'s same-origin iframes (direct children only), in document order. */
export function sameOriginFrameDocs(doc: Document): Document[] {
  const out: Document[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    if (out.length >= MAX_FRAMES) break;
    let inner: Document | null = null;
    try {
      // null for a cross-origin (or sandboxed) frame; some engines throw instead.
      inner = frame.contentDocument;
    } catch {
      inner = null;
    }
    if (inner?.body && inner !== doc) out.push(inner);
  }
  return out;
}

export type FoundArticle = { ok: true; doc: Document; article: ExtractedArticle } | { ok: false; reason: NoArticle };

/**
 * The article of the page: the top document's, or else the longest one in a same-origin iframe. Yields to
 * the page between documents (each is a Readability pass); rejects when `signal` aborts.
 */
export async function findArticle(doc: Document, signal?: AbortSignal): Promise<FoundArticle> {
  const top = extractArticle(doc);
  if (top.ok) return { ok: true, doc, article: top.article };
  let best: FoundArticle | undefined;
  for (const inner of sameOriginFrameDocs(doc)) {
    await nextIdle(signal);
    const found = extractArticle(inner);
    if (found.ok && (!best?.ok || found.article.text.length > best.article.text.length)) best = { ok: true, doc: inner, article: found.article };
  }
  return best ?? top;
}

/**
 * The document whose selection the reader means when they save one: a same-origin iframe that has focus and
 * a selection (the article the reader is reading in it), else the top document.
 */
export function selectionDocument(doc: Document): Document {
  for (const inner of sameOriginFrameDocs(doc)) {
    const selection = inner.getSelection();
    if (inner.hasFocus() && selection && !selection.isCollapsed) return inner;
  }
  return doc;
}
