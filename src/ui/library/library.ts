/**
 * The library page's controller: one filter state, one list request at a time (a newer one wins), search
 * debounced, verdicts filled in by asking again while the background is still checking them, and the
 * reader's edits and deletes with Undo.
 */
import { localizeDocument } from '../../i18n/document';
import type { LibraryRow } from '../../messaging/library-replies';
import { el } from '../shared/dom';
import { libraryClient, type SendToBackground } from './client';
import { filtersView } from './filters-view';
import { rowsView } from './rows-view';
import { STRINGS } from './strings';
import { undoNotice, UNDO_MS } from './undo-notice';
import { debounce, emptyFilter, PAGE_ROWS, toLibraryFilter, type FilterState } from './view-state';

export interface LibraryPorts {
  send: SendToBackground;
  /** Absolute URL of an extension path such as `/viewer.html?id=…`. */
  extensionUrl(path: string): string;
}

export interface LibraryOptions {
  /** Quiet time after the last keystroke before searching (ms). */
  debounceMs?: number;
  /** How long Undo is offered (ms). */
  undoMs?: number;
  /** Pause between asks while verdicts are being checked (ms), and how many asks at most. */
  pollMs?: number;
  maxPolls?: number;
}

/** What the page exposes to toolbar actions added later (e.g. "Export these"). */
export interface LibraryHandle {
  /** The filter as the reader has set it now. */
  filter(): FilterState;
  /** Where toolbar buttons go. */
  actions: HTMLElement;
}

/** Builds the library inside `root` and loads the first rows. */
export function runLibrary(root: HTMLElement, ports: LibraryPorts, options: LibraryOptions = {}): LibraryHandle {
  const { debounceMs = 150, undoMs = UNDO_MS, pollMs = 400, maxPolls = 60 } = options;
  const client = libraryClient(ports.send);
  const state = emptyFilter();
  let limit = PAGE_ROWS;
  let seq = 0;
  let polls = 0;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;

  const summary = el('p', { className: 'summary', attrs: { role: 'status', 'aria-live': 'polite' }, text: STRINGS.loading });
  const error = el('p', { className: 'error', attrs: { role: 'alert' } });
  const more = el('button', { className: 'show-more', text: STRINGS.showMore, attrs: { type: 'button' } });
  more.hidden = true;
  const notice = undoNotice(undoMs);
  // Toolbar actions over the current filter (the lead wires "Export these" here) go in this element.
  const actions = el('div', { className: 'library-actions', attrs: { role: 'toolbar', 'aria-label': STRINGS.actionsLabel } });
  actions.hidden = true;

  const refresh = async (fromPoll = false): Promise<void> => {
    const mine = ++seq;
    if (pollTimer) clearTimeout(pollTimer);
    if (!fromPoll) polls = 0;
    const reply = await client.list(toLibraryFilter(state), limit);
    if (mine !== seq) return; // a newer request is on its way
    if (!reply.ok) {
      error.textContent = reply.error;
      return;
    }
    error.textContent = '';
    const { rows, matched, total, facets, pending } = reply.data;
    filters.update(facets, state);
    list.update(rows);
    summary.textContent = matched === 0 ? STRINGS.nothingFound : STRINGS.showing(rows.length, matched, total);
    more.hidden = rows.length >= matched;
    if (pending > 0 && polls++ < maxPolls) pollTimer = setTimeout(() => void refresh(true), pollMs);
  };
  const search = debounce(() => void refresh(), debounceMs);
  const changed = () => {
    limit = PAGE_ROWS;
    search.cancel();
    void refresh();
  };
  const filters = filtersView(state, () => ((limit = PAGE_ROWS), search()), changed);

  /** After any change to the store: other claims' relations may have changed too. */
  const storeChanged = () => {
    list.refreshOpen();
    void refresh();
  };
  const list = rowsView({
    client,
    extensionUrl: ports.extensionUrl,
    updated() {
      notice.expire();
      storeChanged();
    },
    remove: (row) => void removeRow(row),
  });

  const removeRow = async (row: LibraryRow) => {
    notice.expire();
    const reply = await client.remove(row.id);
    if (!reply.ok) return void (error.textContent = STRINGS.failed(reply.error));
    list.focusNear(row.id);
    storeChanged();
    const what = `“${shorten(row.text)}”`;
    notice.show(
      what,
      () => void restore(row.id),
      () => void client.forget(row.id),
    );
  };
  const restore = async (id: string) => {
    const reply = await client.restore(id);
    if (!reply.ok) return void (error.textContent = STRINGS.failed(reply.error));
    notice.say(STRINGS.restored);
    list.refreshOpen();
    await refresh();
    // The Undo button is gone: focus goes to the claim it brought back.
    list.focus(id);
  };

  more.addEventListener('click', () => {
    limit += PAGE_ROWS;
    void refresh();
  });

  root.replaceChildren(
    el('header', { className: 'top' }, [el('h1', { text: STRINGS.heading }), el('p', { className: 'intro', text: STRINGS.intro }), filters.search, actions]),
    el('div', { className: 'layout' }, [
      filters.panel,
      el('main', { className: 'results' }, [notice.root, error, summary, list.root, more]),
    ]),
  );
  localizeDocument(document, 'libraryTitle');
  // Claims saved in other tabs meanwhile show up when the reader comes back to this one.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
  void refresh();
  return { filter: () => state, actions };
}

function shorten(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
