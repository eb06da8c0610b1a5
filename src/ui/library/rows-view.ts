/**
 * The list of rows. Rows are kept by id between replies, so a row the reader opened (and is perhaps editing)
 * survives the list being refreshed around it. Arrow keys, Home and End move between rows.
 */
import type { LibraryRow } from '../../messaging/library-replies';
import { el, symbol } from '../shared/dom';
import { VERDICT_LABELS } from '../shared/labels';
import { claimDetail, type DetailActions } from './claim-detail';
import { STRINGS } from './strings';
import { rowByline } from './view-state';

interface RowView {
  item: HTMLLIElement;
  toggle: HTMLButtonElement;
  row: LibraryRow;
  /** Prefix of this row's element ids. */
  key: string;
  detail?: { root: HTMLElement; refresh(): void };
}

export interface RowsView {
  root: HTMLUListElement;
  /** Shows exactly `rows`, in order, reusing what is already shown. */
  update(rows: readonly LibraryRow[]): void;
  /** Asks every open claim for its relations again (the store changed). */
  refreshOpen(): void;
  /** Focuses the row after (or before) `id`, for when `id` goes away. */
  focusNear(id: string): void;
  /** Focuses the row `id` if it is shown. */
  focus(id: string): void;
}

export function rowsView(actions: DetailActions): RowsView {
  const root = el('ul', { className: 'rows', attrs: { 'aria-label': STRINGS.listLabel } });
  const views = new Map<string, RowView>();
  let uid = 0;

  /**
   * The row's visible summary. Its accessible name is short (verdict, kind, and the claim's words or the
   * document's title); the rest is its description, so a screen reader moving down the list hears what matters first.
   */
  const header = (row: LibraryRow, toggle: HTMLButtonElement, key: string) => {
    const v = row.verdict;
    const badge =
      v === undefined
        ? null
        : el('span', { className: 'verdict', attrs: { 'data-verdict': v, id: `${key}-v` } }, [
            symbol(v === 'pending' ? STRINGS.pendingSymbol : VERDICT_LABELS[v].symbol),
            document.createTextNode(` ${v === 'pending' ? STRINGS.pending : VERDICT_LABELS[v].text}`),
          ]);
    const byline = rowByline(row);
    const kind = el('span', { className: 'kind-badge', text: STRINGS.kindOne[row.kind], attrs: { id: `${key}-k` } });
    const title = el('span', { className: 'row-title', text: row.title || row.id, attrs: { id: `${key}-t` } });
    const text = el('span', { className: row.kind === 'saved' ? 'row-text claim' : 'row-text', text: row.text, attrs: { id: `${key}-x` } });
    const saved = row.kind === 'saved';
    toggle.setAttribute('aria-labelledby', [badge ? `${key}-v` : '', `${key}-k`, saved ? `${key}-x` : `${key}-t`].filter(Boolean).join(' '));
    toggle.setAttribute('aria-describedby', [saved ? `${key}-t` : `${key}-x`, byline ? `${key}-b` : ''].filter(Boolean).join(' '));
    return [
      el('span', { className: 'row-top' }, [badge, kind]),
      title,
      text,
      byline ? el('span', { className: 'byline', text: byline, attrs: { id: `${key}-b` } }) : null,
      row.note ? el('span', { className: 'row-note', text: row.note }) : null,
      row.tags?.length ? el('span', { className: 'row-tags' }, row.tags.map((t) => el('span', { className: 'tag', text: t }))) : null,
    ];
  };

  const setExpanded = (view: RowView, open: boolean) => {
    view.toggle.setAttribute('aria-expanded', String(open));
    if (open && !view.detail) {
      view.detail = claimDetail(view.row, actions);
      view.detail.root.id = view.toggle.getAttribute('aria-controls') ?? '';
      view.item.append(view.detail.root);
    } else if (!open && view.detail) {
      view.detail.root.remove();
      delete view.detail;
    }
  };

  const create = (row: LibraryRow): RowView => {
    const key = `row-${++uid}`;
    const toggle = el('button', { className: 'row-toggle', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': `${key}-detail` } });
    const item = el('li', { className: 'row', attrs: { 'data-id': row.id, 'data-kind': row.kind } }, [toggle]);
    const view: RowView = { item, toggle, row, key };
    toggle.addEventListener('click', () => setExpanded(view, toggle.getAttribute('aria-expanded') !== 'true'));
    return view;
  };

  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('row-toggle')) return;
    const toggles = [...root.querySelectorAll<HTMLButtonElement>(':scope > li > .row-toggle')];
    const at = toggles.indexOf(target as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: toggles.length - 1 }[event.key];
    if (next === undefined || !toggles[next]) return;
    event.preventDefault();
    toggles[next].focus();
  });

  return {
    root,
    update(rows) {
      const keep = new Set(rows.map((r) => r.id));
      for (const [id, view] of views) if (!keep.has(id)) (view.item.remove(), views.delete(id));
      rows.forEach((row, i) => {
        let view = views.get(row.id);
        if (!view) views.set(row.id, (view = create(row)));
        if (!view.toggle.firstChild || JSON.stringify(view.row) !== JSON.stringify(row)) {
          view.toggle.replaceChildren(...header(row, view.toggle, view.key).filter((n): n is HTMLElement => !!n));
        }
        view.row = row;
        view.item.setAttribute('data-verdict', row.verdict ?? '');
        if (root.children[i] !== view.item) root.insertBefore(view.item, root.children[i] ?? null);
      });
    },
    refreshOpen() {
      for (const view of views.values()) view.detail?.refresh();
    },
    focus(id) {
      views.get(id)?.toggle.focus();
    },
    focusNear(id) {
      const toggles = [...root.querySelectorAll<HTMLButtonElement>(':scope > li > .row-toggle')];
      const at = toggles.findIndex((t) => t.closest('li')?.getAttribute('data-id') === id);
      (toggles[at + 1] ?? toggles[at - 1])?.focus();
    },
  };
}
