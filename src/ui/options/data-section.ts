/** The data section of the options page (export, import, reset to seeds). */
import { browser } from 'wxt/browser';
import { el } from '../shared/dom';
import { renderExport } from './data-export';
import { renderImport } from './data-import';
import type { SendMessage } from './data-request';
import { renderReset } from './data-reset';

/**
 * Builds the data section's body.
 * @param send how requests reach the background; tests pass their own.
 */
export function renderDataSection(send: SendMessage = (message) => browser.runtime.sendMessage(message)): HTMLElement {
  return el('div', { className: 'data-body' }, [renderExport(send), renderImport(send), renderReset(send)]);
}
