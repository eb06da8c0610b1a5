/** The data section of the options page (export, import, reset to seeds). */
import { el } from '../shared/dom';

/** Builds the data section's body. */
export function renderDataSection(): HTMLElement {
  return el('div', { className: 'data-body' });
}
