/** "Export": choose kinds, then download a ClaimLens file or the saved claims as Web Annotations. */
import { ExportReply, type DataRequest } from '../../messaging/data';
import { el } from '../shared/dom';
import { downloadJson } from '../shared/download';
import { labels } from './data-labels';
import { request, type SendMessage } from './data-request';

type Kind = 'saved' | 'import' | 'seed';
const KINDS: readonly [Kind, () => string][] = [
  ['saved', () => labels.kindSaved],
  ['import', () => labels.kindImport],
  ['seed', () => labels.kindSeed],
];

type ExportFormat = 'claimlens' | 'web-annotation';

/**
 * Asks the background for an export file and offers it for download; resolves with the sentence to show.
 * Reusable wherever the reader picks what to export (the library's "Export these" passes `ids`).
 */
export async function exportToFile(send: SendMessage, message: Extract<DataRequest, { type: 'data/export' }>, download = downloadJson): Promise<string> {
  const reply = await request(send, message, ExportReply);
  if (!reply.ok) return reply.error;
  const { filename, count, leftOut } = reply.data;
  if (count === 0) return message.format === 'claimlens' ? labels.nothingToExport : labels.noAnnotations;
  download(filename, reply.data.json, message.format === 'claimlens' ? 'application/json' : 'application/ld+json');
  return message.format === 'claimlens' ? labels.exported(count, filename) : labels.exportedAnnotations(count, filename, leftOut);
}

/** The export block; `download` is injectable for tests. */
export function renderExport(send: SendMessage, download = downloadJson): HTMLElement {
  const boxes = KINDS.map(([kind, text]) => {
    const box = el('input', { attrs: { type: 'checkbox', name: 'export-kind', value: kind, checked: '' } });
    return { kind, box, label: el('label', { className: 'choice' }, [box, document.createTextNode(` ${text()}`)]) };
  });
  const status = el('p', { className: 'data-status export-status', attrs: { role: 'status' } });
  const json = el('button', { className: 'export-json', text: labels.exportJson, attrs: { type: 'button' } });
  const annotations = el('button', { className: 'export-annotations', text: labels.exportAnnotations, attrs: { type: 'button' } });
  const run = async (format: ExportFormat) => {
    const kinds = boxes.filter((b) => b.box.checked).map((b) => b.kind);
    if (kinds.length === 0) return void (status.textContent = labels.exportNoKind);
    status.textContent = labels.exporting;
    for (const b of [json, annotations]) b.disabled = true;
    status.textContent = await exportToFile(send, { type: 'data/export', format, kinds }, download);
    for (const b of [json, annotations]) b.disabled = false;
  };
  json.addEventListener('click', () => void run('claimlens'));
  annotations.addEventListener('click', () => void run('web-annotation'));
  return el('div', { className: 'data-block export' }, [
    el('h3', { text: labels.exportHeading }),
    el('p', { className: 'hint', text: labels.exportIntro }),
    el('fieldset', { className: 'export-kinds' }, [el('legend', { text: labels.exportKinds }), ...boxes.map((b) => b.label)]),
    el('div', { className: 'actions' }, [json, annotations]),
    status,
  ]);
}
