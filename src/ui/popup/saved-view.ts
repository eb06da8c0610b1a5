/**
 * "Saved from this page": the claims the reader saved from the tab's URL, each with what the page made of
 * it when it looked for it again: found, changed (and what it reads now) or not found (orphaned: still
 * saved, and it still opens).
 */
import type { SavedAnchor } from '../../messaging/saved-anchors';
import { PageStateSchema, SavedForUrlReply, replySchema, type PageState, type StoredSourceView } from '../../messaging/schemas';
import { t } from '../../i18n';
import { el } from '../shared/dom';
import { formatSavedAt } from '../shared/format';
import type { PopupPorts, PopupTab } from './popup';
import { SAVE_SHORTCUT } from './status-view';
import { viewerPath } from './target';

/** Everything this view says, in one place; the words come from `_locales` when read. */
export const SAVED_LABELS = {
  get empty() {
    return t('popupNothingSaved', SAVE_SHORTCUT);
  },
  get unexpected() {
    return t('popupSavedBadReply');
  },
  noBackground: (why: string) => t('backgroundSilent', why),
  get open() {
    return t('popupOpenSaved');
  },
  openLabel: (text: string) => t('popupOpenSavedName', text),
  savedAt: (when: string) => t('popupSavedOn', when),
  get searching() {
    return t('popupSavedSearching');
  },
  get found() {
    return t('popupSavedFound');
  },
  changed: (now: string) => t('popupSavedChanged', now),
  get orphaned() {
    return t('popupSavedOrphaned');
  },
};

/** How often, and how many times, the popup re-asks a page that is still looking for saved claims. */
export const SAVED_POLL_MS = 500;
export const SAVED_POLL_MAX = 40;
/** Longest "now reads" text shown; the rest is cut with "…". */
const NOW_SHOWN_CHARS = 300;

const SavedReply = replySchema(SavedForUrlReply);
const StateReply = replySchema(PageStateSchema);
type SavedResult = ReturnType<typeof parseSavedReply>;
/** Saved claim id → what the page found. */
export type SavedAnchors = ReadonlyMap<string, SavedAnchor>;

/** Parses the `sources/savedForUrl` reply (newest first); a malformed one becomes an error message instead of an exception. */
export function parseSavedReply(reply: unknown): { ok: true; sources: StoredSourceView[] } | { ok: false; error: string } {
  const parsed = SavedReply.safeParse(reply);
  if (!parsed.success) return { ok: false, error: SAVED_LABELS.unexpected };
  if (!parsed.data.ok) return { ok: false, error: parsed.data.error };
  // Already newest first: the background's `savedForUrl` orders them.
  return { ok: true, sources: parsed.data.data.sources };
}

/** The saved claims' states in a `page/state` reply; null when it has none (or is not a valid state). */
export function anchorsFromPageState(reply: unknown): SavedAnchors | null {
  const saved = pageStateOf(reply)?.saved;
  return saved ? new Map(saved.map((a) => [a.id, a])) : null;
}

function pageStateOf(reply: unknown): PageState | null {
  const parsed = StateReply.safeParse(reply);
  return parsed.success && parsed.data.ok ? parsed.data.data : null;
}

/** The section's content for a parsed reply; `onOpen` opens a saved claim (in the viewer). */
export function renderSaved(result: SavedResult, onOpen: (source: StoredSourceView) => void, anchors: SavedAnchors = new Map()): HTMLElement {
  if (!result.ok) return el('p', { className: 'saved-empty', text: result.error });
  if (!result.sources.length) return el('p', { className: 'saved-empty', text: SAVED_LABELS.empty });
  return el('ul', { className: 'saved-list' }, result.sources.map((s) => renderSavedItem(s, onOpen, anchors.get(s.id))));
}

/** Feeds the section page states; it asks for more itself only after the popup's own polling has stopped. */
export interface SavedSection {
  /** A `page/state` reply the popup received (raw, untrusted). */
  pageState(reply: unknown): void;
}

/** Loads the saved claims for `tab` into `body` and keeps their on-page states up to date. */
export function createSavedSection(body: HTMLElement, tab: PopupTab & { url: string }, ports: PopupPorts): SavedSection {
  let result: SavedResult | undefined;
  let anchors: SavedAnchors = new Map();
  let following = false;
  const open = (source: StoredSourceView) => void ports.openTab(ports.extensionUrl(viewerPath(source.id))).catch(() => undefined);
  const render = () => result && body.replaceChildren(renderSaved(result, open, anchors));
  const searching = () => [...anchors.values()].some((a) => a.state === 'searching');
  const follow = async () => {
    following = true;
    for (let i = 0; i < SAVED_POLL_MAX && searching(); i++) {
      await ports.wait(SAVED_POLL_MS);
      anchors = anchorsFromPageState(await ports.sendToTab(tab.id, { type: 'page/state' }).catch(() => undefined)) ?? anchors;
      render();
    }
  };
  void ports.sendToBackground({ type: 'sources/savedForUrl', url: tab.url }).then(
    (reply) => ((result = parseSavedReply(reply)), render()),
    (err: unknown) => ((result = { ok: false, error: SAVED_LABELS.noBackground(err instanceof Error ? err.message : String(err)) }), render()),
  );
  return {
    pageState(reply) {
      const state = pageStateOf(reply);
      anchors = anchorsFromPageState(reply) ?? anchors;
      render();
      // The popup stops asking once the page is no longer analysing; a fuzzy search may still be running then.
      if (state && state.status !== 'analyzing' && searching() && !following) void follow();
    },
  };
}

function renderSavedItem(source: StoredSourceView, onOpen: (source: StoredSourceView) => void, anchor: SavedAnchor | undefined): HTMLElement {
  const when = formatSavedAt(source.savedAt);
  const open = el('button', {
    className: 'saved-open',
    text: SAVED_LABELS.open,
    attrs: { type: 'button', 'aria-label': SAVED_LABELS.openLabel(truncate(source.text, 80)) },
  });
  open.addEventListener('click', () => onOpen(source));
  return el('li', { className: 'saved-item', attrs: { 'data-anchor': anchor?.state } }, [
    el('blockquote', { className: 'quote', text: source.text }),
    anchor ? el('p', { className: `saved-anchor ${anchor.state}`, text: anchorText(anchor) }) : null,
    el('div', { className: 'saved-meta' }, [when ? el('span', { className: 'byline', text: SAVED_LABELS.savedAt(when) }) : null, open]),
  ]);
}

function anchorText(anchor: SavedAnchor): string {
  if (anchor.state === 'changed') return SAVED_LABELS.changed(truncate(anchor.now ?? '', NOW_SHOWN_CHARS));
  return SAVED_LABELS[anchor.state];
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
