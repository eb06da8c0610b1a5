/**
 * The reader's selection with its context, read by a one-off script when the tab's content script cannot
 * answer (the page was open before ClaimLens was installed, or the frame has none): without it, a save from
 * the menu or shortcut would keep only the words, with no prefix or suffix to find them again by.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/** Characters of context kept either side (as the content script keeps: see CONTEXT_CHARS in src/page). */
const CONTEXT = 32;
/** The injected script reads at most this much text either side of the selection. */
const READ_CHARS = 4 * CONTEXT;

/** The selection's words and the visible-ish text either side of them, or null when nothing is selected. */
export type SelectionContext = { exact: string; prefix: string; suffix: string };
/** Reads the selection in one frame of one tab; null when it can't (restricted page, no permission, no selection). */
export type ReadSelectionContext = (tabId: number, frameId: number, signal: AbortSignal) => Promise<SelectionContext | null>;

// Untrusted: it comes back from the page. Cut rather than refused, except an empty selection.
const Injected = z.nullable(z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }));

/** The real reader: `scripting.executeScript` with {@link selectionInPage}. */
export const readSelectionByScript: ReadSelectionContext = async (tabId, frameId, signal) => {
  const scripting = browser.scripting;
  if (!scripting?.executeScript) return null;
  try {
    const run = scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: selectionInPage, args: [READ_CHARS] });
    const aborted = new Promise<null>((resolve) => signal.addEventListener('abort', () => resolve(null), { once: true }));
    const results = await Promise.race([run, aborted]);
    const parsed = Injected.safeParse(results?.[0]?.result ?? null);
    return parsed.success ? contextFrom(parsed.data) : null;
  } catch {
    // Restricted pages (browser pages, the web store) refuse scripts: the caller falls back to the words alone.
    return null;
  }
};

/** Collapses whitespace and cuts the context to {@link CONTEXT} characters each side; null for an empty selection. */
export function contextFrom(raw: SelectionContext | null): SelectionContext | null {
  const exact = raw?.exact.replace(/\s+/g, ' ').trim();
  if (!raw || !exact) return null;
  return {
    exact,
    prefix: raw.prefix.replace(/\s+/g, ' ').trimStart().slice(-CONTEXT),
    suffix: raw.suffix.replace(/\s+/g, ' ').trimEnd().slice(0, CONTEXT),
  };
}

/**
 * Runs IN THE PAGE, serialised by `executeScript`: it may use nothing from outside its own body. Returns the
 * selection's text and up to `max` characters of text either side of it, from text nodes outside scripts,
 * styles and templates (the content script's own text map is not there to ask).
 */
export function selectionInPage(max: number): SelectionContext | null {
  const sel = document.getSelection();
  const body = document.body;
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !body) return null;
  const range = sel.getRangeAt(0);
  const hidden = (node: Node) => !!node.parentElement?.closest('script, style, noscript, template, textarea');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const before: string[] = [];
  const after: string[] = [];
  let beforeLength = 0;
  let afterLength = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (hidden(n)) continue;
    const text = n.nodeValue ?? '';
    const start = range.comparePoint(n, 0);
    const end = range.comparePoint(n, text.length);
    if (end < 0 || start < 0) {
      // Entirely or partly before the selection: keep the part before it, and only the last `max` characters.
      const part = start < 0 && end >= 0 && n === range.startContainer ? text.slice(0, range.startOffset) : end < 0 ? text : '';
      before.push(part);
      beforeLength += part.length;
      while (beforeLength - (before[0]?.length ?? 0) > max) beforeLength -= before.shift()!.length;
    }
    if (start > 0 || end > 0) {
      const part = end > 0 && start <= 0 && n === range.endContainer ? text.slice(range.endOffset) : start > 0 ? text : '';
      after.push(part);
      afterLength += part.length;
      if (afterLength > max) break;
    }
  }
  return { exact: sel.toString(), prefix: before.join('').slice(-max), suffix: after.join('').slice(0, max) };
}
