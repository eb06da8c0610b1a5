/**
 * The reader's current selection as something the background can save: the page's own description of
 * itself plus a text-quote selector measured in the page's visible text.
 */
import { t } from '../i18n';
import { MAX_CLAIM_CHARS, nothingSelected, selectionTooLong, PageInfo, SelectionSchema, type PageSelection, type Reply } from '../messaging/schemas';
import { describeRange } from './anchor';
import { readPageMeta, type PageMeta } from './extract';

/**
 * Describes the selection in `doc` (the first range only; multi-range selections are a Firefox rarity).
 * Fails with a readable message when nothing visible is selected or the selection is too long to save.
 */
export function readSelection(doc: Document, url: string): Reply<PageSelection> {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return { ok: false, error: nothingSelected() };
  const selector = doc.body ? describeRange(sel.getRangeAt(0), doc.body) : null;
  if (!selector) return { ok: false, error: nothingSelected() };
  if (selector.exact.length > MAX_CLAIM_CHARS) {
    return { ok: false, error: selectionTooLong(selector.exact.length) };
  }
  const parsed = SelectionSchema.safeParse({ page: pageInfo(readPageMeta(doc), url), selector });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: t('pageSelectionUnreadable') };
}

/**
 * What the page says about itself (`meta`, read once by the caller: `readPageMeta`, or the article's own
 * merged metadata), cut to the schema's limits. Optional fields that fail the schema (an odd date, say)
 * are dropped rather than failing the whole save.
 */
export function pageInfo(meta: PageMeta, url: string): PageInfo {
  const info: PageInfo = { url: url.slice(0, 4000), title: meta.title.slice(0, 1000) };
  const siteName = meta.siteName?.slice(0, 300);
  if (siteName) info.siteName = siteName;
  if (meta.published && PageInfo.shape.published.safeParse(meta.published).success) info.published = meta.published;
  return info;
}
