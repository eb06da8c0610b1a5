/**
 * The expanded view of one row. A saved claim shows where it came from, what the other sources say about it
 * (asked for only now), and lets the reader edit its text and note, tag it and delete it. A document shows
 * where it came from and opens in the viewer.
 */
import type { LibraryRow } from '../../messaging/library-replies';
import { el } from '../shared/dom';
import { formatPartialDate } from '../shared/format';
import { viewerPath } from '../popup/target';
import type { LibraryClient } from './client';
import { renderRelations, type ExtensionUrl } from './relations-view';
import { STRINGS } from './strings';
import { tagEditor } from './tag-editor';
import { formatTime, safeHttpUrl } from './view-state';

export interface DetailActions {
  client: LibraryClient;
  extensionUrl: ExtensionUrl;
  /** The claim changed in the store: the row shows `row` from now on. */
  updated(row: LibraryRow): void;
  /** The reader asked to delete the claim. */
  remove(row: LibraryRow): void;
}

let nextId = 0;

/** Builds the detail for `row`; `refresh()` asks for the relations again (after any change to the store). */
export function claimDetail(row: LibraryRow, actions: DetailActions): { root: HTMLElement; refresh(): void } {
  const uid = `d${++nextId}`;
  const parts: HTMLElement[] = [provenance(row, actions.extensionUrl)];
  if (row.kind !== 'saved') return { root: el('div', { className: 'row-detail' }, parts), refresh() {} };
  const relations = el('section', { className: 'relations-section', attrs: { 'aria-labelledby': `${uid}-rel`, 'aria-busy': 'true' } });
  const refresh = () => void loadRelations(row.id, relations, uid, actions);
  refresh();
  parts.push(relations, editForm(row, uid, actions), tagEditor(row, uid, actions));
  const del = el('button', { className: 'delete', text: STRINGS.deleteClaim, attrs: { type: 'button' } });
  del.addEventListener('click', () => actions.remove(row));
  parts.push(el('div', { className: 'detail-actions' }, [del]));
  return { root: el('div', { className: 'row-detail' }, parts), refresh };
}

function provenance(row: LibraryRow, extensionUrl: ExtensionUrl): HTMLElement {
  const url = safeHttpUrl(row.url);
  const facts: Array<[string, Node | string | undefined]> = [
    [STRINGS.facts.from, url ? el('a', { text: row.title || url, attrs: { href: url, target: '_blank', rel: 'noreferrer' } }) : row.title],
    [STRINGS.facts.site, row.site],
    [STRINGS.facts.published, formatPartialDate(row.published)],
    [STRINGS.facts.saved, formatTime(row.savedAt)],
    [STRINGS.facts.edited, formatTime(row.editedAt)],
  ];
  const list = el('dl', { className: 'provenance' });
  for (const [term, value] of facts) {
    if (!value) continue;
    list.append(el('dt', { text: term }), el('dd', {}, [typeof value === 'string' ? document.createTextNode(value) : value]));
  }
  const open = row.kind === 'saved' ? null : el('a', { className: 'open-doc', text: STRINGS.openDocument, attrs: { href: extensionUrl(viewerPath(row.id)), target: '_blank' } });
  return el('div', { className: 'provenance-wrap' }, [list, open]);
}

async function loadRelations(id: string, section: HTMLElement, uid: string, actions: DetailActions): Promise<void> {
  const heading = el('h3', { text: STRINGS.relationsHeading, attrs: { id: `${uid}-rel` } });
  section.setAttribute('aria-busy', 'true');
  if (!section.childElementCount) section.replaceChildren(heading, el('p', { className: 'muted', text: STRINGS.relationsLoading }));
  const reply = await actions.client.relations(id);
  section.replaceChildren(heading, reply.ok ? renderRelations(reply.data, actions.extensionUrl) : el('p', { className: 'error', text: STRINGS.relationsFailed(reply.error) }));
  section.setAttribute('aria-busy', 'false');
}

function editForm(row: LibraryRow, uid: string, actions: DetailActions): HTMLElement {
  const text = el('textarea', { className: 'edit-text', attrs: { id: `${uid}-text`, rows: '3', maxlength: '5000' } });
  text.value = row.text;
  const note = el('textarea', { className: 'edit-note', attrs: { id: `${uid}-note`, rows: '2', maxlength: '5000' } });
  note.value = row.note ?? '';
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const save = el('button', { className: 'save', text: STRINGS.save, attrs: { type: 'submit' } });
  const form = el('form', { className: 'edit-form', attrs: { 'aria-label': `${STRINGS.editHeading}: ${row.title}` } }, [
    el('label', { text: STRINGS.textLabel, attrs: { for: `${uid}-text` } }),
    text,
    el('label', { text: STRINGS.noteLabel, attrs: { for: `${uid}-note` } }),
    note,
    el('div', { className: 'form-row' }, [save, status]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save.disabled = true;
    status.textContent = '';
    void actions.client.update(row.id, { text: text.value, note: note.value }).then((reply) => {
      save.disabled = false;
      status.classList.toggle('error', !reply.ok);
      status.textContent = reply.ok ? STRINGS.saved : STRINGS.failed(reply.error);
      if (reply.ok) actions.updated(reply.data.row);
    });
  });
  return form;
}
