/**
 * A saved claim's tags: each with a button that removes it, and a field that adds one or more (comma-separated).
 * Every change is saved at once; the store trims, dedupes and caps them.
 */
import type { LibraryRow } from '../../messaging/library-replies';
import { MAX_TAG_CHARS } from '../../messaging/library';
import { el } from '../shared/dom';
import type { DetailActions } from './claim-detail';
import { STRINGS } from './strings';
import { parseTagInput } from './view-state';

export function tagEditor(row: LibraryRow, uid: string, actions: DetailActions): HTMLElement {
  let tags = [...(row.tags ?? [])];
  const list = el('ul', { className: 'tag-list', attrs: { 'aria-label': STRINGS.tagsHeading } });
  const status = el('p', { className: 'form-status', attrs: { role: 'status' } });
  const input = el('input', { className: 'tag-input', attrs: { id: `${uid}-tag`, type: 'text', maxlength: String(MAX_TAG_CHARS * 4) } });
  const add = el('button', { className: 'add-tag', text: STRINGS.addTag, attrs: { type: 'submit' } });

  const commit = async (next: string[], focusAfter: HTMLElement) => {
    status.textContent = '';
    const reply = await actions.client.update(row.id, { tags: next });
    if (!reply.ok) {
      status.textContent = STRINGS.failed(reply.error);
      return false;
    }
    tags = reply.data.row.tags ?? [];
    draw();
    actions.updated(reply.data.row);
    focusAfter.focus();
    return true;
  };
  const draw = () => {
    if (!tags.length) return list.replaceChildren(el('li', { className: 'muted', text: STRINGS.noTags }));
    list.replaceChildren(
      ...tags.map((tag) => {
        const remove = el('button', { className: 'remove-tag', text: '×', attrs: { type: 'button', 'aria-label': STRINGS.removeTag(tag) } });
        remove.addEventListener('click', () => void commit(tags.filter((t) => t !== tag), input));
        return el('li', { className: 'tag' }, [el('span', { text: tag }), remove]);
      }),
    );
  };
  draw();
  const form = el('form', { className: 'tag-form' }, [el('label', { text: STRINGS.addTagLabel, attrs: { for: `${uid}-tag` } }), input, add]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const added = parseTagInput(input.value);
    if (!added.length) return;
    if (added.some((t) => t.length > MAX_TAG_CHARS)) {
      status.textContent = STRINGS.failed(STRINGS.tagTooLong(MAX_TAG_CHARS));
      return;
    }
    void commit([...tags, ...added], input).then((done) => {
      if (done) input.value = '';
    });
  });
  return el('section', { className: 'tags-section', attrs: { 'aria-labelledby': `${uid}-tags` } }, [
    el('h3', { text: STRINGS.tagsHeading, attrs: { id: `${uid}-tags` } }),
    list,
    form,
    status,
  ]);
}
