/**
 * "Import": the reader picks a file, sees what importing it would do (new, already there, can't be
 * imported and why), and only then imports it. The background reads the file again on import and writes it
 * in one transaction, so nothing the preview showed can half-happen.
 */
import { ApplyReply, PreviewReply } from '../../messaging/data';
import { MAX_IMPORT_CHARS } from '../../transfer/limits';
import { el } from '../shared/dom';
import { labels } from './data-labels';
import { request, type SendMessage } from './data-request';

/** The import block. */
export function renderImport(send: SendMessage): HTMLElement {
  const input = el('input', { className: 'import-file', attrs: { type: 'file', accept: '.json,.jsonld,application/json,application/ld+json' } });
  const result = el('div', { className: 'import-preview', attrs: { 'aria-live': 'polite' } });
  let latest = 0;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    const token = ++latest;
    result.replaceChildren();
    if (!file) return;
    // Reading and previewing a 20 MB file takes a moment: a newer choice wins over an older one still in flight.
    // Cleared once imported, so choosing the same file again previews it again.
    void previewFile(file, send, () => token === latest, () => (input.value = ''))
      .catch(() => message(labels.importFailed(labels.unreadable), 'error'))
      .then((view) => {
        if (token !== latest || !view) return;
        result.replaceChildren(view);
      });
    result.replaceChildren(message(labels.reading));
  });
  return el('div', { className: 'data-block import' }, [
    el('h3', { text: labels.importHeading }),
    el('p', { className: 'hint', text: labels.importIntro }),
    el('label', { className: 'file-label' }, [document.createTextNode(`${labels.chooseFile} `), input]),
    result,
  ]);
}

async function previewFile(file: File, send: SendMessage, current: () => boolean, onApplied: () => void): Promise<HTMLElement | null> {
  // Bytes bound characters from above: a file under the cap in bytes is under it in characters too.
  if (file.size > MAX_IMPORT_CHARS) return message(labels.importFailed(labels.tooBig(MAX_IMPORT_CHARS / 1_000_000)), 'error');
  const fileText = await file.text();
  if (!current()) return null;
  const reply = await request(send, { type: 'data/preview', fileText }, PreviewReply);
  if (!reply.ok) return message(labels.importFailed(reply.error), 'error');
  return renderPreview(reply.data, (skipInvalid) => request(send, { type: 'data/apply', fileText, skipInvalid }, ApplyReply), onApplied);
}

type Apply = (skipInvalid: boolean) => ReturnType<typeof request<typeof ApplyReply>>;

/** The preview of one file, with its Import button; `onApplied` runs after a successful import. */
export function renderPreview(p: PreviewReply, apply: Apply, onApplied: () => void = () => undefined): HTMLElement {
  const facts = el('ul', { className: 'preview-counts' }, [
    el('li', { className: 'preview-fresh', text: labels.fresh(p) }),
    el('li', { className: 'preview-duplicates', text: labels.duplicates(p.duplicates) }),
    p.invalidCount > 0 ? el('li', { className: 'preview-invalid', text: labels.invalid(p.invalidCount) }, [problemList(p)]) : null,
  ]);
  const status = el('p', { className: 'data-status import-status', attrs: { role: 'status' } });
  const box = el('div', { className: 'data-preview' }, [el('h4', { className: 'preview-title', text: labels.previewTitle(p) }), facts, status]);
  if (p.fresh === 0) return (status.textContent = p.duplicates > 0 || p.invalidCount === 0 ? labels.nothingNew : labels.nothingValid), box;
  const button = el('button', { className: 'import-apply', text: labels.apply(p.fresh), attrs: { type: 'button' } });
  const skip = el('input', { className: 'skip-invalid', attrs: { type: 'checkbox' } });
  const skipLabel = el('label', { className: 'choice' }, [skip, document.createTextNode(` ${labels.skipInvalid}`)]);
  button.disabled = p.invalidCount > 0;
  skip.addEventListener('change', () => (button.disabled = !skip.checked));
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = labels.importing;
    const reply = await apply(skip.checked);
    if (!reply.ok) {
      status.textContent = labels.importFailed(reply.error);
      button.disabled = p.invalidCount > 0 && !skip.checked;
      return;
    }
    button.remove();
    skipLabel.remove();
    status.textContent = labels.imported(reply.data);
    onApplied();
  });
  box.insertBefore(el('div', { className: 'actions' }, [p.invalidCount > 0 ? skipLabel : null, button]), status);
  return box;
}

function problemList(p: PreviewReply): HTMLElement {
  const items = p.invalid.map((x) => el('li', { text: labels.problem(x.item, x.field, x.reason) }));
  if (p.invalidCount > p.invalid.length) items.push(el('li', { text: labels.moreProblems(p.invalidCount - p.invalid.length) }));
  return el('ul', { className: 'problems' }, items);
}

function message(text: string, kind = 'info'): HTMLElement {
  return el('p', { className: `data-status ${kind}`, text, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
}
