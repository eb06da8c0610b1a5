/**
 * "Export these": the library's toolbar offers what the current search and filters show (every match, not just
 * the rows on screen) as a ClaimLens file or as Web Annotations, through the same export as the options page.
 */
import { t } from '../../i18n';
import { el } from '../shared/dom';
import { downloadJson } from '../shared/download';
import { exportToFile } from '../options/data-export';
import type { SendMessage } from '../options/data-request';
import type { LibraryHandle } from './library';
import { toLibraryFilter } from './view-state';

/** Adds the two export buttons to the library's toolbar and shows it; `download` is injectable for tests. */
export function addExportActions(handle: LibraryHandle, send: SendMessage, download = downloadJson): void {
  const status = el('span', { className: 'export-status', attrs: { role: 'status' } });
  const json = el('button', { className: 'export-these-json', text: t('libraryExportJson'), attrs: { type: 'button' } });
  const annotations = el('button', { className: 'export-these-annotations', text: t('libraryExportAnnotations'), attrs: { type: 'button' } });
  const run = async (format: 'claimlens' | 'web-annotation') => {
    for (const b of [json, annotations]) b.disabled = true;
    status.textContent = t('libraryExporting');
    try {
      status.textContent = await exportToFile(send, { type: 'data/export', format, filter: toLibraryFilter(handle.filter()) }, download);
    } finally {
      for (const b of [json, annotations]) b.disabled = false;
    }
  };
  json.addEventListener('click', () => void run('claimlens'));
  annotations.addEventListener('click', () => void run('web-annotation'));
  handle.actions.append(json, annotations, status);
  handle.actions.hidden = false;
}
