/**
 * "Saved from this page": the claims the reader saved from the tab's URL.
 */
import { SavedForUrlReply, replySchema, type StoredSourceView } from '../../messaging/schemas';
import { t } from '../../i18n';
import { el } from '../shared/dom';
import { formatSavedAt } from '../shared/format';
import { SAVE_SHORTCUT } from './status-view';

const SavedReply = replySchema(SavedForUrlReply);

/** Parses the `sources/savedForUrl` reply (newest first); a malformed one becomes an error message instead of an exception. */
export function parseSavedReply(reply: unknown): { ok: true; sources: StoredSourceView[] } | { ok: false; error: string } {
  const parsed = SavedReply.safeParse(reply);
  if (!parsed.success) return { ok: false, error: t('popupSavedBadReply') };
  if (!parsed.data.ok) return { ok: false, error: parsed.data.error };
  // Already newest first: the background's `savedForUrl` orders them.
  return { ok: true, sources: parsed.data.data.sources };
}

/** The section's content for a parsed reply; `onOpen` opens a saved claim (in the viewer). */
export function renderSaved(
  result: ReturnType<typeof parseSavedReply>,
  onOpen: (source: StoredSourceView) => void,
): HTMLElement {
  if (!result.ok) return el('p', { className: 'saved-empty', text: result.error });
  if (!result.sources.length) {
    return el('p', { className: 'saved-empty', text: t('popupNothingSaved', SAVE_SHORTCUT) });
  }
  return el('ul', { className: 'saved-list' }, result.sources.map((s) => renderSavedItem(s, onOpen)));
}

function renderSavedItem(source: StoredSourceView, onOpen: (source: StoredSourceView) => void): HTMLElement {
  const when = formatSavedAt(source.savedAt);
  const open = el('button', {
    className: 'saved-open',
    text: t('popupOpenSaved'),
    attrs: { type: 'button', 'aria-label': t('popupOpenSavedName', truncate(source.text, 80)) },
  });
  open.addEventListener('click', () => onOpen(source));
  return el('li', { className: 'saved-item' }, [
    el('blockquote', { className: 'quote', text: source.text }),
    el('div', { className: 'saved-meta' }, [when ? el('span', { className: 'byline', text: t('popupSavedOn', when) }) : null, open]),
  ]);
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
